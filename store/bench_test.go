package store

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// benchState is a typical encoded dialog state (~300 bytes).
var benchState = bytes.Repeat([]byte(`{"step":"months","a":1}`), 13)

// BenchmarkCommit measures the path the bot uses: load the conversation
// outside the writer, then Commit the state with a compare-and-swap, the
// processed update, two events and one outgoing message. Each goroutine
// has its own chats, as the bot's per-chat order guarantees.
func BenchmarkCommit(b *testing.B) {
	events := []Event{{Kind: EventAnswered, Question: "months"}, {Kind: EventAsked, Question: "region"}}
	msg := bytes.Repeat([]byte("m"), 200)
	for _, g := range []int{1, 8} {
		b.Run("goroutines="+strconv.Itoa(g), func(b *testing.B) {
			db, err := Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			ctx := context.Background()
			var next atomic.Int64
			var wg sync.WaitGroup
			b.ResetTimer()
			for w := range g {
				wg.Go(func() {
					for {
						i := next.Add(1)
						if i > int64(b.N) {
							return
						}
						chat := int64(w*1000) + i%100
						s, err := db.Load(ctx, chat)
						if err != nil {
							b.Error(err)
							return
						}
						if err := db.Commit(ctx, Commit{ChatID: chat, Entry: entryOf(db, chat, i), Version: s.Version, State: benchState,
							Lang: "zh", Events: events, Outbox: msgs(msg)}); err != nil {
							b.Error(err)
							return
						}
					}
				})
			}
			wg.Wait()
			b.StopTimer()
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "turns/s")
			b.ReportMetric(float64(b.N)/float64(db.batches.Load()), "turns/commit")
		})
	}
}

// TestManyConversationsMemory stores 100,000 conversations and checks the
// process RSS stays bounded. It takes ~20 s, so it runs only with
// BUJIAO_MEMTEST=1 (and not under -race, which inflates memory).
func TestManyConversationsMemory(t *testing.T) {
	if os.Getenv("BUJIAO_MEMTEST") != "1" {
		t.Skip("set BUJIAO_MEMTEST=1 to run")
	}
	if raceEnabled {
		t.Skip("RSS is meaningless under the race detector")
	}
	db, _ := openTemp(t, Options{})
	ctx := context.Background()
	const n = 100_000
	for i := int64(1); i <= n; i++ {
		if err := db.Commit(ctx, Commit{ChatID: i, Entry: entryOf(db, i, i), State: benchState, Lang: "zh",
			Events: []Event{{Kind: EventAnswered, Question: "months"}}}); err != nil {
			t.Fatal(err)
		}
	}
	for i := int64(1); i <= n; i += 97 {
		if _, err := db.Conversation(ctx, i); err != nil {
			t.Fatal(err)
		}
	}
	// The sweep scans conversations and processed_updates (no index on
	// their timestamps, to keep turns cheap) while holding the write lock.
	start := time.Now()
	if _, err := db.Sweep(ctx, t0, 0, 0); err != nil {
		t.Fatal(err)
	}
	t.Logf("sweep over 100k conversations held the write lock for %v", time.Since(start))
	rss := vmRSSKiB(t)
	t.Logf("100k conversations: VmRSS %d KiB (%.1f MiB)", rss, float64(rss)/1024)
	if rss > 60*1024 {
		t.Fatalf("VmRSS %d KiB exceeds 60 MiB", rss)
	}
}

func vmRSSKiB(t *testing.T) int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		t.Skip("no /proc/self/status")
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmRSS:"); ok {
			kib, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			if err != nil {
				t.Fatal(err)
			}
			return kib
		}
	}
	t.Fatal("VmRSS not found")
	return 0
}

