package telegram

import (
	"context"
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"bujiao/dialog/persist"
)

// TestLeaseLostMidBatchGivesBackTheChat: this process holds three messages
// of one chat; while the first waits (Telegram said 429) its lease lapses
// and another process takes it over — that one alone: the other two were
// claimed later and are still this process's. This process must not send
// the other two while the first waits in the other's hands (the chat's
// second message would arrive before its first), nor keep them claimed
// and unworked (forgotten until their leases lapse, and passed by the
// chat's later messages): it gives them back, and the process holding the
// first message takes them, after it, in order. Before the fix the
// sender went on with the chat's next message.
func TestLeaseLostMidBatchGivesBackTheChat(t *testing.T) {
	h := newHarness(t)
	clock := &vclock{t: time.Now()}
	h.configure = func(cfg *Config) {
		h.db.Now = clock.now
		cfg.clock = clock.now
	}
	h.start()
	const chat = 23
	ctx := context.Background()
	h.api.inject("sendMessage", fault{status: http.StatusTooManyRequests, retryAfter: 1, chatID: chat})
	stolen := make(chan []persist.Outbound, 1)
	var once sync.Once
	h.api.after = func(c apiCall) {
		if c.ChatID != chat {
			return
		}
		once.Do(func() {
			// The 429 is being answered: the wait outlasts the first
			// message's lease; the later two were claimed (renewed) later.
			clock.add(persist.DefaultOutboxLease + time.Minute)
			rest, err := listOutbox(h.db)
			if err != nil || len(rest) != 3 {
				t.Errorf("outbox %v %v, want the three messages", rest, err)
			}
			if lost, err := h.db.RenewOutbox(ctx, h.bot.cfg.Owner, persist.DefaultOutboxLease,
				[]int64{rest[1].ID, rest[2].ID}); err != nil || len(lost) != 0 {
				t.Errorf("renew the later two for this process: lost %v, %v", lost, err)
			}
			got, err := h.db.ClaimOutbox(ctx, "other-process", time.Hour, 10)
			if err != nil {
				t.Error(err)
			}
			stolen <- got
		})
	}
	msgs := []persist.Message{{Payload: []byte(`{"t":"one"}`)}, {Payload: []byte(`{"t":"two"}`)}, {Payload: []byte(`{"t":"three"}`)}}
	if err := h.db.Commit(ctx, persist.Commit{ChatID: chat, Outbox: msgs}); err != nil {
		t.Fatal(err)
	}
	h.bot.outFeed.wake()
	var first []persist.Outbound
	select {
	case first = <-stolen:
	case <-time.After(20 * time.Second):
		t.Fatal("no send reached Telegram")
	}
	if len(first) != 1 || !first[0].TakenOver || string(first[0].Payload) != `{"t":"one"}` {
		t.Fatalf("the other process claimed %+v, want the first message, taken over", first)
	}
	// The other process claims again until it has the rest: only it can,
	// holding the chat's first message.
	var rest []persist.Outbound
	waitUntil(t, "the other two given back (or sent from here)", func() bool {
		got, err := h.db.ClaimOutbox(ctx, "other-process", time.Hour, 10)
		if err != nil {
			t.Fatal(err)
		}
		rest = append(rest, got...)
		return len(rest) == 2 || len(okSends(h, chat)) > 0
	})
	if s := okSends(h, chat); len(s) > 0 {
		t.Fatalf("sent from here while the chat's first message waits in another process's hands: %q", s)
	}
	if !slices.IsSortedFunc(rest, func(a, b persist.Outbound) int { return int(a.ID - b.ID) }) ||
		string(rest[0].Payload) != `{"t":"two"}` || string(rest[1].Payload) != `{"t":"three"}` {
		t.Errorf("the other process took %+v, want two and three, in order", rest)
	}
	if !strings.Contains(h.log.String(), "taken over by another process") {
		t.Errorf("the loss is not logged")
	}
	for _, m := range append(first, rest...) {
		if err := h.db.Sent(ctx, m.ID, chat, ""); err != nil {
			t.Fatal(err)
		}
	}
	time.Sleep(50 * time.Millisecond)
	if s := okSends(h, chat); len(s) > 0 {
		t.Errorf("sent from here: %q", s)
	}
}

// okSends are the texts Telegram accepted for chat.
func okSends(h *harness, chat int64) []string {
	var out []string
	for _, c := range h.api.callsOf("sendMessage", chat) {
		if c.ok() {
			out = append(out, c.Text)
		}
	}
	return out
}
