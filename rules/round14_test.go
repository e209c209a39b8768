package rules_test

import (
	"slices"
	"testing"
	"time"

	"bujiao/rules"
)

// TestMoverStopDayIsNotTheRegions: a move into a region with its own sourced
// stop day (Shanghai's 15th, S7) does not date the old city's cover with it;
// a day from the first unpaid month up to the new region's cover is never
// "covered" (audit round 14, R14-W2). The same-city control keeps the
// region's own day.
func TestMoverStopDayIsNotTheRegions(t *testing.T) {
	today := day(2026, time.December, 7)
	nov, dec := rules.Month{Year: 2026, Month: time.November}, rules.Month{Year: 2026, Month: time.December}
	cases := []struct {
		name    string
		p       rules.Policy
		f       rules.Facts
		on      rules.Date
		stopped string
		covered rules.Tri
	}{
		{"shanghai job-change mover, Dec 14", shanghaiPolicy(),
			rules.Facts{Scheme: rules.SchemeEmployee, Payer: rules.PayerUnit, Reason: rules.ReasonJobChange, CrossCity: bp(true),
				GapMonths: ip(1), GapEnded: &dec}, day(2026, time.December, 14), "2026-12-01", rules.TriUnknown},
		{"shanghai job-change mover, Nov 20", shanghaiPolicy(),
			rules.Facts{Scheme: rules.SchemeEmployee, Payer: rules.PayerUnit, Reason: rules.ReasonJobChange, CrossCity: bp(true),
				Since: &nov, GapEnded: &dec}, day(2026, time.November, 20), "2026-12-01", rules.TriUnknown},
		{"shanghai self-paying mover, Dec 10", shanghaiPolicy(),
			rules.Facts{Scheme: rules.SchemeEmployee, Payer: rules.PayerIndividual, CrossCity: bp(true), GapMonths: ip(1)},
			day(2026, time.December, 10), "2026-12-01", rules.TriUnknown},
		{"zhejiang self-paying mover, Nov 20", zhejiangPolicy(),
			rules.Facts{Scheme: rules.SchemeEmployee, Payer: rules.PayerIndividual, CrossCity: bp(true), GapMonths: ip(1)},
			day(2026, time.November, 20), "2026-12-01", rules.TriUnknown},
		{"guangdong job-change mover, Nov 20", guangdongPolicy(),
			rules.Facts{Scheme: rules.SchemeEmployee, Payer: rules.PayerUnit, Reason: rules.ReasonJobChange, CrossCity: bp(true),
				GapMonths: ip(1)}, day(2026, time.November, 20), "2026-12-01", rules.TriUnknown},
		// Control: the same city's job change keeps Shanghai's own 15th.
		{"shanghai same-city job change, Dec 14", shanghaiPolicy(),
			rules.Facts{Scheme: rules.SchemeEmployee, Payer: rules.PayerUnit, Reason: rules.ReasonJobChange, CrossCity: bp(false),
				GapMonths: ip(1), GapEnded: &dec}, day(2026, time.December, 14), "2026-12-15", rules.TriYes},
		// Control: a Shanghai employer's arrears keep the 15th too.
		{"shanghai arrears, Dec 14", shanghaiPolicy(),
			rules.Facts{Scheme: rules.SchemeEmployee, Payer: rules.PayerUnit, Reason: rules.ReasonArrears, Since: &nov,
				UnitStatus: rules.UnitNormal}, day(2026, time.December, 14), "2026-12-15", rules.TriYes},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := c.f
			f.Region, f.Retirement = c.p.Region, rules.RetirementWorking
			f.TreatmentDate = &c.on
			o, err := rules.Evaluate(f, c.p, today, false)
			if err != nil {
				t.Fatal(err)
			}
			wantDate(t, "StoppedOn", o.StoppedOn, c.stopped)
			if o.Treatment == nil {
				t.Fatal("no treatment judged")
			}
			if o.Treatment.Covered != c.covered {
				t.Errorf("%s: covered %v (%s), want %v", c.on, o.Treatment.Covered, o.Treatment.Why, c.covered)
			}
			mover := f.CrossCity != nil && *f.CrossCity
			if mover != slices.Contains(o.Notes, rules.NoteMoverStopOldCity) {
				t.Errorf("mover %v, notes %v", mover, o.Notes)
			}
			if mover && slices.Contains(o.Notes, rules.NoteBenefitDaySourced) {
				t.Errorf("a mover's answer says the region's day is sourced: %v", o.Notes)
			}
		})
	}
}