// BenchmarkSweep100k sweeps a database of 100,000 idle conversations (and
// as many old events), with the scrubber running as in production: the
// sweep must never hold the write lock long, so a turn waits at most a few
// milliseconds behind it. It reports the ranges' lock times (median, p99
// and the longest, "lock-max-ms", and how many ranges held it over 5 ms,
// "over-5ms"), the same for as many one-row writes just before it
// ("floor-max-ms", "floor-over-5ms": what the machine alone gives, see
// writeFloor), the longest TRUNCATE of the scrubber
// during the sweep and the tick after it ("scrub-max-ms"), and the whole
// sweep ("sweep-ms"). The lock time is wall time, so on a busy machine it
// includes the time the holding thread waited for a CPU: on Linux the
// benchmark also counts the ranges during which the thread was preempted
// ("preempted") and gave it up themselves ("blocked": the disk sync of a
// WAL restart, about one range in 128, or a wait for one of Go's Ps), and
// the longest range that was not preempted ("lock-max-unpreempted-ms")
// and that neither was preempted nor blocked, the sweep's own work
// ("lock-max-clean-ms").
func BenchmarkSweep100k(b *testing.B) {
	const n = 100_000
	for range b.N {
		b.StopTimer()
		var scrubs []time.Duration
		var mu sync.Mutex
		var from time.Time // scrubs that start after this count
		scrubHook = func(start time.Time, d time.Duration) {
			mu.Lock()
			if !from.IsZero() && start.After(from) {
				scrubs = append(scrubs, d)
			}
			mu.Unlock()
		}
		db, err := Open(context.Background(), filepath.Join(b.TempDir(), "sweep.db"))
		if err != nil {
			b.Fatal(err)
		}
		fillIdle(b, db, n)
		floorMax, floorOver := writeFloor(b, db, 1600)
		db.truncateWAL(context.Background()) // the fill's, not the sweep's
		var locks []time.Duration
		var vol0, invol0 int64
		var preempted, blocked int
		var maxUnpreempted, maxClean time.Duration
		sweepBeginHook = func() { vol0, invol0, _ = threadSwitches() }
		sweepHook = func(d time.Duration, _ int) {
			locks = append(locks, d)
			vol, invol, ok := threadSwitches()
			if !ok {
				return
			}
			if vol > vol0 {
				blocked++
			}
			if invol > invol0 {
				preempted++
			} else {
				maxUnpreempted = max(maxUnpreempted, d)
			}
			if vol == vol0 && invol == invol0 {
				maxClean = max(maxClean, d)
			}
		}
		// The ranges run on this goroutine: on one thread, whose context
		// switches threadSwitches counts.
		runtime.LockOSThread()
		mu.Lock()
		from = time.Now()
		mu.Unlock()
		b.StartTimer()
		t0 := time.Now()
		res, err := db.Sweep(context.Background(), t0.Add(400*24*time.Hour), 0, 0)
		took := time.Since(t0)
		b.StopTimer()
		runtime.UnlockOSThread()
		sweepHook, sweepBeginHook = nil, nil
		if err != nil || res.Conversations != n || res.Events != n {
			b.Fatalf("sweep: %+v %v", res, err)
		}
		time.Sleep(DefaultScrubInterval + 200*time.Millisecond)
		mu.Lock()
		scrubMax := slices.Max(append(scrubs, 0))
		mu.Unlock()
		db.Close()
		scrubHook = nil
		slices.Sort(locks)
		b.ReportMetric(float64(locks[len(locks)/2].Microseconds())/1000, "lock-p50-ms")
		b.ReportMetric(float64(locks[len(locks)*99/100].Microseconds())/1000, "lock-p99-ms")
		b.ReportMetric(float64(db.LongestSweepLock().Microseconds())/1000, "lock-max-ms")
		b.ReportMetric(float64(scrubMax.Microseconds())/1000, "scrub-max-ms")
		over := len(locks) - sort.Search(len(locks), func(i int) bool { return locks[i] > 5*time.Millisecond })
		b.ReportMetric(float64(over), "over-5ms")
		b.ReportMetric(float64(len(locks)), "batches")
		b.ReportMetric(float64(took.Microseconds())/1000, "sweep-ms")
		b.ReportMetric(float64(floorMax.Microseconds())/1000, "floor-max-ms")
		b.ReportMetric(float64(floorOver), "floor-over-5ms")
		if _, _, ok := threadSwitches(); ok {
			b.ReportMetric(float64(preempted), "preempted")
			b.ReportMetric(float64(blocked), "blocked")
			b.ReportMetric(float64(maxUnpreempted.Microseconds())/1000, "lock-max-unpreempted-ms")
			b.ReportMetric(float64(maxClean.Microseconds())/1000, "lock-max-clean-ms")
		}
	}
}

// writeFloor runs n write transactions that each update one row, timed
// and paced as the sweep's ranges are (from just before BEGIN to the
// return of COMMIT, the CPU yielded first, a pause of 0.4 ms between
// them), with no WAL restart or checkpoint among them, and reports the
// longest and how many took over 5 ms. On a busy machine that is the
// floor under the sweep's longest lock: the time a thread holding a lock
// of 0.1 ms can be kept off its CPU or waiting for the disk.
func writeFloor(b *testing.B, db *DB, n int) (longest time.Duration, over int) {
	ctx := context.Background()
	db.sweeps.Add(1) // the scrubber leaves the WAL alone meanwhile
	defer db.sweeps.Add(-1)
	if _, err := db.w.ExecContext(ctx, `PRAGMA wal_autocheckpoint = 0`); err != nil {
		b.Fatal(err)
	}
	defer db.w.ExecContext(ctx, `PRAGMA wal_autocheckpoint = 1000`)
	write := func(i int) time.Duration {
		conn, err := db.w.Conn(ctx)
		if err != nil {
			b.Fatal(err)
		}
		defer conn.Close()
		yieldCPU()
		start := time.Now()
		tx, err := conn.BeginTx(ctx, nil)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE conversations SET lang = 'zh' WHERE chat_id = ?`, i+1); err != nil {
			b.Fatal(err)
		}
		if err := tx.Commit(); err != nil {
			b.Fatal(err)
		}
		return time.Since(start)
	}
	write(0) // restarts the WAL the fill left
	for i := range n {
		d := write(i)
		longest = max(longest, d)
		if d > 5*time.Millisecond {
			over++
		}
		time.Sleep(400 * time.Microsecond)
	}
	return longest, over
}

// fillIdle writes n conversations and n events, all a year old.
func fillIdle(b testing.TB, db *DB, n int) {
	ctx := context.Background()
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	conv, _ := tx.PrepareContext(ctx, `INSERT INTO conversations (chat_id, state, lang, created_at, updated_at) VALUES (?, ?, 'zh', ?, ?)`)
	ev, _ := tx.PrepareContext(ctx, `INSERT INTO events (at, kind, chat_id) VALUES (?, 'started', ?)`)
	ts := formatTime(time.Now().Add(-24 * time.Hour))
	for i := range n {
		if _, err := conv.ExecContext(ctx, i+1, benchState, ts, ts); err != nil {
			b.Fatal(err)
		}
		if _, err := ev.ExecContext(ctx, ts, i+1); err != nil {
			b.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
}
