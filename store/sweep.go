package store

import (
	"context"
	"fmt"
	"log/slog"
	"time"
)

// Retention defaults.
const (
	// DefaultConversationTTL: conversations idle longer than this are
	// deleted.
	DefaultConversationTTL = 30 * 24 * time.Hour
	// DefaultEventTTL: events older than this are deleted.
	DefaultEventTTL = 180 * 24 * time.Hour
	// ProcessedUpdateTTL: how long an update id is remembered for
	// deduplication. Telegram re-delivers an unconfirmed update for at most
	// 24 hours, so 72 hours leaves a wide margin.
	ProcessedUpdateTTL = 72 * time.Hour
)

// SweepResult counts what Sweep deleted.
type SweepResult struct {
	Conversations    int64
	Events           int64
	ProcessedUpdates int64
	Inbox            int64
	Outbox           int64
	SharedCases      int64
}

// Sweep deletes conversations idle longer than idleConversations, events
// older than eventAge, processed-update records older than
// ProcessedUpdateTTL and expired shared cases, all relative to now, in one
// transaction. A zero or
// negative duration selects the default.
func (db *DB) Sweep(ctx context.Context, now time.Time, idleConversations, eventAge time.Duration) (SweepResult, error) {
	if idleConversations <= 0 {
		idleConversations = DefaultConversationTTL
	}
	if eventAge <= 0 {
		eventAge = DefaultEventTTL
	}
	var res SweepResult
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return res, fmt.Errorf("sweep: %w", classify(err))
	}
	defer tx.Rollback()
	steps := []struct {
		query string
		age   time.Duration
		n     *int64
	}{
		{`DELETE FROM conversations WHERE updated_at < ?`, idleConversations, &res.Conversations},
		{`DELETE FROM events WHERE at < ?`, eventAge, &res.Events},
		{`DELETE FROM processed_updates WHERE processed_at < ?`, ProcessedUpdateTTL, &res.ProcessedUpdates},
		// Applied and parked updates keep only ids; they go with the
		// processed records. Unapplied ones hold what the person wrote and
		// go with the conversations, as do unsent messages.
		{`DELETE FROM inbox WHERE status <> 'new' AND received_at < ?`, ProcessedUpdateTTL, &res.Inbox},
		{`DELETE FROM inbox WHERE received_at < ?`, idleConversations, &res.Inbox},
		{`DELETE FROM outbox WHERE created_at < ?`, idleConversations, &res.Outbox},
		// Shared cases carry their own expiry (dialog.CaseTTL).
		{`DELETE FROM shared_cases WHERE expires_at <= ?`, 0, &res.SharedCases},
	}
	for _, s := range steps {
		r, err := tx.ExecContext(ctx, s.query, formatTime(now.Add(-s.age)))
		if err != nil {
			return SweepResult{}, fmt.Errorf("sweep: %w", classify(err))
		}
		n, err := r.RowsAffected()
		if err != nil {
			return SweepResult{}, fmt.Errorf("sweep: %w", err)
		}
		*s.n += n
	}
	if err := tx.Commit(); err != nil {
		return SweepResult{}, fmt.Errorf("sweep: commit: %w", classify(err))
	}
	return res, nil
}

// RunSweeper sweeps once at start and then every interval until ctx is
// done, using DB.Now as the clock. Zero TTLs select the defaults. Failures
// are logged and retried at the next tick; only counts are ever logged.
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
			log.Log(ctx, level, "store sweep",
				"conversations", res.Conversations,
				"events", res.Events,
				"processed_updates", res.ProcessedUpdates,
				"inbox", res.Inbox,
				"outbox", res.Outbox,
				"shared_cases", res.SharedCases)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
