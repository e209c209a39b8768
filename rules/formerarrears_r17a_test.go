package rules_test

import (
	"errors"
	"slices"
	"testing"

	"bujiao/rules"
)

// TestFormerEmployerArrears: a person who left (or changed) a job whose
// former employer had not paid the last months before they left (audit
// round 17, R17-W1, R17-M2). The answer keeps the leaving and adds the
// former employer's months: the region's arrears rule for them (Zhejiang
// art. 28: stop day, gap cover depending on the employer), a first step
// that says both things, and no invitation to pay them back oneself.
func TestFormerEmployerArrears(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	ip := func(n int) *int { return &n }
	base := func(reason rules.Reason, gap, owed int, region string) rules.Facts {
		f := rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementWorking, Payer: rules.PayerUnit,
			Reason: reason, GapMonths: ip(gap), Region: region}
		if owed > 0 {
			f.ArrearsBeforeLeaving = ip(owed)
		}
		return f
	}
	cases := []struct {
		name      string
		f         rules.Facts
		p         rules.Policy
		firstStep string
		retro     rules.Tri
		stop      rules.Date
		noAsk     string // an ask that must be gone
	}{
		{"zj left, all months owed", base(rules.ReasonLeftJob, 2, 2, "zhejiang"), zhejiangPolicy(),
			rules.StepFormerArrearsLeft, rules.TriUnknown, rules.Date{Year: 2026, Month: 11, Day: 1}, rules.AskBackPayOver},
		{"zj left, 2 of 4 owed", base(rules.ReasonLeftJob, 4, 2, "zhejiang"), zhejiangPolicy(),
			rules.StepFormerArrearsLeft, rules.TriUnknown, rules.Date{Year: 2026, Month: 9, Day: 1}, ""},
		{"zj job change across cities", func() rules.Facts {
			f := base(rules.ReasonJobChange, 3, 3, "zhejiang")
			y := true
			f.CrossCity = &y
			return f
		}(), zhejiangPolicy(), rules.StepFormerArrearsJobChange, rules.TriUnknown, rules.Date{Year: 2026, Month: 10, Day: 1}, ""},
		{"national left", base(rules.ReasonLeftJob, 2, 2, rules.NationalRegion), nationalPolicy(),
			rules.StepFormerArrearsLeft, rules.TriUnknown, rules.Date{Year: 2026, Month: 11, Day: 1}, rules.AskIndividualGap},
		{"gd job change same city", func() rules.Facts {
			f := base(rules.ReasonJobChange, 3, 3, "guangdong")
			n := false
			f.CrossCity = &n
			return f
		}(), guangdongPolicy(), rules.StepFormerArrearsJobChange, rules.TriUnknown, rules.Date{Year: 2026, Month: 10, Day: 1}, ""},
	}
	for _, c := range cases {
		o, err := rules.Evaluate(c.f, c.p, today, false)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if len(o.Steps) == 0 || o.Steps[0] != c.firstStep {
			t.Errorf("%s: first step %v, want %s", c.name, o.Steps, c.firstStep)
		}
		if o.Retroactive != c.retro {
			t.Errorf("%s: retroactive %v, want %v", c.name, o.Retroactive, c.retro)
		}
		if o.StoppedOn == nil || *o.StoppedOn != c.stop {
			t.Errorf("%s: stopped %v, want %v", c.name, o.StoppedOn, c.stop)
		}
		if !slices.Contains(o.Notes, rules.NoteFormerArrears) || len(o.AskLocally) == 0 || o.AskLocally[0] != rules.AskFormerArrears {
			t.Errorf("%s: notes %v asks %v, want the former employer's note and question first", c.name, o.Notes, o.AskLocally)
		}
		if c.noAsk != "" && slices.Contains(o.AskLocally, c.noAsk) {
			t.Errorf("%s: asks %v still has %s (the months are the employer's)", c.name, o.AskLocally, c.noAsk)
		}
		if c.f.Region == "zhejiang" && !slices.Contains(o.Consequences, rules.ConsEmployerBears) {
			t.Errorf("%s: consequences %v, want the employer bearing the benefits (ZJ 28)", c.name, o.Consequences)
		}
		// A treatment day after leaving is never called covered.
		g := c.f
		d := rules.Date{Year: 2026, Month: 12, Day: 20}
		g.TreatmentDate = &d
		if o2, err := rules.Evaluate(g, c.p, today, false); err == nil && o2.Treatment != nil && o2.Treatment.Covered.Yes() {
			t.Errorf("%s: 2026-12-20 called covered", c.name)
		}
	}

	// Without the fact, a Zhejiang leaver is the plain left-job answer.
	o, err := rules.Evaluate(base(rules.ReasonLeftJob, 2, 0, "zhejiang"), zhejiangPolicy(), today, false)
	if err != nil || slices.Contains(o.Steps, rules.StepFormerArrearsLeft) || o.Retroactive != rules.TriNo {
		t.Errorf("plain leaver: %v %v %v", o.Steps, o.Retroactive, err)
	}
	// More months owed than unpaid is refused.
	_, err = rules.Evaluate(base(rules.ReasonLeftJob, 2, 3, "zhejiang"), zhejiangPolicy(), today, false)
	var ie *rules.InvalidFactError
	if !errors.As(err, &ie) || ie.Field != rules.FieldArrearsBeforeLeaving {
		t.Errorf("3 owed of 2 unpaid: %v, want an invalid arrears_before_leaving", err)
	}
	// The fact is not relevant to a current employer's arrears.
	f := base(rules.ReasonArrears, 2, 2, "zhejiang")
	if rules.Relevant(f, rules.Inputs{}, rules.FieldArrearsBeforeLeaving) {
		t.Errorf("arrears_before_leaving relevant to reason arrears")
	}
}
