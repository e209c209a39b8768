package store

import (
	"context"
	"fmt"
	"time"
)

// Reminders (issue 23) are scheduled inbox entries of the persistence
// contract: a turn schedules and cancels them (Commit.Schedule, .Cancel),
// the bot claims them when due like any entry and the turn that answers one
// applies it (Commit.Entry), so it is sent once. Their keys start with
// reminderKeyPrefix ("rem:<chat>:…", dialog.ReminderKeyPrefix). This file
// holds what only reminders need: dropping a blocked chat's, counting them
// per day, and the stats of their events.

// reminderKeyPrefix starts every reminder entry's key.
const reminderKeyPrefix = "rem:"

// DropReminders deletes chatID's reminders that are still to come (the
// person blocked the bot: they are not written to again) and records one
// "reminder"/"dropped" event per firing deleted. It returns how many.
func (db *DB) DropReminders(ctx context.Context, chatID int64) (int64, error) {
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("drop reminders: %w", classify(err))
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `DELETE FROM inbox WHERE chat_id = ? AND status = 'new' AND substr(key, 1, ?) = ?`,
		chatID, len(reminderKeyPrefix), reminderKeyPrefix)
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

// RemindersDue counts the reminder firings due in each of the days days
// starting on from's day in loc (Beijing for bujiao), every day listed;
// no chat ids. Firings already overdue count on the first day.
func (db *DB) RemindersDue(ctx context.Context, from time.Time, days int, loc *time.Location) ([]DayCount, error) {
	f := from.In(loc)
	start := time.Date(f.Year(), f.Month(), f.Day(), 0, 0, 0, 0, loc)
	out := make([]DayCount, days)
	for i := range out {
		out[i].Day = start.AddDate(0, 0, i).Format("2006-01-02")
	}
	rows, err := db.r.QueryContext(ctx, `SELECT due_at FROM inbox
WHERE status = 'new' AND due_at <> '' AND substr(key, 1, ?) = ?`, len(reminderKeyPrefix), reminderKeyPrefix)
	if err != nil {
		return nil, fmt.Errorf("count reminders: %w", classify(err))
	}
	defer rows.Close()
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, fmt.Errorf("count reminders: %w", err)
		}
		t, err := parseTime(s)
		if err != nil {
			return nil, fmt.Errorf("count reminders: %w", err)
		}
		i := 0
		if t.After(start) {
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
