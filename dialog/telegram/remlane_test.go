package telegram

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/time/rate"

	"bujiao/store"
)

// TestReminderWaitsForPeople: a due reminder's turn does not start while a
// person's turn is queued or running, starts as soon as there is none, and
// waits (writing nothing) while the outbox holds its gate of messages.
func TestReminderWaitsForPeople(t *testing.T) {
	db, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "lane.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	release := make(chan struct{})
	running := make(chan struct{})
	// The bound on yielding is out of reach: a reminder that goes went
	// because the person's turn ended, however slow the machine.
	b := &Bot{mb: db, cfg: Config{yieldFor: time.Hour}}
	b.turns = newDispatcher(1, 4, 1, func(stop, hard context.Context, j job) {
		close(running)
		<-release
	})
	defer b.turns.shutdown(time.Second)
	released := false
	defer func() {
		if !released {
			close(release)
		}
	}()
	if err := b.turns.submit(context.Background(), 7, job{id: 1, chat: 7}); err != nil {
		t.Fatal(err)
	}
	<-running
	went := make(chan bool, 1)
	go func() { went <- b.reminderMayGo(context.Background(), DefaultReminderBacklog) }()
	select {
	case <-went:
		t.Fatal("a reminder's turn went while a person's turn was running")
	case <-time.After(200 * time.Millisecond):
	}
	close(release)
	released = true
	select {
	case ok := <-went:
		if !ok {
			t.Fatal("the reminder gave up")
		}
	case <-time.After(20 * time.Second): // a safety net, not a measure
		t.Fatal("the reminder still waits after the person's turn ended")
	}
	// The outbox at its gate (0 messages allowed): it waits until stopped.
	stop, cancel := context.WithCancel(context.Background())
	go func() { went <- b.reminderMayGo(stop, 0) }()
	select {
	case <-went:
		t.Fatal("a reminder's turn went with the outbox at its gate")
	case <-time.After(200 * time.Millisecond):
	}
	cancel()
	if ok := <-went; ok {
		t.Error("a stopped wait reported the reminder may go")
	}
}

// TestReplySpare: a background message leaves a token, and a place in the
// second's window, to the next reply: after a background message takes
// what it may, a reply goes at once, where it used to wait for the next
// token (a 30th of a second); and background messages alone still go at
// the full rate.
func TestReplySpare(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	cfg := Config{GlobalRate: DefaultGlobalRate, ChatRate: rate.Inf,
		ChatBurst: DefaultChatBurst, GroupPerMinute: DefaultGroupPerMinute}
	s := newLimits(&cfg)
	s.now = func() time.Time { return now }
	var slept time.Duration
	s.sleep = func(ctx context.Context, d time.Duration) error { now = now.Add(d); slept += d; return nil }
	ctx := context.Background()
	// Background messages for a second: as many as the rate allows.
	start := now
	sent := 0
	for now.Sub(start) < time.Second {
		if err := s.waitFor(ctx, int64(100+sent), true); err != nil {
			t.Fatal(err)
		}
		sent++
	}
	t.Logf("background messages alone: %d in a second", sent)
	if sent < DefaultGlobalRate-2 {
		t.Errorf("background messages alone: %d in a second, want about %d", sent, DefaultGlobalRate)
	}
	// Right after one, a reply.
	if err := s.waitFor(ctx, 100+int64(sent), true); err != nil {
		t.Fatal(err)
	}
	slept = 0
	if err := s.waitFor(ctx, 1, false); err != nil {
		t.Fatal(err)
	}
	if slept != 0 {
		t.Errorf("a reply right after a background message waited %v, want 0", slept)
	}
}
