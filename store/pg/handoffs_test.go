package pg

import (
	"context"
	"reflect"
	"testing"
	"time"

	"bujiao/store"
)

// handoffTable is what both stores offer for hand-offs.
type handoffTable interface {
	OpenHandoff(ctx context.Context, chatID, since int64) (store.Handoff, error)
	SetHandoffThread(ctx context.Context, caseNo, threadID int64) error
	HandoffByThread(ctx context.Context, threadID int64) (store.Handoff, bool, error)
	CurrentHandoff(ctx context.Context, chatID int64) (store.Handoff, bool, error)
	HandoffAt(ctx context.Context, chatID, since int64) (store.Handoff, bool, error)
	OpeningHandoffs(ctx context.Context, since time.Time) (bool, error)
	CloseHandoff(ctx context.Context, chatID, since int64) error
	SetHandoffWake(ctx context.Context, chatID, since int64, at time.Time) error
	DueHandoffWakes(ctx context.Context, now time.Time, limit int) ([]store.HandoffWake, error)
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
	got := handoffScript(t, open(t))
	if len(got) != len(want) {
		t.Fatalf("%d answers on PostgreSQL, %d on SQLite", len(got), len(want))
	}
	for i := range want {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("step %d: PostgreSQL %v, SQLite %v", i, got[i], want[i])
		}
	}
}
