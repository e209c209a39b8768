package rules_test

import (
	"testing"
	"time"

	"bujiao/rules"
)

// TestTreatmentIfPaidBy: where national and regional rules disagree for a
// mover, a treatment day on or after the region's latest date is covered
// under the region's rule only if paid (registered) by the last day of the
// latest month whose regional date is not after it; never "after-resume"
// (audit round 4, R4-M1). Expected days from Zhejiang art. 28 ¶2 (2nd
// natural month counting registration) and Shanghai S6 三(三) / art. 15
// (the month after paying, on the 15th).
func TestTreatmentIfPaidBy(t *testing.T) {
	// The conflicts as knowledge/kb/regions/*.yaml give them (the shared
	// hand mirrors leave them out).
	zj, sh := zhejiangPolicy(), shanghaiPolicy()
	zj.TransferGapConflict = []rules.Citation{cite("zj-msr", 24), cite("zj-msr", 29)}
	zj.TransferStartConflict = []rules.Citation{cite("zj-msr", 28)}
	sh.TransferGapConflict = []rules.Citation{cite("sh-msr", 15)}
	cases := []struct {
		name   string
		policy rules.Policy
		today  rules.Date
		treat  rules.Date
		why    string
		payBy  string
		latest string
	}{
		{"zhejiang 30 nov, treat 10 dec", zj, day(2026, time.November, 30), day(2026, time.December, 10), rules.TreatIfPaidBy, "2026-11-30", "2026-12-01"},
		{"zhejiang 30 nov, treat 1 dec", zj, day(2026, time.November, 30), day(2026, time.December, 1), rules.TreatIfPaidBy, "2026-11-30", "2026-12-01"},
		{"zhejiang 30 nov, treat 1 jan", zj, day(2026, time.November, 30), day(2027, time.January, 1), rules.TreatIfPaidBy, "2026-12-31", "2026-12-01"},
		{"zhejiang 30 nov, treat 29 feb 2028", zj, day(2026, time.November, 30), day(2028, time.February, 29), rules.TreatIfPaidBy, "2028-01-31", "2026-12-01"},
		{"zhejiang 30 nov, treat 30 nov (before the latest)", zj, day(2026, time.November, 30), day(2026, time.November, 30), rules.TreatNotSettled, "", "2026-12-01"},
		{"shanghai 30 nov, treat 20 dec", sh, day(2026, time.November, 30), day(2026, time.December, 20), rules.TreatIfPaidBy, "2026-11-30", "2026-12-15"},
		{"shanghai 30 nov, treat 14 jan (before the 15th)", sh, day(2026, time.November, 30), day(2027, time.January, 14), rules.TreatIfPaidBy, "2026-11-30", "2026-12-15"},
		{"shanghai 30 nov, treat 15 jan", sh, day(2026, time.November, 30), day(2027, time.January, 15), rules.TreatIfPaidBy, "2026-12-31", "2026-12-15"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementWorking, Payer: rules.PayerUnit,
				Reason: rules.ReasonJobChange, CrossCity: bp(true), GapMonths: ip(2), Region: c.policy.Region, TreatmentDate: &c.treat}
			o, err := rules.Evaluate(f, c.policy, c.today, false)
			if err != nil {
				t.Fatal(err)
			}
			wantDate(t, "ResumesLatest", o.ResumesLatest, c.latest)
			wantDate(t, "LatestIfPaidBy", o.LatestIfPaidBy, c.today.MonthOf().LastDay().String())
			if o.Treatment == nil {
				t.Fatal("no treatment judged")
			}
			if o.Treatment.Why != c.why {
				t.Errorf("Why = %q, want %q", o.Treatment.Why, c.why)
			}
			if o.Treatment.Covered.Known() {
				t.Errorf("Covered = %v, want unknown", o.Treatment.Covered)
			}
			if c.payBy != "" {
				wantDate(t, "Treatment.By", o.Treatment.By, c.payBy)
			}
		})
	}
}
