package persist

import (
	"context"
	"errors"
	"testing"
	"time"
)

func TestSweepCutoff(t *testing.T) {
	now := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		k              SweepKind
		idle, eventAge time.Duration
		want           time.Time
	}{
		{SweepConversations, 0, 0, now.Add(-DefaultConversationTTL)},
		{SweepConversations, time.Hour, 0, now.Add(-time.Hour)},
		{SweepEvents, 0, 0, now.Add(-DefaultEventTTL)},
		{SweepEvents, time.Hour, 2 * time.Hour, now.Add(-2 * time.Hour)},
		{SweepFinished, time.Hour, time.Hour, now.Add(-AppliedTTL)},
		{SweepUnapplied, 0, 0, now.Add(-DefaultConversationTTL)},
		{SweepUnapplied, time.Hour, 0, now.Add(-time.Hour)},
		{SweepOutbox, -time.Hour, 0, now.Add(-DefaultConversationTTL)},
		{SweepSharedCases, time.Hour, time.Hour, now},
	} {
		if got := SweepCutoff(tc.k, now, tc.idle, tc.eventAge); !got.Equal(tc.want) {
			t.Errorf("SweepCutoff(%v, idle %v, events %v) = %v, want %v", tc.k, tc.idle, tc.eventAge, got, tc.want)
		}
	}
	if SweepKinds.String() != "SweepKind(6)" || SweepSharedCases.String() != "shared cases" {
		t.Errorf("kind names: %q %q", SweepKinds, SweepSharedCases)
	}
}

// fakeBatcher holds keys 1..n of every kind; a range "holds the lock" for
// perKey times its size.
type fakeBatcher struct {
	n      int
	perKey time.Duration
	ranges [][2]int64
	cancel func() // called after the third range, if set
	// restart, if set, is a cost the next range pays once whatever its
	// size (LoneNext reports it).
	restart time.Duration
	pending bool // the next range pays restart
}

func (f *fakeBatcher) SweepKeys(_ context.Context, k SweepKind, _ time.Time) ([]any, error) {
	if k != SweepConversations {
		return nil, nil
	}
	keys := make([]any, f.n)
	for i := range keys {
		keys[i] = int64(i + 1)
	}
	return keys, nil
}

func (f *fakeBatcher) SweepRange(ctx context.Context, _ SweepKind, first, last any, _ time.Time) (int64, time.Duration, error) {
	if err := ctx.Err(); err != nil {
		return 0, 0, err
	}
	lo, hi := first.(int64), last.(int64)
	f.ranges = append(f.ranges, [2]int64{lo, hi})
	if len(f.ranges) == 3 && f.cancel != nil {
		f.cancel()
	}
	held := time.Duration(hi-lo+1) * f.perKey
	if f.pending {
		held += f.restart
		f.pending = false
	}
	return hi - lo + 1, held, nil
}

// TestSweeperRanges: the ranges cover every key once, in order; they grow
// while cheap and shrink while dear; a cancelled sweep reports what it
// deleted.
func TestSweeperRanges(t *testing.T) {
	for _, tc := range []struct {
		name     string
		n        int
		perKey   time.Duration
		wantSize int64 // the size the ranges settle at
	}{
		{"cheap", 2000, time.Microsecond, sweepMaxBatch},
		{"dear", 400, time.Millisecond, sweepMinBatch},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := &fakeBatcher{n: tc.n, perKey: tc.perKey}
			s := Sweeper{Batcher: f}
			res, err := s.Sweep(context.Background(), time.Now(), 0, 0)
			if err != nil || res != (SweepResult{Conversations: int64(tc.n)}) {
				t.Fatalf("sweep: %+v %v", res, err)
			}
			next := int64(1)
			for _, r := range f.ranges {
				if r[0] != next || r[1] < r[0] {
					t.Fatalf("range %v after key %d: ranges %v", r, next-1, f.ranges)
				}
				next = r[1] + 1
			}
			if last := f.ranges[len(f.ranges)-2]; last[1]-last[0]+1 != tc.wantSize {
				t.Errorf("ranges settled at %d keys, want %d", last[1]-last[0]+1, tc.wantSize)
			}
			if s.LongestLock() <= 0 {
				t.Errorf("longest lock not kept")
			}
		})
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	f := &fakeBatcher{n: 2000, perKey: time.Microsecond, cancel: cancel}
	s := Sweeper{Batcher: f}
	res, err := s.Sweep(ctx, time.Now(), 0, 0)
	if !errors.Is(err, context.Canceled) || res.Conversations != 32+64+128 {
		t.Errorf("cancelled after three ranges: %+v %v, want 224 conversations and context.Canceled", res, err)
	}
}

// TestSweeperLoneRanges: a range the store says pays a fixed cost (a WAL
// restart) covers one key, and that cost does not shrink the ranges after
// it. Without LoneNext the same cost halves them.
func TestSweeperLoneRanges(t *testing.T) {
	for _, lone := range []bool{true, false} {
		f := &fakeBatcher{n: 3000, perKey: time.Microsecond, restart: 10 * time.Millisecond}
		s := Sweeper{Batcher: f}
		calls := 0
		s.AfterRange = func(time.Duration, int) {
			if calls++; calls%8 == 0 {
				f.pending = true
			}
		}
		if lone {
			s.LoneNext = func() bool { return f.pending }
		}
		if res, err := s.Sweep(context.Background(), time.Now(), 0, 0); err != nil || res.Conversations != 3000 {
			t.Fatalf("sweep: %+v %v", res, err)
		}
		var ones, smaller int
		for i, r := range f.ranges {
			size := r[1] - r[0] + 1
			switch {
			case i > 0 && (i)%8 == 0:
				if size == 1 {
					ones++
				}
			case i > 8 && size < sweepMaxBatch && r[1] != 3000:
				smaller++
			}
		}
		if lone && (ones == 0 || smaller > 0) {
			t.Errorf("with LoneNext: %d of the costly ranges had one key, %d others were below %d keys: %v", ones, smaller, sweepMaxBatch, f.ranges)
		}
		if !lone && (ones > 0 || smaller == 0) {
			t.Errorf("without LoneNext: %d one-key ranges, %d shrunk ones: the test shows nothing", ones, smaller)
		}
	}
}
