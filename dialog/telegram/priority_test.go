package telegram

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/time/rate"

	"bujiao/dialog/persist"
)

// TestRepliesBeforeBackground queues a burst of background messages (as
// reminders would be) to many chats, then has a person write while they
// go out at the overall rate: the reply waits for no background message,
// neither in the senders' queue nor in the limiter. Counted, not timed:
// how many background messages reach Telegram between the reply's commit
// and the reply. Before replies went first it was about every background
// message already claimed (up to hundreds).
func TestRepliesBeforeBackground(t *testing.T) { repliesBeforeBackground(t, false) }

// TestRepliesBeforeBackgroundShared is the same on a budget shared through
// a Cluster (several instances; here one, on the in-process Cluster):
// background messages take only slots free now, never a booked place a
// reply would queue behind.
func TestRepliesBeforeBackgroundShared(t *testing.T) { repliesBeforeBackground(t, true) }

func repliesBeforeBackground(t *testing.T, shared bool) {
	const (
		burst = 300
		rateN = 50
	)
	h := newHarness(t)
	var bgAtCommit atomic.Int64
	bgSent := func() int {
		n := 0
		for _, c := range h.api.callsOf("sendMessage", 0) {
			if strings.HasPrefix(c.Text, "reminder ") {
				n++
			}
		}
		return n
	}
	h.configure = func(c *Config) {
		c.Sleep = sleepCtx
		c.GlobalRate = rate.Limit(rateN)
		if shared {
			c.Cluster, c.Owner = &persist.LocalCluster{}, "instance-a"
		}
		c.afterUpdate = func(id int64) {
			bgAtCommit.Store(int64(bgSent()))
			h.markDone(id)
		}
	}
	h.start()
	msgs := make([]persist.Message, burst)
	for i := range msgs {
		p, _ := json.Marshal(outMsg{Text: fmt.Sprintf("reminder %d", i)})
		msgs[i] = persist.Message{ChatID: int64(60_000 + i), Payload: p, Background: true}
	}
	if err := h.db.Commit(context.Background(), persist.Commit{ChatID: 59_999, State: []byte("{}"), Outbox: msgs}); err != nil {
		t.Fatal(err)
	}
	// Let the burst get going: the senders' queue and the limiter are full
	// of background messages when the person writes.
	for deadline := time.Now().Add(20 * time.Second); bgSent() < 20; time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("only %d background messages sent", bgSent())
		}
	}
	const chat = 7
	h.waitDone(h.api.push(h.user(chat, "en-US").textUpdate("/start"))...)
	atCommit := int(bgAtCommit.Load())
	h.waitSent(chat)
	calls := h.api.callsOf("sendMessage", 0)
	between, reply := 0, -1
	for i, c := range calls {
		if c.ChatID == chat {
			reply = i
			break
		}
		if strings.HasPrefix(c.Text, "reminder ") {
			between++
		}
	}
	if reply < 0 {
		t.Fatal("the reply was not sent")
	}
	between -= atCommit
	t.Logf("%d background messages sent between the reply's commit and the reply (%d before the commit, %d in all)",
		between, atCommit, burst)
	// The reply is claimed and queued after its commit, a few store calls:
	// background messages already holding their tokens may go meanwhile.
	if between > 5 {
		t.Errorf("%d background messages went out between the reply's commit and the reply, want at most 5", between)
	}
	if atCommit+between >= burst {
		t.Errorf("the burst was over before the reply: the test measured nothing")
	}
}
