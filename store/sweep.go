package store

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"os"
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

// sweepSQL is the SQL of the sweep, a kind at a time: the candidates are
// listed on a read connection in key order (no lock: the scan of an
// unindexed column is the slow part), then persist.Sweeper deletes them a
// range of listed keys at a time with one prepared statement, which checks
// the condition again (a conversation that came back to life stays).
// Applied, skipped and parked entries keep only keys and codes; unapplied
// ones hold what the person wrote and go with the conversations, as do
// unsent messages. Shared cases carry their own expiry (dialog.CaseTTL).
type sweepSQL struct{ db *DB }

var sweepQueries = [persist.SweepKinds]struct {
	list   string // args: cutoff; returns keys in ascending order
	delete string // args: first key, last key, cutoff
}{
	persist.SweepConversations: {`SELECT chat_id FROM conversations WHERE updated_at < ? ORDER BY chat_id`,
		`DELETE FROM conversations WHERE chat_id BETWEEN ?1 AND ?2 AND updated_at < ?3`},
	persist.SweepEvents: {`SELECT id FROM events WHERE at < ? ORDER BY id`,
		`DELETE FROM events WHERE id BETWEEN ?1 AND ?2 AND at < ?3`},
	persist.SweepFinished: {`SELECT seq FROM inbox WHERE status <> 'new' AND received_at < ? ORDER BY seq`,
		`DELETE FROM inbox WHERE seq BETWEEN ?1 AND ?2 AND status <> 'new' AND received_at < ?3`},
	persist.SweepUnapplied: {`SELECT seq FROM inbox WHERE status = 'new' AND received_at < ?1 AND due_at < ?1 ORDER BY seq`,
		`DELETE FROM inbox WHERE seq BETWEEN ?1 AND ?2 AND status = 'new' AND received_at < ?3 AND due_at < ?3`},
	persist.SweepOutbox: {`SELECT id FROM outbox WHERE created_at < ? ORDER BY id`,
		`DELETE FROM outbox WHERE id BETWEEN ?1 AND ?2 AND created_at < ?3`},
	persist.SweepSharedCases: {`SELECT token FROM shared_cases WHERE expires_at <= ? ORDER BY token`,
		`DELETE FROM shared_cases WHERE token BETWEEN ?1 AND ?2 AND expires_at <= ?3`},
}

// Sweep deletes conversations idle longer than idleConversations, events
// older than eventAge, finished inbox entries older than
// ProcessedUpdateTTL, unapplied entries and unsent messages as old as the
// conversations (a reminder counts from when it is due), and expired
// shared cases, all relative to now, in ranges of 8-128 rows that hold
// the write lock about 2 ms each (see persist.Sweeper). A zero or negative
// duration selects the default.
func (db *DB) Sweep(ctx context.Context, now time.Time, idleConversations, eventAge time.Duration) (SweepResult, error) {
	if db.readOnly {
		return SweepResult{}, fmt.Errorf("sweep: %w", ErrReadOnly)
	}
	// The WAL is checkpointed between ranges from a read connection
	// (PASSIVE: it never blocks a writer), not by SQLite at the commit of
	// whichever range crosses 1,000 pages: on the one write connection that
	// checkpoint would make the turns queued behind it wait.
	if _, err := db.w.ExecContext(ctx, `PRAGMA wal_autocheckpoint = 0`); err == nil {
		defer db.w.ExecContext(context.WithoutCancel(ctx), `PRAGMA wal_autocheckpoint = 1000`)
	}
	db.sweeps.Add(1)
	res, err := db.sweeper.Sweep(ctx, now, idleConversations, eventAge)
	db.sweeps.Add(-1)
	db.checkpointPassive(ctx)
	return res, err
}

func (s sweepSQL) SweepKeys(ctx context.Context, k persist.SweepKind, cutoff time.Time) ([]any, error) {
	rows, err := s.db.r.QueryContext(ctx, sweepQueries[k].list, formatTime(cutoff))
	if err != nil {
		return nil, s.db.readErr(ctx, err)
	}
	defer rows.Close()
	var keys []any
	for rows.Next() {
		var key any
		if err := rows.Scan(&key); err != nil {
			return nil, s.db.readErr(ctx, err)
		}
		keys = append(keys, key)
	}
	if err := rows.Err(); err != nil {
		return nil, s.db.readErr(ctx, err)
	}
	return keys, nil
}

