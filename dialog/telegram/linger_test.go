package telegram

import (
	"testing"
	"time"

	"golang.org/x/time/rate"

	"bujiao/store"
)

// The store's commits wait for company only while the replies booked in
// the overall window reach lingerQueue ahead: then a commit held for one
// place of the budget is hidden behind the queue.
func TestCommitLinger(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	cfg := Config{GlobalRate: DefaultGlobalRate, ChatRate: rate.Inf, ChatBurst: 1}
	l := newLimits(&cfg)
	l.now = func() time.Time { return now }
	if d := l.commitLinger(); d != 0 {
		t.Fatalf("nothing booked: linger %v, want 0", d)
	}
	for range DefaultGlobalRate / 2 {
		l.booked.book(now, time.Time{})
	}
	if d := l.commitLinger(); d != 0 {
		t.Fatalf("replies booked up to %v ahead: linger %v, want 0", l.booked.times[len(l.booked.times)-1].Sub(now), d)
	}
	for range DefaultGlobalRate {
		l.booked.book(now, time.Time{})
	}
	if d := l.commitLinger(); d != l.paceEvery || d <= 0 || d > 50*time.Millisecond {
		t.Fatalf("replies booked a second ahead: linger %v, want one place (%v)", d, l.paceEvery)
	}
	now = now.Add(2 * time.Second) // the queue went out
	if d := l.commitLinger(); d != 0 {
		t.Fatalf("queue gone: linger %v, want 0", d)
	}
	if d := newLimits(&Config{GlobalRate: rate.Inf}).commitLinger(); d != 0 {
		t.Fatalf("no overall limit: linger %v, want 0", d)
	}
}

// The bot gives its limiter's linger to a store that takes one.
var _ commitLingerer = (*store.DB)(nil)
