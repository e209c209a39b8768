package pg

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/jackc/pgx/v5"

	"bujiao/dialog/persist"
)

// Sweep deletes, relative to now, conversations idle longer than
// idleConversations, events older than eventAge, finished inbox entries
// older than persist.AppliedTTL, unapplied entries and unsent messages as
// old as the conversations, and expired shared cases, in one transaction
// (PostgreSQL's row locks do not stop other writers, so one transaction
// holds nobody up). A zero or negative duration selects the default.
func (db *DB) Sweep(ctx context.Context, now time.Time, idleConversations, eventAge time.Duration) (persist.SweepResult, error) {
	if idleConversations <= 0 {
		idleConversations = persist.DefaultConversationTTL
	}
	if eventAge <= 0 {
		eventAge = persist.DefaultEventTTL
	}
	var res persist.SweepResult
	steps := []struct {
		query string
		age   time.Duration
		n     *int64
	}{
		{`DELETE FROM conversations WHERE updated_at < $1`, idleConversations, &res.Conversations},
		{`DELETE FROM events WHERE at < $1`, eventAge, &res.Events},
		// Finished entries keep only their key; they go after AppliedTTL.
		// Unapplied ones hold what the person wrote and go with the
		// conversations (a reminder counts from when it falls due), as do
		// unsent messages.
		{`DELETE FROM inbox WHERE status <> 'new' AND coalesce(finished_at, received_at) < $1`, persist.AppliedTTL, &res.ProcessedUpdates},
		{`DELETE FROM inbox WHERE status = 'new' AND greatest(received_at, due_at) < $1`, idleConversations, &res.Inbox},
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
		return persist.SweepResult{}, fmt.Errorf("sweep: %w", db.classify(err))
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
