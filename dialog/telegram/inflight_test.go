package telegram

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"bujiao/dialog/persist"
)

// markCounter is the harness's mailbox with slow removals of sent
// messages: it counts the messages Telegram accepted whose removal has not
// finished — what a crash at that moment would send again.
type markCounter struct {
	Mailbox
	mu           sync.Mutex
	unrecorded   int
	most, marked int
}

func (m *markCounter) accepted() {
	m.mu.Lock()
	m.unrecorded++
	m.most = max(m.most, m.unrecorded)
	m.mu.Unlock()
}

func (m *markCounter) Sent(ctx context.Context, id, chatID int64, reason string) error {
	time.Sleep(10 * time.Millisecond) // a busy store
	err := m.Mailbox.Sent(ctx, id, chatID, reason)
	m.mu.Lock()
	m.unrecorded--
	m.marked++
	m.mu.Unlock()
	return err
}

// TestSendsInFlightAtMostWorkers: however many senders wait for the
// budget (64 by default), at most Workers messages at a time are between
// Telegram's acceptance and their removal from the outbox, so a crash
// sends at most Workers messages again (before, every sender could be
// there: 40 here).
func TestSendsInFlightAtMostWorkers(t *testing.T) {
	const people, workers = 40, 2
	h := newHarness(t)
	mc := &markCounter{}
	h.configure = func(c *Config) {
		unlimited(c)
		c.Workers = workers
		mc.Mailbox = c.Mailbox
		c.Mailbox = mc
	}
	h.api.after = func(apiCall) { mc.accepted() }
	h.start()
	var ids []int64
	for i := range people {
		ids = append(ids, h.api.push(h.user(int64(7000+i), "zh").textUpdate("/start"))...)
	}
	h.waitDone(ids...)
	h.waitSent(0)
	// The row leaves the outbox inside Mailbox.Sent, before the wrapper
	// counts it: wait for the count, not for the table.
	deadline := time.Now().Add(30 * time.Second)
	for {
		mc.mu.Lock()
		if mc.marked >= people || time.Now().After(deadline) {
			break
		}
		mc.mu.Unlock()
		time.Sleep(2 * time.Millisecond)
	}
	defer mc.mu.Unlock()
	t.Logf("%d messages sent; at most %d accepted and not yet recorded at once (Workers %d)", mc.marked, mc.most, workers)
	if mc.marked < people {
		t.Errorf("%d messages recorded as sent, want at least %d", mc.marked, people)
	}
	if mc.most > workers {
		t.Errorf("%d messages accepted by Telegram and not yet recorded at once, want at most Workers (%d)", mc.most, workers)
	}
}

// TestIsLatestStaleRecord: a pressed message newer than the newest this
// process sent was sent by another instance (ids grow within a chat), so
// it is edited, not answered with a new message — an instance that took
// over a dead one's edit repeats it as an edit, which changes nothing.
// Only an older message than this process's newest is answered anew.
func TestIsLatestStaleRecord(t *testing.T) {
	b := &Bot{latest: map[int64]int{}}
	b.setLatest(5, 10)
	for _, c := range []struct {
		chat int64
		id   int
		want bool
	}{
		{5, 10, true}, // the newest this process sent
		{5, 12, true}, // newer: sent by another instance
		{5, 9, false}, // older: editing it would hide the answer above newer ones
		{6, 3, true},  // nothing known of the chat
	} {
		if got := b.isLatest(c.chat, c.id); got != c.want {
			t.Errorf("isLatest(chat %d, message %d) = %v, want %v", c.chat, c.id, got, c.want)
		}
	}
}

// renewCounter counts renewals of outbox claims.
type renewCounter struct {
	Mailbox
	renewals atomic.Int64
}

func (r *renewCounter) RenewOutbox(ctx context.Context, owner string, lease time.Duration, ids []int64) ([]int64, error) {
	if lease > 0 {
		r.renewals.Add(1)
	}
	return r.Mailbox.RenewOutbox(ctx, owner, lease, ids)
}

// TestSharedStoreNoRenewalPerSend: with the leases of a shared store (an
// 8 s outbox lease, 4 s calls), a freshly claimed message is sent without
// renewing its claim first. (With a 5 s margin every send renewed: a round
// trip to the store between the budget's slot and the call.)
func TestSharedStoreNoRenewalPerSend(t *testing.T) {
	const people = 20
	h := newHarness(t)
	rc := &renewCounter{}
	h.configure = func(c *Config) {
		unlimited(c)
		c.Cluster = &persist.LocalCluster{}
		c.OutboxLease, c.SendTimeout = 8*time.Second, 4*time.Second
		rc.Mailbox = c.Mailbox
		c.Mailbox = rc
	}
	h.start()
	var ids []int64
	for i := range people {
		ids = append(ids, h.api.push(h.user(int64(7100+i), "zh").textUpdate("/start"))...)
	}
	h.waitDone(ids...)
	h.waitSent(0)
	if n := rc.renewals.Load(); n > 0 {
		t.Errorf("%d renewals of outbox claims for %d fresh messages, want 0", n, people)
	}
}
