package understand

import (
	"testing"

	"bujiao/rules"
)

// Audit round 22, R22-M1: a leaver's former employer owing months before
// the leaving, in wordings not read before, is a former employer's arrears
// (left-job), the gap beginning at the first month owed.
func TestFormerLeft22c(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	jun := rules.Month{Year: 2026, Month: 6}
	jul := rules.Month{Year: 2026, Month: 7}
	for _, c := range []struct {
		in    string
		owed  int
		since rules.Month
	}{
		{"嘉兴 以前那家公司在我走前欠了3个月医保 我8月走的 现在没上班", 3, jun},
		{"原来那个厂我走前有两个月没给我交医保 我是8月走的 现在在家带孩子", 2, jul},
		{"used to work at a factory in ningbo, they owe me 2 months of medical from before i left in august. not working now", 2, jul},
		{"worked at a company in suzhou, they owe me 3 months from before i left in august, i am unemployed", 3, jun},
		{"quit my hangzhou job on 31 july, then found out the company skipped june and july. no job now", 2, jun},
		{"left my wuxi job on 31 august, the company skipped july and august", 2, jul},
	} {
		e := Analyze(c.in, today, nil, "").Extracted
		if e.Reason != rules.ReasonLeftJob || e.ArrearsBeforeLeaving == nil || *e.ArrearsBeforeLeaving != c.owed {
			t.Errorf("%q: %s; want left-job, %d months owed before leaving", c.in, e, c.owed)
			continue
		}
		if e.Gap == nil || e.Gap.Since == nil || *e.Gap.Since != c.since {
			t.Errorf("%q: %s; want gap since %v", c.in, e, c.since)
		}
	}
	// A current employer skipping months is no former employer's.
	for _, in := range []string{
		"my company in hangzhou skipped june and july, i still work there",
		"现在这家厂欠了我3个月医保没交",
	} {
		if e := Analyze(in, today, nil, "").Extracted; e.ArrearsBeforeLeaving != nil {
			t.Errorf("%q: %s; read as a former employer's", in, e)
		}
	}
}
