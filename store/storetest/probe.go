package storetest

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"time"

	"bujiao/dialog/persist"
)

// testDuplicateProbe runs two owners over one store at once, each taking
// inbox entries and outbox messages through claims, one of them stalling
// now and then for longer than its lease (as a process does behind a
// stalled disk): every entry is applied once, in order, and every message
// is sent once, in order.
func testDuplicateProbe(t *testing.T, s persist.Store) {
	const chats, perChat = 24, 6
	ctx := ctxT(t)
	for c := range chats {
		for i := range perChat {
			receive(t, s, int64(1000+c), fmt.Sprintf("tg:%d", 1+c*perChat+i))
		}
	}
	sent := newRecorder()
	var wg sync.WaitGroup
	stop := make(chan struct{})
	errs := make(chan error, 2)
	for w := range 2 {
		wg.Go(func() {
			wk := worker{s: s, owner: fmt.Sprintf("probe-%d", w), lease: 300 * time.Millisecond, sent: sent,
				stall: w == 1, rnd: rand.New(rand.NewPCG(uint64(w), 7))}
			if err := wk.loop(ctx, stop); err != nil {
				errs <- err
			}
		})
	}
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if sent.total() >= chats*perChat {
			b, err := s.Backlog(ctx)
			if err == nil && b.InboxWaiting == 0 && b.OutboxWaiting == 0 {
				break
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
	close(stop)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if dups := sent.duplicates(); len(dups) > 0 {
		t.Errorf("sent twice: %v", dups)
	}
	if n := sent.total(); n != chats*perChat {
		t.Errorf("sent %d distinct messages, want %d", n, chats*perChat)
	}
	for c := range chats {
		chat := int64(1000 + c)
		var want []string
		for i := range perChat {
			want = append(want, fmt.Sprintf("tg:%d", 1+c*perChat+i))
		}
		if got := sent.order(chat); strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("chat %d: sent in order %v, want %v", chat, got, want)
		}
		sess, err := s.Load(ctx, chat)
		if err != nil {
			t.Fatal(err)
		}
		if got := string(sess.State); got != strings.Join(want, ";")+";" {
			t.Errorf("chat %d: state %q: an entry applied twice, lost or out of order", chat, got)
		}
		if sess.Version != perChat {
			t.Errorf("chat %d: version %d, want %d", chat, sess.Version, perChat)
		}
	}
}

// recorder is a fake Telegram: what was sent, per chat in order.
type recorder struct {
	mu     sync.Mutex
	count  map[string]int
	byChat map[int64][]string
}

func newRecorder() *recorder {
	return &recorder{count: map[string]int{}, byChat: map[int64][]string{}}
}

func (r *recorder) send(chat int64, payload string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.count[payload]++
	if r.count[payload] == 1 {
		r.byChat[chat] = append(r.byChat[chat], payload)
	}
}

func (r *recorder) total() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.count)
}

func (r *recorder) duplicates() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []string
	for p, n := range r.count {
		if n > 1 {
			out = append(out, fmt.Sprintf("%s×%d", p, n))
		}
	}
	return out
}

func (r *recorder) order(chat int64) []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.byChat[chat]...)
}

// worker is the smallest bot the contract allows: claim, apply, claim,
// send, finish — the rules every transport follows.
type worker struct {
	s     persist.Store
	owner string
	lease time.Duration
	sent  *recorder
	stall bool
	rnd   *rand.Rand
}

func (w *worker) loop(ctx context.Context, stop <-chan struct{}) error {
	for {
		select {
		case <-stop:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		default:
		}
		in, err := w.s.ClaimInbox(ctx, w.owner, w.lease, 8)
		if err != nil {
			return fmt.Errorf("%s: claim inbox: %w", w.owner, err)
		}
		w.maybeStall()
		for _, e := range in {
			if err := applyEntry(ctx, w.s, e, string(e.Payload)); err != nil {
				return fmt.Errorf("%s: %w", w.owner, err)
			}
		}
		claimedAt := time.Now()
		out, err := w.s.ClaimOutbox(ctx, w.owner, w.lease, 8)
		if err != nil {
			return fmt.Errorf("%s: claim outbox: %w", w.owner, err)
		}
		w.maybeStall()
		for _, m := range out {
			// A send must end inside the lease: renew when less than three
			// quarters are left (the removal after it may wait for a group
			// commit: on a loaded -race CI run half a 150 ms lease was too
			// little), and never send a message that was lost.
			if time.Since(claimedAt) > w.lease/4 {
				lost, err := w.s.RenewOutbox(ctx, w.owner, w.lease, []int64{m.ID})
				if err != nil {
					return fmt.Errorf("%s: renew: %w", w.owner, err)
				}
				claimedAt = time.Now()
				if len(lost) > 0 {
					continue
				}
			}
			w.sent.send(m.ChatID, string(m.Payload))
			if err := w.s.Sent(ctx, m.ID, m.ChatID, ""); err != nil {
				return fmt.Errorf("%s: sent: %w", w.owner, err)
			}
		}
		if len(in) == 0 && len(out) == 0 {
			time.Sleep(2 * time.Millisecond)
		}
	}
}

func (w *worker) maybeStall() {
	if w.stall && w.rnd.IntN(8) == 0 {
		time.Sleep(3 * w.lease)
	}
}

// applyEntry runs the turn of one entry: the state gains the entry's key,
// and one message with the key is queued. A duplicate is as good as done.
func applyEntry(ctx context.Context, s persist.Store, e persist.Inbound, msg string) error {
	for range 50 {
		sess, err := s.Load(ctx, e.ChatID)
		if err != nil {
			return fmt.Errorf("load chat %d: %w", e.ChatID, err)
		}
		err = s.Commit(ctx, persist.Commit{ChatID: e.ChatID, Entry: e.Seq, Version: sess.Version,
			State: append(sess.State, e.Key+";"...), Lang: "zh",
			Outbox: []persist.Message{{Payload: []byte(msg)}}})
		switch {
		case err == nil, errors.Is(err, persist.ErrDuplicate):
			return nil
		case errors.Is(err, persist.ErrConflict):
			continue
		default:
			return fmt.Errorf("commit entry %s: %w", e.Key, err)
		}
	}
	return fmt.Errorf("commit entry %s: conflicts without end", e.Key)
}
