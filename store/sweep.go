package store

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"runtime"
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
// adapts to what the disk and the secure_delete overwrite cost; it starts
// small, so the first batch of a slow disk is short too.
const (
	sweepLockTarget = 2 * time.Millisecond
	sweepMinBatch   = 8
	sweepMaxBatch   = 128
	sweepFirstBatch = 32
	// sweepYieldMax bounds the pause after a batch: as long as the batch
	// took, so the sweep holds the write lock at most about half the time
	// and a turn queued behind a batch goes before the next one.
	sweepYieldMax = 2 * time.Millisecond
)

// sweepStep deletes rows older than a cutoff: the candidates are listed on
// a read connection in key order (no lock: the scan of an unindexed column
// is the slow part), then deleted a range of listed keys at a time, one
// statement each, which checks the condition again (a conversation that
// came back to life stays).
type sweepStep struct {
	name   string
	list   string // args: cutoff; returns keys in ascending order
	delete string // args: first key, last key, cutoff
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
		{"conversations", `SELECT chat_id FROM conversations WHERE updated_at < ? ORDER BY chat_id`,
			`DELETE FROM conversations WHERE chat_id BETWEEN ?1 AND ?2 AND updated_at < ?3`, idleConversations, &res.Conversations},
		{"events", `SELECT id FROM events WHERE at < ? ORDER BY id`,
			`DELETE FROM events WHERE id BETWEEN ?1 AND ?2 AND at < ?3`, eventAge, &res.Events},
		// Applied, skipped and parked entries keep only keys and codes;
		// unapplied ones hold what the person wrote and go with the
		// conversations, as do unsent messages.
		{"finished inbox entries", `SELECT seq FROM inbox WHERE status <> 'new' AND received_at < ? ORDER BY seq`,
			`DELETE FROM inbox WHERE seq BETWEEN ?1 AND ?2 AND status <> 'new' AND received_at < ?3`, ProcessedUpdateTTL, &res.ProcessedUpdates},
		{"unapplied inbox entries", `SELECT seq FROM inbox WHERE status = 'new' AND received_at < ?1 AND due_at < ?1 ORDER BY seq`,
			`DELETE FROM inbox WHERE seq BETWEEN ?1 AND ?2 AND status = 'new' AND received_at < ?3 AND due_at < ?3`, idleConversations, &res.Inbox},
		{"outbox", `SELECT id FROM outbox WHERE created_at < ? ORDER BY id`,
			`DELETE FROM outbox WHERE id BETWEEN ?1 AND ?2 AND created_at < ?3`, idleConversations, &res.Outbox},
		// Shared cases carry their own expiry (dialog.CaseTTL).
		{"shared cases", `SELECT token FROM shared_cases WHERE expires_at <= ? ORDER BY token`,
			`DELETE FROM shared_cases WHERE token BETWEEN ?1 AND ?2 AND expires_at <= ?3`, 0, &res.SharedCases},
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
	if len(keys) == 0 {
		return nil
	}
	// One prepared statement for the whole step: each batch is then one
	// step of SQLite's VM, with nothing parsed while the lock is held.
	stmt, err := db.w.PrepareContext(ctx, s.delete)
	if err != nil {
		return classify(err)
	}
	defer stmt.Close()
	batch := sweepFirstBatch
	for round := 1; len(keys) > 0; round++ {
		n := min(batch, len(keys))
		took, deleted, err := sweepBatch(ctx, stmt, keys[0], keys[n-1], cutoff)
		if err != nil {
			return err
		}
		*s.n += deleted
		keys = keys[n:]
		db.noteSweepLock(took)
		if sweepHook != nil {
			sweepHook(took, n)
		}
		if round%16 == 0 {
			db.r.ExecContext(ctx, `PRAGMA wal_checkpoint(PASSIVE)`)
		}
		switch {
		case took > sweepLockTarget && batch > sweepMinBatch:
			batch /= 2
		case took < sweepLockTarget/4 && batch < sweepMaxBatch:
			batch *= 2
		}
		if len(keys) > 0 {
			if err := sleepCtx(ctx, min(took, sweepYieldMax)); err != nil {
				return err
			}
		}
	}
	return nil
}

// sweepBatch deletes the rows from key lo to key hi that still meet the
// cutoff, in one statement (its own transaction), and reports how long it
// held the write lock.
func sweepBatch(ctx context.Context, stmt *sql.Stmt, lo, hi any, cutoff string) (time.Duration, int64, error) {
	start := time.Now()
	r, err := stmt.ExecContext(ctx, lo, hi, cutoff)
	took := time.Since(start)
	if err != nil {
		return 0, 0, classify(err)
	}
	n, _ := r.RowsAffected()
	return took, n, nil
}

// sleepCtx waits d (at least a yield of the processor) or until ctx is done.
func sleepCtx(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		runtime.Gosched()
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
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
