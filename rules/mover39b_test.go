package rules_test

import (
	"slices"
	"testing"
	"time"

	"bujiao/rules"
)

// Audit round 30, R30-W1 (fix39b), over dates: Shanghai 2025 No. 7 三(四)
// ¶2 (a flexible join within 3 months after employee benefits stopped has
// no wait) and ¶1 (otherwise 6 months), S7 (the 15th of the month after
// the payment), for an employer's gap ended by flexible payments in
// Shanghai, the old cover in Shanghai or in another city.
func TestFlexAfterJob39b(t *testing.T) {
	today := day(2026, time.December, 7)
	f := func(cross bool, since, ended rules.Month) rules.Facts {
		return rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementWorking, Payer: rules.PayerUnit,
			Reason: rules.ReasonLeftJob, Region: "shanghai", Since: &since, GapEnded: &ended, CrossCity: bp(cross)}
	}
	m := func(n time.Month) rules.Month { return mon(2026, n) }
	d := func(mm time.Month, dd int) string { return day(2026, mm, dd).String() }
	d27 := func(mm time.Month, dd int) string { return day(2027, mm, dd).String() }
	for _, c := range []struct {
		name                 string
		f                    rules.Facts
		on, earliest, latest string // "" = none
		noEarlierThan        string // never a day before it
	}{
		// Same city: stop 次月15日; within 3 months of it, no wait.
		{"sh job to sep, flex nov: waiver, 12-15", f(false, m(10), m(11)), d(12, 15), "", "", d(12, 15)},
		{"sh job to jul, flex sep: waiver, 10-15", f(false, m(8), m(9)), d(10, 15), "", "", d(10, 15)},
		{"sh job to jul, flex nov (by 12-14): waiver, 12-15", f(false, m(8), m(11)), d(12, 15), "", "", d(12, 15)},
		// More than 3 months after the stop: the 6-month wait holds.
		{"sh job to mar, flex sep: 6 months, 2027-03-15", f(false, m(4), m(9)), d27(3, 15), "", "", d27(3, 15)},
		// Another city's cover (stop an estimate): more than 3 months
		// after it, never before Shanghai's wait (within 3 months the
		// knowledge base's conflict of 43号 ① and Shanghai's rule names
		// both: scenario fix39b.yaml).
		{"suzhou job to mar, sh flex sep: not before 2027-03-15", f(true, m(4), m(9)), "", d27(3, 15), d27(4, 15), d27(3, 15)},
		{"suzhou job to may, sh flex oct: not before 2027-04-15", f(true, m(6), m(10)), "", d27(4, 15), d27(5, 15), d27(4, 15)},
	} {
		t.Run(c.name, func(t *testing.T) {
			o, err := rules.Evaluate(c.f, shanghaiPolicy(), today, false)
			if err != nil {
				t.Fatal(err)
			}
			str := func(p *rules.Date) string {
				if p == nil {
					return ""
				}
				return p.String()
			}
			if str(o.ResumesOn) != c.on || str(o.ResumesEarliest) != c.earliest || str(o.ResumesLatest) != c.latest {
				t.Errorf("resumes on %q earliest %q latest %q, want %q %q %q", str(o.ResumesOn), str(o.ResumesEarliest), str(o.ResumesLatest), c.on, c.earliest, c.latest)
			}
			for _, p := range []*rules.Date{o.ResumesOn, o.ResumesEarliest} {
				if p != nil && p.String() < c.noEarlierThan {
					t.Errorf("cover back %v, before %s", *p, c.noEarlierThan)
				}
			}
			if slices.Contains(o.Notes, rules.NoteStopAhead) || slices.Contains(o.AskLocally, rules.AskPayBeforeStop) {
				t.Errorf("a stop already passed told as ahead: %v %v", o.Notes, o.AskLocally)
			}
		})
	}
}
