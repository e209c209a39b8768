package storetest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"bujiao/dialog/persist"
)

// The sweep deletes in short transactions, a range of keys at a time, so
// turns get in between them. These tests hold it to what that promises:
// a write that lands between (or inside) its ranges is never lost, and a
// sweep stopped halfway leaves every row either kept or deleted, with the
// next sweep finishing the job.

// oldChats commits conversations 1..n with a "started" event each and
// returns a time after all of them and before anything written next: a
// sweep at cut.Add(time.Hour) with one-hour TTLs deletes exactly what was
// written before cut.
func oldChats(t *testing.T, s persist.Store, n int) (cut time.Time) {
	t.Helper()
	ctx := ctxT(t)
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for chat := int64(w + 1); chat <= int64(n); chat += 4 {
				err := s.Commit(ctx, persist.Commit{ChatID: chat, State: []byte("old"), Lang: "zh",
					Events: []persist.Event{{Kind: persist.EvStarted}}})
				if err != nil {
					errs <- fmt.Errorf("chat %d: %w", chat, err)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	// Stored times have millisecond precision: keep clear of the cut.
	time.Sleep(5 * time.Millisecond)
	cut = time.Now()
	time.Sleep(5 * time.Millisecond)
	return cut
}

// touch commits a turn for chat with state and one message (payload the
// same as state) and a "started" event, reloading on a conflict (a sweep
// range may delete the conversation between Load and Commit, as it may for
// a real turn).
func touch(ctx context.Context, s persist.Store, chat int64, state string) error {
	for try := 0; ; try++ {
		sess, err := s.Load(ctx, chat)
		if err != nil {
			return err
		}
		err = s.Commit(ctx, persist.Commit{ChatID: chat, Version: sess.Version, State: []byte(state), Lang: "zh",
			Events: []persist.Event{{Kind: persist.EvStarted}},
			Outbox: []persist.Message{{Payload: []byte(state)}}})
		if err == nil || !errors.Is(err, persist.ErrConflict) || try == 10 {
			return err
		}
	}
}

// testSweepWithLiveWrites sweeps conversations while turns are committed
// for them: chats that came back to life before the sweep sit inside every
// range it deletes, and chats written during the sweep — those it has
// listed and not reached yet, and new ones — keep their last state, their
// messages and their events.
func testSweepWithLiveWrites(t *testing.T, s persist.Store) {
	ctx := ctxT(t)
	const n = 600
	cut := oldChats(t, s, n)
	want := map[int64]string{} // chat -> the state it must have after the sweep
	for chat := int64(3); chat <= n; chat += 3 {
		if err := touch(ctx, s, chat, "back"); err != nil {
			t.Fatal(err)
		}
		want[chat] = "back"
	}
	// While the sweep runs, a turn at a time for old chats from the top
	// down (listed by the sweep, deleted last) and for new chats.
	stop := make(chan struct{})
	done := make(chan error, 1)
	var live map[int64]string
	go func() {
		live = map[int64]string{}
		chat := int64(n - 1)
		for i := 0; ; i++ {
			select {
			case <-stop:
				done <- nil
				return
			default:
			}
			c := chat
			if i%2 == 1 {
				c = n + int64(i) // a new chat
			} else {
				chat--
				if chat%3 == 0 {
					chat--
				}
			}
			state := fmt.Sprintf("live-%d", i)
			if err := touch(ctx, s, c, state); err != nil {
				done <- fmt.Errorf("turn of chat %d during the sweep: %w", c, err)
				return
			}
			live[c] = state
		}
	}()
	res, err := s.Sweep(ctx, cut.Add(time.Hour), time.Hour, time.Hour)
	close(stop)
	if werr := <-done; werr != nil {
		t.Fatal(werr)
	}
	if err != nil {
		t.Fatalf("sweep: %v", err)
	}
	if len(live) == 0 {
		t.Fatal("no turn was committed during the sweep: the test tested nothing")
	}
	oldTouched := 0
	for chat, state := range live {
		if chat <= n {
			oldTouched++
		}
		want[chat] = state
	}
	t.Logf("%d turns during the sweep (%d of old chats); swept %+v", len(live), oldTouched, res)
	for chat := int64(1); chat <= n+int64(2*len(live)); chat++ {
		sess, err := s.Load(ctx, chat)
		if err != nil {
			t.Fatal(err)
		}
		w, keep := want[chat]
		switch {
		case keep && !sess.Found:
			t.Errorf("chat %d, written after the cut (state %q), was swept", chat, w)
		case keep && string(sess.State) != w:
			t.Errorf("chat %d has state %q, want its last turn's %q", chat, sess.State, w)
		case !keep && sess.Found && chat <= n:
			t.Errorf("idle chat %d survived the sweep", chat)
		}
	}
	// The count is what went: the idle chats, and those old chats a turn
	// wrote again after their range had deleted them.
	if least := int64(n - n/3 - oldTouched); res.Conversations < least || res.Conversations > least+int64(oldTouched) {
		t.Errorf("swept %d conversations, want %d to %d", res.Conversations, least, least+int64(oldTouched))
	}
	// Every message of a turn after the cut is still there to send, and
	// every event of one still counts.
	msgs := map[string]int{}
	for {
		out, err := s.ClaimOutbox(ctx, "w", long, 100)
		if err != nil {
			t.Fatal(err)
		}
		if len(out) == 0 {
			break
		}
		for _, m := range out {
			msgs[string(m.Payload)]++
			if err := s.Sent(ctx, m.ID, m.ChatID, ""); err != nil {
				t.Fatal(err)
			}
		}
	}
	for chat, state := range want {
		if msgs[state] == 0 {
			t.Errorf("the message of chat %d's turn %q was swept", chat, state)
		}
	}
	rep, err := s.Stats(ctx, time.Time{}, time.Now().Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if rep.ConversationsStarted != len(want) {
		t.Errorf("events of %d chats left, want those of the %d written after the cut", rep.ConversationsStarted, len(want))
	}
}

// testSweepInterrupted cancels a sweep once it has deleted its first range
// and checks that every conversation is either kept whole or gone, that
// the count returned says which, that the store still takes turns, and
// that the next sweep deletes the rest.
func testSweepInterrupted(t *testing.T, s persist.Store) {
	ctx := ctxT(t)
	const n = 2000
	cut := oldChats(t, s, n)
	sctx, cancel := context.WithCancel(ctx)
	defer cancel()
	watched := make(chan struct{})
	go func() {
		// Ranges go in key order: chat 1 is in the first one.
		defer close(watched)
		for sctx.Err() == nil {
			if sess, err := s.Load(ctx, 1); err == nil && !sess.Found {
				cancel()
				return
			}
		}
	}()
	first, err := s.Sweep(sctx, cut.Add(time.Hour), time.Hour, time.Hour)
	cancel()
	<-watched
	if err == nil {
		t.Fatalf("the sweep finished (%+v) before it could be interrupted", first)
	}
	if first.Conversations <= 0 || first.Conversations >= n {
		t.Fatalf("interrupted sweep: %+v, %v; want some of the %d conversations deleted", first, err, n)
	}
	t.Logf("interrupted after %d conversations: %v", first.Conversations, err)
	if err := s.Check(ctx); err != nil {
		t.Fatalf("check after an interrupted sweep: %v", err)
	}
	left := 0
	for chat := int64(1); chat <= n; chat++ {
		sess, err := s.Load(ctx, chat)
		if err != nil {
			t.Fatal(err)
		}
		if sess.Found {
			left++
			if string(sess.State) != "old" {
				t.Errorf("chat %d has state %q after an interrupted sweep", chat, sess.State)
			}
		}
	}
	if int64(left) != n-first.Conversations {
		t.Errorf("%d conversations left, but the sweep said it deleted %d of %d", left, first.Conversations, n)
	}
	// The store takes turns, and the next sweep finishes the job without
	// touching them.
	wantSwept := int64(n - 1)
	if sess, _ := s.Load(ctx, n); !sess.Found {
		wantSwept = n // deleted already, and written again now
	}
	if err := touch(ctx, s, n, "after"); err != nil {
		t.Fatal(err)
	}
	second, err := s.Sweep(ctx, cut.Add(time.Hour), time.Hour, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if got := first.Conversations + second.Conversations; got != wantSwept {
		t.Errorf("the two sweeps deleted %d+%d conversations, want %d", first.Conversations, second.Conversations, wantSwept)
	}
	if second.Events+first.Events != n {
		t.Errorf("the two sweeps deleted %d+%d events, want %d", first.Events, second.Events, n)
	}
	if sess, _ := s.Load(ctx, n); string(sess.State) != "after" {
		t.Errorf("the turn after the interrupted sweep was swept: %+v", sess)
	}
}
