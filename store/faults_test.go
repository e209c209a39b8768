package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
)

func TestSchemaTooNew(t *testing.T) {
	ctx := context.Background()
	db, path := openTemp(t, Options{})
	if _, err := db.w.ExecContext(ctx,
		`INSERT INTO schema_migrations VALUES (99, '0099_future', '2030-01-01T00:00:00.000Z')`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	for _, opts := range []Options{{}, {ReadOnly: true}} {
		_, err := OpenWith(ctx, path, opts)
		if !errors.Is(err, ErrSchemaTooNew) {
			t.Fatalf("open %+v: %v, want ErrSchemaTooNew", opts, err)
		}
		want := "database schema version 99 is newer than this bujiao (" + strconv.Itoa(SchemaVersion()) + "); upgrade bujiao"
		if !strings.Contains(err.Error(), want) {
			t.Fatalf("error %q does not say %q", err, want)
		}
	}
}

func TestReadOnlyRefusesOldSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "bujiao.db")
	old, err := openUpTo(ctx, path, Options{}, 1)
	if err != nil {
		t.Fatal(err)
	}
	old.Close()
	_, err = OpenWith(ctx, path, Options{ReadOnly: true})
	if err == nil || !strings.Contains(err.Error(), "older than this bujiao") {
		t.Fatalf("read-only open of old schema: %v", err)
	}
}

func TestDiskFull(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t, Options{MaxPageCount: 64})
	mustApply(t, db, 1, 1, "small")
	before := count(t, db, `SELECT count(*) FROM events`)

	big := bytes.Repeat([]byte("x"), 1<<20) // 256 pages of 4 KiB: over the cap
	err := db.Commit(ctx, Commit{ChatID: 1, Entry: entryOf(db, 1, 2), Version: 1, State: big, Events: []Event{{Kind: EventAsked, Question: "q1"}}})
	if !errors.Is(err, ErrFull) {
		t.Fatalf("commit on full disk: %v, want ErrFull", err)
	}
	t.Logf("full error: %v", err)
	// Rolled back: old state, no event, update not marked processed.
	mustState(t, db, 1, "small")
	if n := count(t, db, `SELECT count(*) FROM events`); n != before {
		t.Fatalf("events after failed turn: %d, want %d", n, before)
	}
	if n := count(t, db, `SELECT count(*) FROM inbox WHERE status = 'done' AND key = 't:1:2'`); n != 0 {
		t.Fatal("failed update marked processed")
	}
	if err := db.IntegrityCheck(ctx); err != nil {
		t.Fatal(err)
	}

	// Space is freed: the writer's only connection gets a higher cap.
	if _, err := db.w.ExecContext(ctx, `PRAGMA max_page_count = 1000000`); err != nil {
		t.Fatal(err)
	}
	if err := db.Commit(ctx, Commit{ChatID: 1, Entry: entryOf(db, 1, 2), Version: 1, State: big}); err != nil {
		t.Fatalf("commit after freeing space: %v", err)
	}
	c, _ := db.Conversation(ctx, 1)
	if !bytes.Equal(c.State, big) {
		t.Fatal("big state not stored")
	}
}

func TestMigrationsAreContiguous(t *testing.T) {
	if len(migrations) < 2 {
		t.Fatalf("%d migrations embedded", len(migrations))
	}
	for i, m := range migrations {
		if m.version != i+1 || strings.TrimSpace(m.sql) == "" {
			t.Fatalf("migration %d: %+v", i, m.name)
		}
	}
}

// runBatch is called directly (the writer goroutine is idle) to pin down
// group-commit semantics without relying on timing.
func TestBatchSemantics(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t, Options{})
	req := func(c Commit) *applyReq {
		return &applyReq{ctx: ctx, commit: &c, done: make(chan applyResult, 1)}
	}
	batch := []*applyReq{
		req(Commit{ChatID: 1, Entry: entryOf(db, 1, 1), State: []byte("A")}),
		req(Commit{ChatID: 2, Entry: entryOf(db, 2, 1), Version: 5, State: []byte("stale")}), // conflict
		req(Commit{ChatID: 1, Entry: entryOf(db, 1, 1), Version: 1, State: []byte("dup")}),   // same update, same batch
		req(Commit{ChatID: 1, Entry: entryOf(db, 1, 2), Version: 1, State: []byte("B")}),     // sees the first
	}
	// Storing the entries (entryOf) took the writer's transactions too.
	db.batches.Store(0)
	if carry := db.runBatch(batch); len(carry) != 0 {
		t.Fatalf("carried %d requests", len(carry))
	}
	want := []error{nil, ErrConflict, ErrDuplicate, nil}
	for i, r := range batch {
		if res := <-r.done; !errors.Is(res.err, want[i]) || (want[i] == nil) != res.applied {
			t.Errorf("request %d: %+v, want %v", i, res, want[i])
		}
	}
	mustState(t, db, 1, "B")
	if _, err := db.Conversation(ctx, 2); !errors.Is(err, ErrNotFound) {
		t.Fatalf("chat 2 written despite its conflict: %v", err)
	}
	if db.batches.Load() != 1 {
		t.Fatalf("%d transactions, want 1", db.batches.Load())
	}
}

