package dialog

import (
	"testing"

	"bujiao/rules"
)

// fix25c (R24-M5): retiring within a year with the years paid and a question
// whether they are enough keeps retirement age after "还在上班"/"still
// working" (no conflict asked), so the years are checked.
func TestRetireSoonStillWorking25c(t *testing.T) {
	m := testMachine(t)
	for _, c := range [][]string{
		{"绍兴 我明年就退休了 职工医保交了16年 够不够", "单位交的 还在上班 没断过"},
		{"i retire next year in ningbo, 18 years paid, is that enough?", "my company pays, i'm still working"},
		{"宁波 年底退休 医保交了19年 还要补吗", "还在上班"},
	} {
		var s State
		for _, in := range append([]Input{{Text: "/start"}}, Input{Text: c[0]}, Input{Text: c[1]}) {
			s, _, _ = m.Step(s, in, testNow)
		}
		if s.Facts.Retirement != rules.RetirementAtAge || s.Asking == rules.FieldRetirement {
			t.Errorf("%q: retirement %q (asking %q), want at-age, not asked again", c, s.Facts.Retirement, s.Asking)
		}
	}
}
