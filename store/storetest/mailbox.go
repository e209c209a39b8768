package storetest

import (
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"bujiao/dialog/persist"
)

const long = time.Hour

// receive stores entries for chat, each with its key as payload.
func receive(t *testing.T, s persist.Store, chat int64, keys ...string) {
	t.Helper()
	in := make([]persist.Inbound, len(keys))
	for i, k := range keys {
		in[i] = persist.Inbound{Key: k, ChatID: chat, Payload: []byte(k)}
	}
	if err := s.Receive(ctxT(t), in, nil, 0); err != nil {
		t.Fatalf("receive %v: %v", keys, err)
	}
}

func keysOf(in []persist.Inbound) []string {
	out := make([]string, len(in))
	for i, e := range in {
		out[i] = e.Key
	}
	return out
}

func payloadsOf(out []persist.Outbound) []string {
	s := make([]string, len(out))
	for i, m := range out {
		s[i] = string(m.Payload)
	}
	return s
}

func claimIn(t *testing.T, s persist.Store, owner string, lease time.Duration) []persist.Inbound {
	t.Helper()
	in, err := s.ClaimInbox(ctxT(t), owner, lease, 100)
	if err != nil {
		t.Fatalf("%s: claim inbox: %v", owner, err)
	}
	return in
}

func claimOut(t *testing.T, s persist.Store, owner string, lease time.Duration) []persist.Outbound {
	t.Helper()
	out, err := s.ClaimOutbox(ctxT(t), owner, lease, 100)
	if err != nil {
		t.Fatalf("%s: claim outbox: %v", owner, err)
	}
	return out
}

func mustApply(t *testing.T, s persist.Store, e persist.Inbound, msgs ...string) {
	t.Helper()
	sess, err := s.Load(ctxT(t), e.ChatID)
	if err != nil {
		t.Fatal(err)
	}
	c := persist.Commit{ChatID: e.ChatID, Entry: e.Seq, Version: sess.Version, State: append(sess.State, e.Key+";"...), Lang: "en"}
	for _, m := range msgs {
		c.Outbox = append(c.Outbox, persist.Message{Payload: []byte(m)})
	}
	if err := s.Commit(ctxT(t), c); err != nil {
		t.Fatalf("apply %s: %v", e.Key, err)
	}
}

func testExactlyOnce(t *testing.T, s persist.Store) {
	ctx := ctxT(t)
	receive(t, s, 1, persist.UpdateKey(10))
	receive(t, s, 1, persist.UpdateKey(10)) // redelivered before it was applied
	in := claimIn(t, s, "a", long)
	if got := keysOf(in); !slices.Equal(got, []string{"tg:10"}) {
		t.Fatalf("claimed %v, want [tg:10] once", got)
	}
	if in[0].Seq <= 0 || string(in[0].Payload) != "tg:10" || in[0].ChatID != 1 {
		t.Fatalf("entry %+v: want a seq, chat 1 and the payload", in[0])
	}
	mustApply(t, s, in[0], "reply")
	// The same entry again: a duplicate, and nothing written.
	sess, _ := s.Load(ctx, 1)
	err := s.Commit(ctx, persist.Commit{ChatID: 1, Entry: in[0].Seq, Version: sess.Version, State: []byte("again"),
		Outbox: []persist.Message{{Payload: []byte("again")}}})
	if !errors.Is(err, persist.ErrDuplicate) {
		t.Fatalf("second commit of an entry: %v, want ErrDuplicate", err)
	}
	if after, _ := s.Load(ctx, 1); string(after.State) != "tg:10;" || after.Version != 1 {
		t.Errorf("after a duplicate: state %q version %d, want the first turn's", after.State, after.Version)
	}
	// Redelivered after it was applied: ignored.
	receive(t, s, 1, persist.UpdateKey(10))
	if in := claimIn(t, s, "a", long); len(in) != 0 {
		t.Errorf("an applied update redelivered was claimed again: %v", keysOf(in))
	}
	if out := claimOut(t, s, "a", long); !slices.Equal(payloadsOf(out), []string{"reply"}) {
		t.Errorf("outbox %v, want the one reply", payloadsOf(out))
	}
	// A turn without an entry (the terminal) is not deduplicated.
	sess, _ = s.Load(ctx, 1)
	if err := s.Commit(ctx, persist.Commit{ChatID: 1, Version: sess.Version, State: []byte("t")}); err != nil {
		t.Errorf("commit without an entry: %v", err)
	}
}