// SweepRange runs one range in a transaction of its own, with the kind's
// statement prepared once (nothing is parsed while the lock is held). The
// lock time is from just before BEGIN IMMEDIATE, which takes the lock, to
// the return of COMMIT, which lets it go: the wait for the one write
// connection (a turn, the scrubber) is not the sweep's, the BEGIN is.
func (s sweepSQL) SweepRange(ctx context.Context, k persist.SweepKind, first, last any, cutoff time.Time) (int64, time.Duration, error) {
	stmt, err := s.db.sweepStmt(ctx, k)
	if err != nil {
		return 0, 0, err
	}
	conn, err := s.db.w.Conn(ctx)
	if err != nil {
		return 0, 0, classify(err)
	}
	defer conn.Close()
	// Start the lock on a fresh time slice (yield_linux.go).
	yieldCPU()
	if sweepBeginHook != nil {
		sweepBeginHook()
	}
	start := time.Now()
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return 0, time.Since(start), classify(err)
	}
	r, err := tx.StmtContext(ctx, stmt).ExecContext(ctx, first, last, formatTime(cutoff))
	if err == nil {
		err = tx.Commit()
	} else {
		tx.Rollback()
	}
	held := time.Since(start)
	if err != nil {
		return 0, held, classify(err)
	}
	n, _ := r.RowsAffected()
	return n, held, nil
}

// sweepStmt prepares the delete statement of kind k on the write
// connection on first use; it lives as long as the store.
func (db *DB) sweepStmt(ctx context.Context, k persist.SweepKind) (*sql.Stmt, error) {
	db.sweepStmtMu.Lock()
	defer db.sweepStmtMu.Unlock()
	if db.sweepStmts[k] == nil {
		stmt, err := db.w.PrepareContext(ctx, sweepQueries[k].delete)
		if err != nil {
			return nil, classify(err)
		}
		db.sweepStmts[k] = stmt
	}
	return db.sweepStmts[k], nil
}

// afterSweepRange checkpoints every sweepCheckpointEvery ranges, so the
// WAL the sweep writes stays within a few MB: the scrubber's TRUNCATE
// after the sweep holds the write lock while the file system frees what
// the WAL grew to (40-110 ms for the 104 MB of a sweep of 100,000
// conversations that never checkpoints; 21 ms even with its pages already
// out of the page cache).
func (db *DB) afterSweepRange(held time.Duration, keys int) {
	// Conversations the range deleted are not kept in memory either, and
	// Load reads them as gone (sessioncache.go).
	db.sessions.clear()
	if db.sweepRanges.Add(1)%sweepCheckpointEvery == 0 {
		if db.checkpointPassive(context.Background()) {
			db.walRestarts.Store(true)
		}
	}
	if sweepHook != nil {
		sweepHook(held, keys)
	}
}

// walRestartsNext reports whether the next write restarts the WAL: the
// sweep's checkpoint copied all of it, the scrubber is cutting it, or it
// is empty (the sweep starts after the scrubber's truncation). That write
// syncs the new WAL header inside its lock, whatever else it writes (a
// one-row delete doing so took 0.5 ms at the median, 4.7 ms at p99 and
// 2-16 ms when other processes kept this shared disk busy); the sweep
// makes it a range of one key (persist.Sweeper.LoneNext), so that the
// sync is all its lock holds.
func (db *DB) walRestartsNext() bool {
	if db.walRestarts.Swap(false) {
		return true
	}
	if db.walPath == "" {
		return false
	}
	fi, err := os.Stat(db.walPath)
	return err == nil && fi.Size() == 0
}

// checkpointPassive copies what it can of the WAL into the database file
// from a read connection, without waiting for or blocking the writer, and
// reports whether it copied all of it.
func (db *DB) checkpointPassive(ctx context.Context) (whole bool) {
	if db.r == db.w {
		return false
	}
	var busy, logFrames, done int
	err := db.r.QueryRowContext(ctx, `PRAGMA wal_checkpoint(PASSIVE)`).Scan(&busy, &logFrames, &done)
	return err == nil && busy == 0 && logFrames > 0 && done == logFrames
}

// LongestSweepLock reports the longest time one sweep range held the write
// lock since the store was opened (a benchmark and log figure).
func (db *DB) LongestSweepLock() time.Duration { return db.sweeper.LongestLock() }

// RunSweeper sweeps once at start and then every interval until ctx is
// done, using DB.Now as the clock. Zero TTLs select the defaults. Failures
// are logged and retried at the next tick; only counts are ever logged.
func (db *DB) RunSweeper(ctx context.Context, interval, idleConversations, eventAge time.Duration, log *slog.Logger) {
	db.sweeper.Run(ctx, interval, log, func(ctx context.Context) (SweepResult, error) {
		return db.Sweep(ctx, db.now(), idleConversations, eventAge)
	})
}

// sweepCheckpointEvery ranges the sweep checkpoints the WAL (about 8 MB of
// it at 100,000 conversations). Each time the whole WAL was copied, the
// next write restarts it and syncs its header inside its lock, so not
// every 16 ranges as before (then one range in 16 was the slowest); but
// not never either (afterSweepRange). The sweep's own range after a
// checkpoint is a lone key (walRestartsNext). 512 was no better than 128
// (BenchmarkSweep100k).
var sweepCheckpointEvery int64 = 128

// sweepHook, if set, sees every range's lock time and size, and
// sweepBeginHook is called just before each range takes the lock, on the
// goroutine that takes it (benchmarks).
var (
	sweepHook      func(held time.Duration, keys int)
	sweepBeginHook func()
)
