package store

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"bujiao/dialog/persist"
)

// Retention defaults (the contract's).
const (
	DefaultConversationTTL = persist.DefaultConversationTTL
	DefaultEventTTL        = persist.DefaultEventTTL
	// ProcessedUpdateTTL: how long the key of a finished inbox entry is
	// kept to refuse a redelivery.
	ProcessedUpdateTTL = persist.AppliedTTL
)

// SweepResult counts what Sweep deleted.
type SweepResult = persist.SweepResult

// Sweep batches: the write lock is held for one batch at a time, so turns
// wait at most about sweepLockTarget behind the sweep. The batch size
// adapts to what the disk and the secure_delete overwrite cost.
const (
	sweepLockTarget = 4 * time.Millisecond
	sweepMinBatch   = 16
	sweepMaxBatch   = 512
)

// sweepStep deletes rows older than a cutoff: the candidates are listed on
// a read connection (no lock: the scan of an unindexed column is the slow
// part), then deleted by key in short write transactions that check the
// condition again (a conversation that came back to life stays).
type sweepStep struct {
	name   string
	list   string // args: cutoff; returns keys
	delete string // args: key, cutoff
	age    time.Duration
	n      *int64
}

// Sweep deletes conversations idle longer than idleConversations, events
// older than eventAge, finished inbox entries older than
// ProcessedUpdateTTL, unapplied entries and unsent messages as old as the
// conversations (a reminder counts from when it is due), and expired
// shared cases, all relative to now. A zero or negative duration selects
// the default.
func (db *DB) Sweep(ctx context.Context, now time.Time, idleConversations, eventAge time.Duration) (SweepResult, error) {
	if db.readOnly {
		return SweepResult{}, fmt.Errorf("sweep: %w", ErrReadOnly)
	}
	if idleConversations <= 0 {
		idleConversations = DefaultConversationTTL
	}
	if eventAge <= 0 {
		eventAge = DefaultEventTTL
	}
	var res SweepResult
	steps := []sweepStep{
		{"conversations", `SELECT chat_id FROM conversations WHERE updated_at < ?`,
			`DELETE FROM conversations WHERE chat_id = ? AND updated_at < ?`, idleConversations, &res.Conversations},
		{"events", `SELECT id FROM events WHERE at < ?`,
			`DELETE FROM events WHERE id = ? AND at < ?`, eventAge, &res.Events},
		// Applied, skipped and parked entries keep only keys and codes;
		// unapplied ones hold what the person wrote and go with the
		// conversations, as do unsent messages.
		{"finished inbox entries", `SELECT seq FROM inbox WHERE status <> 'new' AND received_at < ?`,
			`DELETE FROM inbox WHERE seq = ? AND status <> 'new' AND received_at < ?`, ProcessedUpdateTTL, &res.ProcessedUpdates},
		{"unapplied inbox entries", `SELECT seq FROM inbox WHERE status = 'new' AND received_at < ?1 AND due_at < ?1`,
			`DELETE FROM inbox WHERE seq = ?1 AND status = 'new' AND received_at < ?2 AND due_at < ?2`, idleConversations, &res.Inbox},
		{"outbox", `SELECT id FROM outbox WHERE created_at < ?`,
			`DELETE FROM outbox WHERE id = ? AND created_at < ?`, idleConversations, &res.Outbox},
		// Shared cases carry their own expiry (dialog.CaseTTL).
		{"shared cases", `SELECT token FROM shared_cases WHERE expires_at <= ?`,
			`DELETE FROM shared_cases WHERE token = ? AND expires_at <= ?`, 0, &res.SharedCases},
	}
	// The WAL is checkpointed between batches from a read connection
	// (PASSIVE: it never blocks a writer), not by SQLite at the commit of
	// whichever batch crosses 1,000 pages: on the one write connection that
	// checkpoint would make the turns queued behind it wait.
	if _, err := db.w.ExecContext(ctx, `PRAGMA wal_autocheckpoint = 0`); err == nil {
		defer db.w.ExecContext(context.WithoutCancel(ctx), `PRAGMA wal_autocheckpoint = 1000`)
	}
	for _, s := range steps {
		if err := db.sweepStep(ctx, s, formatTime(now.Add(-s.age))); err != nil {
			return res, fmt.Errorf("sweep: %s: %w", s.name, err)
		}
	}
	db.r.ExecContext(ctx, `PRAGMA wal_checkpoint(PASSIVE)`)
	return res, nil
}

func (db *DB) sweepStep(ctx context.Context, s sweepStep, cutoff string) error {
	rows, err := db.r.QueryContext(ctx, s.list, cutoff)
	if err != nil {
		return db.readErr(ctx, err)
	}
	var keys []any
	for rows.Next() {
		var k any
		if err := rows.Scan(&k); err != nil {
			rows.Close()
			return err
		}
		keys = append(keys, k)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return db.readErr(ctx, err)
	}
	batch := 64
	for round := 1; len(keys) > 0; round++ {
		n := min(batch, len(keys))
		took, deleted, err := db.sweepBatch(ctx, s.delete, keys[:n], cutoff)
		if err != nil {
			return err
		}
		*s.n += deleted
		keys = keys[n:]
		db.noteSweepLock(took)
		if sweepHook != nil {
			sweepHook(took, n)
		}
		if round%8 == 0 {
			db.r.ExecContext(ctx, `PRAGMA wal_checkpoint(PASSIVE)`)
		}
		switch {
		case took > sweepLockTarget && batch > sweepMinBatch:
			batch /= 2
		case took < sweepLockTarget/4 && batch < sweepMaxBatch:
			batch *= 2
		}
	}
	return nil
}

// sweepBatch deletes one batch in one write transaction and reports how
// long it held the write lock.
func (db *DB) sweepBatch(ctx context.Context, query string, keys []any, cutoff string) (time.Duration, int64, error) {
	start := time.Now()
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return 0, 0, classify(err)
	}
	defer tx.Rollback()
	stmt, err := tx.PrepareContext(ctx, query)
	if err != nil {
		return 0, 0, classify(err)
	}
	defer stmt.Close()
	var n int64
	for _, k := range keys {
		r, err := stmt.ExecContext(ctx, k, cutoff)
		if err != nil {
			return 0, 0, classify(err)
		}
		d, _ := r.RowsAffected()
		n += d
	}
	if err := tx.Commit(); err != nil {
		return 0, 0, classify(err)
	}
	return time.Since(start), n, nil
}

// noteSweepLock keeps the longest write lock a sweep batch held.
func (db *DB) noteSweepLock(d time.Duration) {
	for {
		cur := db.sweepLock.Load()
		if int64(d) <= cur || db.sweepLock.CompareAndSwap(cur, int64(d)) {
			return
		}
	}
}

// LongestSweepLock reports the longest time one sweep batch held the write
// lock since the store was opened (a benchmark and log figure).
func (db *DB) LongestSweepLock() time.Duration { return time.Duration(db.sweepLock.Load()) }

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
				"shared_cases", res.SharedCases,
				"longest_lock", db.LongestSweepLock().String())
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// sweepHook, if set, sees every batch's lock time and size (benchmarks).
var sweepHook func(took time.Duration, rows int)