func testConflict(t *testing.T, s persist.Store) {
	ctx := ctxT(t)
	sess, err := s.Load(ctx, 5)
	if err != nil || sess.Found || sess.Version != 0 {
		t.Fatalf("new chat: %+v %v, want not found at version 0", sess, err)
	}
	if err := s.Commit(ctx, persist.Commit{ChatID: 5, Version: 0, State: []byte("one"), Lang: "zh"}); err != nil {
		t.Fatal(err)
	}
	err = s.Commit(ctx, persist.Commit{ChatID: 5, Version: 0, State: []byte("stale"),
		Outbox: []persist.Message{{Payload: []byte("stale")}}})
	if !errors.Is(err, persist.ErrConflict) {
		t.Fatalf("commit from a stale version: %v, want ErrConflict", err)
	}
	got, _ := s.Load(ctx, 5)
	if string(got.State) != "one" || got.Version != 1 || !got.Found || got.Lang != "zh" {
		t.Errorf("after a conflict: %+v, want the first commit", got)
	}
	if out := claimOut(t, s, "a", long); len(out) != 0 {
		t.Errorf("a conflicting turn queued %v", payloadsOf(out))
	}
}

func testOrderPerChat(t *testing.T, s persist.Store) {
	receive(t, s, 1, "tg:1", "tg:3")
	receive(t, s, 2, "tg:2")
	receive(t, s, 1, "rem:x") // another source, after the chat's updates
	in, err := s.ClaimInbox(ctxT(t), "a", long, 1)
	if err != nil || len(in) != 1 || in[0].Key != "tg:1" {
		t.Fatalf("claim 1: %v %v, want tg:1", keysOf(in), err)
	}
	// Chat 1's later entries wait for a's claim; chat 2 is free.
	if got := keysOf(claimIn(t, s, "b", long)); !slices.Equal(got, []string{"tg:2"}) {
		t.Errorf("b claimed %v while a holds chat 1, want [tg:2]", got)
	}
	// a may take the rest of chat 1, in order; what it holds already is
	// not handed to it again.
	if got := keysOf(claimIn(t, s, "a", long)); !slices.Equal(got, []string{"tg:3", "rem:x"}) {
		t.Errorf("a claimed %v, want [tg:3 rem:x]", got)
	}
}

