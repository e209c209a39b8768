package rules_test

import (
	"errors"
	"slices"
	"testing"
	"time"

	"bujiao/rules"
)

// A gap that has ended in a month not given (paying_again): no open gap,
// no date cover came back, the stop only where the first unpaid month is
// given, never "covered" after the stop.
func TestEndedMonthUnknown(t *testing.T) {
	today := day(2026, time.December, 7)
	flex := func(region string) rules.Facts {
		return rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementWorking, Payer: rules.PayerIndividual,
			Region: region, PayingAgain: bp(true)}
	}
	withGap := func(f rules.Facts, n int) rules.Facts { f.GapMonths = ip(n); return f }
	withSince := func(f rules.Facts, m rules.Month) rules.Facts { f.Since = &m; return f }
	withTreat := func(f rules.Facts, d rules.Date) rules.Facts { f.TreatmentDate = &d; return f }
	cases := []struct {
		name    string
		p       rules.Policy
		f       rules.Facts
		stopped string // "" for none
		gap     int
		verdict rules.Verdict
		retro   rules.Tri
		why     string // treatment reason when a day is given
		covered rules.Tri
	}{
		// Every month paying can have resumed in gives re-enrol in
		// Zhejiang (art. 29 ¶2: no cover in the gap); Shanghai's 3-month
		// waiver makes the month decide there.
		{name: "zhejiang, two months, no start: no stop, no resume", p: zhejiangPolicy(),
			f: withGap(flex("zhejiang"), 2), gap: 2, verdict: rules.VerdictReEnroll, retro: rules.TriNo},
		{name: "zhejiang, start given: stop on the first unpaid month", p: zhejiangPolicy(),
			f: withSince(flex("zhejiang"), mon(2026, time.March)), stopped: "2026-03-01", verdict: rules.VerdictReEnroll, retro: rules.TriNo},
		{name: "zhejiang, a day before the stop is covered", p: zhejiangPolicy(),
			f:       withTreat(withSince(flex("zhejiang"), mon(2026, time.March)), day(2026, time.February, 10)),
			stopped: "2026-03-01", verdict: rules.VerdictReEnroll, retro: rules.TriNo, why: rules.TreatBeforeStop, covered: rules.TriYes},
		{name: "zhejiang, a day after the stop is not settled", p: zhejiangPolicy(),
			f:       withTreat(withSince(flex("zhejiang"), mon(2026, time.March)), day(2026, time.December, 20)),
			stopped: "2026-03-01", verdict: rules.VerdictReEnroll, retro: rules.TriNo, why: rules.TreatNotSettled, covered: rules.TriUnknown},
		{name: "shanghai, no start: a planned day is not settled", p: shanghaiPolicy(),
			f:   withTreat(withGap(flex("shanghai"), 2), day(2026, time.December, 20)),
			gap: 2, verdict: rules.VerdictConfirmLocally, retro: rules.TriNo, why: rules.TreatNotSettled, covered: rules.TriUnknown},
		{name: "shanghai, start given: stop on the 15th", p: shanghaiPolicy(),
			f:       withTreat(withSince(flex("shanghai"), mon(2026, time.October)), day(2026, time.November, 15)),
			stopped: "2026-11-15", verdict: rules.VerdictConfirmLocally, retro: rules.TriNo, why: rules.TreatNotSettled, covered: rules.TriUnknown},
		{name: "national: gap cover unsettled", p: nationalPolicy(),
			f:   withTreat(withGap(flex("national"), 2), day(2027, time.January, 4)),
			gap: 2, verdict: rules.VerdictConfirmLocally, retro: rules.TriUnknown, why: rules.TreatNotSettled, covered: rules.TriUnknown},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			o, err := rules.Evaluate(c.f, c.p, today, false)
			if err != nil {
				t.Fatal(err)
			}
			if o.ResumesOn != nil || o.ResumesEarliest != nil || o.ResumesLatest != nil || o.LatestIfPaidBy != nil {
				t.Errorf("resume dates %v %v %v %v, want none", o.ResumesOn, o.ResumesEarliest, o.ResumesLatest, o.LatestIfPaidBy)
			}
			if got := dateOr(o.StoppedOn); got != c.stopped {
				t.Errorf("stopped %q, want %q", got, c.stopped)
			}
			if (o.FirstUnpaid != nil) != (c.f.Since != nil) {
				t.Errorf("first unpaid %v with since %v", o.FirstUnpaid, c.f.Since)
			}
			if o.GapMonths != c.gap {
				t.Errorf("gap %d, want %d", o.GapMonths, c.gap)
			}
			if o.Verdict != c.verdict || o.Retroactive != c.retro {
				t.Errorf("verdict %s retro %v, want %s %v", o.Verdict, o.Retroactive, c.verdict, c.retro)
			}
			if o.Facts.GapEnded != nil || !o.Facts.EndedMonthUnknown() {
				t.Errorf("facts %+v: not an ended gap of unknown month", o.Facts)
			}
			if !slices.Contains(o.Notes, rules.NoteGapEndedUnknown) || slices.Contains(o.Notes, rules.NoteGapEnded) {
				t.Errorf("notes %v", o.Notes)
			}
			if len(o.AskLocally) == 0 || o.AskLocally[0] != rules.AskGapEndedUnknown || slices.Contains(o.AskLocally, rules.AskGapEnded) {
				t.Errorf("ask %v", o.AskLocally)
			}
			if len(o.Steps) == 0 || o.Steps[0] != rules.StepGapEndedUnknown || slices.Contains(o.Steps, rules.StepResumePaying) {
				t.Errorf("steps %v", o.Steps)
			}
			for _, d := range o.Deadlines {
				if d.On != nil {
					t.Errorf("dated deadline %s %s: it counts from a month not known", d.ID, d.On)
				}
			}
			if c.why != "" {
				if o.Treatment == nil || o.Treatment.Why != c.why || o.Treatment.Covered != c.covered {
					t.Errorf("treatment %+v, want %s/%v", o.Treatment, c.why, c.covered)
				}
			}
		})
	}
}

