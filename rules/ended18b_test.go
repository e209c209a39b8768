package rules_test

import (
	"slices"
	"testing"
	"time"

	"bujiao/rules"
)

// TestEndedGapNoWindow: a gap that has ended inside a short-gap window keeps
// no "pay by" deadline nor its "if late" date (audit round 6 re-check
// R8-U1); a gap that is still open keeps it.
func TestEndedGapNoWindow(t *testing.T) {
	today := day(2026, time.December, 7)
	mon := func(y int, m time.Month) *rules.Month { return &rules.Month{Year: y, Month: m} }
	cases := []struct {
		name   string
		p      rules.Policy
		f      rules.Facts
		window bool // a short-gap window deadline is expected
	}{
		{name: "guangdong mover back in november", p: guangdongPolicy(),
			f: rules.Facts{Payer: rules.PayerUnit, Reason: rules.ReasonJobChange, CrossCity: bp(true), GapMonths: ip(2),
				GapEnded: mon(2026, time.November)}},
		{name: "national mover back in october", p: nationalPolicy(),
			f: rules.Facts{Payer: rules.PayerUnit, Reason: rules.ReasonJobChange, CrossCity: bp(true), GapMonths: ip(1),
				GapEnded: mon(2026, time.October)}},
		{name: "zhejiang mover back in november", p: zhejiangPolicy(),
			f: rules.Facts{Payer: rules.PayerUnit, Reason: rules.ReasonJobChange, CrossCity: bp(true), GapMonths: ip(2),
				GapEnded: mon(2026, time.November)}},
		{name: "shanghai flexible worker back in november", p: shanghaiPolicy(),
			f: rules.Facts{Payer: rules.PayerIndividual, GapMonths: ip(2), GapEnded: mon(2026, time.November)}},
		{name: "guangdong mover, gap still open", p: guangdongPolicy(),
			f:      rules.Facts{Payer: rules.PayerUnit, Reason: rules.ReasonJobChange, CrossCity: bp(true), GapMonths: ip(2)},
			window: true},
		{name: "shanghai flexible worker, gap still open", p: shanghaiPolicy(),
			f:      rules.Facts{Payer: rules.PayerIndividual, GapMonths: ip(2)},
			window: true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := c.f
			f.Scheme, f.Retirement, f.Region = rules.SchemeEmployee, rules.RetirementWorking, c.p.Region
			o, err := rules.Evaluate(f, c.p, today, false)
			if err != nil {
				t.Fatal(err)
			}
			got := false
			for _, d := range o.Deadlines {
				switch d.ID {
				case rules.DeadlineTransferWindow, rules.DeadlineIndividualWindow, rules.DeadlineSwitchWindow:
					got = true
					if d.IfLate != nil && o.ResumesOn != nil && d.IfLate.Before(*o.ResumesOn) {
						t.Errorf("if-late %s before resumes %s", d.IfLate, o.ResumesOn)
					}
				}
			}
			if got != c.window {
				t.Errorf("window deadline: got %v, want %v (%+v)", got, c.window, o.Deadlines)
			}
		})
	}
}

// TestEndedGapNotToldToResume: a person who pays again is never told to
// start paying again (a Hangzhou flexible worker back since May got "start
// paying monthly again as soon as you can"); an open gap still is.
func TestEndedGapNotToldToResume(t *testing.T) {
	today := day(2026, time.December, 7)
	since := &rules.Month{Year: 2026, Month: time.January}
	for _, c := range []struct {
		name  string
		p     rules.Policy
		ended *rules.Month
		want  bool
	}{
		{"zhejiang, paying again since may", zhejiangPolicy(), &rules.Month{Year: 2026, Month: time.May}, false},
		{"shanghai, paying again since october", shanghaiPolicy(), &rules.Month{Year: 2026, Month: time.October}, false},
		{"national, paying again since november", nationalPolicy(), &rules.Month{Year: 2026, Month: time.November}, false},
		{"zhejiang, gap still open", zhejiangPolicy(), nil, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementWorking, Region: c.p.Region,
				Payer: rules.PayerIndividual, Since: since, GapEnded: c.ended}
			o, err := rules.Evaluate(f, c.p, today, false)
			if err != nil {
				t.Fatal(err)
			}
			if got := slices.Contains(o.Steps, rules.StepResumePaying); got != c.want {
				t.Errorf("resume-paying step: got %v, want %v (%v)", got, c.want, o.Steps)
			}
		})
	}
}