func testInboxLeaseExpiry(t *testing.T, s persist.Store) {
	ctx := ctxT(t)
	// The leases run on the store's clock, which a test cannot hold: an
	// attempt whose two claims took longer than the lease (a busy machine)
	// proves nothing about a live lease, and the next one, on a chat of its
	// own, has a longer lease.
	var a, b []persist.Inbound
	var lease time.Duration
	var want []string
	conclusive := false
	for try, l := range []time.Duration{40 * time.Millisecond, 400 * time.Millisecond, 4 * time.Second} {
		chat := int64(1 + try)
		want = []string{fmt.Sprintf("tg:%d1", chat), fmt.Sprintf("tg:%d2", chat)}
		receive(t, s, chat, want...)
		lease = l
		start := time.Now()
		a = claimIn(t, s, "a", lease)
		if len(a) != 2 {
			t.Fatalf("a claimed %v", keysOf(a))
		}
		b = claimIn(t, s, "b", long)
		if time.Since(start) >= lease {
			t.Logf("claims took %v, over a lease of %v: trying again with a longer one", time.Since(start), lease)
			time.Sleep(4 * lease)
			claimIn(t, s, "aside", long) // out of the next attempt's way
			b = nil
			continue
		}
		if len(b) != 0 {
			t.Fatalf("b claimed %v under a's live lease", keysOf(b))
		}
		conclusive = true
		break
	}
	if !conclusive {
		t.Skipf("the machine is too slow to claim twice within %v", lease)
	}
	time.Sleep(4 * lease)
	b = claimIn(t, s, "b", long)
	if !slices.Equal(keysOf(b), want) {
		t.Fatalf("after a's lease lapsed b claimed %v, want both", keysOf(b))
	}
	if !b[0].TakenOver {
		t.Errorf("a lapsed claim taken over is not marked TakenOver")
	}
	lost, err := s.RenewInbox(ctx, "a", long, []int64{a[0].Seq, a[1].Seq})
	if err != nil || len(lost) != 2 {
		t.Errorf("a renewing entries b took: lost %v %v, want both", lost, err)
	}
	// a wakes up and applies the first entry: it is applied once, by
	// whoever commits first.
	mustApply(t, s, a[0])
	sess, _ := s.Load(ctx, 1)
	err = s.Commit(ctx, persist.Commit{ChatID: 1, Entry: b[0].Seq, Version: sess.Version, State: []byte("x")})
	if !errors.Is(err, persist.ErrDuplicate) {
		t.Errorf("b applying what a applied: %v, want ErrDuplicate", err)
	}
	// Renewing what one holds keeps it.
	if lost, err := s.RenewInbox(ctx, "b", long, []int64{b[1].Seq}); err != nil || len(lost) != 0 {
		t.Errorf("b renewing its own entry: lost %v %v", lost, err)
	}
	// An applied entry cannot be renewed.
	if lost, _ := s.RenewInbox(ctx, "b", long, []int64{b[0].Seq}); len(lost) != 1 {
		t.Errorf("renewing an applied entry: lost %v, want it", lost)
	}
}

func testOutboxClaims(t *testing.T, s persist.Store) {
	ctx := ctxT(t)
	receive(t, s, 1, "tg:1")
	receive(t, s, 2, "tg:2")
	for _, e := range claimIn(t, s, "w", long) {
		mustApply(t, s, e, "m1-"+e.Key, "m2-"+e.Key)
	}
	first, err := s.ClaimOutbox(ctx, "a", long, 1)
	if err != nil || !slices.Equal(payloadsOf(first), []string{"m1-tg:1"}) {
		t.Fatalf("a claimed %v %v, want the oldest message", payloadsOf(first), err)
	}
	if got := payloadsOf(claimOut(t, s, "b", long)); !slices.Equal(got, []string{"m1-tg:2", "m2-tg:2"}) {
		t.Errorf("b claimed %v while a holds chat 1, want chat 2's in order", got)
	}
	if err := s.Sent(ctx, first[0].ID, 1, ""); err != nil {
		t.Fatal(err)
	}
	if err := s.Sent(ctx, first[0].ID, 1, ""); err != nil {
		t.Errorf("Sent twice: %v, want nothing done", err)
	}
	if got := payloadsOf(claimOut(t, s, "b", long)); !slices.Equal(got, []string{"m2-tg:1"}) {
		t.Errorf("after a sent chat 1's first, b claimed %v, want chat 1's second (and not again what it holds)", got)
	}
}

