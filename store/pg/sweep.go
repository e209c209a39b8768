package pg

import (
	"context"
	"log/slog"
	"time"

	"bujiao/dialog/persist"
)

// sweepQueries are the SQL of the sweep, a kind at a time: the candidates
// are listed in key order (a snapshot read: no row locks), then
// persist.Sweeper deletes them a range of keys at a time, each range in a
// transaction of its own that checks the condition again (a conversation
// that came back to life stays). One transaction for the whole sweep held
// the row locks of every row it deleted until it committed — a turn of a
// chat coming back after a month waited for all of it — and at a million
// rows could run into the statement timeout and never finish.
// Finished entries keep only their key; they go after AppliedTTL.
// Unapplied ones hold what the person wrote and go with the conversations
// (a reminder counts from when it falls due), as do unsent messages.
var sweepQueries = [persist.SweepKinds]struct {
	list   string // args: cutoff; returns keys in ascending order
	delete string // args: first key, last key, cutoff
}{
	persist.SweepConversations: {`SELECT chat_id FROM conversations WHERE updated_at < $1 ORDER BY chat_id`,
		`DELETE FROM conversations WHERE chat_id BETWEEN $1 AND $2 AND updated_at < $3`},
	persist.SweepEvents: {`SELECT id FROM events WHERE at < $1 ORDER BY id`,
		`DELETE FROM events WHERE id BETWEEN $1 AND $2 AND at < $3`},
	persist.SweepFinished: {`SELECT seq FROM inbox WHERE status <> 'new' AND coalesce(finished_at, received_at) < $1 ORDER BY seq`,
		`DELETE FROM inbox WHERE seq BETWEEN $1 AND $2 AND status <> 'new' AND coalesce(finished_at, received_at) < $3`},
	persist.SweepUnapplied: {`SELECT seq FROM inbox WHERE status = 'new' AND greatest(received_at, due_at) < $1 ORDER BY seq`,
		`DELETE FROM inbox WHERE seq BETWEEN $1 AND $2 AND status = 'new' AND greatest(received_at, due_at) < $3`},
	persist.SweepOutbox: {`SELECT id FROM outbox WHERE created_at < $1 ORDER BY id`,
		`DELETE FROM outbox WHERE id BETWEEN $1 AND $2 AND created_at < $3`},
	persist.SweepSharedCases: {`SELECT token FROM shared_cases WHERE expires_at <= $1 ORDER BY token`,
		`DELETE FROM shared_cases WHERE token BETWEEN $1 AND $2 AND expires_at <= $3`},
}

type sweepSQL struct{ db *DB }

// Sweep deletes, relative to now, conversations idle longer than
// idleConversations, events older than eventAge, finished inbox entries
// older than persist.AppliedTTL, unapplied entries and unsent messages as
// old as the conversations, and expired shared cases, in short ranges (see
// persist.Sweeper). A zero or negative duration selects the default.
// Several instances may sweep at once: the deletes are idempotent.
func (db *DB) Sweep(ctx context.Context, now time.Time, idleConversations, eventAge time.Duration) (persist.SweepResult, error) {
	return db.sweeper.Sweep(ctx, now, idleConversations, eventAge)
}

func (s sweepSQL) SweepKeys(ctx context.Context, k persist.SweepKind, cutoff time.Time) ([]any, error) {
	rows, err := s.db.pool.Query(ctx, sweepQueries[k].list, cutoff.UTC())
	if err != nil {
		return nil, s.db.classify(err)
	}
	defer rows.Close()
	var keys []any
	for rows.Next() {
		var key any
		if err := rows.Scan(&key); err != nil {
			return nil, s.db.classify(err)
		}
		keys = append(keys, key)
	}
	if err := rows.Err(); err != nil {
		return nil, s.db.classify(err)
	}
	return keys, nil
}

// SweepRange deletes one range in one statement, its own transaction; the
// time is the statement's round trip, an upper bound of how long it held
// the rows' locks.
func (s sweepSQL) SweepRange(ctx context.Context, k persist.SweepKind, first, last any, cutoff time.Time) (int64, time.Duration, error) {
	start := time.Now()
	tag, err := s.db.pool.Exec(ctx, sweepQueries[k].delete, first, last, cutoff.UTC())
	held := time.Since(start)
	if err != nil {
		return 0, held, s.db.classify(err)
	}
	return tag.RowsAffected(), held, nil
}

// LongestSweepLock reports the longest time one sweep range held its row
// locks since the store was opened (a benchmark and log figure).
func (db *DB) LongestSweepLock() time.Duration { return db.sweeper.LongestLock() }

// RunSweeper sweeps once at start and then every interval until ctx is
// done. Several instances may run it. Only counts are logged.
func (db *DB) RunSweeper(ctx context.Context, interval, idleConversations, eventAge time.Duration, log *slog.Logger) {
	db.sweeper.Run(ctx, interval, log, func(ctx context.Context) (persist.SweepResult, error) {
		return db.Sweep(ctx, db.now(), idleConversations, eventAge)
	})
}