func TestBatchRolledBackTogether(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t, Options{MaxPageCount: 64})
	req := func(chat int64, state []byte) *applyReq {
		return &applyReq{ctx: ctx, done: make(chan applyResult, 1), commit: &Commit{ChatID: chat, Entry: entryOf(db, chat, 1), State: state}}
	}
	a, big, c := req(1, []byte("a")), req(2, bytes.Repeat([]byte("x"), 1<<20)), req(3, []byte("c"))
	carry := db.runBatch([]*applyReq{a, big, c})
	if len(carry) != 1 || carry[0] != c {
		t.Fatalf("carry = %v, want the request after the failure", carry)
	}
	for name, r := range map[string]*applyReq{"earlier": a, "failing": big} {
		if res := <-r.done; res.applied || !errors.Is(res.err, ErrFull) {
			t.Errorf("%s turn: %+v, want ErrFull", name, res)
		}
	}
	if _, err := db.Conversation(ctx, 1); !errors.Is(err, ErrNotFound) {
		t.Fatalf("rolled-back turn visible: %v", err)
	}
	if carry = db.runBatch(carry); len(carry) != 0 {
		t.Fatal("carried again")
	}
	if res := <-c.done; !res.applied || res.err != nil {
		t.Fatalf("carried turn: %+v", res)
	}
	mustApply(t, db, 1, 1, "a again")
}

func TestCommitContextAndClose(t *testing.T) {
	db, _ := openTemp(t, Options{})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := db.Commit(ctx, Commit{ChatID: 1, Entry: entryOf(db, 1, 1)}); !errors.Is(err, context.Canceled) {
		t.Fatalf("commit with canceled ctx: %v", err)
	}
	db.Close()
	if err := db.Commit(context.Background(), Commit{ChatID: 1, Entry: entryOf(db, 1, 1)}); err == nil {
		t.Fatal("commit after close succeeded")
	}
	if err := db.Close(); err != nil {
		t.Fatalf("second close: %v", err)
	}
}

func TestOpenNotADatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bujiao.db")
	junk := bytes.Repeat([]byte("not sqlite "), 1000)
	if err := os.WriteFile(path, junk, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(context.Background(), path); err == nil {
		t.Fatal("opened a non-database")
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, junk) {
		t.Fatal("file modified")
	}
}

// TestWritesRacingClose: requests handed to the writer as Close begins
// are all answered (none waits forever), and every one answered without
// an error is in the database after a reopen.
func TestWritesRacingClose(t *testing.T) {
	db, path := openTemp(t, Options{})
	const n = 200
	errs := make([]error, n)
	var wg sync.WaitGroup
	started := make(chan struct{}, n)
	for i := range n {
		wg.Go(func() {
			started <- struct{}{}
			key := fmt.Sprintf("race:%d", i)
			errs[i] = db.Receive(context.Background(), []Inbound{{Key: key, ChatID: int64(i + 1), Payload: []byte("u")}}, nil, 0)
		})
	}
	for range n / 2 {
		<-started
	}
	db.Close()
	wg.Wait()
	db = openAt(t, path, Options{})
	defer db.Close()
	have := map[string]bool{}
	for _, in := range listInbox(t, db) {
		have[in.Key] = true
	}
	stored := 0
	for i, err := range errs {
		key := fmt.Sprintf("race:%d", i)
		switch {
		case err == nil && !have[key]:
			t.Fatalf("%s: stored (no error) but not in the inbox after a reopen", key)
		case err == nil:
			stored++
		}
	}
	t.Logf("%d of %d stored before the close", stored, n)
}