// testOutboxIDsNotReused: a message queued just after the newest one was
// sent gets a new id, never the sent one's. The transport keys what it
// holds by id: a reply claimed as it was written (Commit.Claim) that got
// the id of the message just sent was taken for that message, dropped
// with it, and waited a whole lease unsent (TestBotCrashAndStop, 1 in 25
// under load); a removal retried after a lost answer would delete it.
func testOutboxIDsNotReused(t *testing.T, s persist.Store) {
	ctx := ctxT(t)
	var last int64
	for i, key := range []string{"tg:1", "tg:2", "tg:3"} {
		receive(t, s, 1, key)
		in := claimIn(t, s, "w", long)
		if len(in) != 1 {
			t.Fatalf("claimed %d entries, want 1", len(in))
		}
		sess, err := s.Load(ctx, 1)
		if err != nil {
			t.Fatal(err)
		}
		claim := &persist.OutboxClaim{Owner: "w", Lease: long}
		c := persist.Commit{ChatID: 1, Entry: in[0].Seq, Version: sess.Version, State: []byte(key), Lang: "en",
			Outbox: []persist.Message{{Payload: []byte("m-" + key)}}, Claim: claim}
		if i == 1 {
			c.Claim = nil // queued unclaimed, claimed below: both ways of writing a message
		}
		if err := s.Commit(ctx, c); err != nil {
			t.Fatal(err)
		}
		var out []persist.Outbound
		if c.Claim != nil && claim.Done {
			out = claim.Claimed
		} else {
			out = claimOut(t, s, "w", long)
		}
		if len(out) != 1 {
			t.Fatalf("%s: %d messages queued, want 1", key, len(out))
		}
		if out[0].ID <= last {
			t.Errorf("%s: message id %d after the sent %d, want a new, larger id (ids must never be reused)", key, out[0].ID, last)
		}
		last = out[0].ID
		// Sent: the newest row goes, and the next message is queued at once.
		if err := s.Sent(ctx, out[0].ID, 1, ""); err != nil {
			t.Fatal(err)
		}
	}
}

// testOutboxLeaseLostMidSend: a sender stalls past its lease; another
// takes the message over and sends it; the first learns it lost the
// message before sending, and does not send it.
func testOutboxLeaseLostMidSend(t *testing.T, s persist.Store) {
	ctx := ctxT(t)
	receive(t, s, 1, "tg:1")
	mustApply(t, s, claimIn(t, s, "w", long)[0], "hello")
	const lease = 40 * time.Millisecond
	a := claimOut(t, s, "a", lease)
	if len(a) != 1 {
		t.Fatalf("a claimed %v", payloadsOf(a))
	}
	time.Sleep(4 * lease)
	b := claimOut(t, s, "b", long)
	if len(b) != 1 || !b[0].TakenOver {
		t.Fatalf("b claimed %+v, want the message taken over", b)
	}
	lost, err := s.RenewOutbox(ctx, "a", long, []int64{a[0].ID})
	if err != nil || !slices.Equal(lost, []int64{a[0].ID}) {
		t.Fatalf("a renewing a message b took: lost %v %v, want it", lost, err)
	}
	if err := s.Sent(ctx, b[0].ID, 1, ""); err != nil {
		t.Fatal(err)
	}
	if lost, _ := s.RenewOutbox(ctx, "b", long, []int64{b[0].ID}); len(lost) != 1 {
		t.Errorf("renewing a sent message: lost %v, want it", lost)
	}
	if out := claimOut(t, s, "c", long); len(out) != 0 {
		t.Errorf("a sent message claimed again: %v", payloadsOf(out))
	}
}

func testRelease(t *testing.T, s persist.Store) {
	ctx := ctxT(t)
	receive(t, s, 1, "tg:1", "tg:2")
	in := claimIn(t, s, "a", long)
	mustApply(t, s, in[0], "hello")
	if claimOut(t, s, "a", long) == nil {
		t.Fatal("nothing to send")
	}
	if err := s.Release(ctx, "a"); err != nil {
		t.Fatal(err)
	}
	if got := keysOf(claimIn(t, s, "b", long)); !slices.Equal(got, []string{"tg:2"}) {
		t.Errorf("after a released, b claimed %v, want [tg:2]", got)
	}
	held := claimOut(t, s, "b", long)
	if got := payloadsOf(held); !slices.Equal(got, []string{"hello"}) {
		t.Fatalf("after a released, b claimed %v, want [hello]", got)
	}
	// Giving back single rows: a renew with no lease.
	if lost, err := s.RenewOutbox(ctx, "b", 0, []int64{held[0].ID}); err != nil || len(lost) != 0 {
		t.Fatalf("give back: %v %v", lost, err)
	}
	if got := payloadsOf(claimOut(t, s, "c", long)); !slices.Equal(got, []string{"hello"}) {
		t.Errorf("after b gave it back, c claimed %v", got)
	}
}

