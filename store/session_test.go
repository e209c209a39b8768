package store

import (
	"bytes"
	"context"
	"errors"
	"os"
	"testing"
	"time"
)

func TestCommitVersionsAndDuplicates(t *testing.T) {
	db, _ := openTemp(t, Options{})
	ctx := context.Background()
	s, err := db.LoadSession(ctx, 1)
	if err != nil || s.Found || s.Version != 0 {
		t.Fatalf("new chat: %+v, %v", s, err)
	}
	if err := db.Commit(ctx, Commit{ChatID: 1, UpdateID: 10, State: []byte("a"), Outbox: [][]byte{[]byte("m1"), []byte("m2")}}); err != nil {
		t.Fatal(err)
	}
	// The same update again: refused, nothing written.
	if err := db.Commit(ctx, Commit{ChatID: 1, UpdateID: 10, Version: 1, State: []byte("b")}); !errors.Is(err, ErrDuplicate) {
		t.Errorf("duplicate: %v", err)
	}
	// A turn computed from an old version loses the compare-and-swap.
	if err := db.Commit(ctx, Commit{ChatID: 1, UpdateID: 11, Version: 0, State: []byte("c")}); !errors.Is(err, ErrConflict) {
		t.Errorf("stale version: %v", err)
	}
	s, _ = db.LoadSession(ctx, 1)
	if string(s.State) != "a" || s.Version != 1 {
		t.Errorf("after the refusals: %+v", s)
	}
	out, err := db.Outbox(ctx, 10)
	if err != nil || len(out) != 2 || string(out[0].Payload) != "m1" || string(out[1].Payload) != "m2" {
		t.Errorf("outbox = %+v, %v", out, err)
	}
	// Blocked chats are left out of the outbox until their next turn.
	if err := db.Block(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if out, _ := db.Outbox(ctx, 10); len(out) != 0 {
		t.Errorf("blocked chat's messages listed: %d", len(out))
	}
	if err := db.Commit(ctx, Commit{ChatID: 1, UpdateID: 12, Version: 1, State: []byte("d")}); err != nil {
		t.Fatal(err)
	}
	if out, _ := db.Outbox(ctx, 10); len(out) != 2 {
		t.Errorf("after the person wrote again: %d messages listed, want 2", len(out))
	}
	if n, v, err := db.Applied(ctx, 1); n != 2 || v != 2 || err != nil {
		t.Errorf("Applied = %d, %d, %v; want 2, 2", n, v, err)
	}
	// Unknown event kinds are refused: one list of names for the writer
	// and stats.
	if err := db.Commit(ctx, Commit{ChatID: 1, UpdateID: 13, Version: 2, Events: []Event{{Kind: "forget"}}}); err == nil {
		t.Error("an unknown event kind was accepted")
	}
}

func TestInboxReceiveSettle(t *testing.T) {
	db, _ := openTemp(t, Options{})
	ctx := context.Background()
	in := []Inbound{{UpdateID: 5, ChatID: 1, Payload: []byte("p5")}, {UpdateID: 6, ChatID: 2, Payload: []byte("p6")}}
	if err := db.Receive(ctx, in, []Parked{{UpdateID: 7, ChatID: 3, Reason: "malformed_update"}}, 8); err != nil {
		t.Fatal(err)
	}
	// Redelivery is harmless.
	if err := db.Receive(ctx, in, nil, 8); err != nil {
		t.Fatal(err)
	}
	if off, _ := db.Offset(ctx); off != 8 {
		t.Errorf("offset %d, want 8", off)
	}
	rows, err := db.Inbox(ctx, 10)
	if err != nil || len(rows) != 2 || rows[0].UpdateID != 5 {
		t.Fatalf("inbox = %+v, %v", rows, err)
	}
	if err := db.Commit(ctx, Commit{ChatID: 1, UpdateID: 5, State: []byte("s")}); err != nil {
		t.Fatal(err)
	}
	if err := db.Settle(ctx, 6, 2, "", nil); err != nil {
		t.Fatal(err)
	}
	if rows, _ := db.Inbox(ctx, 10); len(rows) != 0 {
		t.Errorf("inbox after apply and settle: %+v", rows)
	}
	// An applied update delivered again is not stored again.
	if err := db.Receive(ctx, in[:1], nil, 0); err != nil {
		t.Fatal(err)
	}
	if rows, _ := db.Inbox(ctx, 10); len(rows) != 0 {
		t.Errorf("applied update stored again: %+v", rows)
	}
	waiting, parked, err := db.InboxCounts(ctx)
	if waiting != 0 || parked != 1 || err != nil {
		t.Errorf("counts = %d waiting, %d parked, %v", waiting, parked, err)
	}
	rep, err := db.Stats(ctx, t0.Add(-time.Hour), t0.Add(time.Hour))
	if err != nil || len(rep.Errors) != 1 || rep.Errors[0].Text != "malformed_update" {
		t.Errorf("stats errors = %+v, %v", rep.Errors, err)
	}
}

// TestForgetLeavesNoTrace: after /forget commits, what the person wrote is
// in neither the database file nor its WAL.
func TestForgetLeavesNoTrace(t *testing.T) {
	db, path := openTemp(t, Options{})
	ctx := context.Background()
	const secret = "MARKER-13812345678-shanghai-secret"
	other := "OTHERCHAT-keepme"
	for i, chat := range []int64{1, 2} {
		text := secret
		if chat == 2 {
			text = other
		}
		if err := db.Receive(ctx, []Inbound{{UpdateID: int64(10 + i), ChatID: chat, Payload: []byte(text)}}, nil, 0); err != nil {
			t.Fatal(err)
		}
		if err := db.Commit(ctx, Commit{ChatID: chat, UpdateID: int64(10 + i), State: []byte("state " + text),
			Events: []Event{{Kind: EventFAQMiss, Text: text}}, Outbox: [][]byte{[]byte("reply " + text)}}); err != nil {
			t.Fatal(err)
		}
	}
	// A later message of chat 1, not yet applied, and the /forget turn.
	if err := db.Receive(ctx, []Inbound{{UpdateID: 12, ChatID: 1, Payload: []byte("forget " + secret)}}, nil, 0); err != nil {
		t.Fatal(err)
	}
	if err := db.Commit(ctx, Commit{ChatID: 1, UpdateID: 12, Version: 1, State: []byte("fresh"), Forget: true,
		Outbox: [][]byte{[]byte("all deleted")}}); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{path, path + "-wal"} {
		data, err := os.ReadFile(f)
		if err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		if bytes.Contains(data, []byte("MARKER-13812345678")) {
			t.Errorf("%s still holds the forgotten text", f)
		}
	}
	// The other chat is untouched, and the reply saying so is queued.
	out, _ := db.Outbox(ctx, 10)
	if len(out) != 2 || string(out[0].Payload) != "reply "+other || string(out[1].Payload) != "all deleted" {
		t.Errorf("outbox after forget: %+v", out)
	}
	if s, _ := db.LoadSession(ctx, 1); string(s.State) != "fresh" || s.Version != 2 {
		t.Errorf("chat 1 after forget: %+v", s)
	}
}

// TestSweepInboxOutbox: retention covers what the person wrote that was
// never applied, and messages never sent, with the conversations; applied
// and parked rows (ids only) go with the processed-update records.
func TestSweepInboxOutbox(t *testing.T) {
	db, _ := openTemp(t, Options{})
	ctx := context.Background()
	if err := db.Receive(ctx, []Inbound{{UpdateID: 1, ChatID: 1, Payload: []byte("old unapplied")},
		{UpdateID: 2, ChatID: 2, Payload: []byte("applied")}}, []Parked{{UpdateID: 3, ChatID: 3, Reason: "malformed_update"}}, 0); err != nil {
		t.Fatal(err)
	}
	if err := db.Commit(ctx, Commit{ChatID: 2, UpdateID: 2, State: []byte("s"), Outbox: [][]byte{[]byte("unsent")}}); err != nil {
		t.Fatal(err)
	}
	// Four days on: applied and parked rows go, the unapplied one stays.
	res, err := db.Sweep(ctx, t0.Add(4*24*time.Hour), 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	if rows, _ := db.Inbox(ctx, 10); res.Inbox != 2 || len(rows) != 1 {
		t.Errorf("after 4 days: swept %d inbox rows, %d left unapplied; want 2 and 1", res.Inbox, len(rows))
	}
	// A month and a day on: the unapplied update and the unsent message go.
	res, err = db.Sweep(ctx, t0.Add(31*24*time.Hour), 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := db.OutboxLen(ctx); res.Inbox != 1 || res.Outbox != 1 || n != 0 {
		t.Errorf("after 31 days: swept %d inbox rows and %d messages, %d left", res.Inbox, res.Outbox, n)
	}
}
