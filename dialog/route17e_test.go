package dialog

import (
	"testing"

	"bujiao/rules"
)

// A run-on that asks and tells one's own retirement case keeps the case:
// the place, the age or pension, and years told as paid.
func TestOwnRetirementRunOn17e(t *testing.T) {
	kb := testKB(t)
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		text      string
		retire    rules.Retirement
		yearsKept bool
	}{
		{"我今年到退休年龄了在广州交的职工医保一共交了十八年都是在广州交的我是女的还要不要再交", rules.RetirementAtAge, true},
		{"我爸已经退休好几年了每个月领退休金的上海的他问我他的医保还要不要交钱", rules.RetirementRetired, false},
		{"my dad is at retirement age in Guangzhou, he paid employee insurance for 24 years, does he still have to pay?", rules.RetirementAtAge, true},
	} {
		r := Decide(kb, c.text, today, "", rules.Facts{})
		if r.Facts.Retirement != c.retire || r.Facts.Region == "" {
			t.Errorf("%q: retirement %q region %q, want %q and a region", c.text, r.Facts.Retirement, r.Facts.Region, c.retire)
		}
		if (r.Facts.YearsPaid != nil) != c.yearsKept {
			t.Errorf("%q: years paid %v, want kept %v", c.text, r.Facts.YearsPaid, c.yearsKept)
		}
	}
	if yearsToldPaid("交满15年就不用交了吗") || yearsToldPaid("is 15 years enough") {
		t.Error("years asked about are read as paid")
	}
}

// Drawing the benefit now, said without a pronoun, is the person's case.
func TestDrawingNow17e(t *testing.T) {
	kb := testKB(t)
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, text := range []string{"hangzhou zai ling shiyejin yibao yao ziji jiao ma", "杭州在领失业金 医保要自己交吗",
		"I'm on shiye jin in Beijing, does it cover my yibao or I need pay"} {
		r := Decide(kb, text, today, "", rules.Facts{})
		if r.Facts.Reason != rules.ReasonUnemployment || r.Facts.Region == "" {
			t.Errorf("%q: facts %+v, want the benefit and the place kept", text, r.Facts)
		}
	}
}

// A first enrolment told with its place and scheme, asking when it works,
// is the person's case.
func TestFirstEnrolmentAsked17e(t *testing.T) {
	kb := testKB(t)
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	r := Decide(kb, "第一次在杭州交灵活就业医保 以前什么医保都没有 交了多久能用", today, "", rules.Facts{})
	if !r.Facts.FirstEnrolment || r.Facts.Region == "" {
		t.Errorf("facts %+v, want the first enrolment and the place kept", r.Facts)
	}
}