func testAddressing(t *testing.T, s persist.Store) {
	ctx := ctxT(t)
	receive(t, s, 7, "tg:1")
	e := claimIn(t, s, "w", long)[0]
	err := s.Commit(ctx, persist.Commit{ChatID: 7, Entry: e.Seq, State: []byte("s"), Outbox: []persist.Message{
		{Payload: []byte("to the person")},
		{ChatID: -100123, ThreadID: 42, Payload: []byte("to staff, topic 42")},
		{ChatID: -100123, Payload: []byte("to staff, General")},
	}})
	if err != nil {
		t.Fatal(err)
	}
	out := claimOut(t, s, "a", long)
	type addr struct {
		chat, thread int64
		p            string
	}
	var got []addr
	for _, m := range out {
		got = append(got, addr{m.ChatID, m.ThreadID, string(m.Payload)})
	}
	want := []addr{{7, 0, "to the person"}, {-100123, 42, "to staff, topic 42"}, {-100123, 0, "to staff, General"}}
	if !slices.Equal(got, want) {
		t.Errorf("outbox %+v, want %+v", got, want)
	}
	// An entry of another chat (a staff message relayed into the
	// person's conversation) is ordered with that chat's entries.
	receive(t, s, 7, "tg:5")
	if err := s.Receive(ctx, []persist.Inbound{{Key: "staff:9", ChatID: 7, Payload: []byte("from staff")}}, nil, 0); err != nil {
		t.Fatal(err)
	}
	if got := keysOf(claimIn(t, s, "w", long)); !slices.Equal(got, []string{"tg:5", "staff:9"}) {
		t.Errorf("claimed %v, want the update, then the staff message", got)
	}
}

func testScheduled(t *testing.T, s persist.Store) {
	ctx := ctxT(t)
	receive(t, s, 1, "tg:1")
	e := claimIn(t, s, "w", long)[0]
	// soon is far enough that the checks before it are done before it on
	// a busy machine (a CI run had 40 ms claims), near enough to wait for.
	soon := time.Now().Add(time.Second)
	later := time.Now().Add(30 * 24 * time.Hour)
	err := s.Commit(ctx, persist.Commit{ChatID: 1, Entry: e.Seq, State: []byte("s"), Schedule: []persist.Inbound{
		{Key: "rem:a:1", ChatID: 1, Payload: []byte("facts a"), DueAt: soon},
		{Key: "rem:b:1", ChatID: 1, Payload: []byte("facts b"), DueAt: later},
		{Key: "rem:c:1", ChatID: 1, Payload: []byte("facts c"), DueAt: later},
	}})
	if err != nil {
		t.Fatal(err)
	}
	sch, err := s.Scheduled(ctx, 1, "rem:")
	if err != nil || !slices.Equal(keysOf(sch), []string{"rem:a:1", "rem:b:1", "rem:c:1"}) {
		t.Fatalf("scheduled %v %v", keysOf(sch), err)
	}
	if string(sch[1].Payload) != "facts b" || !sch[1].DueAt.Equal(later.Truncate(time.Millisecond)) && sch[1].DueAt.Sub(later).Abs() > time.Millisecond {
		t.Errorf("scheduled entry %+v: want its payload and due time", sch[1])
	}
	if in := claimIn(t, s, "w", long); len(in) != 0 {
		t.Errorf("entries claimed before they are due: %v", keysOf(in))
	}
	// A person's next update is not held behind their reminders.
	receive(t, s, 1, "tg:2")
	in := claimIn(t, s, "w", long)
	if !slices.Equal(keysOf(in), []string{"tg:2"}) {
		t.Fatalf("claimed %v, want the update only", keysOf(in))
	}
	sess, _ := s.Load(ctx, 1)
	if err := s.Commit(ctx, persist.Commit{ChatID: 1, Entry: in[0].Seq, Version: sess.Version, State: []byte("s2"),
		Cancel: []string{"rem:c:1"}}); err != nil {
		t.Fatal(err)
	}
	if sch, _ := s.Scheduled(ctx, 1, "rem:"); !slices.Equal(keysOf(sch), []string{"rem:a:1", "rem:b:1"}) {
		t.Errorf("after cancelling c: %v", keysOf(sch))
	}
	// Another chat cannot cancel them.
	if err := s.Commit(ctx, persist.Commit{ChatID: 2, State: []byte("x"), Cancel: []string{"rem:a:1"}}); err != nil {
		t.Fatal(err)
	}
	time.Sleep(time.Until(soon) + 50*time.Millisecond)
	if got := keysOf(claimIn(t, s, "w", long)); !slices.Equal(got, []string{"rem:a:1"}) {
		t.Errorf("once due, claimed %v, want rem:a:1", got)
	}
	// A key scheduled twice is kept once.
	err = s.Commit(ctx, persist.Commit{ChatID: 3, State: []byte("x"), Schedule: []persist.Inbound{
		{Key: "rem:d:1", ChatID: 3, DueAt: later}, {Key: "rem:d:1", ChatID: 3, DueAt: later}}})
	if err != nil {
		t.Fatal(err)
	}
	if sch, _ := s.Scheduled(ctx, 3, ""); len(sch) != 1 {
		t.Errorf("a key scheduled twice: %v", keysOf(sch))
	}
}

