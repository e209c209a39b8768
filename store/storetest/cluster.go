package storetest

import (
	"context"
	"errors"
	"testing"
	"time"

	"bujiao/dialog/persist"
)

// RunCluster is the conformance suite of persist.Cluster: what instances
// sharing a store agree on (leases, settings written once, the shared
// Telegram budget). open returns a fresh one for each subtest. Timing as
// in Run: leases are real and short, waits several times longer; the
// budget's waits are compared with what the buckets allow, within 50 ms.
func RunCluster(t *testing.T, open func(t *testing.T) persist.Cluster) {
	t.Helper()
	for _, tc := range []struct {
		name string
		fn   func(t *testing.T, c persist.Cluster)
	}{
		{"LeaseExclusive", testLeaseExclusive},
		{"LeaseLapses", testLeaseLapses},
		{"SettingOnce", testSettingOnce},
		{"ReserveBuckets", testReserveBuckets},
		{"ReserveBackground", testReserveBackground},
	} {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, open(t)) })
	}
}

// testLeaseExclusive: a held lease is refused to others and names its
// holder; the holder renews it without a new fence; Unlease frees it at
// once and the next holder gets the next fence.
func testLeaseExclusive(t *testing.T, c persist.Cluster) {
	ctx := context.Background()
	a, err := c.Lease(ctx, persist.LeasePoller, "a", time.Minute)
	if err != nil || !a.Held || a.Holder != "a" {
		t.Fatalf("a free lease: %+v, %v; want held by a", a, err)
	}
	b, err := c.Lease(ctx, persist.LeasePoller, "b", time.Minute)
	if err != nil || b.Held || b.Holder != "a" {
		t.Fatalf("a held lease taken by b: %+v, %v", b, err)
	}
	if other, _ := c.Lease(ctx, persist.LeaseWebhook, "b", time.Minute); !other.Held {
		t.Fatalf("leases of other names are independent: %+v", other)
	}
	again, err := c.Lease(ctx, persist.LeasePoller, "a", time.Minute)
	if err != nil || !again.Held || again.Fence != a.Fence {
		t.Fatalf("renewal: %+v, %v; want held with fence %d", again, err, a.Fence)
	}
	if err := c.Unlease(ctx, persist.LeasePoller, "b"); err != nil {
		t.Fatal(err)
	}
	if still, _ := c.Lease(ctx, persist.LeasePoller, "b", time.Minute); still.Held {
		t.Fatal("Unlease by a non-holder freed the lease")
	}
	if err := c.Unlease(ctx, persist.LeasePoller, "a"); err != nil {
		t.Fatal(err)
	}
	b, err = c.Lease(ctx, persist.LeasePoller, "b", time.Minute)
	if err != nil || !b.Held || b.Fence != a.Fence+1 {
		t.Fatalf("after Unlease: %+v, %v; want held by b with fence %d", b, err, a.Fence+1)
	}
}

// testLeaseLapses: a lease not renewed lapses and another owner takes it.
func testLeaseLapses(t *testing.T, c persist.Cluster) {
	ctx := context.Background()
	a, err := c.Lease(ctx, persist.LeasePoller, "a", 50*time.Millisecond)
	if err != nil || !a.Held {
		t.Fatalf("%+v, %v", a, err)
	}
	time.Sleep(200 * time.Millisecond)
	b, err := c.Lease(ctx, persist.LeasePoller, "b", time.Minute)
	if err != nil || !b.Held || b.Fence != a.Fence+1 {
		t.Fatalf("a lapsed lease: %+v, %v; want taken by b with fence %d", b, err, a.Fence+1)
	}
	if a2, _ := c.Lease(ctx, persist.LeasePoller, "a", time.Minute); a2.Held || a2.Holder != "b" {
		t.Fatalf("the old holder took it back: %+v", a2)
	}
}

func testSettingOnce(t *testing.T, c persist.Cluster) {
	ctx := context.Background()
	v, err := c.SettingOnce(ctx, persist.SettingWebhookSecret, "first")
	if err != nil || v != "first" {
		t.Fatalf("%q, %v; want first", v, err)
	}
	if v, err = c.SettingOnce(ctx, persist.SettingWebhookSecret, "second"); err != nil || v != "first" {
		t.Fatalf("%q, %v; want the first writer's value", v, err)
	}
}

func near(got, want time.Duration) bool {
	d := got - want
	return d > -50*time.Millisecond && d < 50*time.Millisecond
}

// slots judges booked slots by when they fall after the first slot of a
// sequence, not by the wait each call returns: a wait counts from when the
// server read its clock, and on a busy machine each call takes a while, so
// a later call's wait is shorter by the time gone (CI saw 815 ms for a
// slot 1 s after the first).
type slots struct {
	t0    time.Time     // before the first call
	slack time.Duration // the first call's length: when in it the server read its clock is unknown
}

