package understand

import (
	"testing"
	"time"

	"bujiao/rules"
)

// fix47a: sibling wordings written for this test (en orders, words between,
// no punctuation, typos; zh as guards), none copied from heldout32.
// A new employer's first month with the months missing before it: the
// count is the gap, the month the resumption — never "gap since this
// month" (0 months, "nothing to pay").
func TestNewStartCount47a(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 8}
	m := func(mo time.Month) rules.Month { return rules.Month{Year: 2026, Month: mo} }
	for _, c := range []struct {
		in      string
		n       int
		resumed rules.Month
	}{
		{"changed job in shenzhen, new company started paying this month, 2 months missing", 2, m(12)},
		{"Changed jobs, new employer started paying in November, 2 months gap in between", 2, m(11)},
		{"switched jobs in guangzhou new employer began contributions from october three months without insurance before that", 3, m(10)},
		{"new job started paying my insurance this month after a gap of 3 months", 3, m(12)},
		{"changed job last month new company just started social insurence this month so 1 month mising", 1, m(12)},
		{"My new firm finally started paying in sep, there were two months uncovered between jobs", 2, m(9)},
		{"job change in dongguan: new employer starts my insurance this month, missed 2 months in between", 2, m(12)},
		{"i moved to a new company in hangzhou, the new company only began my medical insurance this month - four months missing before", 4, m(12)},
		{"new employer finally started my social insurance this month so there are 2 months with no insurance", 2, m(12)},
		{"换了工作 新公司这个月才开始交社保 中间断了两个月", 2, m(12)},
		{"新单位11月开始给我交医保 中间空了3个月", 3, m(11)},
	} {
		a := Analyze(c.in, today, nil, "")
		if a.Gap == nil || a.Gap.Since != nil || a.Gap.Months != c.n {
			t.Errorf("%q: gap %+v, want %d months", c.in, a.Gap, c.n)
		}
		if a.Resumed == nil || *a.Resumed != c.resumed {
			t.Errorf("%q: resumed %v, want %v", c.in, a.Resumed, c.resumed)
		}
	}
}

// A count that is no gap (months worked, months of probation) is not read
// as the months missing.
func TestNewStartCountNotGap47a(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 8}
	for _, in := range []string{
		"new company started paying this month, i worked at the old one for 2 months",
		"my new employer started my insurance in october after 3 months probation",
	} {
		x := extractor{}
		x.init(normalizeText(in).s, today, "")
		e := Extracted{}
		x.newStartCount47a(&e)
		if e.Gap != nil {
			t.Errorf("%q: gap %+v, want none from this reading", in, e.Gap)
		}
	}
}

// A start still to come ("will start paying in march 2027") is no resuming.
func TestNewStartFuture47a(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 8}
	for _, in := range []string{
		"changed jobs, new company will start paying in march, 2 months missing",
		"new employer started paying in january 2027? no, 3 months gap so far",
	} {
		x := extractor{}
		x.init(normalizeText(in).s, today, "")
		e := Extracted{}
		x.newStartCount47a(&e)
		if e.Resumed != nil {
			t.Errorf("%q: resumed %v, want none from this reading", in, e.Resumed)
		}
	}
}
