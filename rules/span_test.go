package rules_test

import (
	"errors"
	"testing"
	"time"

	"bujiao/rules"
)

// TestTreatmentSpan: a span named instead of a day ("下周") is judged day
// by day. A restart or a stop inside it splits it and the whole is never
// "covered"; a span on one side of every date is judged as its first day.
func TestTreatmentSpan(t *testing.T) {
	mon := func(y int, m time.Month) *rules.Month { return &rules.Month{Year: y, Month: m} }
	d := func(y int, m time.Month, dd int) *rules.Date { x := day(y, m, dd); return &x }
	for _, c := range []struct {
		name        string
		today       rules.Date
		p           rules.Policy
		f           rules.Facts
		why         string
		covered     rules.Tri
		split       string
		first, then string
	}{
		{name: "zhejiang restart on 1 january inside next week", today: day(2026, time.December, 25), p: zhejiangPolicy(),
			f: rules.Facts{Payer: rules.PayerIndividual, GapMonths: ip(2), GapEnded: mon(2026, time.November),
				TreatmentDate: d(2026, time.December, 28), TreatmentUntil: d(2027, time.January, 3)},
			why: rules.TreatSpanSplit, covered: rules.TriUnknown, split: "2027-01-01", first: rules.TreatInGap, then: rules.TreatAfterResume},
		{name: "shanghai arrears stop on the 15th inside next week", today: day(2026, time.December, 10), p: shanghaiPolicy(),
			f: rules.Facts{Payer: rules.PayerUnit, Reason: rules.ReasonArrears, UnitStatus: rules.UnitNormal, Since: mon(2026, time.November),
				TreatmentDate: d(2026, time.December, 14), TreatmentUntil: d(2026, time.December, 20)},
			why: rules.TreatSpanSplit, covered: rules.TriUnknown, split: "2026-12-15", first: rules.TreatBeforeStop},
		{name: "whole week in the gap", today: day(2026, time.December, 7), p: zhejiangPolicy(),
			f: rules.Facts{Payer: rules.PayerIndividual, GapMonths: ip(2), GapEnded: mon(2026, time.November),
				TreatmentDate: d(2026, time.December, 14), TreatmentUntil: d(2026, time.December, 20)},
			why: rules.TreatInGap, covered: rules.TriNo},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := c.f
			f.Scheme, f.Retirement, f.Region = rules.SchemeEmployee, rules.RetirementWorking, c.p.Region
			o, err := rules.Evaluate(f, c.p, c.today, false)
			if err != nil {
				t.Fatal(err)
			}
			tr := o.Treatment
			if tr == nil {
				t.Fatal("no treatment judged")
			}
			if tr.Why != c.why || tr.Covered != c.covered {
				t.Fatalf("treatment = %s/%v, want %s/%v", tr.Why, tr.Covered, c.why, c.covered)
			}
			if tr.Until == nil || *tr.Until != *f.TreatmentUntil {
				t.Errorf("until = %v, want %v", tr.Until, f.TreatmentUntil)
			}
			if c.split == "" {
				if tr.Split != nil {
					t.Errorf("split at %s, want none", tr.Split)
				}
				return
			}
			if tr.Split == nil || tr.Split.String() != c.split {
				t.Fatalf("split = %v, want %s", tr.Split, c.split)
			}
			if tr.First.Why != c.first || (c.then != "" && tr.Later.Why != c.then) {
				t.Errorf("parts %s / %s, want %s / %s", tr.First.Why, tr.Later.Why, c.first, c.then)
			}
		})
	}
}

// TestTreatmentSpanInvalid: an end before the first day, or more than
// MaxTreatmentSpan days after it, is refused.
func TestTreatmentSpanInvalid(t *testing.T) {
	today := day(2026, time.December, 7)
	d := func(y int, m time.Month, dd int) *rules.Date { x := day(y, m, dd); return &x }
	for _, c := range []struct{ from, until *rules.Date }{
		{d(2026, time.December, 20), d(2026, time.December, 19)},
		{d(2026, time.December, 20), d(2027, time.March, 1)},
	} {
		f := rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementWorking, Payer: rules.PayerIndividual,
			GapMonths: ip(2), Region: "zhejiang", TreatmentDate: c.from, TreatmentUntil: c.until}
		_, err := rules.Evaluate(f, zhejiangPolicy(), today, false)
		var ie *rules.InvalidFactError
		if !errors.As(err, &ie) || ie.Field != rules.FieldTreatmentUntil {
			t.Errorf("%v–%v: err %v, want an invalid treatment_until", c.from, c.until, err)
		}
	}
}
