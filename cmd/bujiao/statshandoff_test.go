package main

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"bujiao/store"
)

// TestRunStatsHandoffs: stats reports hand-offs opened, closed, the median
// time to the first staff reply and the helpful ratio, in text and JSON
// (under the added key "handoffs").
func TestRunStatsHandoffs(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "bujiao.db")
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2025, 3, 10, 12, 0, 0, 0, time.Local)
	yes := true
	if err := db.Record(ctx,
		store.Event{Kind: store.EventHandoff, ChatID: 1, Question: "offered", At: at},
		store.Event{Kind: store.EventHandoff, ChatID: 1, Question: "opened", At: at},
		store.Event{Kind: store.EventHandoff, ChatID: 1, Question: "first_reply", At: at.Add(90 * time.Second)},
		store.Event{Kind: store.EventHandoff, ChatID: 1, Question: "closed", At: at.Add(10 * time.Minute)},
		store.Event{Kind: store.EventFeedback, ChatID: 1, Question: "handoff", Helpful: &yes, At: at.Add(11 * time.Minute)},
	); err != nil {
		t.Fatal(err)
	}
	db.Close()
	var out, errOut bytes.Buffer
	args := []string{"--db", path, "--from", "2025-03-01", "--to", "2025-03-10"}
	if err := runStats(ctx, append(args, "--format", "json"), &out, &errOut); err != nil {
		t.Fatalf("runStats: %v (%s)", err, errOut.String())
	}
	var rep struct {
		Started  *int               `json:"conversations_started"`
		Handoffs store.HandoffStats `json:"handoffs"`
	}
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	want := store.HandoffStats{Offered: 1, Opened: 1, Closed: 1, Replied: 1, MedianFirstReplySeconds: 90, HelpfulYes: 1, HelpfulRatio: 1}
	if rep.Handoffs != want || rep.Started == nil {
		t.Errorf("json: %+v (started key %v), want %+v", rep.Handoffs, rep.Started != nil, want)
	}
	out.Reset()
	if err := runStats(ctx, args, &out, &errOut); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"Hand-offs to staff", "median first reply 1m30s", "100.0% of 1"} {
		if !strings.Contains(out.String(), s) {
			t.Errorf("text report lacks %q:\n%s", s, out.String())
		}
	}
}
