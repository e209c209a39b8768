package rules_test

import (
	"testing"
	"time"

	"bujiao/rules"
)

// TestCeilingBoundaryR13 (audit round 13 R13-U1): no source says how the
// 43号 ③ / 粤医保规〔2022〕6号 art. 12 "不超过6个月" wait is counted. A
// November payment's wait ends on 31 May counted from the payment day, on
// 1 June counted in whole months after the payment month: 31 May is not
// settled, 1 June is the latest ("at the latest"), for every payment month
// and day, and on every path that reaches the ceiling.
func TestCeilingBoundaryR13(t *testing.T) {
	dec7 := day(2026, time.December, 7)
	mover := func(ended *rules.Month, gap int, treat *rules.Date) rules.Facts {
		return rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementWorking, Payer: rules.PayerUnit,
			Reason: rules.ReasonJobChange, CrossCity: bp(true), GapMonths: ip(gap), GapEnded: ended, TreatmentDate: treat}
	}
	self := func(gap int, treat *rules.Date) rules.Facts {
		return rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementWorking, Payer: rules.PayerIndividual,
			CrossCity: bp(true), GapMonths: ip(gap), TreatmentDate: treat}
	}
	cases := []struct {
		name   string
		p      rules.Policy
		f      rules.Facts
		latest string
		why    string
	}{
		// The audit's Q10: paid in November, the day 31 May.
		{"november payment, 31 may", nationalPolicy(), mover(monp(2026, time.November), 6, dayp(2027, time.May, 31)),
			"2027-06-01", rules.TreatNotSettled},
		{"november payment, 1 june", nationalPolicy(), mover(monp(2026, time.November), 6, dayp(2027, time.June, 1)),
			"2027-06-01", rules.TreatAfterResume},
		// C1 / Q12: paid in December (this month), 30 June and 1 July.
		{"december payment, 30 june", nationalPolicy(), mover(monp(2026, time.December), 4, dayp(2027, time.June, 30)),
			"2027-07-01", rules.TreatNotSettled},
		{"december payment, 1 july", nationalPolicy(), mover(monp(2026, time.December), 4, dayp(2027, time.July, 1)),
			"2027-07-01", rules.TreatAfterResume},
		// Paying today (7 December): counted from the day, 8 June; in whole
		// months after December, 1 July.
		{"paying today, 8 june", nationalPolicy(), self(8, dayp(2027, time.June, 8)), "2027-07-01", rules.TreatNotSettled},
		{"paying today, 30 june", nationalPolicy(), self(8, dayp(2027, time.June, 30)), "2027-07-01", rules.TreatNotSettled},
		{"paying today, 1 july", nationalPolicy(), self(8, dayp(2027, time.July, 1)), "2027-07-01", rules.TreatAfterResume},
		// Guangdong art. 12 has the same ceiling for moves in the province.
		{"guangdong november payment, 31 may", guangdongPolicy(), mover(monp(2026, time.November), 6, dayp(2027, time.May, 31)),
			"2027-06-01", rules.TreatNotSettled},
		// February (28 days): counted from the 28th, 29 August; in whole
		// months, 1 September.
		{"february payment, 31 august", nationalPolicy(), mover(monp(2027, time.February), 6, dayp(2027, time.August, 31)),
			"2027-09-01", rules.TreatNotSettled},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := c.f
			f.Region = c.p.Region
			td := dec7
			if f.GapEnded != nil && f.GapEnded.Since(td.MonthOf()) > 0 {
				td = f.GapEnded.LastDay()
			}
			o, err := rules.Evaluate(f, c.p, td, false)
			if err != nil {
				t.Fatal(err)
			}
			if o.ResumesOn != nil {
				t.Errorf("ResumesOn %s under a ceiling", o.ResumesOn)
			}
			wantDate(t, "ResumesLatest", o.ResumesLatest, c.latest)
			if o.Treatment == nil || o.Treatment.Why != c.why {
				t.Fatalf("treatment %+v, want %s", o.Treatment, c.why)
			}
			if o.Treatment.Covered == rules.TriYes {
				t.Errorf("a day under a ceiling called covered outright")
			}
		})
	}
}
