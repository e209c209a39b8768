package understand

import (
	"testing"

	"bujiao/rules"
)

// fix24a: never insured, who the person has been told first, the employee
// scheme they want to join inside the question: the employee scheme is
// theirs. The resident scheme named stays the resident scheme.
func TestFirstWantsEmployee24a(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		msg  string
		want rules.Scheme
	}{
		{"我是家庭主妇以前从来没参过医保 现在想按灵活就业交职工医保 去哪里办", rules.SchemeEmployee},
		{"之前一直在家带娃从来没买过医保 想自己交灵活就业的医保 需要什么材料", rules.SchemeEmployee},
		{"我一直在农村种地 从没参加过医保 现在能自己交职工医保吗", rules.SchemeEmployee},
		{"全职妈妈好几年了 从来没交过医保 想以个体户身份交医保可以吗", rules.SchemeEmployee},
		// The resident scheme named: it stays.
		{"我一直在家带孩子从来没交过医保 现在想交个居民医保 可以吗", rules.SchemeResident},
		{"我是农民 从来没参过医保 想办新农合要什么材料", rules.SchemeResident},
	} {
		a := Analyze(c.msg, today, nil, "")
		if a.Stated.Scheme != c.want {
			t.Errorf("%q: stated scheme %q (whole %q), want %q", c.msg, a.Stated.Scheme, a.Extracted.Scheme, c.want)
		}
		if !a.Stated.FirstEnrolment {
			t.Errorf("%q: first enrolment not read", c.msg)
		}
	}
}
