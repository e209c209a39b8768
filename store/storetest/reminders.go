package storetest

import (
	"context"
	"slices"
	"testing"
	"time"

	"bujiao/dialog/persist"
)

// Reminders (issue 23) on every store: due updates are claimed before due
// reminders, a blocked chat's reminders are dropped and counted, the stats
// count reminder events, and reminders are counted per Beijing day.

func reminders(t *testing.T, s persist.Store) persist.Reminders {
	t.Helper()
	r, ok := s.(persist.Reminders)
	if !ok {
		t.Fatalf("%T does not implement persist.Reminders (DropReminders, RemindersDue)", s)
	}
	return r
}

// testRemindersAfterUpdates: with reminders of several chats due, a
// person's update that arrived after them is claimed first.
func testRemindersAfterUpdates(t *testing.T, s persist.Store) {
	ctx := ctxT(t)
	due := time.Now().Add(100 * time.Millisecond)
	for chat := int64(1); chat <= 4; chat++ {
		if err := s.Commit(ctx, persist.Commit{ChatID: chat, State: []byte("s"), Schedule: []persist.Inbound{
			{Key: persist.ReminderKeyPrefix + "1:" + string(rune('a'+chat)), ChatID: chat, Payload: []byte("facts"), DueAt: due}}}); err != nil {
			t.Fatal(err)
		}
	}
	time.Sleep(time.Until(due) + 50*time.Millisecond)
	receive(t, s, 9, "tg:1")
	in, err := s.ClaimInbox(ctx, "w", long, 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(in) != 2 || in[0].Key != "tg:1" || in[1].Key == "tg:1" {
		t.Fatalf("claimed %v with 4 reminders due and an update, want the update first, then one reminder", keysOf(in))
	}
	if rest := claimIn(t, s, "w", long); len(rest) != 3 {
		t.Errorf("then claimed %v, want the other 3 reminders", keysOf(rest))
	}
}

// testClaimInboxCapped: a capped claim hands out updates first, then at
// most the cap of due reminders (in seq order) whatever room the limit
// leaves; a cap of 0 takes none. Every store of the bot has it (a bot in
// a reminder burst claims only what its reminder lane holds).
func testClaimInboxCapped(t *testing.T, s persist.Store) {
	ctx := ctxT(t)
	cc, ok := s.(interface {
		ClaimInboxCapped(ctx context.Context, owner string, lease time.Duration, limit, scheduled int) ([]persist.Inbound, error)
	})
	if !ok {
		t.Fatalf("%T has no ClaimInboxCapped", s)
	}
	due := time.Now().Add(100 * time.Millisecond)
	for chat := int64(1); chat <= 6; chat++ {
		if err := s.Commit(ctx, persist.Commit{ChatID: chat, State: []byte("s"), Schedule: []persist.Inbound{
			{Key: persist.ReminderKeyPrefix + "1:" + string(rune('a'+chat)), ChatID: chat, Payload: []byte("facts"), DueAt: due}}}); err != nil {
			t.Fatal(err)
		}
	}
	time.Sleep(time.Until(due) + 50*time.Millisecond)
	receive(t, s, 9, "tg:1")
	receive(t, s, 10, "tg:2")
	in, err := cc.ClaimInboxCapped(ctx, "w", long, 10, 2)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := keysOf(in), []string{"tg:1", "tg:2", persist.ReminderKeyPrefix + "1:b", persist.ReminderKeyPrefix + "1:c"}; !slices.Equal(got, want) {
		t.Fatalf("capped claim: %v, want %v", got, want)
	}
	if in, err := cc.ClaimInboxCapped(ctx, "w", long, 10, 0); err != nil || len(in) != 0 {
		t.Fatalf("a claim with no room for reminders took %v: %v", keysOf(in), err)
	}
	if rest := claimIn(t, s, "w", long); len(rest) != 4 {
		t.Errorf("then claimed %v, want the other 4 reminders", keysOf(rest))
	}
}

// testDropReminders: a chat's unapplied reminders go, with one "dropped"
// event each; another chat's, and other scheduled entries, stay.
func testDropReminders(t *testing.T, s persist.Store) {
	ctx := ctxT(t)
	r := reminders(t, s)
	start := time.Now()
	later := start.Add(48 * time.Hour)
	sched := func(chat int64, keys ...string) {
		var in []persist.Inbound
		for _, k := range keys {
			in = append(in, persist.Inbound{Key: k, ChatID: chat, Payload: []byte("facts"), DueAt: later})
		}
		if err := s.Commit(ctx, persist.Commit{ChatID: chat, State: []byte("s"), Schedule: in}); err != nil {
			t.Fatal(err)
		}
	}
	sched(1, "rem:1:a", "rem:1:b", "wake:1:x")
	sched(2, "rem:2:a")
	n, err := r.DropReminders(ctx, 1)
	if err != nil || n != 2 {
		t.Fatalf("DropReminders(1) = %d, %v; want 2", n, err)
	}
	if sch, _ := s.Scheduled(ctx, 1, ""); !slices.Equal(keysOf(sch), []string{"wake:1:x"}) {
		t.Errorf("chat 1 keeps %v, want only its non-reminder entry", keysOf(sch))
	}
	if sch, _ := s.Scheduled(ctx, 2, "rem:"); len(sch) != 1 {
		t.Errorf("chat 2 keeps %v, want its reminder", keysOf(sch))
	}
	if n, err := r.DropReminders(ctx, 1); err != nil || n != 0 {
		t.Errorf("dropping again: %d, %v; want 0", n, err)
	}
	rep, err := s.Stats(ctx, start.Add(-time.Minute), time.Now().Add(time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	if rep.Reminders["dropped"] != 2 {
		t.Errorf("stats count %d dropped reminders, want 2 (%v)", rep.Reminders["dropped"], rep.Reminders)
	}
}

// testReminderStats: every reminder outcome is listed, zero or not.
func testReminderStats(t *testing.T, s persist.Store) {
	ctx := ctxT(t)
	at := time.Date(2026, 11, 3, 1, 0, 0, 0, time.UTC)
	var evs []persist.Event
	for i, q := range []string{"offered", "set", "set", "sent", "later", "sent", "done"} {
		evs = append(evs, persist.Event{At: at.Add(time.Duration(i) * time.Second), Kind: persist.EvReminder, ChatID: 5, Question: q})
	}
	evs = append(evs, persist.Event{At: at.Add(-time.Hour), Kind: persist.EvReminder, ChatID: 5, Question: "set"})
	if err := s.Record(ctx, evs...); err != nil {
		t.Fatal(err)
	}
	rep, err := s.Stats(ctx, at, at.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"offered": 1, "set": 2, "sent": 2, "done": 1, "later": 1, "cancelled": 0, "dropped": 0, "held": 0}
	if len(rep.Reminders) != len(want) {
		t.Errorf("reminders %v, want %v", rep.Reminders, want)
	}
	for k, v := range want {
		if got, ok := rep.Reminders[k]; !ok || got != v {
			t.Errorf("reminders[%q] = %d (listed %v), want %d", k, got, ok, v)
		}
	}
}

// testRemindersDue: firings are counted on their day in Beijing, overdue
// ones on the first day, none after the last; applied entries and other
// scheduled entries are not reminders waiting.
func testRemindersDue(t *testing.T, s persist.Store) {
	ctx := ctxT(t)
	r := reminders(t, s)
	bj := time.FixedZone("CST", 8*3600)
	// Far ahead, so that only the first firing is due by the clock (to be
	// claimed below); the rest are days in the future.
	from := time.Date(2099, 12, 6, 10, 0, 0, 0, bj)
	dues := []time.Time{
		time.Now().Add(-time.Hour),               // overdue, and due now: the first day
		time.Date(2099, 12, 1, 8, 0, 0, 0, bj),   // overdue: the first day
		time.Date(2099, 12, 6, 23, 59, 0, 0, bj), // day 0
		time.Date(2099, 12, 7, 0, 30, 0, 0, bj),  // day 1 (still 12-06 in UTC)
		time.Date(2099, 12, 7, 8, 0, 0, 0, bj),   // day 1
		time.Date(2099, 12, 9, 8, 0, 0, 0, bj),   // day 3
		time.Date(2099, 12, 10, 0, 0, 0, 0, bj),  // day 4: after the last day
		time.Date(2100, 1, 10, 8, 0, 0, 0, bj),   // far later
	}
	var in []persist.Inbound
	for i, d := range dues {
		in = append(in, persist.Inbound{Key: persist.ReminderKeyPrefix + "7:" + string(rune('a'+i)), ChatID: 7, Payload: []byte("f"), DueAt: d})
	}
	in = append(in, persist.Inbound{Key: "wake:7:a", ChatID: 7, DueAt: dues[2]})
	if err := s.Commit(ctx, persist.Commit{ChatID: 7, State: []byte("s"), Schedule: in}); err != nil {
		t.Fatal(err)
	}
	got, err := r.RemindersDue(ctx, from, 4, bj)
	if err != nil {
		t.Fatal(err)
	}
	want := []persist.DayCount{{Day: "2099-12-06", Count: 3}, {Day: "2099-12-07", Count: 2}, {Day: "2099-12-08"}, {Day: "2099-12-09", Count: 1}}
	if !slices.Equal(got, want) {
		t.Errorf("RemindersDue = %v, want %v", got, want)
	}
	// The overdue one, once claimed and applied, is no longer waiting.
	e := claimIn(t, s, "w", long)
	if len(e) != 1 || e[0].Key != in[0].Key {
		t.Fatalf("claimed %v, want the overdue reminder", keysOf(e))
	}
	sess, _ := s.Load(ctx, 7)
	if err := s.Commit(ctx, persist.Commit{ChatID: 7, Entry: e[0].Seq, Version: sess.Version, State: []byte("s2")}); err != nil {
		t.Fatal(err)
	}
	got, err = r.RemindersDue(ctx, from, 1, bj)
	if err != nil || !slices.Equal(got, []persist.DayCount{{Day: "2099-12-06", Count: 2}}) {
		t.Errorf("after applying the overdue one: %v, %v; want 2099-12-06: 2", got, err)
	}
}
