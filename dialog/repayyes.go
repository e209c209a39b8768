package dialog

import (
	"encoding/json"
	"strconv"
	"strings"

	"bujiao/rules"
)

// repayYes are the ways to say "yes, back-pay" at the repay-years
// question without a number ("补", "要补", "都补上", "pay them back");
// repayAllWords say every broken year.
var (
	repayYes = []string{"补", "要补", "补上", "补吧", "补的", "想补", "打算补", "会补", "补啊", "补呀", "补齐", "补全", "都补", "全补",
		"都补上", "全部补", "全都补", "全部补上", "都要补", "补足", "bu", "yao bu",
		"yes", "pay back", "pay them back", "back pay", "backpay", "all", "all of them", "pay all", "every year", "yes pay back",
		// heldout18: "both years" for two broken years.
		"both", "both years", "both of them", "pay both", "pay both years", "pay both of them", "back pay both", "all years",
		"all the years", "all of the years", "pay all of them", "pay them all", "all of it", "每年都补", "几年都补", "都补吧", "全补吧", "全部都补"}
	repayAllWords = []string{"都", "全", "齐", "足", "all", "every", "both"}
)

// repayAll takes a "yes, back-pay" without a number at the repay-years
// question (heldout5 f5-plain-nonet-old: "补" to every ask): with one
// broken year, or "都补" for all of them, it is the broken years. With
// several broken years and a bare "补" the number is still asked: which
// of them is not said. It reports whether the message was taken.
func (t *turn) repayAll(msg string) bool {
	if t.s.Asking != rules.FieldRepayYears || t.s.Facts.BrokenYears == nil || *t.s.Facts.BrokenYears <= 0 {
		return false
	}
	s := strings.ToLower(strings.TrimSpace(msg))
	s = strings.TrimRight(s, "。.!！~ ")
	s = strings.ReplaceAll(s, "缴", "补")
	s = trimRepayIf26a(strings.ReplaceAll(s, ",", " ")) // repay26a.go
	matched := false
	for _, w := range repayYes {
		if s == w {
			matched = true
			break
		}
	}
	if !matched {
		return false
	}
	n := *t.s.Facts.BrokenYears
	all := false
	for _, w := range repayAllWords {
		if strings.Contains(s, w) {
			all = true
		}
	}
	if n != 1 && !all || strings.Contains(s, "both") && n != 2 {
		// "both" says all only of two broken years.
		return false
	}
	if _, ok := t.setValue(rules.FieldRepayYears, strconv.Itoa(n)); !ok {
		return false
	}
	t.advance()
	return true
}

// repeatsOnly handles a message that only says again what was said before,
// at a question where "not sure" has a plain answer ("the one through work
// i think" again and again at "working or retired?"): the first time it is
// confirmed and the question asked again, as before; the second time in a
// row the person is taken not to know (issue 17), never the same question
// forever. It reports whether it answered the message, and whether the
// message was such a repeat.
func (t *turn) repeatsOnly(before string, asking rules.Field, plain bool) (handled, repeat bool) {
	if _, ok := dunnoAssumptions[asking]; !ok || !plain || t.s.Asking != asking || t.s.Answered || factsKey(t.s.Facts) != before {
		return false, false
	}
	t.s.Misses = min(t.s.Misses+1, maxMisses)
	if t.s.Misses < 2 {
		return false, true
	}
	t.s.Misses = 0
	t.dontKnow()
	return true, true
}

// factsKey is the facts as their JSON: equal keys, the same facts.
func factsKey(f rules.Facts) string {
	b, err := json.Marshal(f)
	if err != nil {
		return ""
	}
	return string(b)
}