func testSettleAndPark(t *testing.T, s persist.Store) {
	ctx := ctxT(t)
	from := time.Now().Add(-time.Hour)
	receive(t, s, 1, "tg:1", "tg:2")
	if err := s.Receive(ctx, nil, []persist.Parked{{Key: "tg:3", ChatID: 1, Reason: "malformed_update"}}, 0); err != nil {
		t.Fatal(err)
	}
	in := claimIn(t, s, "w", long)
	if !slices.Equal(keysOf(in), []string{"tg:1", "tg:2"}) {
		t.Fatalf("claimed %v: a parked entry is never claimed", keysOf(in))
	}
	if err := s.Settle(ctx, in[0].Seq, 1, "", nil); err != nil {
		t.Fatal(err)
	}
	if err := s.Settle(ctx, in[1].Seq, 1, "turn_failed", []persist.Message{{Payload: []byte("sorry")}}); err != nil {
		t.Fatal(err)
	}
	if err := s.Settle(ctx, in[1].Seq, 1, "turn_failed", []persist.Message{{Payload: []byte("sorry again")}}); err != nil {
		t.Errorf("settling twice: %v", err)
	}
	if got := payloadsOf(claimOut(t, s, "w", long)); !slices.Equal(got, []string{"sorry"}) {
		t.Errorf("outbox %v, want one apology", got)
	}
	if in := claimIn(t, s, "w", long); len(in) != 0 {
		t.Errorf("settled entries claimed again: %v", keysOf(in))
	}
	b, err := s.Backlog(ctx)
	if err != nil || b.InboxParked != 2 || b.InboxWaiting != 0 {
		t.Errorf("backlog %+v %v, want 2 parked, none waiting", b, err)
	}
	rep, err := s.Stats(ctx, from, time.Now().Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	errs := map[string]int{}
	for _, e := range rep.Errors {
		errs[e.Text] = e.Count
	}
	if errs["malformed_update"] != 1 || errs["turn_failed"] != 1 {
		t.Errorf("error events %v, want one of each reason", rep.Errors)
	}
	// A parked update redelivered stays parked.
	if err := s.Receive(ctx, []persist.Inbound{{Key: "tg:3", ChatID: 1, Payload: []byte("x")}}, nil, 0); err != nil {
		t.Fatal(err)
	}
	if in := claimIn(t, s, "w", long); len(in) != 0 {
		t.Errorf("a parked update redelivered was claimed: %v", keysOf(in))
	}
}

// testPendingReplies: what was queued and not sent is still there for the
// next sender, whoever claimed it before, in order.
func testPendingReplies(t *testing.T, s persist.Store) {
	ctx := ctxT(t)
	receive(t, s, 1, "tg:1", "tg:2")
	for _, e := range claimIn(t, s, "w", long) {
		mustApply(t, s, e, "r-"+e.Key)
	}
	if len(claimOut(t, s, "gone", 30*time.Millisecond)) != 2 {
		t.Fatal("want two messages")
	}
	time.Sleep(120 * time.Millisecond)
	out := claimOut(t, s, "next", long)
	if !slices.Equal(payloadsOf(out), []string{"r-tg:1", "r-tg:2"}) {
		t.Errorf("pending replies %v, want both in order", payloadsOf(out))
	}
	for _, m := range out {
		if err := s.Sent(ctx, m.ID, m.ChatID, ""); err != nil {
			t.Fatal(err)
		}
	}
	if b, _ := s.Backlog(ctx); b.OutboxWaiting != 0 {
		t.Errorf("backlog after sending: %+v", b)
	}
}

func testBlocked(t *testing.T, s persist.Store) {
	ctx := ctxT(t)
	receive(t, s, 1, "tg:1")
	receive(t, s, 2, "tg:2")
	for _, e := range claimIn(t, s, "w", long) {
		mustApply(t, s, e, "r-"+e.Key)
	}
	if err := s.Block(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if err := s.Block(ctx, 9); err != nil { // a chat with no conversation
		t.Fatal(err)
	}
	if got := payloadsOf(claimOut(t, s, "a", long)); !slices.Equal(got, []string{"r-tg:2"}) {
		t.Errorf("claimed %v, want nothing of the blocked chat", got)
	}
	if sess, _ := s.Load(ctx, 9); sess.Found {
		t.Errorf("blocking a new chat made a conversation")
	}
	// The person writes again: the block is lifted and the kept message goes.
	receive(t, s, 1, "tg:3")
	mustApply(t, s, claimIn(t, s, "w", long)[0], "r-tg:3")
	if got := payloadsOf(claimOut(t, s, "a", long)); !slices.Equal(got, []string{"r-tg:1", "r-tg:3"}) {
		t.Errorf("after the chat wrote again: %v", got)
	}
}

func testOffset(t *testing.T, s persist.Store) {
	ctx := ctxT(t)
	if off, err := s.Offset(ctx); err != nil || off != 0 {
		t.Fatalf("offset of a new store: %d %v", off, err)
	}
	if err := s.Receive(ctx, []persist.Inbound{{Key: "tg:41", ChatID: 1, Payload: []byte("x")}}, nil, 42); err != nil {
		t.Fatal(err)
	}
	if err := s.Receive(ctx, nil, nil, 50); err != nil {
		t.Fatal(err)
	}
	if off, err := s.Offset(ctx); err != nil || off != 50 {
		t.Errorf("offset %d %v, want 50", off, err)
	}
}

// testRepliesBeforeBackground: background messages (reminders) queued
// first are claimed after the replies queued later, so a burst of them
// never holds a live answer back.
func testRepliesBeforeBackground(t *testing.T, s persist.Store) {
	ctx := ctxT(t)
	var bg []persist.Message
	for i := range 5 {
		bg = append(bg, persist.Message{ChatID: int64(100 + i), Payload: []byte("reminder"), Background: true})
	}
	if err := s.Commit(ctx, persist.Commit{ChatID: 1, State: []byte("s"), Outbox: bg}); err != nil {
		t.Fatal(err)
	}
	receive(t, s, 2, "tg:1")
	mustApply(t, s, claimIn(t, s, "w", long)[0], "reply")
	out, err := s.ClaimOutbox(ctx, "a", long, 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 3 || string(out[0].Payload) != "reply" || out[0].Background || !out[1].Background {
		t.Errorf("claimed %v, want the reply first, then reminders marked background", payloadsOf(out))
	}
}
