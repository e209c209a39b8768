package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// Reminders (issue 23): scheduled firings a resident asked for before a
// deadline. A turn schedules and cancels them (Commit.Schedule, .Cancel)
// and the turn that answers one deletes it (Commit.Applied), in its own
// transaction: a firing is sent once, whatever crashes in between. Senders
// claim due rows with an owner and a lease (ClaimReminders); a lease that
// lapses (the process died) lets another claim the row.

// Scheduled is one reminder firing: its key (unique, carrying the chat),
// its chat, when it is due, and the payload (the reminder's record).
type Scheduled struct {
	Key     string
	ChatID  int64
	DueAt   time.Time
	Payload []byte
}

// commitReminders writes a turn's reminder changes inside its transaction.
// A firing applied (c.Applied) must still be there: if it is gone, another
// process answered it (or it was cancelled), and the turn is a duplicate.
func commitReminders(ctx context.Context, tx *sql.Tx, c *Commit, ts string) (dup bool, err error) {
	if c.Applied != "" {
		res, err := tx.ExecContext(ctx, `DELETE FROM reminders WHERE key = ? AND chat_id = ?`, c.Applied, c.ChatID)
		if err != nil {
			return false, fmt.Errorf("apply reminder: %w", classify(err))
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return true, nil
		}
	}
	for _, k := range c.Cancel {
		if _, err := tx.ExecContext(ctx, `DELETE FROM reminders WHERE key = ? AND chat_id = ?`, k, c.ChatID); err != nil {
			return false, fmt.Errorf("cancel reminder: %w", classify(err))
		}
	}
	for _, s := range c.Schedule {
		if _, err := tx.ExecContext(ctx, `INSERT INTO reminders (key, chat_id, due_at, payload, created_at)
VALUES (?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING`, s.Key, c.ChatID, s.DueAt.Unix(), s.Payload, ts); err != nil {
			return false, fmt.Errorf("schedule reminder: %w", classify(err))
		}
	}
	return false, nil
}

// ScheduledReminders lists chatID's firings whose key starts with prefix,
// earliest first.
func (db *DB) ScheduledReminders(ctx context.Context, chatID int64, prefix string) ([]Scheduled, error) {
	rows, err := db.r.QueryContext(ctx, `SELECT key, chat_id, due_at, payload FROM reminders
WHERE chat_id = ? AND substr(key, 1, ?) = ? ORDER BY due_at, key`, chatID, len(prefix), prefix)
	if err != nil {
		return nil, fmt.Errorf("read reminders: %w", classify(err))
	}
	return scanScheduled(rows)
}

func scanScheduled(rows *sql.Rows) ([]Scheduled, error) {
	defer rows.Close()
	var out []Scheduled
	for rows.Next() {
		var s Scheduled
		var due int64
		if err := rows.Scan(&s.Key, &s.ChatID, &due, &s.Payload); err != nil {
			return nil, fmt.Errorf("read reminders: %w", err)
		}
		s.DueAt = time.Unix(due, 0)
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read reminders: %w", classify(err))
	}
	return out, nil
}

// ClaimReminders claims for owner, until now+lease, up to limit firings due
// at now that nobody holds (or whose holder's lease lapsed, or that owner
// holds already), earliest first, at most one per chat: a chat's firings
// are answered in order, by one owner at a time.
func (db *DB) ClaimReminders(ctx context.Context, owner string, lease time.Duration, now time.Time, limit int) ([]Scheduled, error) {
	if owner == "" || limit <= 0 {
		return nil, errors.New("claim reminders: an owner and a limit are needed")
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("claim reminders: %w", classify(err))
	}
	defer tx.Rollback()
	t := now.Unix()
	rows, err := tx.QueryContext(ctx, `UPDATE reminders SET owner = ?, lease_until = ?
WHERE key IN (
    SELECT r.key FROM reminders r
    WHERE r.due_at <= ? AND (r.owner = '' OR r.owner = ? OR r.lease_until <= ?)
      AND NOT EXISTS (SELECT 1 FROM reminders o WHERE o.chat_id = r.chat_id AND o.owner <> '' AND o.owner <> ?
                      AND o.lease_until > ?)
      AND r.key = (SELECT e.key FROM reminders e WHERE e.chat_id = r.chat_id AND e.due_at <= ?
                   ORDER BY e.due_at, e.key LIMIT 1)
    ORDER BY r.due_at, r.key LIMIT ?)
RETURNING key, chat_id, due_at, payload`, owner, now.Add(lease).Unix(), t, owner, t, owner, t, t, limit)
	if err != nil {
		return nil, fmt.Errorf("claim reminders: %w", classify(err))
	}
	out, err := scanScheduled(rows)
	if err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("claim reminders: commit: %w", classify(err))
	}
	return out, nil
}

