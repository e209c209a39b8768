package rules_test

import (
	"testing"
	"time"

	"bujiao/rules"
)

// Audit round 27, R27-M6 (fix34b): Zhejiang, the employer owes from
// August and pays it all back in November (art. 28 ¶4): cover back 12-01;
// a day from the stop (09-01) to then is the fund's if paid by the
// deadline (¶3), the employer's after it (¶4); before the stop, covered;
// from the return, as after a resume.
func TestEmployerBears34b(t *testing.T) {
	today := day(2026, time.December, 7)
	since, paid := mon(2026, time.August), mon(2026, time.November)
	zj := zhejiangPolicy()
	zj.UnitArrears.SuspendFromSecondMonth = true // as knowledge/kb/regions/zhejiang.yaml
	for _, c := range []struct {
		d       rules.Date
		why     string
		covered rules.Tri
	}{
		{day(2026, time.August, 20), rules.TreatBeforeStop, rules.TriYes},
		{day(2026, time.September, 1), rules.TreatEmployerBears, rules.TriUnknown},
		{day(2026, time.October, 15), rules.TreatEmployerBears, rules.TriUnknown},
		{day(2026, time.November, 30), rules.TreatEmployerBears, rules.TriUnknown},
		{day(2026, time.December, 15), rules.TreatAfterResume, rules.TriUnknown},
	} {
		f := rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementWorking, Payer: rules.PayerUnit,
			Reason: rules.ReasonArrears, Region: "zhejiang", Since: &since, ArrearsPaid: &paid, TreatmentDate: ptrDate(c.d)}
		o, err := rules.Evaluate(f, zj, today, false)
		if err != nil {
			t.Fatal(err)
		}
		if o.ResumesOn == nil || *o.ResumesOn != day(2026, time.December, 1) || !o.EmployerBearsGap() {
			t.Fatalf("resumes %v, employer bears %v", o.ResumesOn, o.EmployerBearsGap())
		}
		if o.Treatment == nil || o.Treatment.Why != c.why || c.why != rules.TreatAfterResume && o.Treatment.Covered != c.covered {
			t.Errorf("%s: %+v, want %s", c.d, o.Treatment, c.why)
		}
	}
	// Shanghai has no such rule: never "employer bears".
	s := mon(2026, time.September)
	f := rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementWorking, Payer: rules.PayerUnit,
		Reason: rules.ReasonArrears, Region: "shanghai", Since: &s, ArrearsPaid: &paid, TreatmentDate: ptrDate(day(2026, time.October, 20))}
	if o, err := rules.Evaluate(f, shanghaiPolicy(), today, false); err != nil || o.EmployerBearsGap() || o.Treatment.Why == rules.TreatEmployerBears {
		t.Errorf("shanghai: %v %+v", err, o.Treatment)
	}
}
