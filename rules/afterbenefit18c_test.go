package rules_test

import (
	"testing"
	"time"

	"bujiao/rules"
)

// Paying again after an ended unemployment benefit (audit round 7 R9-W1):
// the resumption is used, never ignored; Zhejiang art. 30 ¶3 counts the
// third natural month from the month paid; with the month unknown the
// day is not settled; paid from the month after the benefit, ¶2's prompt
// continuation gives no first day.
func TestPayingAgainAfterBenefit(t *testing.T) {
	today := day(2026, time.December, 7)
	base := func(region string, ended rules.Month) rules.Facts {
		return rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementWorking, Reason: rules.ReasonUnemployment,
			Region: region, BenefitEnded: &ended, TreatmentDate: ptrDate(day(2026, time.December, 20))}
	}
	withEnd := func(f rules.Facts, m rules.Month) rules.Facts { f.GapEnded = &m; return f }
	again := func(f rules.Facts) rules.Facts { f.PayingAgain = bp(true); return f }
	cases := []struct {
		name    string
		p       rules.Policy
		f       rules.Facts
		resumes string
		covered rules.Tri
		why     string
	}{
		{"zhejiang, benefit to august, paying since october: covered from 2026-12-01", zhejiangPolicy(),
			withEnd(base("zhejiang", mon(2026, time.August)), mon(2026, time.October)), "2026-12-01", rules.TriUnknown, rules.TreatAfterResume},
		{"zhejiang, benefit to september, paying since november: 2027-01-01", zhejiangPolicy(),
			withEnd(base("zhejiang", mon(2026, time.September)), mon(2026, time.November)), "2027-01-01", rules.TriNo, rules.TreatInGap},
		{"zhejiang, paying again, month unknown: not settled", zhejiangPolicy(),
			again(base("zhejiang", mon(2026, time.September))), "", rules.TriUnknown, rules.TreatNotSettled},
		{"zhejiang, paid from the month after the benefit: prompt, not settled", zhejiangPolicy(),
			withEnd(base("zhejiang", mon(2026, time.September)), mon(2026, time.October)), "", rules.TriUnknown, rules.TreatNotSettled},
		{"shanghai, benefit to august, paying since october: not settled", shanghaiPolicy(),
			withEnd(base("shanghai", mon(2026, time.August)), mon(2026, time.October)), "", rules.TriUnknown, rules.TreatNotSettled},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			o, err := rules.Evaluate(c.f, c.p, today, false)
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if o.ResumesOn != nil {
				got = o.ResumesOn.String()
			}
			if got != c.resumes {
				t.Errorf("resumes_on %q, want %q", got, c.resumes)
			}
			if o.Treatment == nil || o.Treatment.Covered != c.covered || o.Treatment.Why != c.why {
				t.Errorf("treatment %+v, want %v %s", o.Treatment, c.covered, c.why)
			}
			for _, u := range o.Unused {
				if u.Fact == rules.FieldGapEnded || u.Fact == rules.FieldPayingAgain {
					t.Errorf("the resumption is reported unused: %+v", u)
				}
			}
		})
	}
}
