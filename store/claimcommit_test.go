package store

import (
	"context"
	"testing"
	"time"

	"bujiao/dialog/persist"
)

// TestCommitClaims: a turn's replies are claimed for the committing owner
// as they are queued when nothing of the chat is queued that the owner
// does not hold; otherwise (an unclaimed or another owner's message of the
// chat first, a background message, a message to another chat) they are
// queued unclaimed and claimed later, in order.
func TestCommitClaims(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t, Options{})
	const me, other = "host/1/me", "host/2/other"
	commit := func(chat int64, out []Message) *persist.OutboxClaim {
		t.Helper()
		s, err := db.Load(ctx, chat)
		if err != nil {
			t.Fatal(err)
		}
		claim := &persist.OutboxClaim{Owner: me, Lease: time.Minute}
		if err := db.Commit(ctx, Commit{ChatID: chat, Version: s.Version, State: []byte("s"), Outbox: out, Claim: claim}); err != nil {
			t.Fatal(err)
		}
		return claim
	}
	// Alone: both replies claimed, in order; a claim pass finds nothing.
	c := commit(1, msgs([]byte("a"), []byte("b")))
	if !c.Done || len(c.Claimed) != 2 || c.Left != 0 || string(c.Claimed[0].Payload) != "a" || c.Claimed[0].ID >= c.Claimed[1].ID {
		t.Fatalf("alone: %+v", c)
	}
	if rows, _ := db.ClaimOutbox(ctx, me, time.Minute, 10); len(rows) != 0 {
		t.Errorf("a claim pass took %d rows already claimed", len(rows))
	}
	if rows, _ := db.ClaimOutbox(ctx, other, time.Minute, 10); len(rows) != 0 {
		t.Errorf("another owner took %d rows claimed by the commit", len(rows))
	}
	// Behind its own held messages: claimed too.
	if c := commit(1, msgs([]byte("c"))); len(c.Claimed) != 1 {
		t.Errorf("behind own messages: %+v", c)
	}
	// Behind another owner's message: queued unclaimed, and not claimable
	// past it.
	db.Commit(ctx, Commit{ChatID: 2, State: []byte("s"), Outbox: msgs([]byte("x"))})
	if rows, err := db.ClaimOutbox(ctx, other, time.Minute, 10); err != nil || len(rows) != 1 {
		t.Fatalf("other's claim: %v, %v", rows, err)
	}
	c = commit(2, msgs([]byte("y")))
	if !c.Done || len(c.Claimed) != 0 || c.Left != 1 {
		t.Errorf("behind another owner's message: %+v", c)
	}
	if rows, _ := db.ClaimOutbox(ctx, me, time.Minute, 10); len(rows) != 0 {
		t.Errorf("claimed past another owner's message: %d rows", len(rows))
	}
	// Behind an unclaimed message of the chat: unclaimed too.
	db.Commit(ctx, Commit{ChatID: 3, State: []byte("s"), Outbox: msgs([]byte("p"))})
	c = commit(3, msgs([]byte("q")))
	if len(c.Claimed) != 0 || c.Left != 1 {
		t.Errorf("behind an unclaimed message: %+v", c)
	}
	if rows, _ := db.ClaimOutbox(ctx, me, time.Minute, 10); len(rows) != 2 || string(rows[0].Payload) != "p" {
		t.Errorf("claim after: %+v", rows)
	}
	// Background messages and messages to another chat stay unclaimed.
	c = commit(4, []Message{{Payload: []byte("r")}, {Payload: []byte("bg"), Background: true}, {ChatID: -100, Payload: []byte("staff")}})
	if len(c.Claimed) != 1 || c.Left != 2 {
		t.Errorf("mixed: %+v", c)
	}
	// No claim asked: Done stays false.
	s, _ := db.Load(ctx, 5)
	if err := db.Commit(ctx, Commit{ChatID: 5, Version: s.Version, State: []byte("s"), Outbox: msgs([]byte("z"))}); err != nil {
		t.Fatal(err)
	}
	// A conflicting commit claims nothing.
	claim := &persist.OutboxClaim{Owner: me, Lease: time.Minute}
	if err := db.Commit(ctx, Commit{ChatID: 1, Version: 0, State: []byte("s"), Outbox: msgs([]byte("no")), Claim: claim}); err == nil || claim.Done {
		t.Errorf("conflict: err %v, claim %+v", err, claim)
	}
}

