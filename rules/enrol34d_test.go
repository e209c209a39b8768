package rules_test

import (
	"slices"
	"testing"
	"time"

	"bujiao/rules"
)

// fix34d (audit round 27 Z1/W2b): a first enrolment whose registration
// day is told and past gets no "register" first step (the employer or the
// person already did); a registration day still ahead keeps it. Cover
// starts from the 2nd natural month (Zhejiang arts. 28 ¶2 / 29 ¶1).
func TestFirstEnrolRegistered34d(t *testing.T) {
	today := day(2026, time.December, 7)
	first := func(payer rules.Payer, reg rules.Date) rules.Facts {
		return rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementWorking, Payer: payer,
			FirstEnrolment: bp(true), PayDate: ptrDate(reg), Region: "zhejiang"}
	}
	cases := []struct {
		name      string
		f         rules.Facts
		first     string
		never     string
		resumesOn rules.Date
	}{
		{"unit registered 11-16", first(rules.PayerUnit, day(2026, time.November, 16)), rules.StepUnitRegistered, rules.StepUnitRegister, day(2026, time.December, 1)},
		{"unit registered 12-01", first(rules.PayerUnit, day(2026, time.December, 1)), rules.StepUnitRegistered, rules.StepUnitRegister, day(2027, time.January, 1)},
		{"unit registered today", first(rules.PayerUnit, today), rules.StepUnitRegistered, rules.StepUnitRegister, day(2027, time.January, 1)},
		{"unit to register 12-20", first(rules.PayerUnit, day(2026, time.December, 20)), rules.StepUnitRegister, rules.StepUnitRegistered, day(2027, time.January, 1)},
		{"self registered 11-15", first(rules.PayerIndividual, day(2026, time.November, 15)), rules.StepSelfRegistered, rules.StepRegisterSelf, day(2026, time.December, 1)},
		{"self registered 10-28", first(rules.PayerIndividual, day(2026, time.October, 28)), rules.StepSelfRegistered, rules.StepRegisterSelf, day(2026, time.November, 1)},
		{"self to register 12-15", first(rules.PayerIndividual, day(2026, time.December, 15)), rules.StepRegisterSelf, rules.StepSelfRegistered, day(2027, time.January, 1)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			o, err := rules.Evaluate(c.f, zhejiangPolicy(), today, false)
			if err != nil {
				t.Fatal(err)
			}
			if o.Path != rules.PathFirstEnrolment || len(o.Steps) == 0 || o.Steps[0] != c.first || slices.Contains(o.Steps, c.never) {
				t.Errorf("path %s steps %v, want first %s and never %s", o.Path, o.Steps, c.first, c.never)
			}
			if o.ResumesOn == nil || *o.ResumesOn != c.resumesOn {
				t.Errorf("resumes on %v, want %v", o.ResumesOn, c.resumesOn)
			}
		})
	}
}
