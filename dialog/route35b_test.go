package dialog

import (
	"testing"

	"bujiao/knowledge"
	"bujiao/rules"
)

// TestFirstJob35b: a first job or first enrolment told with its own case is
// never answered first with premiums while unemployed (audit round 28 W2);
// unemployment named still is.
func TestFirstJob35b(t *testing.T) {
	kb := testKB(t)
	today := knowledge.Today(testNow)
	for _, msg := range []string{
		"first job ever, in jiaxing (zhejiang). hr said they did my medical insurance registration on oct 30. i saw a doctor nov 10 and dec 2, are those covered?",
		"my first real job in huzhou, company enroled me oct 30, doctor nov 10, covered?",
		"just graduated, first job in hangzhou, on oct 30 hr signed me up for insurance, clinic dec 2 ok?",
		"第一份工作 嘉兴 公司给我上医保是10月30号 11月10号看了医生 能报吗",
		"刚毕业第一份工作，人事说参保登记日期是10月30日，11月10日去了医院",
		"never had insurance before, registered as flexible worker on sept 20, clinic oct 12, covered?",
	} {
		r := Decide(kb, msg, today, rules.FieldScheme, rules.Facts{})
		if r.FAQHit() && r.FAQ[0].FAQ.ID == "unemployed-premiums" {
			t.Errorf("%q: answered first with %s", msg, r.FAQ[0].FAQ.ID)
		}
	}
	for _, msg := range []string{"Who pays my medical insurance while I am unemployed?", "失业了医保谁交"} {
		r := Decide(kb, msg, today, rules.FieldScheme, rules.Facts{})
		if !r.FAQHit() || r.FAQ[0].FAQ.ID != "unemployed-premiums" {
			t.Errorf("%q: no longer answered with unemployed-premiums", msg)
		}
	}
}
