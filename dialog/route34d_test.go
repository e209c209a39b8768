package dialog

import (
	"testing"

	"bujiao/knowledge"
	"bujiao/rules"
)

// TestFirstEnrol34d: a first enrolment told with its own case is never
// answered first with re-enrolling after a cancellation (audit round 27
// W2b); a cancellation named still may be.
func TestFirstEnrol34d(t *testing.T) {
	kb := testKB(t)
	today := knowledge.Today(testNow)
	for _, msg := range []string{
		"ningbo, never been insured before. registered as a gig worker on oct 20, saw a doctor nov 12, is that covered?",
		"first time ever insured, signed up in shanghai as self-employed on nov 3, clinic visit dec 1 and again dec 5 — covered?",
		"以前从来没交过医保 11月10号在杭州登记了灵活就业 12月2号看病能报吗",
		"第一次参保 温州 10月25号自己办的灵活就业 11月20号住院 能报销吗",
	} {
		r := Decide(kb, msg, today, rules.FieldScheme, rules.Facts{})
		if r.FAQHit() && r.FAQ[0].FAQ.ID == "re-enrol-after-cancellation" {
			t.Errorf("%q: answered first with %s", msg, r.FAQ[0].FAQ.ID)
		}
	}
	for _, msg := range []string{"my insurance was cancelled, how do i sign up again?", "医保被注销了怎么重新参保"} {
		r := Decide(kb, msg, today, rules.FieldScheme, rules.Facts{})
		if !r.FAQHit() || r.FAQ[0].FAQ.ID != "re-enrol-after-cancellation" {
			t.Errorf("%q: no longer answered with re-enrol-after-cancellation", msg)
		}
	}
}
