package rules_test

import (
	"slices"
	"testing"
	"time"

	"bujiao/rules"
)

// fix40a: an ended gap whose region dates the end of the wait on one day
// (Zhejiang art. 29 ¶2: the 3rd natural month counting the payment month;
// Shanghai 三(四): 6 months' continuous payment, day 次月15日) is noted as
// cover back from that day on (the verdict id stays re-enroll, see
// resumed40a.go); before it, no note, and the answer gives the resume day.
// No regional source (national ceiling, Guangdong) and job changes (the
// unpaid months are the local question) never get the note.
func TestCoverResumed40a(t *testing.T) {
	flex := func(region string, gap int, ended rules.Month) rules.Facts {
		return rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementWorking, Payer: rules.PayerIndividual,
			Region: region, GapMonths: ip(gap), GapEnded: &ended}
	}
	job := func(region string, gap int, ended rules.Month) rules.Facts {
		return rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementWorking, Payer: rules.PayerUnit,
			Reason: rules.ReasonJobChange, Region: region, GapMonths: ip(gap), GapEnded: &ended, CrossCity: bp(false)}
	}
	pol := map[string]rules.Policy{"shanghai": shanghaiPolicy(), "zhejiang": zhejiangPolicy(), "national": nationalPolicy(), "guangdong": guangdongPolicy()}
	cases := []struct {
		name    string
		f       rules.Facts
		today   rules.Date
		resumed bool
		on      *rules.Date
	}{
		// Zhejiang flexible, paying again since June: cover from 1 August.
		{"zj flex jun, today dec", flex("zhejiang", 4, mon(2026, time.June)), day(2026, time.December, 7), true, ptrDate(day(2026, time.August, 1))},
		{"zj flex jun, today aug 1", flex("zhejiang", 4, mon(2026, time.June)), day(2026, time.August, 1), true, ptrDate(day(2026, time.August, 1))},
		{"zj flex jun, today jul 31", flex("zhejiang", 4, mon(2026, time.June)), day(2026, time.July, 31), false, ptrDate(day(2026, time.August, 1))},
		{"zj flex oct, today dec 7", flex("zhejiang", 5, mon(2026, time.October)), day(2026, time.December, 7), true, ptrDate(day(2026, time.December, 1))},
		{"zj flex nov, today dec 7", flex("zhejiang", 5, mon(2026, time.November)), day(2026, time.December, 7), false, ptrDate(day(2027, time.January, 1))},
		{"zj flex jul, today nov 25", flex("zhejiang", 2, mon(2026, time.July)), day(2026, time.November, 25), true, ptrDate(day(2026, time.September, 1))},
		// Shanghai flexible over 3 months, paying again since May: 6 months, from 15 November.
		{"sh flex may, today dec", flex("shanghai", 7, mon(2026, time.May)), day(2026, time.December, 7), true, ptrDate(day(2026, time.November, 15))},
		{"sh flex may, today nov 15", flex("shanghai", 7, mon(2026, time.May)), day(2026, time.November, 15), true, ptrDate(day(2026, time.November, 15))},
		{"sh flex may, today nov 14", flex("shanghai", 7, mon(2026, time.May)), day(2026, time.November, 14), false, ptrDate(day(2026, time.November, 15))},
		{"sh flex aug, today dec 7", flex("shanghai", 5, mon(2026, time.August)), day(2026, time.December, 7), false, ptrDate(day(2027, time.February, 15))},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			o, err := rules.Evaluate(c.f, pol[c.f.Region], c.today, false)
			if err != nil {
				t.Fatal(err)
			}
			if o.Verdict != rules.VerdictReEnroll || !eqDate(o.ResumesOn, c.on) {
				t.Errorf("verdict %s resumes %v, want re-enroll %v (notes %v)", o.Verdict, o.ResumesOn, c.on, o.Notes)
			}
			if got := slices.Contains(o.Notes, rules.NoteCoverResumed40a); got != c.resumed {
				t.Errorf("note cover-resumed %v, want %v", got, c.resumed)
			}
			if c.resumed && slices.ContainsFunc(o.Deadlines, func(d rules.Deadline) bool { return d.ID == rules.DeadlineWaitingEnds }) {
				t.Errorf("a waiting-ends deadline already passed")
			}
		})
	}
	// Never "nothing to pay" where no regional source dates the day, or
	// where the unpaid months of a job change are the question.
	never := []struct {
		name string
		f    rules.Facts
	}{
		{"national flex may", flex("national", 7, mon(2026, time.May))},
		{"guangdong flex may", flex("guangdong", 7, mon(2026, time.May))},
		{"national flex jan", flex("national", 3, mon(2026, time.January))},
		{"zj job change aug", job("zhejiang", 2, mon(2026, time.August))},
		{"sh job change sep", job("shanghai", 1, mon(2026, time.September))},
		{"gd job change jun", job("guangdong", 3, mon(2026, time.June))},
	}
	for _, c := range never {
		t.Run(c.name, func(t *testing.T) {
			for _, today := range []rules.Date{day(2026, time.November, 25), day(2026, time.December, 7), day(2027, time.June, 30)} {
				o, err := rules.Evaluate(c.f, pol[c.f.Region], today, false)
				if err != nil {
					t.Fatal(err)
				}
				if slices.Contains(o.Notes, rules.NoteCoverResumed40a) {
					t.Errorf("%v: cover-resumed without a regional dated wait (verdict %s)", today, o.Verdict)
				}
			}
		})
	}
}

