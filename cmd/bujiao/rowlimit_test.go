package main

import (
	"context"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"bujiao/dialog"
	"bujiao/knowledge"
	"bujiao/store"
	"bujiao/store/pg/pgtest"
)

// TestRowLimitBothStores: the per-chat hourly limit on what a person can
// make the bot store (here reminders, --chat-rows-per-hour 1) holds on
// SQLite and on PostgreSQL, and across two processes on one store (two
// runners): the count is committed with the conversation state, so the
// second process sees the first one's reminder and refuses the next.
func TestRowLimitBothStores(t *testing.T) {
	for _, name := range []string{"sqlite", "postgres"} {
		t.Run(name, func(t *testing.T) {
			target := filepath.Join(t.TempDir(), "b.db")
			if name == "postgres" {
				target = pgtest.Database(t)
			}
			ctx := context.Background()
			db, err := openStore(ctx, target, openOptions{})
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			kb, err := loadKB("")
			if err != nil {
				t.Fatal(err)
			}
			now := time.Date(2026, 11, 25, 12, 0, 0, 0, knowledge.China)
			runner := func() *dialog.Runner {
				m := dialog.New(kb)
				m.Reminders, m.RowsPerHour = true, 1
				return &dialog.Runner{Machine: m, Sessions: db, Reminders: db, Now: func() time.Time { return now }}
			}
			first, second := runner(), runner()
			turn := func(r *dialog.Runner, in dialog.Input) string {
				in.LangHint = "en"
				res, err := r.Run(ctx, dialog.Turn{ChatID: 77, Input: in})
				if err != nil {
					t.Fatal(err)
				}
				var b strings.Builder
				for _, rp := range res.Replies {
					b.WriteString(rp.PlainText())
				}
				return b.String()
			}
			count := func() int {
				es, err := db.Scheduled(ctx, 77, dialog.ReminderKeyPrefix(77))
				if err != nil {
					t.Fatal(err)
				}
				return len(es)
			}
			turn(first, dialog.Input{Text: "/start scheme-employee_payer-individual_gap-2_region-shanghai"})
			turn(first, dialog.Input{Data: "r:s:individual-window:1"})
			if n := count(); n != 1 {
				t.Fatalf("%d reminders after the first, want 1", n)
			}
			turn(second, dialog.Input{Text: "/start scheme-employee_payer-individual_gap-3_region-shanghai"})
			got := turn(second, dialog.Input{Data: "r:s:individual-window:3"})
			if !strings.Contains(got, "too many reminders") {
				t.Errorf("the second process set a reminder past the limit; it said:\n%s", got)
			}
			if n := count(); n != 1 {
				t.Errorf("%d reminders stored, want 1", n)
			}
		})
	}
}

// TestSweepHandoffsDeletesTopics: the hand-off sweep hands the staff
// topics of the rows it removed to the bot (which deletes them), and keeps
// those of rows still within the retention.
func TestSweepHandoffsDeletesTopics(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "b.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	old := time.Now().Add(-store.DefaultConversationTTL - 24*time.Hour)
	for i, at := range []time.Time{old, time.Now()} {
		db.Now = func() time.Time { return at }
		h, err := db.OpenHandoff(ctx, int64(100+i), at.Unix())
		if err != nil {
			t.Fatal(err)
		}
		if err := db.SetHandoffThread(ctx, h.CaseNo, int64(55+i)); err != nil {
			t.Fatal(err)
		}
	}
	db.Now = nil
	got := make(chan []int64, 1)
	done := make(chan struct{})
	go func() {
		defer close(done)
		sweepHandoffs(ctx, db, time.Hour, slog.New(slog.DiscardHandler), func(_ context.Context, threads []int64) {
			got <- threads
			cancel()
		})
	}()
	select {
	case th := <-got:
		if len(th) != 1 || th[0] != 55 {
			t.Errorf("topics to delete %v, want [55] (the old hand-off's only)", th)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("the sweep did not hand over any topics")
	}
	<-done
}
