package store

import (
	"context"
	"testing"
	"time"

	"bujiao/dialog/persist"
)

// TestHandoffs: a hand-off row is opened once however often the open is
// retried, found by its topic, woken when due (a newer wake wins), and
// forgotten with its topics.
func TestHandoffs(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, t.TempDir()+"/h.db")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	a, err := db.OpenHandoff(ctx, 42, 1000)
	if err != nil {
		t.Fatal(err)
	}
	b, err := db.OpenHandoff(ctx, 42, 1000)
	if err != nil || b.CaseNo != a.CaseNo {
		t.Fatalf("a retried open made case %d after %d (%v)", b.CaseNo, a.CaseNo, err)
	}
	if err := db.SetHandoffThread(ctx, a.CaseNo, 77); err != nil {
		t.Fatal(err)
	}
	h, ok, err := db.HandoffByThread(ctx, 77)
	if err != nil || !ok || h.ChatID != 42 || h.Since != 1000 {
		t.Fatalf("by thread: %+v %v %v", h, ok, err)
	}
	now := time.Unix(5000, 0)
	if err := db.SetHandoffWake(ctx, 42, 1000, now.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	if ws, _ := db.DueHandoffWakes(ctx, now, 10); len(ws) != 0 {
		t.Fatalf("woken early: %+v", ws)
	}
	ws, err := db.DueHandoffWakes(ctx, now.Add(time.Minute), 10)
	if err != nil || len(ws) != 1 {
		t.Fatalf("due: %+v %v", ws, err)
	}
	// A newer wake asked for meanwhile is not cleared by the old one.
	if err := db.SetHandoffWake(ctx, 42, 1000, now.Add(2*time.Minute)); err != nil {
		t.Fatal(err)
	}
	if err := db.ClearHandoffWake(ctx, ws[0].CaseNo, ws[0].Seq); err != nil {
		t.Fatal(err)
	}
	if ws, _ := db.DueHandoffWakes(ctx, now.Add(3*time.Minute), 10); len(ws) != 1 {
		t.Fatalf("the newer wake was lost: %+v", ws)
	}
	if err := db.CloseHandoff(ctx, 42, 1000); err != nil {
		t.Fatal(err)
	}
	if ws, _ := db.DueHandoffWakes(ctx, now.Add(3*time.Minute), 10); len(ws) != 0 {
		t.Fatalf("a closed hand-off is still woken: %+v", ws)
	}
	threads, err := db.ForgetHandoffs(ctx, 42)
	if err != nil || len(threads) != 1 || threads[0] != 77 {
		t.Fatalf("forget: %v %v", threads, err)
	}
	if _, ok, _ := db.CurrentHandoff(ctx, 42); ok {
		t.Fatal("a forgotten hand-off is still there")
	}
}

// TestHandoffStats: opened, closed, the median time to the first staff
// reply and the helpful ratio of hand-offs, from events.
func TestHandoffStats(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, t.TempDir()+"/s.db")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	t0 := time.Date(2026, 3, 16, 4, 0, 0, 0, time.UTC)
	yes, no := true, false

	add := func(chat int64, kind persist.EventKind, q string, at time.Duration, helpful *bool) {
		db.Now = func() time.Time { return t0.Add(at) }
		if err := db.Record(ctx, Event{Kind: kind, Question: q, Helpful: helpful, ChatID: chat}); err != nil {
			t.Fatal(err)
		}
	}

	add(1, EventHandoff, "offered", 0, nil)
	add(1, EventHandoff, "opened", time.Minute, nil)
	add(1, EventHandoff, "first_reply", 3*time.Minute, nil) // 120 s
	add(1, EventHandoff, "closed", 9*time.Minute, nil)
	add(1, EventFeedback, "handoff", 10*time.Minute, &yes)
	add(2, EventHandoff, "opened", time.Minute, nil)
	add(2, EventHandoff, "no_reply", 11*time.Minute, nil)
	add(2, EventHandoff, "first_reply", 21*time.Minute, nil) // 1200 s
	add(3, EventHandoff, "opened", time.Minute, nil)
	add(3, EventHandoff, "first_reply", 2*time.Minute, nil) // 60 s
	add(3, EventFeedback, "handoff", 5*time.Minute, &no)
	add(3, EventFeedback, "answer", 6*time.Minute, &no) // not a hand-off's
	s, err := db.HandoffStats(ctx, t0, t0.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	want := HandoffStats{Offered: 1, Opened: 3, Closed: 1, NoReply: 1, Replied: 3, MedianFirstReplySeconds: 120,
		HelpfulYes: 1, HelpfulNo: 1, HelpfulRatio: 0.5}
	if s != want {
		t.Errorf("got %+v\nwant %+v", s, want)
	}
}

// TestHandoffCaseNumbersNotReused: the newest hand-off forgotten, the next
// person's case gets a new number, not the one staff already saw.
func TestHandoffCaseNumbersNotReused(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, t.TempDir()+"/h.db")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	a, err := db.OpenHandoff(ctx, 42, 1000)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.ForgetHandoffs(ctx, 42); err != nil {
		t.Fatal(err)
	}
	b, err := db.OpenHandoff(ctx, 43, 2000)
	if err != nil {
		t.Fatal(err)
	}
	if b.CaseNo <= a.CaseNo {
		t.Fatalf("case #%d after the forgotten #%d: a number staff saw is used again", b.CaseNo, a.CaseNo)
	}
}
