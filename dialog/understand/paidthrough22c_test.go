package understand

import (
	"testing"
	"time"

	"bujiao/rules"
)

func m22c(mo time.Month) *rules.Month { return &rules.Month{Year: 2026, Month: mo} }

// Audit round 22, R22-M2 (N10b): "paid through <month>" is the last month
// paid, "new one from <month>" the month paying resumed.
func TestPaidThrough22c(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in      string
		since   *rules.Month
		resumed *rules.Month
	}{
		{"switched jobs in shenzhen, the old company paid until july, the new company pays from october", m22c(8), m22c(10)},
		{"changed jobs in dongguan, previous employer paid up to june, new employer from september", m22c(7), m22c(9)},
		{"changed job, my old boss paid through october, the new job started in december", m22c(11), m22c(12)},
		{"left my job, old boss paid me through september, no new job yet", m22c(10), nil},
	} {
		e := Analyze(c.in, today, nil, "").Extracted
		if e.Gap == nil || e.Gap.Since == nil || *e.Gap.Since != *c.since {
			t.Errorf("%q: %s; want gap since %v", c.in, e, *c.since)
			continue
		}
		if (c.resumed == nil) != (e.Resumed == nil) || c.resumed != nil && *e.Resumed != *c.resumed {
			t.Errorf("%q: %s; want resumed %v", c.in, e, c.resumed)
		}
	}
	// A gap told as a count stays as told.
	if e := Analyze("changed jobs, gap of 3 months, old employer paid through june", today, nil, "").Extracted; e.Gap == nil || e.Gap.Since != nil || e.Gap.Months != 3 {
		t.Errorf("gap of 3 months: %s", e)
	}
}

// Audit round 22, R22-M2 (M3e): an employer that paid within the tax
// office's deadline has paid the months back.
func TestPaidWithinDeadline22c(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in   string
		paid *rules.Month
	}{
		{"my company missed august, then paid everything they owed in october within the deadline. shaoxing. is my august hospital stay covered?", m22c(10)},
		{"wenzhou, employer owed july and august, the tax office set a deadline and they paid it all within it in september", m22c(9)},
		{"company in ningbo owed me 2 months, they paid within the deadline in november, can i claim my october bill", m22c(11)},
	} {
		e := Analyze(c.in, today, nil, "").Extracted
		if e.ArrearsPaid == nil || *e.ArrearsPaid != *c.paid {
			t.Errorf("%q: %s; want arrears paid %v", c.in, e, *c.paid)
		}
	}
}
