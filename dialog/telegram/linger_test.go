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
	// Replies booked a place apart, the next a third of a place from now:
	// the commit is held until then, when a sender wakes anyway.
	l2 := newLimits(&cfg)
	l2.now = func() time.Time { return now }
	for i := range DefaultGlobalRate {
		at := now.Add(l2.paceEvery/3 + time.Duration(i)*l2.paceEvery)
		l2.booked.book(at, at)
	}
	if d := l2.commitLinger(); d != l2.paceEvery/3 {
		t.Fatalf("next place %v ahead: linger %v, want until then", l2.paceEvery/3, d)
	}
	now = now.Add(2 * time.Second) // the queue went out
	if d := l.commitLinger(); d != 0 {
		t.Fatalf("queue gone: linger %v, want 0", d)
	}
	if d := newLimits(&Config{GlobalRate: rate.Inf}).commitLinger(); d != 0 {
		t.Fatalf("no overall limit: linger %v, want 0", d)
	}
}

// The bot's linger is the limiter's while at most half of its places in
// flight are taken, and none beyond: a removal held for company keeps its
// place longer, and with slow calls the places would set the pace.
func TestCommitLingerFlight(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	cfg := Config{GlobalRate: DefaultGlobalRate, ChatRate: rate.Inf, ChatBurst: 1}
	b := &Bot{lim: newLimits(&cfg), flight: make(chan struct{}, 4)}
	b.lim.now = func() time.Time { return now }
	for range 2 * DefaultGlobalRate {
		b.lim.booked.book(now, time.Time{})
	}
	for taken := range 5 {
		want := b.lim.paceEvery
		if taken > 2 {
			want = 0
		}
		if d := b.commitLinger(); d != want {
			t.Fatalf("%d of 4 places in flight taken: linger %v, want %v", taken, d, want)
		}
		if taken < 4 {
			b.flight <- struct{}{}
		}
	}
}

// The bot gives its limiter's linger to a store that takes one.
var _ commitLingerer = (*store.DB)(nil)
