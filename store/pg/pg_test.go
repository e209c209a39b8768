package pg

import (
	"context"
	"errors"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"bujiao/dialog/persist"
	"bujiao/store/pg/pgtest"
)

func TestMain(m *testing.M) {
	if p := os.Getenv(holdEnv); p != "" {
		holdMain(p)
	}
	os.Exit(pgtest.Main(m))
}

func open(t *testing.T) *DB {
	t.Helper()
	db, err := Open(context.Background(), pgtest.Database(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// TestMigrateConcurrently: instances starting together on an empty
// database apply each migration once (the advisory lock), and all open.
func TestMigrateConcurrently(t *testing.T) {
	u := pgtest.Database(t)
	var wg sync.WaitGroup
	errs := make([]error, 4)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			db, err := Open(context.Background(), u, Options{})
			if err == nil {
				db.Close()
			}
			errs[i] = err
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	db, err := Open(context.Background(), u, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	v, err := db.Version(context.Background())
	if err != nil || v != SchemaVersion() {
		t.Fatalf("version %d, %v; want %d", v, err, SchemaVersion())
	}
}

// TestTurnRoundTrip: an update received, claimed and committed once; the
// second commit of it is a duplicate, a stale version a conflict.
func TestTurnRoundTrip(t *testing.T) {
	ctx := context.Background()
	db := open(t)
	if err := db.Receive(ctx, []persist.Inbound{{Key: persist.UpdateKey(7), ChatID: 42, Payload: []byte("hi")}}, nil, 8); err != nil {
		t.Fatal(err)
	}
	in, err := db.ClaimInbox(ctx, "a", time.Minute, 10)
	if err != nil || len(in) != 1 || string(in[0].Payload) != "hi" {
		t.Fatalf("claim: %v %+v", err, in)
	}
	if other, _ := db.ClaimInbox(ctx, "b", time.Minute, 10); len(other) != 0 {
		t.Fatalf("a claimed entry went to a second owner: %+v", other)
	}
	c := persist.Commit{ChatID: 42, Entry: in[0].Seq, State: []byte("s1"), Lang: "zh",
		Events: []persist.Event{{Kind: persist.EvFAQMiss, Text: "我的电话 13812345678"}},
		Outbox: []persist.Message{{Payload: []byte("reply")}}}
	if err := db.Commit(ctx, c); err != nil {
		t.Fatal(err)
	}
	if err := db.Commit(ctx, c); !errors.Is(err, persist.ErrDuplicate) {
		t.Fatalf("second commit: %v, want ErrDuplicate", err)
	}
	c.Entry = 0
	if err := db.Commit(ctx, c); !errors.Is(err, persist.ErrConflict) {
		t.Fatalf("stale commit: %v, want ErrConflict", err)
	}
	s, err := db.Load(ctx, 42)
	if err != nil || !s.Found || s.Version != 1 || string(s.State) != "s1" {
		t.Fatalf("load: %+v %v", s, err)
	}
	var text string
	if err := db.pool.QueryRow(ctx, `SELECT text FROM events`).Scan(&text); err != nil || strings.Contains(text, "13812345678") {
		t.Fatalf("event text not redacted: %q %v", text, err)
	}
	out, err := db.ClaimOutbox(ctx, "a", time.Minute, 10)
	if err != nil || len(out) != 1 || out[0].ChatID != 42 {
		t.Fatalf("outbox: %+v %v", out, err)
	}
	if err := db.Sent(ctx, out[0].ID, 42, ""); err != nil {
		t.Fatal(err)
	}
	if off, err := db.Offset(ctx); err != nil || off != 8 {
		t.Fatalf("offset %d %v", off, err)
	}
	if err := db.Receive(ctx, []persist.Inbound{{Key: persist.UpdateKey(7), ChatID: 42, Payload: []byte("hi")}}, nil, 0); err != nil {
		t.Fatal(err)
	}
	if again, _ := db.ClaimInbox(ctx, "a", time.Minute, 10); len(again) != 0 {
		t.Fatalf("a redelivered update was queued again: %+v", again)
	}
	b, err := db.Backlog(ctx)
	if err != nil || b != (persist.Backlog{}) {
		t.Fatalf("backlog %+v %v", b, err)
	}
	if err := db.Check(ctx); err != nil {
		t.Fatal(err)
	}
	rep, err := db.Stats(ctx, time.Now().Add(-time.Hour), time.Now().Add(time.Hour))
	if err != nil || rep.FAQMisses != 1 {
		t.Fatalf("stats %+v %v", rep, err)
	}
	if err := db.Forget(ctx, 42); err != nil {
		t.Fatal(err)
	}
	if s, _ := db.Load(ctx, 42); s.Found {
		t.Fatal("conversation survived Forget")
	}
}

// TestUnreachable: the error names the host and no password.
func TestUnreachable(t *testing.T) {
	_, err := Open(context.Background(), "postgres://bujiao:s3cret@127.0.0.1:1/bujiao?sslmode=disable",
		Options{ConnectTimeout: 2 * time.Second})
	if err == nil {
		t.Fatal("opened a server that is not there")
	}
	if !strings.Contains(err.Error(), "127.0.0.1:1") || strings.Contains(err.Error(), "s3cret") || !errors.Is(err, persist.ErrUnavailable) {
		t.Fatalf("error %q: want the host, no password, ErrUnavailable", err)
	}
}

func TestRedact(t *testing.T) {
	for in, want := range map[string]string{
		"postgres://u:pw@h:5432/d":         "postgres://u:xxxxx@h:5432/d",
		"postgresql://h/d?password=pw&x=1": "postgresql://h/d?password=xxxxx&x=1",
		"postgres://u@h/d":                 "postgres://u@h/d",
	} {
		if got := Redact(in); got != want {
			t.Errorf("Redact(%q) = %q, want %q", in, got, want)
		}
	}
}
