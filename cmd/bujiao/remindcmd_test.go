package main

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"bujiao/knowledge"
	"bujiao/store"
)

// TestRemindersCommand: counts due per Beijing day for the next days, every
// day listed, no chat ids; bad flags are usage errors.
func TestRemindersCommand(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "b.db")
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	at := func(d, h int) time.Time { return time.Date(2026, 12, d, h, 30, 0, 0, knowledge.China) }
	for i, due := range []time.Time{at(24, 8), at(24, 8), at(25, 8), at(31, 8),
		time.Date(2027, 1, 1, 8, 0, 0, 0, knowledge.China), at(20, 8) /* overdue: counted today */} {
		chat := int64(100 + i)
		s, _ := db.Load(ctx, chat)
		if err := db.Commit(ctx, store.Commit{ChatID: chat, Version: s.Version, State: []byte(`{}`),
			Schedule: []store.Inbound{{Key: "rem:" + string(rune('a'+i)), ChatID: chat, DueAt: due, Payload: []byte("x")}}}); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	var out, errb bytes.Buffer
	if err := run(ctx, []string{"reminders", "--db", path, "--today", "2026-12-24", "--days", "8"}, strings.NewReader(""), &out, &errb); err != nil {
		t.Fatalf("%v\n%s", err, errb.String())
	}
	text := out.String()
	for _, want := range []string{"2026-12-24  3\n", "2026-12-25  1\n", "2026-12-26  0\n", "2026-12-31  1\n", "total  5\n"} {
		if !strings.Contains(text, want) {
			t.Errorf("missing %q in\n%s", want, text)
		}
	}
	if strings.Contains(text, "2027-01-01") {
		t.Errorf("a day past --days:\n%s", text)
	}
	// Nothing but days and counts: no chat ids.
	day := regexp.MustCompile(`^(\d{4}-\d{2}-\d{2}|total)  \d+$`)
	for _, l := range strings.Split(strings.TrimSpace(text), "\n")[1:] {
		if !day.MatchString(l) {
			t.Errorf("unexpected line %q", l)
		}
	}
	out.Reset()
	if err := run(ctx, []string{"reminders", "--db", path, "--today", "2026-12-24", "--format", "json"}, strings.NewReader(""), &out, &errb); err != nil {
		t.Fatal(err)
	}
	var js struct {
		Days []store.DayCount `json:"days"`
	}
	if err := json.Unmarshal(out.Bytes(), &js); err != nil || len(js.Days) != 30 || js.Days[8].Day != "2027-01-01" || js.Days[8].Count != 1 {
		t.Errorf("json: %v %+v", err, js)
	}
	for _, args := range [][]string{{"--days", "0"}, {"--format", "xml"}, {"--today", "tomorrow"}, {"extra"}} {
		err := run(ctx, append([]string{"reminders", "--db", path}, args...), strings.NewReader(""), &out, &errb)
		if code := exitCode(err, &errb); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
}
