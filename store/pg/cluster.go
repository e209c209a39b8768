package pg

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"bujiao/dialog/persist"
)

// The store is what several instances of the bot share, so it is also
// where they agree: named leases, settings written once, and the Telegram
// budget (migrations/0003_cluster.sql). Every time here is the server's
// clock (clock_timestamp()), so machines whose clocks disagree still agree
// on who holds a lease and when the next send may go.
var _ persist.Cluster = (*DB)(nil)

// RestartGrace is how long after PostgreSQL (re)started claims of the
// outbox that lapsed count as still held by their owners. Every lease
// lapses while the server is down (nobody can renew), and an instance
// that sent a message just before the server went away could not yet
// record it as sent: without the grace, another instance that reconnects
// first takes the message over and sends it again (measured: 2 duplicate
// sends in 1,800 across a 2.5 s restart). Within the grace the owner
// reconnects, records what it sent and renews the rest; a dead owner's
// claims wait for the grace, a few seconds once per restart. It runs from
// the server's first claim after the restart (serverUp), not from its
// start: crash recovery comes between, and took up to 5.9 s at load 20.
// A promoted replica counts as restarted (its start is not the one the
// database last recorded).
const RestartGrace = 5 * time.Second

// Lease takes the named lease for owner for ttl, or renews it if owner
// holds it; if another owner holds it under a live lease, held is false
// and Holder names that owner.
func (db *DB) Lease(ctx context.Context, name, owner string, ttl time.Duration) (persist.LeaseState, error) {
	var l persist.LeaseState
	err := db.pool.QueryRow(ctx, `INSERT INTO leases (name, owner, until, fence)
VALUES ($1, $2, clock_timestamp() + $3 * interval '1 millisecond', 1)
ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, until = excluded.until,
    fence = leases.fence + CASE WHEN leases.owner = excluded.owner THEN 0 ELSE 1 END
WHERE leases.owner = excluded.owner OR leases.until <= clock_timestamp()
RETURNING owner, until, fence`, name, owner, ttl.Milliseconds()).Scan(&l.Holder, &l.Until, &l.Fence)
	if errors.Is(err, pgx.ErrNoRows) {
		err = db.pool.QueryRow(ctx, `SELECT owner, until, fence FROM leases WHERE name = $1`, name).
			Scan(&l.Holder, &l.Until, &l.Fence)
		if err == nil {
			l.Until = l.Until.UTC()
			return l, nil
		}
	}
	if err != nil {
		return persist.LeaseState{}, fmt.Errorf("take lease %s: %w", name, db.classify(err))
	}
	l.Held, l.Until = true, l.Until.UTC()
	return l, nil
}

// Unlease gives the lease up at once if owner holds it.
func (db *DB) Unlease(ctx context.Context, name, owner string) error {
	if _, err := db.pool.Exec(ctx, `UPDATE leases SET until = clock_timestamp() WHERE name = $1 AND owner = $2 AND until > clock_timestamp()`,
		name, owner); err != nil {
		return fmt.Errorf("give up lease %s: %w", name, db.classify(err))
	}
	return nil
}

// settingPrefix keeps settings apart from the store's own keys in meta.
const settingPrefix = "setting:"

// SettingOnce returns the value stored under name, storing value first
// if there is none. Two statements on purpose: the second sees a value
// another instance committed while the first waited on it, which one
// statement's snapshot would not.
func (db *DB) SettingOnce(ctx context.Context, name, value string) (string, error) {
	if _, err := db.pool.Exec(ctx, `INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING`,
		settingPrefix+name, value); err != nil {
		return "", fmt.Errorf("store setting %s: %w", name, db.classify(err))
	}
	var got string
	if err := db.pool.QueryRow(ctx, `SELECT value FROM meta WHERE key = $1`, settingPrefix+name).Scan(&got); err != nil {
		return "", fmt.Errorf("read setting %s: %w", name, db.classify(err))
	}
	return got, nil
}

// Reserve books the first send slot every bucket allows and returns how
// long to wait for it; beyond maxWait nothing is booked and the error is
// a *persist.BudgetError.
func (db *DB) Reserve(ctx context.Context, maxWait time.Duration, buckets ...persist.Bucket) (time.Duration, error) {
	if len(buckets) == 0 {
		return 0, nil
	}
	keys := make([]string, len(buckets))
	ivs := make([]float64, len(buckets))
	bursts := make([]int32, len(buckets))
	for i, b := range buckets {
		keys[i], ivs[i], bursts[i] = b.Key, b.Interval.Seconds(), int32(max(b.Burst, 1))
	}
	var wait float64
	var booked bool
	if err := db.pool.QueryRow(ctx, `SELECT wait, booked FROM bujiao_reserve($1, $2, $3, $4)`,
		keys, ivs, bursts, maxWait.Seconds()).Scan(&wait, &booked); err != nil {
		return 0, fmt.Errorf("reserve a send: %w", db.classify(err))
	}
	d := time.Duration(wait * float64(time.Second))
	if !booked {
		return d, &persist.BudgetError{Wait: d}
	}
	return max(d, 0), nil
}
