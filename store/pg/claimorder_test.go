package pg

import (
	"context"
	"testing"
	"time"

	"bujiao/dialog/persist"
)

// TestClaimOutboxNeverPassesALockedMessage: a chat's first message is
// row-locked by another statement at the moment of a claim (a lost claim
// being given back, a renewal, a removal) and so skipped; the claim must
// not take the chat's second message without it, or it goes out first (CI
// saw replies 495/2 then 495/1 across a PostgreSQL restart).
func TestClaimOutboxNeverPassesALockedMessage(t *testing.T) {
	ctx := context.Background()
	db := open(t)
	if err := db.Receive(ctx, []persist.Inbound{{Key: persist.UpdateKey(1), ChatID: 7, Payload: []byte("x")}}, nil, 8); err != nil {
		t.Fatal(err)
	}
	in, err := db.ClaimInbox(ctx, "a", time.Minute, 10)
	if err != nil || len(in) != 1 {
		t.Fatalf("claim inbox: %v %+v", err, in)
	}
	if err := db.Commit(ctx, persist.Commit{ChatID: 7, Entry: in[0].Seq, State: []byte("s"), Lang: "zh",
		Outbox: []persist.Message{{Payload: []byte("first")}, {Payload: []byte("second")}}}); err != nil {
		t.Fatal(err)
	}
	var first int64
	if err := db.pool.QueryRow(ctx, `SELECT min(id) FROM outbox WHERE chat_id = 7`).Scan(&first); err != nil {
		t.Fatal(err)
	}
	tx, err := db.pool.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, `SELECT 1 FROM outbox WHERE id = $1 FOR UPDATE`, first); err != nil {
		t.Fatal(err)
	}
	got, err := db.ClaimOutbox(ctx, "b", time.Minute, 10)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range got {
		if m.ChatID == 7 {
			t.Fatalf("claimed %q while the chat's first message was locked: %+v", m.Payload, got)
		}
	}
	tx.Rollback(ctx)
	got, err = db.ClaimOutbox(ctx, "b", time.Minute, 10)
	if err != nil || len(got) != 2 || string(got[0].Payload) != "first" || string(got[1].Payload) != "second" {
		t.Fatalf("after the lock: %v %+v, want both in order", err, got)
	}
}

// TestClaimInboxNeverPassesALockedUpdate: the same for the inbox: an
// update row-locked by a statement other than its turn's commit holds the
// chat's later updates back.
func TestClaimInboxNeverPassesALockedUpdate(t *testing.T) {
	ctx := context.Background()
	db := open(t)
	if err := db.Receive(ctx, []persist.Inbound{
		{Key: persist.UpdateKey(1), ChatID: 7, Payload: []byte("first")},
		{Key: persist.UpdateKey(2), ChatID: 7, Payload: []byte("second")},
	}, nil, 8); err != nil {
		t.Fatal(err)
	}
	var first int64
	if err := db.pool.QueryRow(ctx, `SELECT min(seq) FROM inbox WHERE chat_id = 7`).Scan(&first); err != nil {
		t.Fatal(err)
	}
	tx, err := db.pool.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, `SELECT 1 FROM inbox WHERE seq = $1 FOR UPDATE`, first); err != nil {
		t.Fatal(err)
	}
	got, err := db.ClaimInbox(ctx, "b", time.Minute, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 0 {
		t.Fatalf("claimed %+v while the chat's first update was locked", got)
	}
	tx.Rollback(ctx)
	got, err = db.ClaimInbox(ctx, "b", time.Minute, 10)
	if err != nil || len(got) != 2 || string(got[0].Payload) != "first" || string(got[1].Payload) != "second" {
		t.Fatalf("after the lock: %v %+v, want both in order", err, got)
	}
}
