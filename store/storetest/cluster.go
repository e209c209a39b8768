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

// testReserveBuckets: a chat's burst, then its rate; a group's 20 a
// minute; the bot's even spacing; a slot common to all buckets of a send.
func testReserveBuckets(t *testing.T, c persist.Cluster) {
	ctx := context.Background()
	chat := persist.Bucket{Key: "chat:1", Interval: time.Second, Burst: 3}
	want := []time.Duration{0, 0, 0, time.Second, 2 * time.Second}
	for i, w := range want {
		got, err := c.Reserve(ctx, time.Minute, chat)
		if err != nil || !near(got, w) {
			t.Fatalf("chat send %d waits %v (%v), want about %v", i+1, got, err, w)
		}
	}
	group := persist.Bucket{Key: "group:-100", Interval: persist.GroupInterval, Burst: 1}
	if w, _ := c.Reserve(ctx, time.Minute, group); !near(w, 0) {
		t.Fatalf("first group send waits %v", w)
	}
	if w, _ := c.Reserve(ctx, time.Minute, group); !near(w, 3*time.Second) {
		t.Fatalf("second group send waits %v, want 3 s (20 a minute)", w)
	}
	// The bot's bucket spaces sends evenly, whatever the chat.
	bot := persist.Bucket{Key: "bot", Interval: 100 * time.Millisecond, Burst: 1}
	c2 := persist.Bucket{Key: "chat:2", Interval: time.Second, Burst: 3}
	for i, w := range []time.Duration{0, 100 * time.Millisecond, 200 * time.Millisecond} {
		if got, _ := c.Reserve(ctx, time.Minute, bot, c2); !near(got, w) {
			t.Fatalf("bot send %d waits %v, want %v (evenly spaced)", i+1, got, w)
		}
	}
	// Chat 2's burst is used up: its next send waits for the chat, and
	// that slot is the bot's too.
	if got, _ := c.Reserve(ctx, time.Minute, bot, c2); !near(got, time.Second) {
		t.Fatalf("fourth send to chat 2 waits %v, want 1 s (the chat's rate)", got)
	}
}

// testReserveBackground: a send that may not wait (maxWait 0) takes a
// free slot, is refused with the wait while the bucket is booked, and a
// refusal books nothing.
func testReserveBackground(t *testing.T, c persist.Cluster) {
	ctx := context.Background()
	bot := persist.Bucket{Key: "bot", Interval: time.Second, Burst: 1}
	if w, err := c.Reserve(ctx, 0, bot); err != nil || !near(w, 0) {
		t.Fatalf("background send on a free bucket: %v, %v", w, err)
	}
	if w, _ := c.Reserve(ctx, time.Minute, bot); !near(w, time.Second) {
		t.Fatalf("reply after it waits %v, want 1 s", w)
	}
	_, err := c.Reserve(ctx, 0, bot)
	var be *persist.BudgetError
	if !errors.As(err, &be) || !errors.Is(err, persist.ErrBudget) || !near(be.Wait, 2*time.Second) {
		t.Fatalf("background send on a booked bucket: %v, want a BudgetError of 2 s", err)
	}
	if w, _ := c.Reserve(ctx, time.Minute, bot); !near(w, 2*time.Second) {
		t.Fatalf("the refused send booked a slot: the next reply waits %v, want 2 s", w)
	}
}
