package store

import (
	"bytes"
	"context"
	"errors"
	"os"
	"testing"

	"bujiao/dialog/persist"
)

func TestCommitVersionsAndDuplicates(t *testing.T) {
	db, _ := openTemp(t, Options{})
	ctx := context.Background()
	s, err := db.Load(ctx, 1)
	if err != nil || s.Found || s.Version != 0 {
		t.Fatalf("new chat: %+v, %v", s, err)
	}
	if err := db.Commit(ctx, Commit{ChatID: 1, Entry: entryOf(db, 1, 10), State: []byte("a"), Outbox: msgs([]byte("m1"), []byte("m2"))}); err != nil {
		t.Fatal(err)
	}
	// The same update again: refused, nothing written.
	if err := db.Commit(ctx, Commit{ChatID: 1, Entry: entryOf(db, 1, 10), Version: 1, State: []byte("b")}); !errors.Is(err, ErrDuplicate) {
		t.Errorf("duplicate: %v", err)
	}
	// A turn computed from an old version loses the compare-and-swap.
	if err := db.Commit(ctx, Commit{ChatID: 1, Entry: entryOf(db, 1, 11), Version: 0, State: []byte("c")}); !errors.Is(err, ErrConflict) {
		t.Errorf("stale version: %v", err)
	}
	s, _ = db.Load(ctx, 1)
	if string(s.State) != "a" || s.Version != 1 {
		t.Errorf("after the refusals: %+v", s)
	}
	out, err := listOutbox(t, db), error(nil)
	if err != nil || len(out) != 2 || string(out[0].Payload) != "m1" || string(out[1].Payload) != "m2" {
		t.Errorf("outbox = %+v, %v", out, err)
	}
	// Blocked chats are left out of the outbox until their next turn.
	if err := db.Block(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if out, _ := listOutbox(t, db), error(nil); len(out) != 0 {
		t.Errorf("blocked chat's messages listed: %d", len(out))
	}
	if err := db.Commit(ctx, Commit{ChatID: 1, Entry: entryOf(db, 1, 12), Version: 1, State: []byte("d")}); err != nil {
		t.Fatal(err)
	}
	if out, _ := listOutbox(t, db), error(nil); len(out) != 2 {
		t.Errorf("after the person wrote again: %d messages listed, want 2", len(out))
	}
	if n, v, err := db.Applied(ctx, 1); n != 2 || v != 2 || err != nil {
		t.Errorf("Applied = %d, %d, %v; want 2, 2", n, v, err)
	}
	// Unknown event kinds are refused: one list of names for the writer
	// and stats.
	if err := db.Commit(ctx, Commit{ChatID: 1, Entry: entryOf(db, 1, 13), Version: 2, Events: []Event{{Kind: "forget"}}}); err == nil {
		t.Error("an unknown event kind was accepted")
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
		if err := db.Receive(ctx, []Inbound{{Key: persist.UpdateKey(int64(10 + i)), ChatID: chat, Payload: []byte(text)}}, nil, 0); err != nil {
			t.Fatal(err)
		}
		if err := db.Commit(ctx, Commit{ChatID: chat, Entry: entryOf(db, chat, int64(10+i)), State: []byte("state " + text),
			Events: []Event{{Kind: EventFAQMiss, Text: text}}, Outbox: msgs([]byte("reply " + text))}); err != nil {
			t.Fatal(err)
		}
	}
	// A later message of chat 1, not yet applied, and the /forget turn.
	if err := db.Receive(ctx, []Inbound{{Key: persist.UpdateKey(12), ChatID: 1, Payload: []byte("forget " + secret)}}, nil, 0); err != nil {
		t.Fatal(err)
	}
	if err := db.Commit(ctx, Commit{ChatID: 1, Entry: entryOf(db, 1, 12), Version: 1, State: []byte("fresh"), Forget: true,
		Outbox: msgs([]byte("all deleted"))}); err != nil {
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
	out, _ := listOutbox(t, db), error(nil)
	if len(out) != 2 || string(out[0].Payload) != "reply "+other || string(out[1].Payload) != "all deleted" {
		t.Errorf("outbox after forget: %+v", out)
	}
	if s, _ := db.Load(ctx, 1); string(s.State) != "fresh" || s.Version != 2 {
		t.Errorf("chat 1 after forget: %+v", s)
	}
}
