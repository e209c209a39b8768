package pg

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"bujiao/dialog/persist"
	"bujiao/store/pg/pgtest"
)

// TestServerRestartMidRun stops PostgreSQL (an immediate shutdown, what a
// crash or failover looks like to clients) while two workers apply updates
// and send replies, keeps it down for a while, and starts it again. While
// it is gone Ping (what /readyz asks) fails and the work waits; after, the
// work resumes: every update applied exactly once, every reply sent
// exactly once, in order per chat.
func TestServerRestartMidRun(t *testing.T) {
	if testing.Short() {
		t.Skip("stops and starts its own PostgreSQL")
	}
	const chats, perChat = 20, 10
	c := pgtest.Start(t, pgtest.Options{}) // durable: an immediate stop keeps every commit
	u := c.Database(t)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	db, err := Open(ctx, u, Options{StatementTimeout: 2 * time.Second, ConnectTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()

	var (
		mu     sync.Mutex
		sent   = map[string]int{}     // payload -> times sent
		order  = map[int64][]string{} // chat -> payloads in send order
		failed atomic.Int64           // operations that failed and were retried
		stop   = make(chan struct{})
		wg     sync.WaitGroup
	)
	// retry runs f until it succeeds: the store's errors while the server
	// is gone must be ErrUnavailable (or a lost claim), never anything that
	// would make a transport drop work.
	retry := func(what string, f func() error) {
		for {
			err := f()
			if err == nil || ctx.Err() != nil {
				return
			}
			if !errors.Is(err, persist.ErrUnavailable) {
				t.Errorf("%s: %v (want ErrUnavailable while the server is gone)", what, err)
				return
			}
			failed.Add(1)
			time.Sleep(50 * time.Millisecond)
		}
	}
	worker := func(owner string) {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			default:
			}
			var in []persist.Inbound
			retry("claim inbox", func() (err error) { in, err = db.ClaimInbox(ctx, owner, time.Minute, 8); return err })
			for _, e := range in {
				retry("commit", func() error {
					s, err := db.Load(ctx, e.ChatID)
					if err != nil {
						return err
					}
					err = db.Commit(ctx, persist.Commit{ChatID: e.ChatID, Entry: e.Seq, Version: s.Version,
						State: []byte(e.Key), Outbox: []persist.Message{{Payload: []byte("re " + e.Key)}}})
					if errors.Is(err, persist.ErrDuplicate) {
						return nil // applied by the try whose answer was lost
					}
					if errors.Is(err, persist.ErrConflict) {
						return fmt.Errorf("%w: conflict", persist.ErrUnavailable) // load again
					}
					return err
				})
			}
			var out []persist.Outbound
			retry("claim outbox", func() (err error) { out, err = db.ClaimOutbox(ctx, owner, time.Minute, 8); return err })
			for _, m := range out {
				mu.Lock()
				sent[string(m.Payload)]++
				order[m.ChatID] = append(order[m.ChatID], string(m.Payload))
				mu.Unlock()
				// Sent was delivered: retry removing it, never send again.
				retry("sent", func() error { return db.Sent(ctx, m.ID, m.ChatID, "") })
			}
			if len(in) == 0 && len(out) == 0 {
				time.Sleep(10 * time.Millisecond)
			}
		}
	}
	wg.Add(2)
	go worker("w1")
	go worker("w2")

	var downAt, upAt time.Time
	// Keys of one width: their text order is the update order.
	for i := 1; i <= perChat; i++ {
		var batch []persist.Inbound
		for chat := int64(1); chat <= chats; chat++ {
			batch = append(batch, persist.Inbound{Key: fmt.Sprintf("tg:%d", 100000+i*1000+int(chat)), ChatID: chat, Payload: []byte("x")})
		}
		retry("receive", func() error { return db.Receive(ctx, batch, nil, 0) })
		if i == perChat/2 {
			c.Stop()
			downAt = time.Now()
			pctx, pcancel := context.WithTimeout(ctx, 2*time.Second)
			if err := db.Ping(pctx); !errors.Is(err, persist.ErrUnavailable) {
				t.Errorf("Ping with the server gone: %v, want ErrUnavailable", err)
			}
			pcancel()
			time.Sleep(1500 * time.Millisecond)
			if err := c.Start(); err != nil {
				t.Fatal(err)
			}
			upAt = time.Now()
		}
		time.Sleep(20 * time.Millisecond)
	}
	// Wait until everything is sent.
	for {
		b, err := db.Backlog(ctx)
		if err == nil && b.InboxWaiting == 0 && b.OutboxWaiting == 0 {
			break
		}
		if ctx.Err() != nil {
			t.Fatalf("work did not finish after the restart: %+v %v", b, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	close(stop)
	wg.Wait()
	if err := db.Ping(ctx); err != nil {
		t.Fatalf("Ping after the restart: %v", err)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(sent) != chats*perChat {
		t.Errorf("%d replies sent, want %d", len(sent), chats*perChat)
	}
	for p, n := range sent {
		if n != 1 {
			t.Errorf("%q sent %d times", p, n)
		}
	}
	for chat, ps := range order {
		for i := 1; i < len(ps); i++ {
			if ps[i] < ps[i-1] {
				t.Errorf("chat %d: replies out of order: %v", chat, ps)
				break
			}
		}
	}
	t.Logf("server down %v; %d operations failed and were retried", upAt.Sub(downAt).Round(time.Millisecond), failed.Load())
	if failed.Load() == 0 {
		t.Errorf("no operation failed while the server was down: the test did not test a restart")
	}
}

// TestRestartGraceFromFirstClaim: a message whose owner's claim lapsed
// while PostgreSQL was down (the owner may have sent it, and could not
// record that) is not taken over by another owner within RestartGrace of
// the server's first claim after it came back, however long crash
// recovery took before that (pg_postmaster_start_time() is before it);
// after the grace it is.
func TestRestartGraceFromFirstClaim(t *testing.T) {
	if testing.Short() {
		t.Skip("stops and starts its own PostgreSQL")
	}
	c := pgtest.Start(t, pgtest.Options{})
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	db, err := Open(ctx, c.Database(t), Options{ConnectTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Receive(ctx, []persist.Inbound{{Key: persist.UpdateKey(1), ChatID: 7, Payload: []byte("hi")}}, nil, 2); err != nil {
		t.Fatal(err)
	}
	in, err := db.ClaimInbox(ctx, "a", time.Minute, 1)
	if err != nil || len(in) != 1 {
		t.Fatalf("claim inbox: %v %+v", err, in)
	}
	if err := db.Commit(ctx, persist.Commit{ChatID: 7, Entry: in[0].Seq, State: []byte("s"), Lang: "zh",
		Outbox: []persist.Message{{Payload: []byte("reply")}}}); err != nil {
		t.Fatal(err)
	}
	// a claims the reply for a lease that lapses while the server is down.
	if out, err := db.ClaimOutbox(ctx, "a", 100*time.Millisecond, 1); err != nil || len(out) != 1 {
		t.Fatalf("claim outbox: %v %+v", err, out)
	}
	c.Stop()
	if err := c.Start(); err != nil {
		t.Fatal(err)
	}
	// Recovery and reconnecting take 2 s before the first claim; b's clock
	// then reads 3.5 s later than the server's: past RestartGrace after
	// the server started, within it after its first claim.
	time.Sleep(2 * time.Second)
	late := 3500 * time.Millisecond
	db.Now = func() time.Time { return time.Now().UTC().Add(late) }
	claimB := func() []persist.Outbound {
		for {
			out, err := db.ClaimOutbox(ctx, "b", time.Minute, 1)
			if err == nil {
				return out
			}
			if ctx.Err() != nil {
				t.Fatal(err)
			}
			time.Sleep(50 * time.Millisecond) // the pool's connections died with the server
		}
	}
	out := claimB()
	var started time.Time
	if err := db.pool.QueryRow(ctx, `SELECT pg_postmaster_start_time()`).Scan(&started); err != nil {
		t.Fatal(err)
	}
	if d := db.now().Sub(started); d <= RestartGrace {
		t.Fatalf("b's clock %v after the server started, want past RestartGrace (%v): no test of where the grace runs from", d, RestartGrace)
	}
	if len(out) != 0 {
		t.Fatalf("b took a's message %+v within RestartGrace of the server's first claim after the restart", out)
	}
	late = RestartGrace + 2*time.Second
	if out := claimB(); len(out) != 1 || !out[0].TakenOver {
		t.Fatalf("after the grace b claimed %+v, want a's message, taken over", out)
	}
}
