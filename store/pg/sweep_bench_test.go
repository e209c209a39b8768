package pg

import (
	"context"
	"slices"
	"testing"
	"time"

	"bujiao/store/pg/pgtest"
)

// BenchmarkSweep100k sweeps 100,000 idle conversations and as many old
// events on PostgreSQL. Its figure is the longest time one transaction of
// the sweep held the row locks of what it deleted ("lock-max-ms"): a turn
// for a chat the sweep is deleting waits that long at most.
//
//	go test ./store/pg -run '^$' -bench Sweep100k -benchtime 1x
func BenchmarkSweep100k(b *testing.B) {
	const n = 100_000
	ctx := context.Background()
	for range b.N {
		b.StopTimer()
		db, err := Open(ctx, pgtest.Database(b), Options{})
		if err != nil {
			b.Fatal(err)
		}
		old := time.Now().Add(-400 * 24 * time.Hour)
		for _, q := range []string{
			`INSERT INTO conversations (chat_id, state, lang, created_at, updated_at) SELECT i, '\x7b7d', 'zh', $1, $1 FROM generate_series(1, 100000) i`,
			`INSERT INTO events (at, kind, chat_id) SELECT $1, 'started', i FROM generate_series(1, 100000) i`,
			`VACUUM ANALYZE`,
		} {
			args := []any{old}
			if q == `VACUUM ANALYZE` {
				args = nil
			}
			if _, err := db.pool.Exec(ctx, q, args...); err != nil {
				b.Fatal(err)
			}
		}
		var locks []time.Duration
		db.sweeper.AfterRange = func(d time.Duration, _ int) { locks = append(locks, d) }
		b.StartTimer()
		t0 := time.Now()
		res, err := db.Sweep(ctx, time.Now(), 0, 0)
		took := time.Since(t0)
		b.StopTimer()
		if err != nil || res.Conversations != n || res.Events != n {
			b.Fatalf("sweep: %+v %v", res, err)
		}
		slices.Sort(locks)
		b.ReportMetric(float64(locks[len(locks)/2].Microseconds())/1000, "lock-p50-ms")
		b.ReportMetric(float64(locks[len(locks)*99/100].Microseconds())/1000, "lock-p99-ms")
		b.ReportMetric(float64(db.LongestSweepLock().Microseconds())/1000, "lock-max-ms")
		b.ReportMetric(float64(len(locks)), "ranges")
		b.ReportMetric(float64(took.Microseconds())/1000, "sweep-ms")
		db.Close()
	}
}