// TestReceiveClaims: updates are claimed for the receiving owner as they
// are stored, unless an entry of their chat waits that the owner does not
// hold (another owner's, or unclaimed), a scheduled entry, or a
// redelivery; those are claimed later, in order.
func TestReceiveClaims(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t, Options{})
	const me, other = "host/1/me", "host/2/other"
	got, left, err := db.ReceiveClaim(ctx, []Inbound{
		{Key: "tg:1", ChatID: 1, Payload: []byte("a")},
		{Key: "tg:2", ChatID: 1, Payload: []byte("b")},
		{Key: "rem:1", ChatID: 2, Payload: []byte("r"), DueAt: t0.Add(time.Hour)},
	}, nil, 7, me, time.Minute)
	if err != nil || len(got) != 2 || left != 1 || got[0].Key != "tg:1" || got[0].Seq >= got[1].Seq || got[0].Seq == 0 {
		t.Fatalf("first: %+v, left %d, %v", got, left, err)
	}
	if off, _ := db.Offset(ctx); off != 7 {
		t.Errorf("offset %d, want 7", off)
	}
	if rows, _ := db.ClaimInbox(ctx, other, time.Minute, 10); len(rows) != 0 {
		t.Errorf("another owner took %d entries claimed as stored", len(rows))
	}
	// A redelivery is neither stored again nor claimed.
	if got, left, err := db.ReceiveClaim(ctx, []Inbound{{Key: "tg:1", ChatID: 1}}, nil, 0, me, time.Minute); err != nil || len(got) != 0 || left != 0 {
		t.Errorf("redelivery: %+v, %d, %v", got, left, err)
	}
	// Behind another owner's entry: stored unclaimed, not claimable past it.
	db.Receive(ctx, []Inbound{{Key: "tg:10", ChatID: 3, Payload: []byte("x")}}, nil, 0)
	if rows, _ := db.ClaimInbox(ctx, other, time.Minute, 10); len(rows) != 1 {
		t.Fatalf("other's claim: %+v", rows)
	}
	if got, left, _ := db.ReceiveClaim(ctx, []Inbound{{Key: "tg:11", ChatID: 3, Payload: []byte("y")}}, nil, 0, me, time.Minute); len(got) != 0 || left != 1 {
		t.Errorf("behind another owner's entry: %+v, %d", got, left)
	}
	if rows, _ := db.ClaimInbox(ctx, me, time.Minute, 10); len(rows) != 0 {
		t.Errorf("claimed past another owner's entry: %+v", rows)
	}
	// Behind an unclaimed entry: unclaimed too, and claimed after it.
	db.Receive(ctx, []Inbound{{Key: "tg:20", ChatID: 4, Payload: []byte("p")}}, nil, 0)
	if got, left, _ := db.ReceiveClaim(ctx, []Inbound{{Key: "tg:21", ChatID: 4, Payload: []byte("q")}}, nil, 0, me, time.Minute); len(got) != 0 || left != 1 {
		t.Errorf("behind an unclaimed entry: %+v, %d", got, left)
	}
	if rows, _ := db.ClaimInbox(ctx, me, time.Minute, 10); len(rows) != 2 || rows[0].Key != "tg:20" || rows[1].Key != "tg:21" {
		t.Errorf("claim after: %+v", rows)
	}
	// A claimed entry is applied like any other, once.
	s, _ := db.Load(ctx, 1)
	if err := db.Commit(ctx, Commit{ChatID: 1, Entry: got[0].Seq, Version: s.Version, State: []byte("s")}); err != nil {
		t.Fatal(err)
	}
	if err := db.Commit(ctx, Commit{ChatID: 1, Entry: got[0].Seq, Version: s.Version + 1, State: []byte("s")}); err == nil {
		t.Error("a claimed entry applied twice")
	}
}
