package rules_test

import (
	"slices"
	"testing"
	"time"

	"bujiao/rules"
)

// R24-M4: a job change in one city in Shanghai: the stopped time is not
// covered, back-payment or not (art. 15, 三(三)); a cross-city or an open
// question keeps its own answer; Zhejiang (gap cover if paid by the
// deadline) is untouched.
func TestSameAreaNoGapCover30c(t *testing.T) {
	today := day(2026, time.December, 7)
	job := func(region string, since, ended rules.Month, cross *bool, d rules.Date) rules.Facts {
		return rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementWorking, Payer: rules.PayerUnit,
			Reason: rules.ReasonJobChange, Region: region, Since: &since, GapEnded: &ended, CrossCity: cross,
			TreatmentDate: ptrDate(d)}
	}
	cases := []struct {
		name    string
		p       rules.Policy
		f       rules.Facts
		covered rules.Tri
		why     string
	}{
		{"shanghai same city, aug–sep, 09-20: not covered", shanghaiPolicy(),
			job("shanghai", mon(2026, time.August), mon(2026, time.October), bp(false), day(2026, time.September, 20)), rules.TriNo, rules.TreatInGap},
		{"shanghai same city, aug–sep, 10-01: not covered", shanghaiPolicy(),
			job("shanghai", mon(2026, time.August), mon(2026, time.October), bp(false), day(2026, time.October, 1)), rules.TriNo, rules.TreatInGap},
		{"shanghai same city, aug–sep, 09-10 before the stop: covered", shanghaiPolicy(),
			job("shanghai", mon(2026, time.August), mon(2026, time.October), bp(false), day(2026, time.September, 10)), rules.TriYes, rules.TreatBeforeStop},
		{"shanghai, city not known: not settled", shanghaiPolicy(),
			job("shanghai", mon(2026, time.August), mon(2026, time.October), nil, day(2026, time.September, 20)), rules.TriUnknown, rules.TreatNotSettled},
		{"zhejiang same city: not settled", zhejiangPolicy(),
			job("zhejiang", mon(2026, time.August), mon(2026, time.October), bp(false), day(2026, time.September, 20)), rules.TriUnknown, rules.TreatNotSettled},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			o, err := rules.Evaluate(c.f, c.p, today, false)
			if err != nil {
				t.Fatal(err)
			}
			if o.Treatment == nil || o.Treatment.Covered != c.covered || o.Treatment.Why != c.why {
				t.Errorf("treatment %+v, want %v %s", o.Treatment, c.covered, c.why)
			}
			if c.covered == rules.TriNo && !slices.Contains(o.Notes, rules.NoteSameAreaNoGapCover) {
				t.Errorf("notes %v lack %s", o.Notes, rules.NoteSameAreaNoGapCover)
			}
		})
	}
}

// R24-M8: a Zhejiang self-payer who paid the gap back: cover returns by
// the 3rd natural month counting that month at the latest (art. 29 ¶2),
// never "on" it (¶3); a day in the gap is never called covered.
func TestPaidBackResumeCap30c(t *testing.T) {
	today := day(2026, time.December, 7)
	self := func(region string, since, paid rules.Month, d rules.Date) rules.Facts {
		return rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementWorking, Payer: rules.PayerIndividual,
			Region: region, Since: &since, PaidBack: &paid, TreatmentDate: ptrDate(d)}
	}
	cases := []struct {
		name    string
		p       rules.Policy
		f       rules.Facts
		latest  string
		covered rules.Tri
		why     string
	}{
		{"sep–oct paid back in nov, er 10-12", zhejiangPolicy(),
			self("zhejiang", mon(2026, time.September), mon(2026, time.November), day(2026, time.October, 12)), "2027-01-01", rules.TriUnknown, rules.TreatNotSettled},
		{"sep–oct paid back in nov, 12-20 before the cap: not settled", zhejiangPolicy(),
			self("zhejiang", mon(2026, time.September), mon(2026, time.November), day(2026, time.December, 20)), "2027-01-01", rules.TriUnknown, rules.TreatNotSettled},
		{"sep–oct paid back in nov, 2027-01-05 after the cap", zhejiangPolicy(),
			self("zhejiang", mon(2026, time.September), mon(2026, time.November), day(2027, time.January, 5)), "2027-01-01", rules.TriUnknown, rules.TreatAfterResume},
		{"july paid back in october: 2026-12-01", zhejiangPolicy(),
			self("zhejiang", mon(2026, time.July), mon(2026, time.October), day(2026, time.December, 3)), "2026-12-01", rules.TriUnknown, rules.TreatAfterResume},
		{"shanghai: no date", shanghaiPolicy(),
			self("shanghai", mon(2026, time.September), mon(2026, time.November), day(2026, time.November, 20)), "", rules.TriUnknown, rules.TreatNotSettled},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			o, err := rules.Evaluate(c.f, c.p, today, false)
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if o.ResumesLatest != nil {
				got = o.ResumesLatest.String()
			}
			if got != c.latest || o.ResumesOn != nil {
				t.Errorf("resumes latest %q on %v, want latest %q and no on", got, o.ResumesOn, c.latest)
			}
			if o.Treatment == nil || o.Treatment.Covered != c.covered || o.Treatment.Why != c.why {
				t.Errorf("treatment %+v, want %v %s", o.Treatment, c.covered, c.why)
			}
		})
	}
}
