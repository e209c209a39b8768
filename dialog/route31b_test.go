package dialog

import (
	"testing"

	"bujiao/knowledge"
	"bujiao/rules"
)

// Sibling wordings of the questions route31b.go tells apart.
func TestSiblings31b(t *testing.T) {
	kb := testKB(t)
	today := knowledge.Today(testNow)
	for _, c := range []struct{ msg, want string }{
		{"欠的医保费缴上以后 哪天开始能正常用", "coverage-restores-after-payment"},
		{"续上医保后 什么时候能正常使用", "coverage-restores-after-payment"},
		{"after paying, from which day does my card work normally again?", "coverage-restores-after-payment"},
		{"医保断了 从哪天开始不能正常刷卡", "benefits-after-stop"},
		{"the months of employee insurance i missed, can they be paid later or are they lost?", "can-employee-insurance-be-back-paid"},
		{"two missed months of work medical insurance, can they still be paid now?", "can-employee-insurance-be-back-paid"},
		{"my insurance was canceled when i went to work overseas, how do i sign up again now that im back", "re-enrol-after-cancellation"},
		{"出国前把医保注销了 回国以后怎么重新参保", "re-enrol-after-cancellation"},
		{"where can i see which months my employer really paid for my insurance", "check-record"},
		{"how do i see which months of insurance were paid", "check-record"},
	} {
		r := Decide(kb, c.msg, today, rules.FieldScheme, rules.Facts{})
		if !r.FAQHit() || r.FAQ[0].FAQ.ID != c.want {
			got := "-"
			if len(r.FAQ) > 0 {
				got = r.FAQ[0].FAQ.ID
			}
			t.Errorf("%q: route %s, first entry %s, want %s", c.msg, r.Kind, got, c.want)
		}
	}
}
