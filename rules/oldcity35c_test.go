package rules_test

import (
	"slices"
	"testing"
	"time"

	"bujiao/rules"
)

// TestOldCityStopDay35c: the stop day of a mover's gap is the city where
// the gap began. When the region named is that old city (GapBeganHere),
// its own day applies (Shanghai 次月15日, S7): a day before it is covered,
// a day on or after it is not; when the region is the new city, the old
// city's day is the convention's (R14-W2) and nothing is promised.
func TestOldCityStopDay35c(t *testing.T) {
	today := day(2026, time.December, 7)
	sep, oct, dec := rules.Month{Year: 2026, Month: time.September}, rules.Month{Year: 2026, Month: time.October},
		rules.Month{Year: 2026, Month: time.December}
	nov := rules.Month{Year: 2026, Month: time.November}
	emp := func(since rules.Month, ended rules.Month, here *bool) rules.Facts {
		return rules.Facts{Scheme: rules.SchemeEmployee, Payer: rules.PayerUnit, Reason: rules.ReasonJobChange, CrossCity: bp(true),
			Since: &since, GapEnded: &ended, GapBeganHere: here}
	}
	self := func(since rules.Month, here *bool) rules.Facts {
		return rules.Facts{Scheme: rules.SchemeEmployee, Payer: rules.PayerIndividual, Reason: rules.ReasonLeftJob, CrossCity: bp(true),
			Since: &since, GapBeganHere: here}
	}
	cases := []struct {
		name    string
		f       rules.Facts
		on      rules.Date
		stopped string
		covered rules.Tri
	}{
		// E3: Shanghai → Guangzhou, September unpaid, job Nov 1.
		{"old city SH, Oct 12 (before the 15th)", emp(sep, nov, bp(true)), day(2026, time.October, 12), "2026-10-15", rules.TriYes},
		{"old city SH, Oct 14 (day before)", emp(sep, nov, bp(true)), day(2026, time.October, 14), "2026-10-15", rules.TriYes},
		{"old city SH, Oct 1", emp(sep, nov, bp(true)), day(2026, time.October, 1), "2026-10-15", rules.TriYes},
		{"old city SH, Sep 20 (gap month)", emp(sep, nov, bp(true)), day(2026, time.September, 20), "2026-10-15", rules.TriYes},
		// On the stop day: covered only if the gap is back-paid at the new place (43号 ①).
		{"old city SH, Oct 15 (stop day)", emp(sep, nov, bp(true)), day(2026, time.October, 15), "2026-10-15", rules.TriUnknown},
		// RW2: Shanghai → Wuhan, August unpaid, Sep 20 after the stop.
		{"old city SH, Aug gap, Sep 20", self(rules.Month{Year: 2026, Month: time.August}, bp(true)), day(2026, time.September, 20), "2026-09-15", rules.TriNo},
		{"old city SH, Aug gap, Sep 10", self(rules.Month{Year: 2026, Month: time.August}, bp(true)), day(2026, time.September, 10), "2026-09-15", rules.TriYes},
		// Control: the region is the new city: the old city's day is unknown.
		{"new city SH, Oct 12", emp(sep, nov, nil), day(2026, time.October, 12), "2026-10-01", rules.TriUnknown},
		{"new city SH, Oct 12, said false", emp(sep, nov, bp(false)), day(2026, time.October, 12), "2026-10-01", rules.TriUnknown},
		{"new city SH, Nov 2", emp(oct, dec, nil), day(2026, time.November, 2), "2026-11-01", rules.TriUnknown},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := c.f
			p := shanghaiPolicy()
			f.Region, f.Retirement = p.Region, rules.RetirementWorking
			f.TreatmentDate = &c.on
			o, err := rules.Evaluate(f, p, today, false)
			if err != nil {
				t.Fatal(err)
			}
			wantDate(t, "StoppedOn", o.StoppedOn, c.stopped)
			here := f.GapBeganHere != nil && *f.GapBeganHere
			if here == slices.Contains(o.Notes, rules.NoteMoverStopOldCity) {
				t.Errorf("gap began here %v, notes %v", here, o.Notes)
			}
			if o.Treatment == nil {
				t.Fatal("no treatment judged")
			}
			if o.Treatment.Covered != c.covered {
				t.Errorf("%s: covered %v (%s), want %v", c.on, o.Treatment.Covered, o.Treatment.Why, c.covered)
			}
		})
	}
}
