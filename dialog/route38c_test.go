package dialog

import (
	"testing"

	"bujiao/knowledge"
	"bujiao/rules"
)

// TestDecideNoEmptyFAQ: an entry list emptied by a route's own filter
// (feeNotCost / asksYears drop "how-much-to-pay") is no list: Decide never
// reads a first entry that is not there (audit round 30 C1, a panic in the
// chat on an English first enrolment with "paid" and two days).
func TestDecideNoEmptyFAQ(t *testing.T) {
	kb := testKB(t)
	today := knowledge.Today(testNow)
	for _, msg := range []string{
		"never had insurance. signed up as flexible worker in hangzhou on nov 5 and paid. saw a doctor nov 10, surgery planned dec 20. covered?",
		"never had insurance, registered as a flexible worker in ningbo on oct 3 and paid, doctor oct 20 - covered?",
		"how much is the late fee? employer in shanghai owes 3 months",
		"要交到多少年 上海 断了3个月",
	} {
		func() {
			defer func() {
				if p := recover(); p != nil {
					t.Errorf("%q: Decide panicked: %v", msg, p)
				}
			}()
			r := Decide(kb, msg, today, "", rules.Facts{})
			if r.FAQ != nil && len(r.FAQ) == 0 {
				t.Errorf("%q: an empty, non-nil entry list", msg)
			}
		}()
	}
}
