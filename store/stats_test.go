package store

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
)

// recordScript records events one minute apart starting at t0.
func recordScript(t *testing.T, db *DB, events []Event) {
	t.Helper()
	for i := range events {
		if events[i].At.IsZero() {
			events[i].At = t0.Add(time.Duration(i) * time.Minute)
		}
	}
	if err := db.Record(context.Background(), events...); err != nil {
		t.Fatal(err)
	}
}

func TestStats(t *testing.T) {
	db, _ := openTemp(t, Options{})
	yes, no := true, false
	ask := func(chat int64, q string) Event { return Event{Kind: EventAsked, ChatID: chat, Question: q} }
	ans := func(chat int64, q string) Event { return Event{Kind: EventAnswered, ChatID: chat, Question: q} }
	start := func(chat int64) Event { return Event{Kind: EventStarted, ChatID: chat} }
	final := func(chat int64, verdict, region string) Event {
		return Event{Kind: EventAnswer, ChatID: chat, Verdict: verdict, Region: region}
	}
	recordScript(t, db, []Event{
		// Chat 1 finishes and finds it helpful.
		start(1), ask(1, "region"), ans(1, "region"), ask(1, "months"), ans(1, "months"),
		final(1, "can_repay", "beijing"), {Kind: EventFeedback, ChatID: 1, Helpful: &yes},
		// Chat 2 gives up at "months".
		start(2), ask(2, "region"), ans(2, "region"), ask(2, "months"),
		// Chat 3 gives up at "region" and asks free-text questions.
		start(3), ask(3, "region"),
		{Kind: EventFAQMiss, ChatID: 3, Text: "怎么补缴"},
		{Kind: EventFAQMiss, ChatID: 3, Text: " 怎么补缴 "},
		{Kind: EventFAQMiss, ChatID: 3, Text: "电话13812345678"},
		{Kind: EventFAQHit, ChatID: 3, Text: "断缴影响", Question: "faq_gap"},
		// Chat 4 finishes, unhappy, with an error on the way.
		start(4), ask(4, "region"), ans(4, "region"), ask(4, "months"), ans(4, "months"),
		{Kind: EventError, ChatID: 4, Text: "llm_timeout"},
		final(4, "can_repay", "shanghai"), {Kind: EventFeedback, ChatID: 4, Helpful: &no},
		// Chat 5 finishes, then starts over and stops at "region".
		start(5), ask(5, "region"), ans(5, "region"), ask(5, "months"), ans(5, "months"),
		final(5, "too_late", "beijing"), {Kind: EventFeedback, ChatID: 5, Helpful: &yes},
		ask(5, "region"),
		// Chat 6 is outside [from, to): one minute before, and exactly at to.
		{Kind: EventStarted, ChatID: 6, At: t0.Add(-time.Minute)},
		{Kind: EventAnswer, ChatID: 6, Verdict: "x", Region: "y", At: t0.Add(24 * time.Hour)},
	})

	rep, err := db.Stats(context.Background(), t0, t0.Add(24*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	want := Report{
		From: t0, To: t0.Add(24 * time.Hour),
		ConversationsStarted:  5,
		ConversationsFinished: 3,
		Questions: []QuestionStats{
			{Question: "region", Asked: 5, Answered: 4, Abandoned: 2},
			{Question: "months", Asked: 4, Answered: 3, Abandoned: 1},
		},
		Verdicts: []VerdictCount{
			{Region: "beijing", Verdict: "can_repay", Count: 1},
			{Region: "beijing", Verdict: "too_late", Count: 1},
			{Region: "shanghai", Verdict: "can_repay", Count: 1},
		},
		FAQHits:      1,
		FAQMisses:    3,
		TopUnmatched: []TextCount{{Text: "怎么补缴", Count: 2}, {Text: "电话[PHONE]", Count: 1}},
		HelpfulYes:   2,
		HelpfulNo:    1,
		HelpfulRatio: 2.0 / 3.0,
		Errors:       []TextCount{{Text: "llm_timeout", Count: 1}},
		// No answer fell back to national, no FAQ entry was rated.
		FallbackPlaces: []TextCount{},
		UnmatchedGroups: []QueryGroup{
			{Example: "怎么补缴", Count: 2, Queries: []TextCount{{Text: "怎么补缴", Count: 2}}},
			{Example: "电话[PHONE]", Count: 1, Queries: []TextCount{{Text: "电话[PHONE]", Count: 1}}},
		},
		FAQFeedback: []FAQFeedback{},
		Reminders: map[string]int{"offered": 0, "set": 0, "sent": 0, "done": 0, "later": 0, "cancelled": 0,
			"dropped": 0, "held": 0},
	}
	if !reflect.DeepEqual(rep, want) {
		got, _ := json.MarshalIndent(rep, "", "  ")
		exp, _ := json.MarshalIndent(want, "", "  ")
		t.Fatalf("report:\n%s\nwant:\n%s", got, exp)
	}
}

func TestStatsEmptyAndTopLimit(t *testing.T) {
	db, _ := openTemp(t, Options{})
	rep, err := db.Stats(context.Background(), t0, t0.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(rep)
	for _, s := range []string{`"questions":[]`, `"verdicts_by_region":[]`, `"top_unmatched":[]`, `"helpful_ratio":0`,
		`"fallback_places":[]`, `"unmatched_groups":[]`, `"faq_feedback":[]`} {
		if !strings.Contains(string(b), s) {
			t.Errorf("empty report JSON %s lacks %s", b, s)
		}
	}

	var evs []Event
	for i := range 25 {
		for range i + 1 {
			evs = append(evs, Event{Kind: EventFAQMiss, ChatID: 1, Text: "q" + string(rune('a'+i))})
		}
	}
	recordScript(t, db, evs)
	rep, err = db.Stats(context.Background(), t0, t0.Add(24*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.TopUnmatched) != 20 || rep.TopUnmatched[0] != (TextCount{Text: "qy", Count: 25}) || rep.TopUnmatched[19] != (TextCount{Text: "qf", Count: 6}) {
		t.Fatalf("top unmatched = %+v", rep.TopUnmatched)
	}
}

// TestStatsWhereAndWhat: the places answered with the national baseline,
// unmatched queries grouped by wording, and feedback per FAQ entry.
func TestStatsWhereAndWhat(t *testing.T) {
	db, _ := openTemp(t, Options{})
	yes, no := true, false
	national := func(chat int64, place string) Event {
		return Event{Kind: EventAnswer, ChatID: chat, Verdict: "re-enroll", Region: "national", Text: place}
	}
	miss := func(q string) Event { return Event{Kind: EventFAQMiss, ChatID: 9, Text: q} }
	rate := func(subject string, helpful *bool) Event {
		return Event{Kind: EventFeedback, ChatID: 9, Question: subject, Helpful: helpful}
	}
	recordScript(t, db, []Event{
		national(1, "北京"), national(2, "北京"), national(3, " 成都"), national(4, ""),
		{Kind: EventAnswer, ChatID: 5, Verdict: "re-enroll", Region: "shanghai", Text: "上海"},
		miss("医保卡丢了怎么办"), miss("医保卡丢了怎么补办"), miss("医保卡丢了怎么办"), miss("医保卡丢了怎么办？"),
		miss("可以用支付宝交医保吗"), miss("能用支付宝交医保吗"),
		miss("How do I replace a lost card"), miss("how do i replace lost cards?"),
		miss("怎么才能让我的猫学会弹钢琴"),
		rate("where-to-pay", &yes), rate("where-to-pay", &yes), rate("where-to-pay", &no),
		rate("late-fee", &no), rate("answer", &yes), rate("", &yes),
		rate("documents", nil),
	})
	rep, err := db.Stats(context.Background(), t0, t0.Add(24*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	wantPlaces := []TextCount{{Text: "北京", Count: 2}, {Text: "", Count: 1}, {Text: "成都", Count: 1}}
	if !reflect.DeepEqual(rep.FallbackPlaces, wantPlaces) {
		t.Errorf("fallback places = %+v, want %+v", rep.FallbackPlaces, wantPlaces)
	}
	var groups []string
	for _, g := range rep.UnmatchedGroups {
		var qs []string
		for _, q := range g.Queries {
			qs = append(qs, q.Text)
		}
		groups = append(groups, fmt.Sprintf("%d %s", g.Count, strings.Join(qs, " | ")))
	}
	wantGroups := []string{
		"4 医保卡丢了怎么办 | 医保卡丢了怎么办？ | 医保卡丢了怎么补办",
		"2 How do I replace a lost card | how do i replace lost cards?",
		"2 可以用支付宝交医保吗 | 能用支付宝交医保吗",
		"1 怎么才能让我的猫学会弹钢琴",
	}
	if !reflect.DeepEqual(groups, wantGroups) {
		t.Errorf("groups:\n%s\nwant:\n%s", strings.Join(groups, "\n"), strings.Join(wantGroups, "\n"))
	}
	wantFAQ := []FAQFeedback{
		{FAQ: "where-to-pay", HelpfulYes: 2, HelpfulNo: 1, HelpfulRatio: 2.0 / 3.0},
		{FAQ: "late-fee", HelpfulNo: 1},
	}
	if !reflect.DeepEqual(rep.FAQFeedback, wantFAQ) {
		t.Errorf("FAQ feedback = %+v, want %+v", rep.FAQFeedback, wantFAQ)
	}
}

func TestQueryTermsAndSimilar(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"医保卡丢了怎么办", "医保卡丢了怎么补办", true},
		{"怎么补缴？", "怎么 补缴", true},
		{"医保卡丢了怎么办", "医保断缴了怎么办", false},
		{"医保卡丢了怎么办", "社保卡丢了怎么办", true},
		{"How do I replace a lost card", "how do i replace lost cards?", true},
		{"How do I replace a lost card", "How do I pay", false},
		{"", "", true},
		{"?", "医保", false},
	} {
		if got := similar(queryTerms(tt.a), queryTerms(tt.b)); got != tt.want {
			t.Errorf("similar(%q, %q) = %v, want %v (terms %v / %v)", tt.a, tt.b, got, tt.want, queryTerms(tt.a), queryTerms(tt.b))
		}
	}
}
