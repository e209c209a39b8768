package rules_test

import (
	"testing"
	"time"

	"bujiao/rules"
)

// A first enrolment with its registration day told (fix32a, R25-W3/W7):
// cover starts from the registration month's 2nd natural month (Zhejiang
// arts. 28 ¶2, 29 ¶1), never from today's month; a day from the
// registration month to that start is not covered; where no source dates
// the start (the national baseline), no day is called covered.
func TestFirstEnrolmentRegistrationDay32a(t *testing.T) {
	today := day(2026, time.December, 7)
	first := func(payer rules.Payer, reg *rules.Date, treat rules.Date) rules.Facts {
		return rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementWorking, Payer: payer,
			Region: "x", FirstEnrolment: bp(true), PayDate: reg, TreatmentDate: ptrDate(treat)}
	}
	nov28, dec2, dec14 := ptrDate(day(2026, time.November, 28)), ptrDate(day(2026, time.December, 2)), ptrDate(day(2026, time.December, 14))
	for _, c := range []struct {
		name    string
		p       rules.Policy
		f       rules.Facts
		resumes string
		covered rules.Tri
		why     string
	}{
		{"zj flexible registered 11-28, day 12-18: covered from 12-01", zhejiangPolicy(),
			first(rules.PayerIndividual, nov28, day(2026, time.December, 18)), "2026-12-01", rules.TriUnknown, rules.TreatAfterResume},
		{"zj flexible registered 11-28, day 11-28: not covered", zhejiangPolicy(),
			first(rules.PayerIndividual, nov28, day(2026, time.November, 28)), "2026-12-01", rules.TriNo, rules.TreatBeforeResume},
		{"zj flexible registered 11-28, day 11-30: not covered", zhejiangPolicy(),
			first(rules.PayerIndividual, nov28, day(2026, time.November, 30)), "2026-12-01", rules.TriNo, rules.TreatBeforeResume},
		{"zj flexible registered 12-02, day 12-20: not covered (starts 2027-01-01)", zhejiangPolicy(),
			first(rules.PayerIndividual, dec2, day(2026, time.December, 20)), "2027-01-01", rules.TriNo, rules.TreatBeforeResume},
		{"zj employer registered 11-28, day 12-01: after the start", zhejiangPolicy(),
			first(rules.PayerUnit, nov28, day(2026, time.December, 1)), "2026-12-01", rules.TriUnknown, rules.TreatAfterResume},
		{"national first job from 12-14, day 12-28: not settled", nationalPolicy(),
			first(rules.PayerUnit, dec14, day(2026, time.December, 28)), "", rules.TriUnknown, rules.TreatNotSettled},
		{"national first job, no day told, day 12-28: not settled", nationalPolicy(),
			first(rules.PayerUnit, nil, day(2026, time.December, 28)), "", rules.TriUnknown, rules.TreatNotSettled},
	} {
		t.Run(c.name, func(t *testing.T) {
			o, err := rules.Evaluate(c.f, c.p, today, false)
			if err != nil {
				t.Fatal(err)
			}
			if o.Path != rules.PathFirstEnrolment {
				t.Errorf("path %s, want first-enrolment", o.Path)
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
				if u.Fact == rules.FieldPayDate && c.f.PayDate != nil && c.resumes != "" {
					t.Errorf("the registration day is reported unused: %+v", u)
				}
			}
		})
	}
}
