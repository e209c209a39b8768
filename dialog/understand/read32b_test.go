package understand

import (
	"testing"

	"bujiao/rules"
)

// R25-W2, W4, W5 siblings (fix32b): the month paying resumed is a month the
// person paid in; a month paid only later never dates the resumption.
func TestRound32bResumedMonth(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	m := func(mo int) *rules.Month { r := rules.Month{Year: 2026, Month: timeMonth30c(mo)}; return &r }
	for _, c := range []struct {
		in        string
		expecting rules.Field
		since     *rules.Month // nil: no gap read (a reply)
		resumed   *rules.Month
		paidBack  *rules.Month
	}{
		// W2: a reply naming the month after the gap as paid only later.
		{"nope, september only got paid in october as well", rules.FieldGapEnded, nil, m(10), m(10)},
		{"no - october was also paid in november", rules.FieldGapEnded, nil, m(11), m(11)},
		{"no, october was only paid in november", rules.FieldGapEnded, nil, m(11), nil},
		{"没有 10月也是11月才交的", rules.FieldGapEnded, nil, m(11), m(11)},
		// W5: a missed month paid with the month paying resumed.
		{"ningbo, freelancer, i skipped august, then paid it in september together with september. hospital dec 3?", "", m(8), m(9), m(9)},
		{"wenzhou self employed, missed july and august, paid them in september along with september", "", m(7), m(9), m(9)},
		{"温州 灵活就业 8月没交 9月和9月的一起交了 12月3号看病能报吗", "", m(8), m(9), m(9)},
		// W2: the missed months caught up in a month, paying kept up.
		{"ningbo, freelance, skipped july and august, caught up in october and kept paying. scan dec 15", "", m(7), nil, m(10)},
		{"taizhou, self-employed, missed sep and oct premiums, paid both in november and kept paying since", "", m(9), m(11), m(11)},
		// W4: a job change whose new job began after a listed gap.
		{"shanghai, switched jobs, old employer paid thru june, new one started sept. gap jul aug. appt dec 2", "", m(7), m(9), nil},
		{"hangzhou, changed jobs, last company paid through may, new job from august, gap june and july", "", m(6), m(8), nil},
	} {
		e := Analyze(c.in, today, nil, c.expecting).Extracted
		if c.since != nil && (e.Gap == nil || e.Gap.Since == nil || *e.Gap.Since != *c.since) {
			t.Errorf("%q: gap %+v, want from %v", c.in, e.Gap, *c.since)
		}
		if !sameMonth32b(e.Resumed, c.resumed) {
			t.Errorf("%q: resumed %v, want %v", c.in, e.Resumed, c.resumed)
		}
		if !sameMonth32b(e.PaidBack, c.paidBack) {
			t.Errorf("%q: paid back %v, want %v", c.in, e.PaidBack, c.paidBack)
		}
	}
	// Never: a new job's month that disagrees with the listed gap, or a
	// month "paid in" an earlier one.
	for _, in := range []string{
		"shanghai, changed jobs, new one started oct, gap jul aug",
		"no, november was paid in october",
	} {
		e := Analyze(in, today, nil, rules.FieldGapEnded).Extracted
		if e.Resumed != nil && (*e.Resumed == *m(10) || *e.Resumed == *m(11)) && e.GapEnded && e.Gap != nil && e.Gap.Months > 0 {
			t.Errorf("%q: resumed %v with gap %+v read from words that disagree", in, e.Resumed, e.Gap)
		}
	}
}

func sameMonth32b(a, b *rules.Month) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}
