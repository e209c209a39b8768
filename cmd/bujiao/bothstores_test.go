package main

// The two stores side by side: the tests that need both the SQLite store
// and the PostgreSQL one live here, where the command wires them, because
// neither store may import the other (TestStoreImports in store/storetest).

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"bujiao/dialog/persist"
	"bujiao/store"
	"bujiao/store/pg"
	"bujiao/store/pg/pgtest"
)

// openPG opens a PostgreSQL store on a fresh database of the test cluster
// (skipping where there is no PostgreSQL).
func openPG(t *testing.T) *pg.DB {
	t.Helper()
	return openPGAt(t, pgtest.Database(t))
}

func openPGAt(t *testing.T, dbURL string) *pg.DB {
	t.Helper()
	db, err := pg.Open(context.Background(), dbURL, pg.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// fillSQLite writes a small deployment: conversations (one blocked),
// events, applied and unapplied updates, a parked one, unsent messages,
// the polling offset and a shared case.
func fillSQLite(t *testing.T, path string) {
	t.Helper()
	ctx := context.Background()
	sq, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer sq.Close()
	if err := sq.Receive(ctx, []persist.Inbound{{Key: persist.UpdateKey(10), ChatID: 1, Payload: []byte("a")},
		{Key: persist.UpdateKey(11), ChatID: 2, Payload: []byte("b")}, {Key: persist.UpdateKey(12), ChatID: 2, Payload: []byte("c")}},
		[]persist.Parked{{Key: persist.UpdateKey(13), ChatID: 3, Reason: "bad_json"}}, 14); err != nil {
		t.Fatal(err)
	}
	in, err := sq.ClaimInbox(ctx, "t", time.Minute, 1)
	if err != nil || len(in) != 1 || in[0].ChatID != 1 {
		t.Fatalf("claim: %+v %v", in, err)
	}
	if err := sq.Commit(ctx, persist.Commit{ChatID: 1, Entry: in[0].Seq, State: []byte("s"), Lang: "zh",
		Events: []persist.Event{{Kind: persist.EvStarted}}, Outbox: []persist.Message{{Payload: []byte("reply")}}}); err != nil {
		t.Fatal(err)
	}
	if err := sq.Release(ctx, "t"); err != nil {
		t.Fatal(err)
	}
	if h, err := sq.OpenHandoff(ctx, 1, 1700000000); err != nil || sq.SetHandoffThread(ctx, h.CaseNo, 77) != nil {
		t.Fatalf("hand-off: %v", err)
	}
	if err := sq.Block(ctx, 4); err != nil {
		t.Fatal(err)
	}
	if err := sq.PutCase(ctx, "tok", []byte("{}"), time.Now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
}

// TestCopyFromSQLite: every table arrives with its count, the copy then
// works as a store (the unapplied updates can be claimed, the reply sent,
// the offset read), and a second copy into the same target is refused.
func TestCopyFromSQLite(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "bujiao.db")
	fillSQLite(t, path)
	dst := openPG(t)
	counts, err := copySQLite(ctx, path, dst)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int64{"conversations": 2, "events": 2, "meta": 1, "inbox": 4, "outbox": 1, "shared_cases": 1, "handoffs": 1}
	for _, c := range counts {
		if c.Source != want[c.Table] || c.Target != c.Source {
			t.Errorf("%s: %+v, want %d", c.Table, c, want[c.Table])
		}
		delete(want, c.Table)
	}
	if len(want) != 0 {
		t.Errorf("tables not copied: %v", want)
	}
	in, err := dst.ClaimInbox(ctx, "x", time.Minute, 10)
	if err != nil || len(in) != 2 || in[0].Key != "tg:11" || string(in[1].Payload) != "c" {
		t.Fatalf("unapplied updates after the copy: %+v %v", in, err)
	}
	out, err := dst.ClaimOutbox(ctx, "x", time.Minute, 10)
	if err != nil || len(out) != 1 || string(out[0].Payload) != "reply" {
		t.Fatalf("outbox after the copy: %+v %v", out, err)
	}
	if off, _ := dst.Offset(ctx); off != 14 {
		t.Fatalf("offset %d after the copy, want 14", off)
	}
	if s, _ := dst.Load(ctx, 4); s.Found {
		t.Fatal("a chat that only blocked the bot has a conversation after the copy")
	}
	if s, _ := dst.Load(ctx, 1); !s.Found || s.Version != 1 || string(s.State) != "s" {
		t.Fatalf("conversation after the copy: %+v", s)
	}
	if h, ok, err := dst.HandoffByThread(ctx, 77); err != nil || !ok || h.ChatID != 1 || h.Since != 1700000000 {
		t.Fatalf("hand-off after the copy: %+v %v %v", h, ok, err)
	}
	if h, err := dst.OpenHandoff(ctx, 2, 1); err != nil || h.CaseNo < 2 {
		t.Fatalf("a new hand-off after the copy: %+v %v", h, err)
	}
	// New rows get fresh ids after the copied ones.
	if err := dst.Record(ctx, persist.Event{Kind: persist.EvStarted}); err != nil {
		t.Fatal(err)
	}
	if _, err := copySQLite(ctx, path, dst); !errors.Is(err, pg.ErrTargetNotEmpty) {
		t.Fatalf("second copy: %v, want pg.ErrTargetNotEmpty", err)
	}
}

// TestCopyRefusesOpenSource: while a process has the file open, copy
// refuses and names the process.
func TestCopyRefusesOpenSource(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "bujiao.db")
	fillSQLite(t, path)
	pid := holdSQLite(t, path)
	dst := openPG(t)
	_, err := copySQLite(ctx, path, dst)
	if !errors.Is(err, store.ErrInUse) || !strings.Contains(err.Error(), strconv.Itoa(pid)) {
		t.Fatalf("copy of an open database: %v, want store.ErrInUse naming process %d", err, pid)
	}
}

// holdSQLite opens path in another process (this test binary, run again)
// until t ends, and returns its pid: SQLite's locks are per process, so
// only another process can show "in use".
func holdSQLite(t *testing.T, path string) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), holdEnv+"="+path)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { stdin.Close(); cmd.Wait() })
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil || line != "open\n" {
		t.Fatalf("holder: %q %v", line, err)
	}
	return cmd.Process.Pid
}

