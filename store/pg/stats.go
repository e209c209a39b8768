package pg

import (
	"context"
	"fmt"
	"time"

	"bujiao/dialog/persist"
	"bujiao/store"
)

// statsBatch is how many events are handed over at a time.
const statsBatch = 5000

// Stats computes the same Report as package store for events with
// from <= At < to. The events of the period are read in id order into a
// private in-memory SQLite store whose Stats does the counting, so the two
// stores cannot disagree on what a report says. Memory grows with the
// events of the period (a few hundred bytes each).
func (db *DB) Stats(ctx context.Context, from, to time.Time) (persist.Report, error) {
	mem, err := db.eventsInMemory(ctx, from, to)
	if err != nil {
		return persist.Report{}, fmt.Errorf("stats: %w", err)
	}
	defer mem.Close()
	return mem.Stats(ctx, from, to)
}

// HandoffStats computes store.HandoffStats the same way.
func (db *DB) HandoffStats(ctx context.Context, from, to time.Time) (store.HandoffStats, error) {
	mem, err := db.eventsInMemory(ctx, from, to)
	if err != nil {
		return store.HandoffStats{}, fmt.Errorf("hand-off stats: %w", err)
	}
	defer mem.Close()
	return mem.HandoffStats(ctx, from, to)
}

// eventsInMemory copies the events with from <= At < to into a private
// in-memory SQLite store.
func (db *DB) eventsInMemory(ctx context.Context, from, to time.Time) (*store.DB, error) {
	mem, err := store.Open(ctx, ":memory:")
	if err != nil {
		return nil, err
	}
	if err := db.loadEvents(ctx, mem, from, to); err != nil {
		mem.Close()
		return nil, err
	}
	return mem, nil
}

func (db *DB) loadEvents(ctx context.Context, mem *store.DB, from, to time.Time) error {
	rows, err := db.pool.Query(ctx, `SELECT at, kind, chat_id, question, verdict, region, text, helpful
FROM events WHERE at >= $1 AND at < $2 ORDER BY id`, from.UTC(), to.UTC())
	if err != nil {
		return db.classify(err)
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
			return err
		}
		batch = append(batch, e)
		if len(batch) == statsBatch {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if err := rows.Err(); err != nil {
		return db.classify(err)
	}
	return flush()
}
