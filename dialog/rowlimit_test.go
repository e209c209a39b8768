package dialog

import (
	"context"
	"strings"
	"testing"
	"time"
)

// TestReminderRowLimit: past RowsPerHour reminders set in an hour, the
// next is not scheduled, the reminder it would replace stays, and the
// person is told when to try again; an hour later it is set.
func TestReminderRowLimit(t *testing.T) {
	st := newRemStore()
	now := testNow
	m := testMachine(t)
	m.Reminders, m.RowsPerHour = true, 1
	r := &Runner{Machine: m, Sessions: st, Reminders: st, Now: func() time.Time { return now }}
	ctx := context.Background()
	turn := func(in Input) Result {
		in.LangHint = "en"
		res, err := r.Run(ctx, Turn{ChatID: 1, Input: in})
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	keys := func() string {
		entries, _ := st.Scheduled(ctx, 1, ReminderKeyPrefix(1))
		var ks []string
		for _, e := range entries {
			ks = append(ks, e.Key)
		}
		return strings.Join(ks, " ")
	}
	count := func() int { return len(strings.Fields(keys())) }
	turn(Input{Text: "/start scheme-employee_payer-individual_gap-2_region-shanghai"})
	turn(Input{Data: "r:s:individual-window:1"})
	if n := count(); n != 1 {
		t.Fatalf("%d entries after the first reminder, want 1", n)
	}
	first := keys()
	// /restart does not reopen the allowance.
	turn(Input{Text: "/restart"})
	turn(Input{Text: "/start scheme-employee_payer-individual_gap-2_region-shanghai"})
	now = now.Add(time.Minute)
	res := turn(Input{Data: "r:s:individual-window:3"})
	if k := keys(); k != first {
		t.Fatalf("entries %q after the refused reminder, want the first kept (%q)", k, first)
	}
	if text := res.Replies[0].PlainText(); !strings.Contains(text, "too many reminders") || !strings.Contains(text, "59 minutes") {
		t.Errorf("refusal says:\n%s", text)
	}
	now = now.Add(time.Hour)
	res = turn(Input{Data: "r:s:individual-window:3"})
	if text := res.Replies[0].PlainText(); strings.Contains(text, "too many") {
		t.Errorf("an hour later still refused:\n%s", text)
	}
	if k := keys(); count() != 1 || k == first {
		t.Errorf("entries %q after the reminder an hour later, want one new", k)
	}
}
