package rules_test

import (
	"slices"
	"testing"
	"time"

	"bujiao/rules"
)

// Audit round 6 (AUDIT-ROUND6.md §4): the latest of a ceiling when only
// the month paying resumed is known (R7-M1), an employer's arrears paid
// back or not (R7-M2), cover while drawing unemployment benefit (R7-M4)
// and the borrowed 43号 ceiling for someone who stays (R7-U1).
func TestRound6(t *testing.T) {
	today := day(2026, time.December, 7)
	mon := func(y int, m time.Month) *rules.Month { return &rules.Month{Year: y, Month: m} }
	treat := func(y int, m time.Month, d int) *rules.Date { x := day(y, m, d); return &x }
	cases := []struct {
		name     string
		p        rules.Policy
		f        rules.Facts
		on       string // ResumesOn, "" for none
		earliest string // checked when set
		latest   string // ResumesLatest, "" for none
		why      string
		covered  rules.Tri
		note     string
	}{
		{name: "R7-M1 guangdong mover back in november: latest from 30 november", p: guangdongPolicy(),
			f: rules.Facts{Payer: rules.PayerUnit, Reason: rules.ReasonJobChange, CrossCity: bp(true), GapMonths: ip(4),
				GapEnded: mon(2026, time.November), TreatmentDate: treat(2027, time.May, 10)},
			latest: "2027-06-01", why: rules.TreatNotSettled},
		{name: "R7-M1 national mover back in october: 31 october + 6 months", p: nationalPolicy(),
			f: rules.Facts{Payer: rules.PayerIndividual, CrossCity: bp(true), GapMonths: ip(5),
				GapEnded: mon(2026, time.October), TreatmentDate: treat(2027, time.April, 15)},
			latest: "2027-05-01", why: rules.TreatNotSettled},
		// Audit round 7 R9-M1: this month's payment can still come on its
		// last day; the latest counts from it, as past months do.
		{name: "R7-M1/R9-M1 back this month: the latest payment day is the month's last", p: nationalPolicy(),
			f: rules.Facts{Payer: rules.PayerUnit, Reason: rules.ReasonJobChange, CrossCity: bp(true), GapMonths: ip(4),
				GapEnded: mon(2026, time.December), TreatmentDate: treat(2027, time.June, 20)},
			latest: "2027-07-01", why: rules.TreatNotSettled},
		{name: "R7-M2 shanghai unit resumed in january, arrears not known paid", p: shanghaiPolicy(),
			f: rules.Facts{Payer: rules.PayerUnit, Reason: rules.ReasonArrears, Since: mon(2025, time.November),
				GapEnded: mon(2026, time.January), TreatmentDate: treat(2026, time.June, 1)},
			earliest: "2026-02-15", why: rules.TreatNotSettled, note: rules.NoteArrearsPaidUnknown},
		{name: "R7-M2 shanghai arrears paid back in november", p: shanghaiPolicy(),
			f: rules.Facts{Payer: rules.PayerUnit, Reason: rules.ReasonArrears, Since: mon(2026, time.September),
				ArrearsPaid: mon(2026, time.November), TreatmentDate: treat(2026, time.December, 20)},
			on: "2026-12-15", why: rules.TreatAfterResume, note: rules.NoteArrearsPaid},
		{name: "R7-M2 shanghai treatment in the stopped months after a back-payment: not covered", p: shanghaiPolicy(),
			f: rules.Facts{Payer: rules.PayerUnit, Reason: rules.ReasonArrears, Since: mon(2026, time.September),
				ArrearsPaid: mon(2026, time.November), TreatmentDate: treat(2026, time.November, 20)},
			on: "2026-12-15", why: rules.TreatInGap, covered: rules.TriNo},
		{name: "R7-M2 zhejiang resumed in january, paid back in march", p: zhejiangPolicy(),
			f: rules.Facts{Payer: rules.PayerUnit, Reason: rules.ReasonArrears, Since: mon(2025, time.November),
				GapEnded: mon(2026, time.January), ArrearsPaid: mon(2026, time.March)},
			on: "2026-04-01", note: rules.NoteArrearsPaid},
		{name: "R7-M1 sibling: shanghai window closes mid-july, paying again since july", p: shanghaiPolicy(),
			f: rules.Facts{Payer: rules.PayerUnit, Reason: rules.ReasonLeftJob, Since: mon(2026, time.March),
				GapEnded: mon(2026, time.July), TreatmentDate: treat(2026, time.September, 1)},
			earliest: "2026-08-15", latest: "2027-01-15", why: rules.TreatNotSettled, note: rules.NoteWindowDayUnknown},
		{name: "R7-M1 sibling: shanghai window still open all of june: one date", p: shanghaiPolicy(),
			f: rules.Facts{Payer: rules.PayerUnit, Reason: rules.ReasonLeftJob, Since: mon(2026, time.March),
				GapEnded: mon(2026, time.June)},
			on: "2026-07-15"},
		{name: "R7-M4 drawing benefit to march, december covered", p: shanghaiPolicy(),
			f:   rules.Facts{Reason: rules.ReasonUnemployment, BenefitEnded: mon(2027, time.March), TreatmentDate: treat(2026, time.December, 20)},
			why: rules.TreatDrawingBenefit, covered: rules.TriYes},
		{name: "R7-M4 drawing benefit to march, march covered", p: nationalPolicy(),
			f:   rules.Facts{Reason: rules.ReasonUnemployment, BenefitEnded: mon(2027, time.March), TreatmentDate: treat(2027, time.March, 31)},
			why: rules.TreatDrawingBenefit, covered: rules.TriYes},
		{name: "R7-M4 drawing benefit to march, april not settled", p: nationalPolicy(),
			f:   rules.Facts{Reason: rules.ReasonUnemployment, BenefitEnded: mon(2027, time.March), TreatmentDate: treat(2027, time.April, 1)},
			why: rules.TreatNotSettled},
		{name: "R7-M4 drawing benefit, end not given, this month covered", p: nationalPolicy(),
			f:   rules.Facts{Reason: rules.ReasonUnemployment, TreatmentDate: treat(2026, time.December, 31)},
			why: rules.TreatDrawingBenefit, covered: rules.TriYes},
		{name: "R7-M4 drawing benefit, end not given, later only while drawn", p: nationalPolicy(),
			f:   rules.Facts{Reason: rules.ReasonUnemployment, TreatmentDate: treat(2027, time.January, 1)},
			why: rules.TreatWhileBenefit},
		{name: "R7-M4 drawing benefit, a past month is not known", p: nationalPolicy(),
			f:   rules.Facts{Reason: rules.ReasonUnemployment, TreatmentDate: treat(2026, time.November, 30)},
			why: rules.TreatNotSettled},
		{name: "R7-U1 national self-payer who stays: after the borrowed ceiling not settled", p: nationalPolicy(),
			f:      rules.Facts{Payer: rules.PayerIndividual, GapMonths: ip(8), TreatmentDate: treat(2027, time.June, 10)},
			latest: "2027-07-01", why: rules.TreatNotSettled, note: rules.NoteCeilingBorrowed},
		{name: "R7-U1 mover keeps the transfer ceiling as a date to plan on", p: nationalPolicy(),
			f:      rules.Facts{Payer: rules.PayerIndividual, CrossCity: bp(true), GapMonths: ip(8), TreatmentDate: treat(2027, time.July, 1)},
			latest: "2027-07-01", why: rules.TreatAfterResume},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := c.f
			f.Scheme, f.Retirement, f.Region = rules.SchemeEmployee, rules.RetirementWorking, c.p.Region
			if f.Reason == rules.ReasonArrears && f.UnitStatus == "" {
				f.UnitStatus = rules.UnitNormal
			}
			o, err := rules.Evaluate(f, c.p, today, false)
			if err != nil {
				t.Fatal(err)
			}
			wantDate(t, "ResumesOn", o.ResumesOn, c.on)
			wantDate(t, "ResumesLatest", o.ResumesLatest, c.latest)
			if c.earliest != "" {
				wantDate(t, "ResumesEarliest", o.ResumesEarliest, c.earliest)
			}
			if c.why != "" {
				if o.Treatment == nil {
					t.Fatal("no treatment judged")
				}
				if o.Treatment.Why != c.why || o.Treatment.Covered != c.covered {
					t.Errorf("treatment = %s/%v, want %s/%v", o.Treatment.Why, o.Treatment.Covered, c.why, c.covered)
				}
			}
			if c.note != "" && !slices.Contains(o.Notes, c.note) {
				t.Errorf("notes %v lack %s", o.Notes, c.note)
			}
		})
	}
}

// TestArrearsPaidInvalid: a back-payment after this month, or before the
// month paying resumed, is refused.
func TestArrearsPaidInvalid(t *testing.T) {
	today := day(2026, time.December, 7)
	for _, c := range []struct{ ended, paid *rules.Month }{
		{nil, &rules.Month{Year: 2027, Month: time.January}},
		{&rules.Month{Year: 2026, Month: time.March}, &rules.Month{Year: 2026, Month: time.February}},
	} {
		f := rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementWorking, Payer: rules.PayerUnit,
			Reason: rules.ReasonArrears, UnitStatus: rules.UnitNormal, Since: &rules.Month{Year: 2025, Month: time.November},
			GapEnded: c.ended, ArrearsPaid: c.paid, Region: "shanghai"}
		if _, err := rules.Evaluate(f, shanghaiPolicy(), today, false); err == nil {
			t.Errorf("ended %v paid %v: no error", c.ended, c.paid)
		}
	}
}
