package pg

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/jackc/pgx/v5"

	"bujiao/store"
)

// Sweep deletes, relative to now and with package store's rules,
// conversations idle longer than idleConversations, events older than
// eventAge, processed-update records older than store.ProcessedUpdateTTL,
// old inbox and outbox rows and expired shared cases, in one transaction.
// A zero or negative duration selects the default.
func (db *DB) Sweep(ctx context.Context, now time.Time, idleConversations, eventAge time.Duration) (store.SweepResult, error) {
	if idleConversations <= 0 {
		idleConversations = store.DefaultConversationTTL
	}
	if eventAge <= 0 {
		eventAge = store.DefaultEventTTL
	}
	var res store.SweepResult
	steps := []struct {
		query string
		age   time.Duration
		n     *int64
	}{
		{`DELETE FROM conversations WHERE updated_at < $1`, idleConversations, &res.Conversations},
		{`DELETE FROM events WHERE at < $1`, eventAge, &res.Events},
		{`DELETE FROM processed_updates WHERE processed_at < $1`, store.ProcessedUpdateTTL, &res.ProcessedUpdates},
		{`DELETE FROM inbox WHERE status <> 'new' AND received_at < $1`, store.ProcessedUpdateTTL, &res.Inbox},
		{`DELETE FROM inbox WHERE received_at < $1`, idleConversations, &res.Inbox},
		{`DELETE FROM outbox WHERE created_at < $1`, idleConversations, &res.Outbox},
		{`DELETE FROM shared_cases WHERE expires_at <= $1`, 0, &res.SharedCases},
	}
	err := pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
		for _, s := range steps {
			tag, err := tx.Exec(ctx, s.query, now.Add(-s.age).UTC())
			if err != nil {
				return err
			}
			*s.n += tag.RowsAffected()
		}
		return nil
	})
	if err != nil {
		return store.SweepResult{}, fmt.Errorf("sweep: %w", db.classify(err))
	}
	return res, nil
}

// RunSweeper sweeps once at start and then every interval until ctx is
// done. Several instances may run it: the deletes are idempotent. Only
// counts are logged.
func (db *DB) RunSweeper(ctx context.Context, interval, idleConversations, eventAge time.Duration, log *slog.Logger) {
	if interval <= 0 {
		interval = time.Hour
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		res, err := db.Sweep(ctx, db.now(), idleConversations, eventAge)
		switch {
		case err != nil && ctx.Err() == nil:
			log.Warn("store sweep failed", "err", err)
		case err == nil:
			level := slog.LevelDebug
			if res.Conversations+res.Events+res.ProcessedUpdates+res.Inbox+res.Outbox+res.SharedCases > 0 {
				level = slog.LevelInfo
			}
			log.Log(ctx, level, "store sweep", "conversations", res.Conversations, "events", res.Events,
				"processed_updates", res.ProcessedUpdates, "inbox", res.Inbox, "outbox", res.Outbox,
				"shared_cases", res.SharedCases)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
