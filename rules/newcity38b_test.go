package rules_test

import (
	"testing"
	"time"

	"bujiao/rules"
)

// TestBackPaidNewCity38b (R29-W1): a gap begun in Shanghai and ended by a
// job in another city. Up to 3 months (43号 ①): cover for the gap once paid
// back, a day in the gap conditional (never covered outright, never "not
// covered"); more than 3 months (43号 ③): gap cover not yes.
func TestBackPaidNewCity38b(t *testing.T) {
	today := day(2026, time.December, 7)
	m := func(mo time.Month) rules.Month { return rules.Month{Year: 2026, Month: mo} }
	cases := []struct {
		name         string
		since, ended rules.Month
		on           rules.Date
		stopped      string
		retro        bool
		covered      rules.Tri
	}{
		{"RM1 jul 25, 2 months", m(time.June), m(time.August), day(2026, time.July, 25), "2026-07-15", true, rules.TriUnknown},
		{"RM1 jul 10 before the stop", m(time.June), m(time.August), day(2026, time.July, 10), "2026-07-15", true, rules.TriYes},
		{"RM1 jul 15 the stop day", m(time.June), m(time.August), day(2026, time.July, 15), "2026-07-15", true, rules.TriUnknown},
		{"3 months, aug 20", m(time.June), m(time.September), day(2026, time.August, 20), "2026-07-15", true, rules.TriUnknown},
		{"4 months, aug 20", m(time.June), m(time.October), day(2026, time.August, 20), "2026-07-15", false, rules.TriNo},
		{"5 months, sep 1", m(time.May), m(time.October), day(2026, time.September, 1), "2026-06-15", false, rules.TriNo},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			since, ended := c.since, c.ended
			f := rules.Facts{Scheme: rules.SchemeEmployee, Payer: rules.PayerUnit, Reason: rules.ReasonJobChange, CrossCity: bp(true),
				GapBeganHere: bp(true), Since: &since, GapEnded: &ended}
			p := shanghaiPolicy()
			f.Region, f.Retirement = p.Region, rules.RetirementWorking
			on := c.on
			f.TreatmentDate = &on
			o, err := rules.Evaluate(f, p, today, false)
			if err != nil {
				t.Fatal(err)
			}
			wantDate(t, "StoppedOn", o.StoppedOn, c.stopped)
			if o.Retroactive.Yes() != c.retro {
				t.Errorf("gap %d months: retroactive %v, want yes=%v", o.GapMonths, o.Retroactive, c.retro)
			}
			if o.Treatment == nil || o.Treatment.Covered != c.covered {
				t.Errorf("treatment %+v, want covered %v", o.Treatment, c.covered)
			}
		})
	}
}