// fix40a, heldout29 dispute 3: an ended job-change gap, the new job's area
// not known: the latest return is the later of the two readings' (same
// city, a move), so a planned day on or after it is after cover resumed
// under both; a day between the two ends stays not settled; where either
// reading has no latest (Zhejiang, Guangdong same city) nothing changes.
func TestOpenAreaLatest40a(t *testing.T) {
	job := func(region string, gap int, ended rules.Month, d rules.Date) rules.Facts {
		return rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementWorking, Payer: rules.PayerUnit,
			Reason: rules.ReasonJobChange, Region: region, GapMonths: ip(gap), GapEnded: &ended, TreatmentDate: ptrDate(d)}
	}
	pol := map[string]rules.Policy{"shanghai": shanghaiPolicy(), "zhejiang": zhejiangPolicy(), "guangdong": guangdongPolicy()}
	sep, aug, jun := mon(2026, time.September), mon(2026, time.August), mon(2026, time.June)
	cases := []struct {
		name   string
		f      rules.Facts
		today  rules.Date
		latest *rules.Date
		why    string
	}{
		{"sh sep, 12-20, today 12-07", job("shanghai", 1, sep, day(2026, time.December, 20)), day(2026, time.December, 7), ptrDate(day(2026, time.October, 15)), rules.TreatAfterResume},
		{"sh sep, 12-20, today 11-25", job("shanghai", 1, sep, day(2026, time.December, 20)), day(2026, time.November, 25), ptrDate(day(2026, time.October, 15)), rules.TreatAfterResume},
		{"sh sep, 10-15", job("shanghai", 1, sep, day(2026, time.October, 15)), day(2026, time.December, 7), ptrDate(day(2026, time.October, 15)), rules.TreatAfterResume},
		{"sh sep, 10-01 between the ends", job("shanghai", 1, sep, day(2026, time.October, 1)), day(2026, time.December, 7), ptrDate(day(2026, time.October, 15)), rules.TreatNotSettled},
		{"sh sep, 10-14 between the ends", job("shanghai", 1, sep, day(2026, time.October, 14)), day(2026, time.December, 7), ptrDate(day(2026, time.October, 15)), rules.TreatNotSettled},
		{"sh sep, 2027-01-05", job("shanghai", 2, sep, day(2027, time.January, 5)), day(2026, time.December, 7), ptrDate(day(2026, time.October, 15)), rules.TreatAfterResume},
		{"zj aug, no latest", job("zhejiang", 2, aug, day(2026, time.December, 20)), day(2026, time.December, 7), nil, ""},
		{"gd jun, no latest", job("guangdong", 3, jun, day(2026, time.December, 20)), day(2026, time.December, 7), nil, rules.TreatNotSettled},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			o, err := rules.Evaluate(c.f, pol[c.f.Region], c.today, false)
			if err != nil {
				t.Fatal(err)
			}
			if o.Verdict != rules.VerdictConfirmLocally || !eqDate(o.ResumesLatest, c.latest) {
				t.Errorf("verdict %s latest %v, want confirm-locally %v", o.Verdict, o.ResumesLatest, c.latest)
			}
			if c.why != "" && (o.Treatment == nil || o.Treatment.Why != c.why || o.Treatment.Covered == rules.TriYes) {
				t.Errorf("treatment %+v, want %s (never covered yes)", o.Treatment, c.why)
			}
		})
	}
}