// ReleaseReminder gives a claimed firing back (the turn failed and will be
// retried by whoever claims it next).
func (db *DB) ReleaseReminder(ctx context.Context, key, owner string) error {
	if _, err := db.w.ExecContext(ctx, `UPDATE reminders SET owner = '', lease_until = 0 WHERE key = ? AND owner = ?`,
		key, owner); err != nil {
		return fmt.Errorf("release reminder: %w", classify(err))
	}
	return nil
}

// DropReminders deletes chatID's reminders (the person blocked the bot:
// they are not retried) and records one "reminder"/"dropped" event per
// reminder firing deleted. It returns how many were deleted.
func (db *DB) DropReminders(ctx context.Context, chatID int64) (int64, error) {
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("drop reminders: %w", classify(err))
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `DELETE FROM reminders WHERE chat_id = ?`, chatID)
	if err != nil {
		return 0, fmt.Errorf("drop reminders: %w", classify(err))
	}
	n, _ := res.RowsAffected()
	ts := formatTime(db.now())
	for range n {
		if _, err := tx.ExecContext(ctx, insertEvent, ts, EventReminder, chatID, "dropped", "", "", "", nil); err != nil {
			return 0, fmt.Errorf("drop reminders: %w", classify(err))
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("drop reminders: commit: %w", classify(err))
	}
	return n, nil
}

// DayCount is how many reminder firings fall due on one day.
type DayCount struct {
	Day   string `json:"day"`
	Count int    `json:"count"`
}

// RemindersDue counts firings due in each of the days days starting on
// from's day in loc (Beijing for bujiao), every day listed, none skipped;
// no chat ids. Firings already overdue count on the first day.
func (db *DB) RemindersDue(ctx context.Context, from time.Time, days int, loc *time.Location) ([]DayCount, error) {
	start := time.Date(from.In(loc).Year(), from.In(loc).Month(), from.In(loc).Day(), 0, 0, 0, 0, loc)
	out := make([]DayCount, days)
	for i := range out {
		out[i].Day = start.AddDate(0, 0, i).Format("2006-01-02")
	}
	end := start.AddDate(0, 0, days)
	rows, err := db.r.QueryContext(ctx, `SELECT due_at FROM reminders WHERE due_at < ?`, end.Unix())
	if err != nil {
		return nil, fmt.Errorf("count reminders: %w", classify(err))
	}
	defer rows.Close()
	for rows.Next() {
		var due int64
		if err := rows.Scan(&due); err != nil {
			return nil, fmt.Errorf("count reminders: %w", err)
		}
		i := 0
		if t := time.Unix(due, 0); t.After(start) {
			// Calendar days in loc, not 24-hour steps from start.
			d := t.In(loc)
			i = int(time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, loc).Sub(start).Hours() / 24)
		}
		if i >= 0 && i < days {
			out[i].Count++
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("count reminders: %w", classify(err))
	}
	return out, nil
}

// reminderStats counts "reminder" events by what happened to the reminder.
func (db *DB) reminderStats(ctx context.Context, lo, hi string, rep *Report) error {
	rows, err := db.r.QueryContext(ctx, `SELECT question, count(*) FROM events
WHERE kind = ? AND at >= ? AND at < ? GROUP BY question ORDER BY question`, EventReminder, lo, hi)
	if err != nil {
		return fmt.Errorf("reminder stats: %w", classify(err))
	}
	defer rows.Close()
	rep.Reminders = map[string]int{}
	for _, k := range ReminderEvents {
		rep.Reminders[k] = 0
	}
	for rows.Next() {
		var q string
		var n int
		if err := rows.Scan(&q, &n); err != nil {
			return fmt.Errorf("reminder stats: %w", err)
		}
		rep.Reminders[q] = n
	}
	return rows.Err()
}

// ReminderEvents are what the stats report for reminders, always listed.
var ReminderEvents = []string{"offered", "set", "sent", "done", "later", "cancelled", "dropped", "held"}
