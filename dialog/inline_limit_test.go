package dialog

import (
	"context"
	"fmt"
	"testing"
	"time"
)

// TestInlineCaseLimits: the same case reuses one stored row whoever types
// it and however it is spaced; one person creates at most CasesPerHour new
// cases an hour, then gets results without a link, which are not cached
// for others; an hour later they may create cases again.
func TestInlineCaseLimits(t *testing.T) {
	m := testMachine(t)
	cases := newMemCases()
	now := testNow
	in := &Inline{Machine: m, Cases: cases, Now: func() time.Time { return now }, CacheTTL: time.Nanosecond, CasesPerHour: 5}
	ctx := context.Background()
	ask := func(user int64, q string) InlineReply {
		t.Helper()
		r, err := in.AnswerFor(ctx, user, q, "zh")
		if err != nil {
			t.Fatal(err)
		}
		return r
	}

	// Identical cases: one row, one token, for every asker.
	first := ask(1, "上海 灵活就业 断缴8个月")
	if first.Token == "" {
		t.Fatal("no token for a complete case")
	}
	for i, q := range []string{"上海 灵活就业 断缴8个月", "上海  灵活就业 断缴8个月", "上海灵活就业断缴8个月"} {
		now = now.Add(time.Second) // past the result cache
		if r := ask(int64(2+i), q); r.Token != first.Token {
			t.Errorf("%q: token %q, want the same case's %q", q, r.Token, first.Token)
		}
	}
	if cases.puts != 1 {
		t.Fatalf("%d rows stored for one case, want 1", cases.puts)
	}

	// Distinct cases: five new ones for person 9, then no link.
	var got []InlineReply
	for i := range 8 {
		now = now.Add(time.Second)
		got = append(got, ask(9, fmt.Sprintf("上海 灵活就业 断缴%d个月", 10+i)))
	}
	for i, r := range got {
		over := i >= 5
		if r.Limited != over || (r.Token == "") != over || (r.StartPayload() == "") != over {
			t.Errorf("case %d of person 9: token %q, limited %v; want limited %v", i+1, r.Token, r.Limited, over)
		}
		if r.Kind != InlineAnswered || r.Text == "" {
			t.Errorf("case %d: still answered in full, got %v", i+1, r.Kind)
		}
	}
	if cases.puts != 6 {
		t.Errorf("%d rows stored, want 6 (1 + 5)", cases.puts)
	}
	// Person 9 can still share cases that exist; another person is not
	// limited by person 9, and the limited result was not cached.
	if r := ask(9, "上海 灵活就业 断缴8个月"); r.Token != first.Token {
		t.Error("an existing case was refused its link")
	}
	if r := ask(10, "上海 灵活就业 断缴16个月"); r.Token == "" {
		t.Error("person 10 got person 9's limited result")
	}
	// An hour on, person 9 may create cases again.
	now = now.Add(time.Hour)
	if r := ask(9, "上海 灵活就业 断缴17个月"); r.Token == "" || r.Limited {
		t.Error("still limited an hour later")
	}
	// Nobody in particular (user 0, e.g. a test client) is not limited.
	in.CasesPerHour = 1
	for i := range 3 {
		if r := ask(0, fmt.Sprintf("上海 灵活就业 断缴%d个月", 30+i)); r.Token == "" {
			t.Error("user 0 limited")
		}
	}
	// A case reused after half its life gets a fresh token (a link must
	// live long enough to be opened).
	now = now.Add(CaseTTL/2 + time.Minute)
	if r := ask(11, "上海 灵活就业 断缴8个月"); r.Token == first.Token || r.Token == "" {
		t.Errorf("an old token was reused near its expiry: %q", r.Token)
	}
}
