package store

import (
	"context"
	"errors"
	"testing"
	"time"
)

var beijing = time.FixedZone("CST", 8*3600)

// TestReminderRows: a turn schedules firings; a sender claims the due ones
// (one per chat, under a lease another sender respects until it lapses);
// the turn that answers one deletes it, and a second answer of the same
// firing is a duplicate; cancel, /forget and a blocked chat delete them.
func TestReminderRows(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t, Options{})
	day := func(d, h int) time.Time { return time.Date(2026, 12, d, h, 30, 0, 0, beijing) }
	commit := func(c Commit) error {
		t.Helper()
		s, err := db.LoadSession(ctx, c.ChatID)
		if err != nil {
			t.Fatal(err)
		}
		c.Version, c.State = s.Version, []byte(`{}`)
		return db.Commit(ctx, c)
	}
	if err := commit(Commit{ChatID: 1, Schedule: []Scheduled{
		{Key: "rem:1:a:0", DueAt: day(24, 8), Payload: []byte("a0")},
		{Key: "rem:1:b:0", DueAt: day(30, 8), Payload: []byte("b0")},
	}}); err != nil {
		t.Fatal(err)
	}
	if err := commit(Commit{ChatID: 2, Schedule: []Scheduled{{Key: "rem:2:c:0", DueAt: day(24, 8), Payload: []byte("c0")}}}); err != nil {
		t.Fatal(err)
	}
	list, err := db.ScheduledReminders(ctx, 1, "rem:1:")
	if err != nil || len(list) != 2 || list[0].Key != "rem:1:a:0" || string(list[1].Payload) != "b0" {
		t.Fatalf("scheduled: %+v %v", list, err)
	}
	// Nothing is due before its time.
	if got, _ := db.ClaimReminders(ctx, "p1", time.Minute, day(23, 9), 10); len(got) != 0 {
		t.Fatalf("claimed early: %+v", got)
	}
	got, err := db.ClaimReminders(ctx, "p1", time.Minute, day(24, 9), 10)
	if err != nil || len(got) != 2 {
		t.Fatalf("claim: %+v %v", got, err)
	}
	// Another owner gets nothing while the lease holds, all once it lapses.
	if again, _ := db.ClaimReminders(ctx, "p2", time.Minute, day(24, 9).Add(30*time.Second), 10); len(again) != 0 {
		t.Fatalf("claimed under another's lease: %+v", again)
	}
	taken, _ := db.ClaimReminders(ctx, "p2", time.Minute, day(24, 9).Add(2*time.Minute), 10)
	if len(taken) != 2 {
		t.Fatalf("after the lease lapsed: %+v", taken)
	}
	// Answering a firing deletes it; answering it again is a duplicate.
	if err := commit(Commit{ChatID: 1, Applied: "rem:1:a:0", Outbox: [][]byte{[]byte("reminder")},
		Schedule: []Scheduled{{Key: "rem:1:a:1", DueAt: day(30, 8), Payload: []byte("a1")}}}); err != nil {
		t.Fatal(err)
	}
	if err := commit(Commit{ChatID: 1, Applied: "rem:1:a:0", Outbox: [][]byte{[]byte("again")}}); !errors.Is(err, ErrDuplicate) {
		t.Fatalf("second answer of one firing: %v", err)
	}
	if n := count(t, db, `SELECT count(*) FROM outbox WHERE chat_id = 1`); n != 1 {
		t.Errorf("%d messages queued, want 1", n)
	}
	// Another chat's firing is not this chat's to cancel.
	if err := commit(Commit{ChatID: 1, Cancel: []string{"rem:1:b:0", "rem:2:c:0"}}); err != nil {
		t.Fatal(err)
	}
	if n := count(t, db, `SELECT count(*) FROM reminders`); n != 2 {
		t.Errorf("%d rows after cancel, want 2 (rem:1:a:1, rem:2:c:0)", n)
	}
	counts, err := db.RemindersDue(ctx, day(24, 9), 30, beijing)
	if err != nil || len(counts) != 30 || counts[0].Day != "2026-12-24" || counts[0].Count != 1 || counts[6].Count != 1 {
		t.Errorf("due per day: %+v %v", counts, err)
	}
	if err := commit(Commit{ChatID: 1, Forget: true}); err != nil {
		t.Fatal(err)
	}
	if n := count(t, db, `SELECT count(*) FROM reminders WHERE chat_id = 1`); n != 0 {
		t.Errorf("/forget left %d reminders", n)
	}
	if n, err := db.DropReminders(ctx, 2); n != 1 || err != nil {
		t.Errorf("drop: %d %v", n, err)
	}
	rep, err := db.Stats(ctx, time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC))
	if err != nil || rep.Reminders["dropped"] != 1 || rep.Reminders["sent"] != 0 {
		t.Errorf("stats: %v %v", rep.Reminders, err)
	}
}

// TestReminderClaimOnePerChat: two due firings of one chat are answered one
// after the other, never by two owners at once.
func TestReminderClaimOnePerChat(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t, Options{})
	at := time.Date(2026, 12, 24, 9, 0, 0, 0, beijing)
	s, _ := db.LoadSession(ctx, 5)
	if err := db.Commit(ctx, Commit{ChatID: 5, Version: s.Version, State: []byte(`{}`), Schedule: []Scheduled{
		{Key: "rem:5:x:0", DueAt: at.Add(-time.Hour), Payload: []byte("x")},
		{Key: "rem:5:y:0", DueAt: at.Add(-time.Minute), Payload: []byte("y")},
	}}); err != nil {
		t.Fatal(err)
	}
	a, _ := db.ClaimReminders(ctx, "a", time.Minute, at, 10)
	b, _ := db.ClaimReminders(ctx, "b", time.Minute, at, 10)
	if len(a) != 1 || a[0].Key != "rem:5:x:0" || len(b) != 0 {
		t.Fatalf("a %+v, b %+v", a, b)
	}
	if err := db.ReleaseReminder(ctx, "rem:5:x:0", "a"); err != nil {
		t.Fatal(err)
	}
	if b, _ := db.ClaimReminders(ctx, "b", time.Minute, at, 10); len(b) != 1 || b[0].Key != "rem:5:x:0" {
		t.Fatalf("after release: %+v", b)
	}
}
