package dialog

import (
	"slices"
	"testing"

	"bujiao/knowledge"
	"bujiao/rules"
)

// Sibling wordings: someone lost in the chat who asks for a number to
// speak to someone wants a person; a plain number question stays the
// hotlines entry.
func TestFedUpHuman26a(t *testing.T) {
	kb := testKB(t)
	today := knowledge.Today(testNow)
	for _, c := range []struct {
		msg  string
		want RouteKind
	}{
		{"These questions are confusing. What's the phone number to speak to someone?", RouteHuman},
		{"I don't understand any of this, is there a phone number where I can talk to someone?", RouteHuman},
		{"too many questions. which number do I call to talk to a person?", RouteHuman},
		{"问来问去我都看不懂 有没有号码能找真人", RouteHuman},
		{"what number can I call to speak to a real person?", RouteFAQ},
		{"打什么电话能找到真人问", RouteFAQ},
	} {
		r := Decide(kb, c.msg, today, rules.FieldScheme, rules.Facts{})
		if r.Kind != c.want {
			t.Errorf("%q: route %s, want %s", c.msg, r.Kind, c.want)
		}
	}
}

// Sibling wordings: "back-pay them all" with a condition in front is
// still all of them.
func TestRepayIf26a(t *testing.T) {
	for in, want := range map[string]string{
		"能补就都补上":                   "都补上",
		"可以的话全补":                   "全补",
		"能补的话就都补":                  "都补",
		"if possible pay them all": "pay them all",
		"都补上":                      "都补上",
		"能补就":                      "能补就",
	} {
		got := trimRepayIf26a(in)
		if got != want {
			t.Errorf("trimRepayIf26a(%q) = %q, want %q", in, got, want)
		}
		if got != in && !slices.Contains(repayYes, got) {
			t.Errorf("%q: %q is no yes at the repay question", in, got)
		}
	}
}
