package pg

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"testing"
	"time"

	"bujiao/dialog/persist"
	"bujiao/store/pg/pgtest"
	"bujiao/store/storetest"
)

// instances opens n stores on one database, as n processes would: each
// has its own pool.
func instances(t *testing.T, n int) []*DB {
	t.Helper()
	u := pgtest.Database(t)
	var out []*DB
	for range n {
		db, err := Open(context.Background(), u, Options{})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		out = append(out, db)
	}
	return out
}

// TestLeaseOneHolderAndTakeover: three instances contend for one lease;
// each holding (fence) belongs to one owner only, a lease held is refused
// to the others, and when the holder stops renewing (it died) another
// takes over within the lease's time plus one try.
func TestLeaseOneHolderAndTakeover(t *testing.T) {
	dbs := instances(t, 3)
	ctx := context.Background()
	const ttl = 300 * time.Millisecond
	var (
		mu      sync.Mutex
		fences  = map[int64]string{} // fence -> owner
		held    = map[string]int{}
		stopped = make(chan struct{})
		wg      sync.WaitGroup
	)
	dead := make([]chan struct{}, len(dbs))
	for i, db := range dbs {
		dead[i] = make(chan struct{})
		owner := fmt.Sprintf("inst-%d", i)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stopped:
					return
				case <-dead[i]:
					return // dies: never renews, never gives up
				case <-time.After(50 * time.Millisecond):
				}
				l, err := db.Lease(ctx, persist.LeasePoller, owner, ttl)
				if err != nil {
					t.Error(err)
					return
				}
				if !l.Held {
					if l.Holder == owner {
						t.Errorf("%s refused a lease it holds", owner)
					}
					continue
				}
				mu.Lock()
				if prev, ok := fences[l.Fence]; ok && prev != owner {
					t.Errorf("fence %d held by %s and %s", l.Fence, prev, owner)
				}
				fences[l.Fence] = owner
				held[owner]++
				mu.Unlock()
			}
		}()
	}
	time.Sleep(500 * time.Millisecond)
	// Kill the holder.
	var victim int
	fmt.Sscanf(holder(t, dbs[0], persist.LeasePoller), "inst-%d", &victim)
	killed := time.Now()
	close(dead[victim])
	var takeover time.Duration
	for time.Since(killed) < 5*time.Second {
		if holder(t, dbs[0], persist.LeasePoller) != fmt.Sprintf("inst-%d", victim) {
			takeover = time.Since(killed)
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	close(stopped)
	wg.Wait()
	if takeover == 0 || takeover > ttl+500*time.Millisecond {
		t.Fatalf("takeover after %v, want within the lease (%v) and a try", takeover, ttl)
	}
	t.Logf("takeover after the holder died: %v (lease %v); holdings %v", takeover.Round(time.Millisecond), ttl, held)
	// A clean stop gives the lease up at once.
	l, _ := dbs[1].Lease(ctx, persist.LeaseWebhook, "a", time.Minute)
	if !l.Held {
		t.Fatal("a free lease was refused")
	}
	if l2, _ := dbs[2].Lease(ctx, persist.LeaseWebhook, "b", time.Minute); l2.Held || l2.Holder != "a" {
		t.Fatalf("a held lease was taken: %+v", l2)
	}
	if err := dbs[1].Unlease(ctx, persist.LeaseWebhook, "a"); err != nil {
		t.Fatal(err)
	}
	if l2, _ := dbs[2].Lease(ctx, persist.LeaseWebhook, "b", time.Minute); !l2.Held || l2.Fence != l.Fence+1 {
		t.Fatalf("after Unlease: %+v, want held with fence %d", l2, l.Fence+1)
	}
}

// holder reads who holds a lease, without contending for it.
func holder(t *testing.T, db *DB, name string) string {
	var h string
	if err := db.pool.QueryRow(context.Background(), `SELECT owner FROM leases WHERE name = $1`, name).Scan(&h); err != nil {
		t.Fatal(err)
	}
	return h
}

// TestSettingOnce: instances registering at once all end with the first
// writer's secret.
func TestSettingOnce(t *testing.T) {
	dbs := instances(t, 3)
	got := make([]string, 9)
	var wg sync.WaitGroup
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, err := dbs[i%3].SettingOnce(context.Background(), persist.SettingWebhookSecret, fmt.Sprint("secret-", i))
			if err != nil {
				t.Error(err)
			}
			got[i] = v
		}()
	}
	wg.Wait()
	for _, v := range got {
		if v != got[0] || v == "" {
			t.Fatalf("instances disagree on the secret: %q", got)
		}
	}
}

// TestReserveSharedBudget: three instances, eight senders each, reserve
// against one bot bucket of rate per second; the sends, timed when they
// go, never exceed rate in any one-second window (the buckets keep
// persist.SharedHeadroom), and the budget is used.
func TestReserveSharedBudget(t *testing.T) {
	dbs := instances(t, 3)
	const rate = 100
	run := 1500 * time.Millisecond
	bot := persist.Buckets(0, false, rate, 0, 0)[0]
	var (
		mu    sync.Mutex
		sends []time.Time
		wg    sync.WaitGroup
	)
	end := time.Now().Add(run)
	for i := range 24 {
		db := dbs[i%3]
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := 0; time.Now().Before(end); n++ {
				// Many chats, each within its own limit, so that the
				// bot's bucket is what holds them back.
				chat := persist.Bucket{Key: fmt.Sprintf("chat:%d:%d", i, n), Interval: time.Second, Burst: 3}
				if err := persist.WaitSlot(context.Background(), db, 10*time.Second, bot, chat); err != nil {
					t.Error(err)
					return
				}
				mu.Lock()
				sends = append(sends, time.Now())
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	peak := peakPerSecond(sends)
	t.Logf("%d sends from 3 instances in %v at a shared budget of %d/s: peak %d in one second", len(sends), run, rate, peak)
	if peak > rate {
		t.Fatalf("peak %d sends in one second, budget %d", peak, rate)
	}
	// A weak lower bound (a busy machine's throughput is no test): it
	// catches a limiter that serialises sends far below the budget.
	if peak < rate/4 {
		t.Fatalf("peak %d sends in one second: the budget (%d) is not used", peak, rate)
	}
}

// peakPerSecond is the most sends in any window [t, t+1s).
func peakPerSecond(ts []time.Time) int {
	sort.Slice(ts, func(i, j int) bool { return ts[i].Before(ts[j]) })
	peak, j := 0, 0
	for i := range ts {
		for ts[i].Sub(ts[j]) >= time.Second {
			j++
		}
		peak = max(peak, i-j+1)
	}
	return peak
}

// TestClusterConformance runs the Cluster suite on PostgreSQL.
func TestClusterConformance(t *testing.T) {
	storetest.RunCluster(t, func(t *testing.T) persist.Cluster { return instances(t, 1)[0] })
}
