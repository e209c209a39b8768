package pg

import (
	"context"
	"errors"
	"fmt"
	"time"

	"bujiao/dialog/persist"
	"bujiao/store"
)

type reporter interface {
	Record(ctx context.Context, events ...persist.Event) error
	Stats(ctx context.Context, from, to time.Time) (persist.Report, error)
}

// statsBatch is how many events are handed over at a time.
const statsBatch = 5000

// Stats computes the same Report as package store for events with
// from <= At < to. The events of the period are read in id order into a
// private in-memory SQLite store whose Stats does the counting, so the two
// stores cannot disagree on what a report says. Memory grows with the
// events of the period (about 200 bytes each).
func (db *DB) Stats(ctx context.Context, from, to time.Time) (persist.Report, error) {
	sq, err := store.Open(ctx, ":memory:")
	if err != nil {
		return persist.Report{}, fmt.Errorf("stats: %w", err)
	}
	defer sq.Close()
	mem, ok := any(sq).(reporter)
	if !ok {
		return persist.Report{}, errors.New("stats: the SQLite store does not implement the persistence contract")
	}
	rows, err := db.pool.Query(ctx, `SELECT at, kind, chat_id, question, verdict, region, text, helpful
FROM events WHERE at >= $1 AND at < $2 ORDER BY id`, from.UTC(), to.UTC())
	if err != nil {
		return persist.Report{}, fmt.Errorf("stats: %w", db.classify(err))
	}
	defer rows.Close()
	batch := make([]persist.Event, 0, statsBatch)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		err := mem.Record(ctx, batch...)
		batch = batch[:0]
		return err
	}
	for rows.Next() {
		var e persist.Event
		if err := rows.Scan(&e.At, (*string)(&e.Kind), &e.ChatID, &e.Question, &e.Verdict, &e.Region, &e.Text, &e.Helpful); err != nil {
			return persist.Report{}, fmt.Errorf("stats: %w", err)
		}
		batch = append(batch, e)
		if len(batch) == statsBatch {
			if err := flush(); err != nil {
				return persist.Report{}, fmt.Errorf("stats: %w", err)
			}
		}
	}
	if err := rows.Err(); err != nil {
		return persist.Report{}, fmt.Errorf("stats: %w", db.classify(err))
	}
	if err := flush(); err != nil {
		return persist.Report{}, fmt.Errorf("stats: %w", err)
	}
	return mem.Stats(ctx, from, to)
}
