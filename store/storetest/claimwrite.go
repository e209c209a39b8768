package storetest

import (
	"slices"
	"testing"

	"bujiao/dialog/persist"
)

// testClaimOnWrite: rows a store claims as it writes them (Commit.Claim,
// persist.InboxClaimer, both optional) follow the claim rules: they are
// the claimant's (another owner never gets them, the claimant's own claim
// does not hand them out again), each chat's rows stay in order, and what
// the store reports matches what it wrote. A store that claims nothing on
// write passes by leaving Claim.Done false.
func testClaimOnWrite(t *testing.T, s persist.Store) {
	ctx := ctxT(t)
	// Outbox: chat 1 alone; chat 2 behind another owner's message.
	claim := &persist.OutboxClaim{Owner: "me", Lease: long}
	if err := s.Commit(ctx, persist.Commit{ChatID: 1, State: []byte("s"), Lang: "en", Claim: claim,
		Outbox: []persist.Message{{Payload: []byte("a")}, {Payload: []byte("b")}}}); err != nil {
		t.Fatal(err)
	}
	if claim.Done {
		if got := payloadsOf(claim.Claimed); len(got)+claim.Left != 2 || !slices.IsSorted(idsOf(claim.Claimed)) {
			t.Errorf("claimed %v and %d left of 2 messages", got, claim.Left)
		}
	}
	if got := payloadsOf(claimOut(t, s, "other", long)); claim.Done && len(got) != claim.Left {
		t.Errorf("another owner claimed %v of the messages claimed on commit", got)
	}
	if err := s.Commit(ctx, persist.Commit{ChatID: 2, State: []byte("s"), Lang: "en",
		Outbox: []persist.Message{{Payload: []byte("x")}}}); err != nil {
		t.Fatal(err)
	}
	claimOut(t, s, "other", long) // x is the other owner's now
	claim = &persist.OutboxClaim{Owner: "me", Lease: long}
	if err := s.Commit(ctx, persist.Commit{ChatID: 2, Version: 1, State: []byte("s"), Lang: "en", Claim: claim,
		Outbox: []persist.Message{{Payload: []byte("y")}}}); err != nil {
		t.Fatal(err)
	}
	if len(claim.Claimed) != 0 {
		t.Errorf("claimed %v on commit behind another owner's message", payloadsOf(claim.Claimed))
	}
	if got := payloadsOf(claimOut(t, s, "me", long)); len(got) != 0 {
		t.Errorf("claimed %v past another owner's message", got)
	}

	// Inbox.
	ic, ok := s.(persist.InboxClaimer)
	if !ok {
		return
	}
	got, left, err := ic.ReceiveClaim(ctx, []persist.Inbound{
		{Key: "k1", ChatID: 5, Payload: []byte("k1")}, {Key: "k2", ChatID: 5, Payload: []byte("k2")},
	}, nil, 0, "me", long)
	if err != nil {
		t.Fatal(err)
	}
	if len(got)+left != 2 || len(got) > 0 && got[0].Seq == 0 {
		t.Errorf("receive: claimed %v (%d left) of 2", keysOf(got), left)
	}
	if got, _, _ := ic.ReceiveClaim(ctx, []persist.Inbound{{Key: "k1", ChatID: 5}}, nil, 0, "me", long); len(got) != 0 {
		t.Errorf("a redelivery was claimed again: %v", keysOf(got))
	}
	if other := claimIn(t, s, "other", long); len(got) == 2 && len(other) != 0 {
		t.Errorf("another owner claimed %v of the entries claimed as stored", keysOf(other))
	}
	// Behind another owner's entry: not claimed on write.
	receive(t, s, 6, "m1")
	claimIn(t, s, "other", long)
	if got, _, _ := ic.ReceiveClaim(ctx, []persist.Inbound{{Key: "m2", ChatID: 6, Payload: []byte("m2")}}, nil, 0, "me", long); len(got) != 0 {
		t.Errorf("claimed %v behind another owner's entry", keysOf(got))
	}
	if mine := claimIn(t, s, "me", long); len(mine) != 0 && slices.Contains(keysOf(mine), "m2") {
		t.Errorf("claimed m2 past another owner's entry")
	}
}

func idsOf(out []persist.Outbound) []int64 {
	ids := make([]int64, len(out))
	for i, m := range out {
		ids[i] = m.ID
	}
	return ids
}
