package rules_test

import (
	"slices"
	"testing"
	"time"

	"bujiao/rules"
)

// TestRestartNewCity36b: with the gap begun in the region (GapBeganHere),
// the stop day is the region's own and the restart the new city's: the 1st
// of the month paying resumed at the earliest (an estimate, 43号 ①), no
// region restart day, cover for the gap "yes once paid" (43号 ①, fix38b), the new city's
// question asked; a day before the region's stop is covered, a day on or
// after it is not said covered, a day in the new city before any restart
// is not said covered either.
func TestRestartNewCity36b(t *testing.T) {
	today := day(2026, time.December, 7)
	m := func(mo time.Month) rules.Month { return rules.Month{Year: 2026, Month: mo} }
	cases := []struct {
		name            string
		since, ended    rules.Month
		payer           rules.Payer
		on              rules.Date
		stopped, resume string
		covered         rules.Tri
	}{
		{"E3 oct 12", m(time.September), m(time.November), rules.PayerUnit, day(2026, time.October, 12), "2026-10-15", "2026-11-01", rules.TriYes},
		{"E3 oct 14", m(time.September), m(time.November), rules.PayerUnit, day(2026, time.October, 14), "2026-10-15", "2026-11-01", rules.TriYes},
		{"E3 oct 15", m(time.September), m(time.November), rules.PayerUnit, day(2026, time.October, 15), "2026-10-15", "2026-11-01", rules.TriUnknown},
		{"E3 oct 31", m(time.September), m(time.November), rules.PayerUnit, day(2026, time.October, 31), "2026-10-15", "2026-11-01", rules.TriUnknown},
		{"RW2 sep 10", m(time.August), m(time.October), rules.PayerUnit, day(2026, time.September, 10), "2026-09-15", "2026-10-01", rules.TriYes},
		{"RW2 sep 20", m(time.August), m(time.October), rules.PayerUnit, day(2026, time.September, 20), "2026-09-15", "2026-10-01", rules.TriUnknown},
		{"one month gap, nov 3", m(time.October), m(time.November), rules.PayerUnit, day(2026, time.November, 3), "2026-11-15", "2026-11-01", rules.TriYes},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			since, ended := c.since, c.ended
			f := rules.Facts{Scheme: rules.SchemeEmployee, Payer: c.payer, Reason: rules.ReasonJobChange, CrossCity: bp(true),
				GapBeganHere: bp(true), Since: &since, GapEnded: &ended}
			p := shanghaiPolicy()
			f.Region, f.Retirement = p.Region, rules.RetirementWorking
			on := c.on
			f.TreatmentDate = &on
			o, err := rules.Evaluate(f, p, today, false)
			if err != nil {
				t.Fatal(err)
			}
			wantDate(t, "StoppedOn", o.StoppedOn, c.stopped)
			if o.ResumesOn != nil {
				t.Errorf("ResumesOn %s, want none (the new city's)", o.ResumesOn)
			}
			wantDate(t, "ResumesEarliest", o.ResumesEarliest, c.resume)
			if o.ResumesLatest != nil {
				t.Errorf("ResumesLatest %s, want none", o.ResumesLatest)
			}
			if !o.Retroactive.Yes() {
				// fix38b (R29-W1): 43号 ① covers a gap of up to 3 months once
				// paid back at the new place; the day stays conditional.
				t.Error("gap cover not yes; 43号 ① covers a gap of up to 3 months once paid back")
			}
			if !slices.Contains(o.Notes, rules.NoteRestartNewCity36b) || slices.Contains(o.Notes, rules.NoteRulesDisagree) {
				t.Errorf("notes %v", o.Notes)
			}
			if !slices.Contains(o.AskLocally, rules.AskRestartNewCity36b) || slices.Contains(o.AskLocally, rules.AskTransferVsRegion) {
				t.Errorf("asks %v", o.AskLocally)
			}
			if o.Treatment == nil || o.Treatment.Covered != c.covered {
				t.Errorf("treatment %+v, want covered %v", o.Treatment, c.covered)
			}
			// Without GapBeganHere (the region is the new city): as before.
			f.GapBeganHere = nil
			o, err = rules.Evaluate(f, p, today, false)
			if err != nil {
				t.Fatal(err)
			}
			if slices.Contains(o.Notes, rules.NoteRestartNewCity36b) {
				t.Error("restart-new-city without gap_began_here")
			}
		})
	}
}
