package dialog

import (
	"testing"

	"bujiao/knowledge"
	"bujiao/rules"
)

// Sibling wordings of the questions route31a.go tells apart.
func TestSiblings31a(t *testing.T) {
	kb := testKB(t)
	today := knowledge.Today(testNow)
	for _, c := range []struct{ msg, want string }{
		{"医保补上以后什么时候能刷卡", "coverage-restores-after-payment"},
		{"欠的医保交完以后 多久可以正常报销", "coverage-restores-after-payment"},
		{"once I pay the missed months, when can I use my card again", "coverage-restores-after-payment"},
		{"unpaid months of my employee insurance, can they be made up later?", "can-employee-insurance-be-back-paid"},
		{"断掉的那几个月职工医保 事后还能补交上吗", "can-employee-insurance-be-back-paid"},
		{"the skipped months of my employee insurance, can I still pay them later or are they gone for good?", "can-employee-insurance-be-back-paid"},
		{"my employer went bankrupt, can I pay back the missed months?", "bankrupt-unit"},
		{"I lost my insurance when it was terminated after I went abroad, how do I re-enrol now", "re-enrol-after-cancellation"},
		{"出国的时候把医保注销了 现在回来了怎么重新参保", "re-enrol-after-cancellation"},
		{"how do I check which months my employer actually paid", "check-record"},
		{"怎么查一下哪几个月单位真的交了", "check-record"},
		// The neighbours keep their own.
		{"职工医保断了很长时间 再交上是不是要等好多个月才可以用", "long-gap-waiting"},
		{"if I pay back the unpaid months, will my hospital bills from the gap be reimbursed?", "gap-costs-covered"},
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
