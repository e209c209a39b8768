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