const holdEnv = "BUJIAO_TEST_HOLD_SQLITE"

// holdMain is the holder process: open, say so, wait for stdin to close.
func holdMain(path string) {
	db, err := store.Open(context.Background(), path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println("open")
	io.Copy(io.Discard, os.Stdin)
	db.Close()
	os.Exit(0)
}

// handoffTable is what both stores offer for hand-offs.
type handoffTable interface {
	OpenHandoff(ctx context.Context, chatID, since int64) (persist.Handoff, error)
	SetHandoffThread(ctx context.Context, caseNo, threadID int64) error
	HandoffByThread(ctx context.Context, threadID int64) (persist.Handoff, bool, error)
	CurrentHandoff(ctx context.Context, chatID int64) (persist.Handoff, bool, error)
	HandoffAt(ctx context.Context, chatID, since int64) (persist.Handoff, bool, error)
	OpeningHandoffs(ctx context.Context, since time.Time) (bool, error)
	CloseHandoff(ctx context.Context, chatID, since int64) error
	SetHandoffWake(ctx context.Context, chatID, since int64, at time.Time) error
	DueHandoffWakes(ctx context.Context, now time.Time, limit int) ([]persist.HandoffWake, error)
	ClearHandoffWake(ctx context.Context, caseNo, seq int64) error
	ForgetHandoffs(ctx context.Context, chatID int64) ([]int64, error)
	SweepHandoffs(ctx context.Context, before time.Time) ([]int64, error)
}

// handoffScript runs one sequence of hand-off calls and records every
// answer, so the two stores can be compared answer by answer.
func handoffScript(t *testing.T, h handoffTable) []any {
	ctx := context.Background()
	now := time.Now()
	var log []any
	rec := func(v ...any) { log = append(log, v) }
	a, err := h.OpenHandoff(ctx, 10, 100)
	rec(a, err)
	again, err := h.OpenHandoff(ctx, 10, 100) // a retried open: the same case
	rec(again, err)
	b, err := h.OpenHandoff(ctx, 20, 200)
	rec(b, err)
	opening, err := h.OpeningHandoffs(ctx, now.Add(-time.Minute))
	rec(opening, err)
	rec(h.SetHandoffThread(ctx, a.CaseNo, 501))
	rec(h.SetHandoffThread(ctx, b.CaseNo, 502))
	opening, err = h.OpeningHandoffs(ctx, now.Add(-time.Minute))
	rec(opening, err)
	rec(h.HandoffByThread(ctx, 501))
	rec(h.CurrentHandoff(ctx, 20))
	rec(h.HandoffAt(ctx, 10, 100))
	rec(h.HandoffAt(ctx, 10, 999))
	rec(h.SetHandoffWake(ctx, 10, 100, now.Add(-time.Second)))
	rec(h.SetHandoffWake(ctx, 20, 200, now.Add(time.Hour)))
	wakes, err := h.DueHandoffWakes(ctx, now, 10)
	rec(wakes, err)
	if len(wakes) == 1 {
		rec(h.ClearHandoffWake(ctx, wakes[0].CaseNo, wakes[0].Seq))
	}
	rec(h.DueHandoffWakes(ctx, now, 10))
	rec(h.CloseHandoff(ctx, 20, 200))
	rec(h.CurrentHandoff(ctx, 20))
	rec(h.ForgetHandoffs(ctx, 10))
	rec(h.CurrentHandoff(ctx, 10))
	rec(h.SweepHandoffs(ctx, now.Add(time.Minute)))
	rec(h.CurrentHandoff(ctx, 20))
	return log
}

// TestHandoffsMatchSQLite: the hand-off table answers the same on both
// stores.
func TestHandoffsMatchSQLite(t *testing.T) {
	sq, err := store.Open(context.Background(), ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer sq.Close()
	want := handoffScript(t, sq)
	got := handoffScript(t, openPG(t))
	if len(got) != len(want) {
		t.Fatalf("%d answers on PostgreSQL, %d on SQLite", len(got), len(want))
	}
	for i := range want {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("step %d: PostgreSQL %v, SQLite %v", i, got[i], want[i])
		}
	}
}

// TestStatsMatchSQLite: the same events give the same report, lookups and
// FAQ choices on both stores.
//
// On a database of the test cluster (locale C) and on one whose default
// collation is a language's (ICU "en-US"), where "B" sorts next to "b"
// rather than before every lower-case letter: ties in a report must still
// come out in SQLite's byte order.
func TestStatsMatchSQLite(t *testing.T) {
	t.Run("C", func(t *testing.T) { testStatsMatchSQLite(t, openPG(t)) })
	t.Run("icu-en", func(t *testing.T) { testStatsMatchSQLite(t, openPGCollated(t, "en-US")) })
}

// openPGCollated opens a PostgreSQL store on a new database of the test
// cluster whose default collation is the ICU locale's; it skips where the
// server has no ICU.
func openPGCollated(t *testing.T, locale string) *pg.DB {
	t.Helper()
	ctx := context.Background()
	u, err := url.Parse(pgtest.Database(t))
	if err != nil {
		t.Fatal(err)
	}
	conn, err := pgx.Connect(ctx, u.String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	name := strings.TrimPrefix(u.Path, "/") + "_icu"
	if _, err := conn.Exec(ctx, fmt.Sprintf(`CREATE DATABASE %s TEMPLATE template0 ENCODING 'UTF8'
LOCALE_PROVIDER icu ICU_LOCALE '%s' LOCALE 'C'`, name, locale)); err != nil {
		t.Skipf("no ICU collation on this server: %v", err)
	}
	t.Cleanup(func() {
		c, err := pgx.Connect(ctx, u.String())
		if err == nil {
			c.Exec(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)")
			c.Close(ctx)
		}
	})
	u.Path = "/" + name
	return openPGAt(t, u.String())
}

func testStatsMatchSQLite(t *testing.T, pgdb *pg.DB) {
	ctx := context.Background()
	sq, err := store.Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer sq.Close()
	at := time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC)
	yes, no := true, false
	evs := []persist.Event{
		{Kind: persist.EvStarted, ChatID: 1}, {Kind: persist.EvAsked, ChatID: 1, Question: "scheme"},
		{Kind: persist.EvAnswered, ChatID: 1, Question: "scheme"}, {Kind: persist.EvAsked, ChatID: 1, Question: "gap"},
		{Kind: persist.EvStarted, ChatID: 2}, {Kind: persist.EvAsked, ChatID: 2, Question: "scheme"},
		{Kind: persist.EvAnswer, ChatID: 2, Verdict: "covered", Region: "national", Text: "成都"},
		{Kind: persist.EvFAQHit, ChatID: 3, Question: "faq-a", Text: "断缴 怎么办"},
		{Kind: persist.EvFAQHit, ChatID: 4, Question: "faq-a", Text: "断缴怎么办"},
		{Kind: persist.EvFAQHit, ChatID: 4, Question: "faq-b", Text: "Apple"},
		{Kind: persist.EvFAQHit, ChatID: 4, Question: "faq-b", Text: "apple"},
		{Kind: persist.EvFAQMiss, ChatID: 5, Text: "电话 13812345678 能补吗"},
		{Kind: persist.EvFeedback, ChatID: 5, Question: "answer", Helpful: &yes},
		{Kind: persist.EvFeedback, ChatID: 6, Question: "faq-a", Helpful: &no},
		{Kind: persist.EvLookup, Question: "page", Verdict: "covered", Region: "zhejiang", Text: "region,scheme"},
		{Kind: persist.EvLookup, Question: "api", Verdict: "covered", Region: "zhejiang", Text: "region"},
		{Kind: persist.EvInline, Question: "answer"},
		// Ties ordered by bytes on both (SQLite's BINARY, PostgreSQL's "C").
		{Kind: persist.EvFAQMiss, ChatID: 7, Text: "b 问题"}, {Kind: persist.EvFAQMiss, ChatID: 7, Text: "B 问题"},
		{Kind: persist.EvFAQMiss, ChatID: 7, Text: "  a 问题 "}, {Kind: persist.EvFAQMiss, ChatID: 7, Text: "_x"},
		{Kind: persist.EvError, ChatID: 7, Text: "send_failed"}, {Kind: persist.EvError, ChatID: 8, Text: "Send_failed"},
		{Kind: persist.EvAnswer, ChatID: 8, Verdict: "unknown", Region: "national", Text: "拉萨"},
		{Kind: persist.EvAnswer, ChatID: 9, Verdict: "covered", Region: "Zhejiang"},
		{Kind: persist.EvFeedback, ChatID: 9, Question: "Faq-a", Helpful: &yes},
		{Kind: persist.EvFeedback, ChatID: 9, Question: "faq-a", Helpful: &yes},
		// Reminders, counted by what happened.
		{Kind: persist.EvReminder, ChatID: 10, Question: "set"}, {Kind: persist.EvReminder, ChatID: 10, Question: "sent"},
		{Kind: persist.EvReminder, ChatID: 11, Question: "set"}, {Kind: persist.EvReminder, ChatID: 11, Question: "dropped"},
		// Hand-offs: two opened, one answered; feedback on one.
		{Kind: persist.EvHandoff, ChatID: 12, Question: "offered"}, {Kind: persist.EvHandoff, ChatID: 12, Question: "opened"},
		{Kind: persist.EvHandoff, ChatID: 13, Question: "opened"}, {Kind: persist.EvHandoff, ChatID: 12, Question: "first_reply"},
		{Kind: persist.EvHandoff, ChatID: 13, Question: "no_reply"}, {Kind: persist.EvHandoff, ChatID: 13, Question: "first_reply"},
		{Kind: persist.EvHandoff, ChatID: 12, Question: "closed"},
		{Kind: persist.EvFeedback, ChatID: 12, Question: "handoff", Helpful: &no},
	}
	for i := range evs {
		evs[i].At = at.Add(time.Duration(i) * time.Minute)
	}
	for _, s := range []persist.Store{sq, pgdb} {
		if err := s.Record(ctx, evs...); err != nil {
			t.Fatal(err)
		}
	}
	from, to := at.Add(-time.Hour), at.Add(time.Hour)
	rs, err1 := sq.Stats(ctx, from, to)
	rp, err2 := pgdb.Stats(ctx, from, to)
	if err1 != nil || err2 != nil || !reflect.DeepEqual(rs, rp) {
		t.Errorf("stats differ (%v, %v):\nsqlite   %+v\npostgres %+v", err1, err2, rs, rp)
	}
	ls, err1 := sq.Lookups(ctx, from, to)
	lp, err2 := pgdb.Lookups(ctx, from, to)
	if err1 != nil || err2 != nil || !reflect.DeepEqual(ls, lp) {
		t.Errorf("lookups differ (%v, %v):\nsqlite   %+v\npostgres %+v", err1, err2, ls, lp)
	}
	cs, err1 := sq.FAQChoices(ctx, from, to)
	cp, err2 := pgdb.FAQChoices(ctx, from, to)
	if err1 != nil || err2 != nil || !reflect.DeepEqual(cs, cp) {
		t.Errorf("FAQ choices differ (%v, %v):\nsqlite   %+v\npostgres %+v", err1, err2, cs, cp)
	}
	hs, err1 := sq.HandoffStats(ctx, from, to)
	hp, err2 := pgdb.HandoffStats(ctx, from, to)
	if err1 != nil || err2 != nil || !reflect.DeepEqual(hs, hp) {
		t.Errorf("hand-off stats differ (%v, %v):\nsqlite   %+v\npostgres %+v", err1, err2, hs, hp)
	}
	// Both could agree on nothing: check that they counted.
	if len(ls) == 0 || len(cs) == 0 || rs.FAQHits != 4 || rs.Reminders["set"] != 2 || rs.Reminders["dropped"] != 1 ||
		len(rs.Errors) != 2 || len(rs.TopUnmatched) != 5 || len(rs.FallbackPlaces) != 2 || hs.Opened != 2 ||
		hs.Replied != 2 || hs.MedianFirstReplySeconds == 0 || hs.HelpfulNo != 1 {
		t.Errorf("the events were not counted: %d lookups, %d choices, report %+v, hand-offs %+v", len(ls), len(cs), rs, hs)
	}
}

// BenchmarkCommit measures turns committed per second on both stores with
// one body: each goroutine loads a chat of its own and commits a turn with
// an event and a reply, as a bot worker does. Run it with
//
//	go test ./cmd/bujiao -run '^$' -bench Commit -benchtime 3s -cpu 1,4
//
// SQLite is a WAL file with its default synchronous=NORMAL (durable
// against a crash of the process, not of the machine); PostgreSQL runs
// with fsync on, with synchronous_commit on (durable against both) and off
// (the same promise as SQLite's NORMAL).
func BenchmarkCommit(b *testing.B) {
	b.Run("sqlite", func(b *testing.B) {
		db, err := store.Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
		if err != nil {
			b.Fatal(err)
		}
		defer db.Close()
		s, ok := any(db).(persist.Store)
		if !ok {
			b.Skip("the SQLite store does not implement the persistence contract")
		}
		benchCommit(b, s)
	})
	// A cluster of its own with fsync on: the shared test cluster runs
	// with fsync off.
	c := pgtest.Start(b, pgtest.Options{})
	for _, mode := range []struct{ name, param string }{
		// every commit flushed to disk before it returns (the default)
		{"postgres", ""},
		// synchronous_commit=off: like SQLite's NORMAL, a crash of the
		// machine may lose the last commits, never consistency
		{"postgres-async", "&options=-c%20synchronous_commit%3Doff"},
	} {
		b.Run(mode.name, func(b *testing.B) {
			db, err := pg.Open(context.Background(), c.Database(b)+mode.param, pg.Options{})
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			benchCommit(b, db)
		})
	}
}

func benchCommit(b *testing.B, s persist.Store) {
	ctx := context.Background()
	var next atomic.Int64
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		chat := next.Add(1)
		for pb.Next() {
			cur, err := s.Load(ctx, chat)
			if err != nil {
				b.Error(err)
				return
			}
			if err := s.Commit(ctx, persist.Commit{ChatID: chat, Version: cur.Version, State: []byte("state of the turn"),
				Lang: "zh", Events: []persist.Event{{Kind: persist.EvAsked, Question: "q"}},
				Outbox: []persist.Message{{Payload: []byte(`{"text":"reply"}`)}}}); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "commits/s")
}
