package rules_test

import (
	"testing"
	"time"

	"bujiao/rules"
)

// Audit round 25 (fix32b): R25-W2, W4, W5 — days after a break judged by the
// month paying resumed.
//
//   - W2/W5 (Zhejiang art. 29 ¶2): a self-payer who resumed in month R is
//     covered from the 3rd natural month counting R; a day before it is
//     never called covered: not covered, or, after a back-payment, not
//     settled (¶3: a city's more favourable rule may bring it earlier).
//     A day from it on is judged as after the resume.
//   - W4 (Shanghai art. 15, 沪医保规〔2025〕7号 三(三), S7 次月15日): a
//     same-city job change whose new employer pays from October is covered
//     again from 11-15 (after the resume); a day in the stopped time, 11-10
//     included, is not covered.
func TestResumedMonth32b(t *testing.T) {
	today := day(2026, time.December, 7)
	self := func(since, resumed rules.Month, paidBack *rules.Month, d rules.Date) rules.Facts {
		return rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementWorking, Payer: rules.PayerIndividual,
			Region: "zhejiang", Since: &since, GapEnded: &resumed, PaidBack: paidBack, TreatmentDate: ptrDate(d)}
	}
	job := func(since, ended rules.Month, d rules.Date) rules.Facts {
		return rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementWorking, Payer: rules.PayerUnit,
			Reason: rules.ReasonJobChange, Region: "shanghai", Since: &since, GapEnded: &ended, CrossCity: bp(false),
			TreatmentDate: ptrDate(d)}
	}
	nov, oct := mon(2026, time.November), mon(2026, time.October)
	cases := []struct {
		name    string
		p       rules.Policy
		f       rules.Facts
		notYes  bool // the day must not be called covered
		covered rules.Tri
		why     string
	}{
		{"W2 zj aug–sep, resumed + paid back nov, 12-20", zhejiangPolicy(),
			self(mon(2026, time.August), nov, &nov, day(2026, time.December, 20)), true, rules.TriUnknown, rules.TreatNotSettled},
		{"W2 zj aug–sep, resumed + paid back nov, 12-31", zhejiangPolicy(),
			self(mon(2026, time.August), nov, &nov, day(2026, time.December, 31)), true, rules.TriUnknown, rules.TreatNotSettled},
		{"W2 zj aug–sep, resumed nov, no back-pay, 12-20", zhejiangPolicy(),
			self(mon(2026, time.August), nov, nil, day(2026, time.December, 20)), true, rules.TriNo, rules.TreatInGap},
		{"W5 zj sep, resumed + paid back oct, 12-09", zhejiangPolicy(),
			self(mon(2026, time.September), oct, &oct, day(2026, time.December, 9)), false, rules.TriUnknown, rules.TreatAfterResume},
		{"W5 zj sep, resumed + paid back oct, 11-20", zhejiangPolicy(),
			self(mon(2026, time.September), oct, &oct, day(2026, time.November, 20)), true, rules.TriUnknown, rules.TreatNotSettled},
		{"W5 zj sep, resumed oct, no back-pay, 12-09", zhejiangPolicy(),
			self(mon(2026, time.September), oct, nil, day(2026, time.December, 9)), false, rules.TriUnknown, rules.TreatAfterResume},
		{"W4 sh same city aug–sep, new job oct, 12-10", shanghaiPolicy(),
			job(mon(2026, time.August), oct, day(2026, time.December, 10)), false, rules.TriUnknown, rules.TreatAfterResume},
		{"W4 sh same city aug–sep, new job oct, 11-20", shanghaiPolicy(),
			job(mon(2026, time.August), oct, day(2026, time.November, 20)), false, rules.TriUnknown, rules.TreatAfterResume},
		{"W4 sh same city aug–sep, new job oct, 09-20", shanghaiPolicy(),
			job(mon(2026, time.August), oct, day(2026, time.September, 20)), true, rules.TriNo, rules.TreatInGap},
		{"W4 sh same city aug–sep, new job oct, 11-10", shanghaiPolicy(),
			job(mon(2026, time.August), oct, day(2026, time.November, 10)), true, rules.TriNo, rules.TreatInGap},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			o, err := rules.Evaluate(c.f, c.p, today, false)
			if err != nil {
				t.Fatal(err)
			}
			if o.Treatment == nil {
				t.Fatalf("no treatment judged")
			}
			if c.notYes && o.Treatment.Covered == rules.TriYes {
				t.Errorf("%v called covered: %+v", c.f.TreatmentDate, o.Treatment)
			}
			if o.Treatment.Covered != c.covered || o.Treatment.Why != c.why {
				t.Errorf("treatment %+v (resumes on %v, latest %v), want %v %s", o.Treatment, o.ResumesOn, o.ResumesLatest, c.covered, c.why)
			}
		})
	}
}