// TestEndedMonthUnknownNeverCoveredAfterStop probes every region, payer
// and reason, gap lengths and starts, and days from the gap's start to a
// year after today: a day on or after the stop (or any day, where the stop
// is not known) is never covered, and no date of cover coming back is
// given.
func TestEndedMonthUnknownNeverCoveredAfterStop(t *testing.T) {
	today := day(2026, time.December, 7)
	policies := []rules.Policy{nationalPolicy(), shanghaiPolicy(), zhejiangPolicy(), guangdongPolicy()}
	type who struct {
		payer  rules.Payer
		reason rules.Reason
	}
	whos := []who{{rules.PayerIndividual, ""}, {rules.PayerUnit, rules.ReasonArrears}, {rules.PayerUnit, rules.ReasonJobChange},
		{rules.PayerUnit, rules.ReasonLeftJob}}
	n := 0
	for _, p := range policies {
		for _, w := range whos {
			for _, gap := range []int{1, 2, 3, 4, 7, 30} {
				for _, since := range []bool{false, true} {
					f := rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementWorking, Payer: w.payer,
						Reason: w.reason, Region: p.Region, PayingAgain: bp(true)}
					if w.reason == rules.ReasonArrears {
						f.UnitStatus = rules.UnitNormal
					}
					if since {
						m := today.MonthOf().Add(-gap)
						f.Since = &m
					} else {
						f.GapMonths = ip(gap)
					}
					for d := day(2024, time.January, 1); d.Before(day(2027, time.December, 8)); d = d.AddDays(43) {
						g := f
						dd := d
						g.TreatmentDate = &dd
						o, err := rules.Evaluate(g, p, today, false)
						if err != nil {
							var ie *rules.InvalidFactError
							if errors.As(err, &ie) {
								continue
							}
							t.Fatalf("%s %+v: %v", p.Region, g, err)
						}
						n++
						if o.ResumesOn != nil || o.ResumesEarliest != nil || o.ResumesLatest != nil {
							t.Fatalf("%s %+v: resume dates given", p.Region, g)
						}
						if !o.Facts.EndedMonthUnknown() {
							t.Fatalf("%s %+v: answered as another case (%s)", p.Region, g, o.Path)
						}
						if o.Treatment.Covered.Yes() && (o.StoppedOn == nil || !d.Before(*o.StoppedOn)) {
							t.Fatalf("%s %+v: %s covered (%s) with stop %v", p.Region, g, d, o.Treatment.Why, o.StoppedOn)
						}
					}
				}
			}
		}
	}
	if n < 1000 {
		t.Fatalf("only %d cases probed", n)
	}
}

// TestEndedMonthUnknownAgainstOthers: a month given wins over
// paying_again; paying_again false is the open gap; a gap starting this
// month cannot have ended.
func TestEndedMonthUnknownAgainstOthers(t *testing.T) {
	today := day(2026, time.December, 7)
	base := rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementWorking, Payer: rules.PayerIndividual,
		Region: "zhejiang", GapMonths: ip(2)}
	open, err := rules.Evaluate(base, zhejiangPolicy(), today, false)
	if err != nil {
		t.Fatal(err)
	}
	f := base
	f.PayingAgain = bp(false)
	no, err := rules.Evaluate(f, zhejiangPolicy(), today, false)
	if err != nil {
		t.Fatal(err)
	}
	if dateOr(no.ResumesOn) != dateOr(open.ResumesOn) || dateOr(no.StoppedOn) != dateOr(open.StoppedOn) || no.Verdict != open.Verdict {
		t.Errorf("paying_again false: %s %s %s, open gap %s %s %s", dateOr(no.StoppedOn), dateOr(no.ResumesOn), no.Verdict,
			dateOr(open.StoppedOn), dateOr(open.ResumesOn), open.Verdict)
	}
	f.PayingAgain = bp(true)
	f.GapEnded = monp(2026, time.March)
	known, err := rules.Evaluate(f, zhejiangPolicy(), today, false)
	if err != nil {
		t.Fatal(err)
	}
	if known.ResumesOn == nil || slices.Contains(known.Notes, rules.NoteGapEndedUnknown) {
		t.Errorf("a month given: resumes %v notes %v", known.ResumesOn, known.Notes)
	}
	f = base
	f.GapMonths, f.Since, f.PayingAgain = nil, monp(2026, time.December), bp(true)
	if _, err := rules.Evaluate(f, zhejiangPolicy(), today, false); err == nil {
		t.Error("a gap from this month has ended: no error")
	}
}

func dateOr(d *rules.Date) string {
	if d == nil {
		return ""
	}
	return d.String()
}