// TestResidentNextYearNoDay: a continuous resident paying in the window is
// covered "from the next year"; where no source gives that year's first day
// (Shanghai art. 17) there is no date, and the day is asked of 12393; where
// one does (Zhejiang art. 31 ¶1: 1 January) the date stays (R14-U1).
func TestResidentNextYearNoDay(t *testing.T) {
	today := day(2026, time.December, 7)
	sh := shanghaiPolicy()
	sh.Resident.NextYearNoDay = true
	zero, yes := 0, true
	jan10 := day(2027, time.January, 10)
	for _, c := range []struct {
		name   string
		p      rules.Policy
		resume string
	}{
		{"shanghai", sh, ""},
		{"zhejiang", zhejiangPolicy(), "2027-01-01"},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := rules.Facts{Scheme: rules.SchemeResident, Region: c.p.Region, Retirement: rules.RetirementWorking,
				Newborn: bp(false), BrokenYears: &zero, InWindow: &yes, TreatmentDate: &jan10}
			o, err := rules.Evaluate(f, c.p, today, false)
			if err != nil {
				t.Fatal(err)
			}
			wantDate(t, "ResumesOn", o.ResumesOn, c.resume)
			unsourced := c.resume == ""
			if unsourced != slices.Contains(o.Notes, rules.NoteResidentYearUnsourced) ||
				unsourced != slices.Contains(o.AskLocally, rules.AskResidentYearStart) {
				t.Errorf("notes %v asks %v", o.Notes, o.AskLocally)
			}
			if unsourced && (o.ResumesEarliest != nil || o.Treatment == nil || o.Treatment.Covered != rules.TriUnknown ||
				o.Treatment.Why == rules.TreatAfterResume) {
				t.Errorf("earliest %v treatment %+v", o.ResumesEarliest, o.Treatment)
			}
		})
	}
}

// TestPlannedRestartMonth: a self-payer's pay_date in a later month dates
// the restart from that month (Zhejiang art. 29 ¶2: the 3rd natural month
// counting the payment month), so the treatment day is judged against it;
// a pay date in this month changes nothing and stays reported unused
// (audit round 14, R14-M2).
func TestPlannedRestartMonth(t *testing.T) {
	today := day(2026, time.December, 7)
	aug := rules.Month{Year: 2026, Month: time.August}
	for _, c := range []struct {
		name    string
		pay     rules.Date
		on      rules.Date
		resume  string
		covered rules.Tri
		used    bool
	}{
		{"january plan, feb 10", day(2027, time.January, 5), day(2027, time.February, 10), "2027-03-01", rules.TriNo, true},
		{"january plan, mar 10", day(2027, time.January, 5), day(2027, time.March, 10), "2027-03-01", rules.TriUnknown, true},
		{"this month, feb 10", day(2026, time.December, 20), day(2027, time.February, 10), "2027-02-01", rules.TriUnknown, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := individual(zhejiangPolicy().Region, 0)
			f.GapMonths, f.Since = nil, &aug
			f.PayDate, f.TreatmentDate = &c.pay, &c.on
			o, err := rules.Evaluate(f, zhejiangPolicy(), today, false)
			if err != nil {
				t.Fatal(err)
			}
			wantDate(t, "ResumesOn", o.ResumesOn, c.resume)
			if o.Treatment == nil || o.Treatment.Covered != c.covered {
				t.Errorf("treatment %+v, want covered %v", o.Treatment, c.covered)
			}
			unused := slices.ContainsFunc(o.Unused, func(u rules.UnusedFact) bool { return u.Fact == rules.FieldPayDate })
			if unused == c.used || c.used != slices.Contains(o.Notes, rules.NotePayDatePlan) {
				t.Errorf("used %v: unused %v notes %v", c.used, o.Unused, o.Notes)
			}
			if c.used && slices.Contains(o.Notes, rules.NoteResumeAssumesNow) {
				t.Errorf("a planned month's dates say 'if paid this month': %v", o.Notes)
			}
		})
	}
}