// book reserves and returns the wait, and whether the slot falls about
// want after the first one (want 0: the call's wait is about 0).
func (s *slots) book(ctx context.Context, c persist.Cluster, maxWait time.Duration, want time.Duration, buckets ...persist.Bucket) (time.Duration, bool, error) {
	before := time.Now()
	if s.t0.IsZero() {
		s.t0 = before
	}
	wait, err := c.Reserve(ctx, maxWait, buckets...)
	after := time.Now()
	if s.slack == 0 {
		s.slack = after.Sub(before)
	}
	var be *persist.BudgetError
	if errors.As(err, &be) {
		wait = be.Wait
	}
	if want == 0 {
		return wait, near(wait, 0), err
	}
	// The slot lies between before+wait and after+wait; the first slot
	// between t0 and t0+slack.
	lo, hi := before.Sub(s.t0)+wait, after.Sub(s.t0)+wait
	const tol = 50 * time.Millisecond
	return wait, lo < want+s.slack+tol && hi > want-tol, err
}

// testReserveBuckets: a chat's burst, then its rate; a group's 20 a
// minute; the bot's even spacing; a slot common to all buckets of a send.
func testReserveBuckets(t *testing.T, c persist.Cluster) {
	ctx := context.Background()
	chat := persist.Bucket{Key: "chat:1", Interval: time.Second, Burst: 3}
	want := []time.Duration{0, 0, 0, time.Second, 2 * time.Second}
	var chatSlots slots
	for i, w := range want {
		got, ok, err := chatSlots.book(ctx, c, time.Minute, w, chat)
		if err != nil || !ok {
			t.Fatalf("chat send %d waits %v (%v), want its slot about %v after the first", i+1, got, err, w)
		}
	}
	group := persist.Bucket{Key: "group:-100", Interval: persist.GroupInterval, Burst: 1}
	var groupSlots slots
	if w, ok, _ := groupSlots.book(ctx, c, time.Minute, 0, group); !ok {
		t.Fatalf("first group send waits %v", w)
	}
	if w, ok, _ := groupSlots.book(ctx, c, time.Minute, 3*time.Second, group); !ok {
		t.Fatalf("second group send waits %v, want its slot 3 s after the first (20 a minute)", w)
	}
	// The bot's bucket spaces sends evenly, whatever the chat.
	bot := persist.Bucket{Key: "bot", Interval: 100 * time.Millisecond, Burst: 1}
	c2 := persist.Bucket{Key: "chat:2", Interval: time.Second, Burst: 3}
	var botSlots slots
	for i, w := range []time.Duration{0, 100 * time.Millisecond, 200 * time.Millisecond} {
		if got, ok, _ := botSlots.book(ctx, c, time.Minute, w, bot, c2); !ok {
			t.Fatalf("bot send %d waits %v, want its slot %v after the first (evenly spaced)", i+1, got, w)
		}
	}
	// Chat 2's burst is used up: its next send waits for the chat, and
	// that slot is the bot's too.
	if got, ok, _ := botSlots.book(ctx, c, time.Minute, time.Second, bot, c2); !ok {
		t.Fatalf("fourth send to chat 2 waits %v, want its slot 1 s after the first (the chat's rate)", got)
	}
}

// testReserveBackground: a send that may not wait (maxWait 0) takes a
// free slot, is refused with the wait while the bucket is booked, and a
// refusal books nothing.
func testReserveBackground(t *testing.T, c persist.Cluster) {
	ctx := context.Background()
	bot := persist.Bucket{Key: "bot", Interval: time.Second, Burst: 1}
	var s slots
	if w, ok, err := s.book(ctx, c, 0, 0, bot); err != nil || !ok {
		t.Fatalf("background send on a free bucket: %v, %v", w, err)
	}
	if w, ok, _ := s.book(ctx, c, time.Minute, time.Second, bot); !ok {
		t.Fatalf("reply after it waits %v, want its slot 1 s after the first", w)
	}
	_, ok, err := s.book(ctx, c, 0, 2*time.Second, bot)
	var be *persist.BudgetError
	if !errors.As(err, &be) || !errors.Is(err, persist.ErrBudget) || !ok {
		t.Fatalf("background send on a booked bucket: %v, want a BudgetError for the slot 2 s after the first", err)
	}
	if w, ok, _ := s.book(ctx, c, time.Minute, 2*time.Second, bot); !ok {
		t.Fatalf("the refused send booked a slot: the next reply waits %v, want its slot 2 s after the first", w)
	}
}
