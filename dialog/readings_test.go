package dialog

import (
	"testing"

	"bujiao/dialog/understand"
	"bujiao/knowledge"
)

// TestAsksNextStep: "what now" in the words people type, and what is not.
func TestAsksNextStep(t *testing.T) {
	for _, c := range []struct {
		msg  string
		want bool
	}{
		{"现在怎么办", true}, {"那我现在该干嘛", true}, {"那接下来怎么弄", true}, {"我现在该做什么", true},
		{"ok so what do I do now", true}, {"what should I do next?", true}, {"so what now?", true},
		{"怎么办理", false}, {"公司欠了三个月怎么办", false}, {"what is the late fee", false}, {"接下来三个月", false},
	} {
		if got := asksNextStep(c.msg); got != c.want {
			t.Errorf("asksNextStep(%q) = %v, want %v", c.msg, got, c.want)
		}
	}
}

// TestAsksYears: a question about the years to pay, only where a clause
// asks ("在深圳干了几年" states).
func TestAsksYears(t *testing.T) {
	today := knowledge.Today(testNow)
	for _, c := range []struct {
		msg  string
		want bool
	}{
		{"我医保一直正常交的 没断过 上海 灵活就业 就想问问以后要交到多少年", true},
		{"how many years do I need to pay?", true},
		{"在深圳干了几年 现在回老家长沙了 医保停了四个月 自己交", false},
		{"一年交多少钱", false},
		{"how much is it per month?", false},
	} {
		a := understand.Analyze(c.msg, today, nil, "")
		if got := asksYears(a); got != c.want {
			t.Errorf("asksYears(%q) = %v, want %v", c.msg, got, c.want)
		}
	}
}
