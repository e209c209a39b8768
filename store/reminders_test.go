package store

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"
)

var beijing = time.FixedZone("CST", 8*3600)

// TestReminderEntries: reminders are scheduled inbox entries: counted per
// Beijing day (overdue ones today, none past the window, no chat ids), and
// a chat that blocked the bot loses those still to come, each counted as
// dropped in the stats.
func TestReminderEntries(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t, Options{})
	at := func(d, h int) time.Time { return time.Date(2026, 12, d, h, 30, 0, 0, beijing) }
	schedule := func(chat int64, key string, due time.Time) {
		t.Helper()
		s, err := db.Load(ctx, chat)
		if err != nil {
			t.Fatal(err)
		}
		if err := db.Commit(ctx, Commit{ChatID: chat, Version: s.Version, State: []byte(`{}`),
			Schedule: []Inbound{{Key: key, ChatID: chat, DueAt: due, Payload: []byte("r")}}}); err != nil {
			t.Fatal(err)
		}
	}
	schedule(1, "rem:1:a:0", at(24, 8))
	schedule(1, "rem:1:b:0", at(30, 8))
	schedule(2, "rem:2:c:0", at(24, 8))
	schedule(3, "rem:3:d:0", at(20, 8)) // overdue
	schedule(3, "other:3", at(25, 8))   // not a reminder
	counts, err := db.RemindersDue(ctx, at(24, 9), 7, beijing)
	if err != nil || len(counts) != 7 || counts[0].Day != "2026-12-24" || counts[0].Count != 3 || counts[6].Count != 1 ||
		counts[1].Count != 0 {
		t.Fatalf("due per day: %+v %v", counts, err)
	}
	if n, err := db.DropReminders(ctx, 1); n != 2 || err != nil {
		t.Fatalf("drop: %d %v", n, err)
	}
	if left, _ := db.Scheduled(ctx, 1, "rem:"); len(left) != 0 {
		t.Errorf("%d reminders left for a blocked chat", len(left))
	}
	if left, _ := db.Scheduled(ctx, 3, ""); len(left) != 2 {
		t.Errorf("another chat's entries touched: %d left", len(left))
	}
	rep, err := db.Stats(ctx, time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC))
	if err != nil || rep.Reminders["dropped"] != 2 || rep.Reminders["sent"] != 0 || len(rep.Reminders) != len(ReminderEvents) {
		t.Errorf("stats: %v %v", rep.Reminders, err)
	}
}

// TestClaimInboxCapped: a claim hands out the entries due at once (people's
// messages) first, then scheduled ones in seq order, at most the cap of
// them however much room the limit leaves; ClaimInbox has no cap.
func TestClaimInboxCapped(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t, Options{})
	now := time.Date(2026, 12, 24, 9, 0, 0, 0, beijing)
	db.Now = func() time.Time { return now }
	for chat := int64(1); chat <= 20; chat++ {
		s, err := db.Load(ctx, chat)
		if err != nil {
			t.Fatal(err)
		}
		if err := db.Commit(ctx, Commit{ChatID: chat, Version: s.Version, State: []byte(`{}`),
			Schedule: []Inbound{{Key: fmt.Sprintf("rem:%d:a:0", chat), ChatID: chat, DueAt: now.Add(-time.Hour), Payload: []byte("r")}}}); err != nil {
			t.Fatal(err)
		}
	}
	// Not due yet: never handed out.
	s, _ := db.Load(ctx, 99)
	if err := db.Commit(ctx, Commit{ChatID: 99, Version: s.Version, State: []byte(`{}`),
		Schedule: []Inbound{{Key: "rem:99:a:0", ChatID: 99, DueAt: now.Add(time.Hour), Payload: []byte("r")}}}); err != nil {
		t.Fatal(err)
	}
	if err := db.Receive(ctx, []Inbound{{Key: "tg:1", ChatID: 500, Payload: []byte("u")}, {Key: "tg:2", ChatID: 501, Payload: []byte("u")}}, nil, 3); err != nil {
		t.Fatal(err)
	}
	got, err := db.ClaimInboxCapped(ctx, "a", time.Minute, 10, 3)
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, e := range got {
		keys = append(keys, e.Key)
	}
	if want := []string{"tg:1", "tg:2", "rem:1:a:0", "rem:2:a:0", "rem:3:a:0"}; !slices.Equal(keys, want) {
		t.Errorf("capped claim: %v, want %v", keys, want)
	}
	if got, err := db.ClaimInboxCapped(ctx, "a", time.Minute, 10, 0); err != nil || len(got) != 0 {
		t.Errorf("a claim with no room for reminders took %d: %v", len(got), err)
	}
	got, err = db.ClaimInbox(ctx, "a", time.Minute, 100)
	if err != nil || len(got) != 17 || got[0].Key != "rem:4:a:0" {
		t.Errorf("uncapped claim: %d entries, %v", len(got), err)
	}
}
