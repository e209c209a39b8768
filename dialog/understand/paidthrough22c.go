package understand

import (
	"regexp"

	"bujiao/rules"
)

// Audit round 22, R22-M2 (N10b): a job change told by the months paid,
// "old employer paid through august, new one from october, so september is
// missing": the month paid through is the last one paid (the gap begins
// the month after), and the month the new employer pays from is the month
// paying resumed; neither is the first unpaid month.

const enMonthRe = `(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b`

var (
	enPaidThrough = regexp.MustCompile(`\bpaid (?:me )?(?:through|thru|until|till|up to|up until) (?:the end of |end of )?` + enMonthRe)
	enNewFrom     = regexp.MustCompile(`\bnew (?:one|employer|company|job|boss)\b[a-z ]{0,24}? (?:from|since|starting|starting in|started in|from the start of) ` + enMonthRe)
)

// paidThrough applies the reading to a job change's (or leaver's) gap.
func (x *extractor) paidThrough(e *Extracted) {
	if x.today.IsZero() || e.Scheme == rules.SchemeResident || e.PriorScheme != "" || e.ArrearsPaid != nil || e.ArrearsPaidSaid {
		return
	}
	m := enPaidThroughMatch46a(x.s) // read46a.go
	if m == nil {
		return
	}
	last, ok := x.pastMonth(m[1])
	if !ok {
		return
	}
	first := last.Add(1)
	var resumed *rules.Month
	n := enNewFrom.FindStringSubmatch(x.s)
	if n == nil {
		if j := enJobFrom25b.FindStringSubmatch(x.s); j != nil { // months25b.go
			n = []string{j[0], j[1] + j[2]}
		}
	}
	if n != nil {
		r, ok := x.pastMonth(n[1])
		if !ok || r.Since(first) <= 0 {
			// Resumed no later than the first unpaid month: no gap read.
			return
		}
		resumed = &r
	}
	if g := e.Gap; g != nil && (g.Since == nil || *g.Since != last && *g.Since != first && (resumed == nil || *g.Since != *resumed)) {
		// A gap told otherwise ("gap of 2 months") is left as told.
		return
	}
	if x.cur.Since(first) < 0 {
		return
	}
	e.Gap = &Duration{Since: &first}
	e.GapTooLong, e.GapConflict = false, false
	if resumed != nil {
		e.Resumed, e.GapEnded = resumed, true
	}
}

// pastMonth resolves an English month name to the latest such month not
// after this one.
func (x *extractor) pastMonth(name string) (rules.Month, bool) {
	d, err := ParseDuration("since "+name, x.today)
	if err != nil || d.Since == nil || x.cur.Since(*d.Since) < 0 {
		return rules.Month{}, false
	}
	return *d.Since, true
}
