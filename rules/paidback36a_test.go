package rules_test

import (
	"testing"
	"time"

	"bujiao/rules"
)

// Audit round 28 (fix36a), R28-M2: a same-city job change in Shanghai whose
// missed months were paid back in month B is covered again from the 15th of
// the month after B (沪医保规〔2025〕7号 三(三) "足额补缴医疗保险费的次月"; S7
// 次月15日), never from B's own 15th; the stopped time stays unpaid
// (上海条例 art. 15); a day before the stop is covered.
// A day after the start or return is judged as after it (covered while
// the employer keeps paying: unknown), never before it.
func TestPaidBackUnit36a(t *testing.T) {
	today := day(2026, time.December, 7)
	oct, nov, dec := mon(2026, time.October), mon(2026, time.November), mon(2026, time.December)
	job := func(since rules.Month, gap int, ended, paidBack *rules.Month, d rules.Date) rules.Facts {
		return rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementWorking, Payer: rules.PayerUnit,
			Reason: rules.ReasonJobChange, Region: "shanghai", Since: &since, GapMonths: ip(gap), GapEnded: ended,
			PaidBack: paidBack, CrossCity: bp(false), TreatmentDate: ptrDate(d)}
	}
	cases := []struct {
		name              string
		f                 rules.Facts
		on, earliest, lat *rules.Date
		covered           rules.Tri
	}{
		{"oct–nov back-paid dec, 11-02", job(oct, 2, nil, &dec, day(2026, time.November, 2)), ptrDate(day(2027, time.January, 15)), nil, nil, rules.TriYes},
		{"oct–nov back-paid dec, 12-20", job(oct, 2, nil, &dec, day(2026, time.December, 20)), ptrDate(day(2027, time.January, 15)), nil, nil, rules.TriNo},
		{"oct–nov back-paid dec, 2027-01-14", job(oct, 2, nil, &dec, day(2027, time.January, 14)), ptrDate(day(2027, time.January, 15)), nil, nil, rules.TriNo},
		{"oct back-paid nov, 11-20", job(oct, 1, nil, &nov, day(2026, time.November, 20)), ptrDate(day(2026, time.December, 15)), nil, nil, rules.TriNo},
		{"new job dec told, back-paid dec, 11-20", job(oct, 2, &dec, &dec, day(2026, time.November, 20)), ptrDate(day(2027, time.January, 15)), nil, nil, rules.TriNo},
		{"new job nov told, back-paid dec, 12-20", job(oct, 1, &nov, &dec, day(2026, time.December, 20)), ptrDate(day(2026, time.December, 15)), nil, nil, rules.TriUnknown},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			o, err := rules.Evaluate(c.f, shanghaiPolicy(), today, false)
			if err != nil {
				t.Fatal(err)
			}
			if !eqDate(o.ResumesOn, c.on) || !eqDate(o.ResumesEarliest, c.earliest) || !eqDate(o.ResumesLatest, c.lat) {
				t.Errorf("resumes on %v earliest %v latest %v, want %v %v %v", o.ResumesOn, o.ResumesEarliest, o.ResumesLatest, c.on, c.earliest, c.lat)
			}
			if o.ResumesOn != nil && o.ResumesOn.Before(day(2027, time.January, 1)) && c.f.PaidBack.Since(dec) == 0 && c.f.GapEnded == nil {
				t.Errorf("cover back %v before the month after the back-payment", o.ResumesOn)
			}
			if o.Treatment == nil || o.Treatment.Covered != c.covered {
				t.Errorf("treatment covered %v (%s), want %v", o.Treatment.Covered, o.Treatment.Why, c.covered)
			}
			if c.f.GapEnded == nil && !rules.Relevant(c.f, rules.InputsOf(shanghaiPolicy()), rules.FieldPaidBack) {
				t.Errorf("the back-payment month is not used")
			}
		})
	}
}

// Audit round 28 (fix36a), R28-M3 (E5): a first job in Shanghai whose
// employer registered the person in month R is covered from the 15th of the
// month after R (S7 "次月15日"); a day before it is not covered.
func TestFirstUnitShanghai36a(t *testing.T) {
	today := day(2026, time.December, 7)
	for _, c := range []struct {
		reg     rules.Date
		d       rules.Date
		start   rules.Date
		covered rules.Tri
	}{
		{day(2026, time.October, 10), day(2026, time.October, 5), day(2026, time.November, 15), rules.TriNo},
		{day(2026, time.October, 10), day(2026, time.November, 14), day(2026, time.November, 15), rules.TriNo},
		{day(2026, time.October, 31), day(2026, time.November, 20), day(2026, time.November, 15), rules.TriUnknown},
		{day(2026, time.November, 2), day(2026, time.November, 20), day(2026, time.December, 15), rules.TriNo},
	} {
		f := rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementWorking, Payer: rules.PayerUnit,
			FirstEnrolment: bp(true), Region: "shanghai", PayDate: ptrDate(c.reg), TreatmentDate: ptrDate(c.d)}
		o, err := rules.Evaluate(f, shanghaiPolicy(), today, false)
		if err != nil {
			t.Fatal(err)
		}
		if o.ResumesOn == nil || *o.ResumesOn != c.start {
			t.Errorf("reg %v: starts %v, want %v", c.reg, o.ResumesOn, c.start)
		}
		if o.Treatment == nil || o.Treatment.Covered != c.covered {
			t.Errorf("reg %v day %v: covered %v (%s), want %v", c.reg, c.d, o.Treatment.Covered, o.Treatment.Why, c.covered)
		}
	}
}

func eqDate(a, b *rules.Date) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return *a == *b
}
