package pg

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"bujiao/dialog/persist"
)

// Reminders (issue 23) are scheduled inbox entries whose keys start with
// persist.ReminderKeyPrefix; claiming, applying and cancelling them is the
// mailbox's. This file holds what only reminders need, as the SQLite
// store's store/reminders.go: dropping a blocked chat's and counting them
// per day. Their stats are in stats.go.

var _ persist.Reminders = (*DB)(nil)

// DropReminders deletes chatID's reminders that are still to come (the
// person blocked the bot: they are not written to again) and records one
// "reminder"/"dropped" event per firing deleted, in one transaction. It
// returns how many.
func (db *DB) DropReminders(ctx context.Context, chatID int64) (int64, error) {
	if db.readOnly {
		return 0, fmt.Errorf("drop reminders: %w", persist.ErrReadOnly)
	}
	var n int64
	err := pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `DELETE FROM inbox WHERE chat_id = $1 AND status = 'new' AND starts_with(key, $2)`,
			chatID, persist.ReminderKeyPrefix)
		if err != nil {
			return err
		}
		n = tag.RowsAffected()
		at := db.now().UTC()
		for range n {
			if _, err := tx.Exec(ctx, insertEventSQL, at, string(persist.EvReminder), chatID, "dropped", "", "", "", nil); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("drop reminders: %w", db.classify(err))
	}
	return n, nil
}

// RemindersDue counts the reminder firings due in each of the days days
// starting on from's day in loc (Beijing for bujiao), every day listed; no
// chat ids. Firings already overdue count on the first day. The days are
// cut by persist.DueDays, as on SQLite.
func (db *DB) RemindersDue(ctx context.Context, from time.Time, days int, loc *time.Location) ([]persist.DayCount, error) {
	rows, err := db.pool.Query(ctx, `SELECT due_at FROM inbox
WHERE status = 'new' AND due_at IS NOT NULL AND starts_with(key, $1)`, persist.ReminderKeyPrefix)
	if err != nil {
		return nil, fmt.Errorf("count reminders: %w", db.classify(err))
	}
	due, err := pgx.CollectRows(rows, pgx.RowTo[time.Time])
	if err != nil {
		return nil, fmt.Errorf("count reminders: %w", db.classify(err))
	}
	return persist.DueDays(from, days, loc, due), nil
}
