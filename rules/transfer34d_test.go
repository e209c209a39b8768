package rules_test

import (
	"slices"
	"testing"
	"time"

	"bujiao/rules"
)

// fix34d: the job change to another pooling area with a gap of 3 months or
// less ended by the new job (43号 ①) has its own reason for a day in the
// gap, transfer-back-pay; days before the stop and after the resume keep
// theirs, and nothing in the gap is ever "covered" as it stands.
func TestTransferBackPay34d(t *testing.T) {
	today := day(2026, time.December, 7)
	moved := func(region string, since, ended rules.Month, d rules.Date) rules.Facts {
		return rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementWorking, Payer: rules.PayerUnit,
			Reason: rules.ReasonJobChange, Region: region, Since: &since, GapEnded: &ended, CrossCity: bp(true),
			TreatmentDate: ptrDate(d)}
	}
	jul, sep, apr, jun := mon(2026, time.July), mon(2026, time.September), mon(2026, time.April), mon(2026, time.June)
	cases := []struct {
		name    string
		p       rules.Policy
		f       rules.Facts
		covered rules.Tri
		why     string
	}{
		{"gd jul–aug, job sep, 08-10", guangdongPolicy(), moved("guangdong", jul, sep, day(2026, time.August, 10)), rules.TriUnknown, rules.TreatTransferBackPay},
		{"gd jul–aug, job sep, 08-01", guangdongPolicy(), moved("guangdong", jul, sep, day(2026, time.August, 1)), rules.TriUnknown, rules.TreatTransferBackPay},
		{"gd jul–aug, job sep, 08-31", guangdongPolicy(), moved("guangdong", jul, sep, day(2026, time.August, 31)), rules.TriUnknown, rules.TreatTransferBackPay},
		{"gd jul–aug, job sep, 09-01", guangdongPolicy(), moved("guangdong", jul, sep, day(2026, time.September, 1)), rules.TriUnknown, rules.TreatAfterResume},
		{"national apr–may, job jun, 05-20", nationalPolicy(), moved("national", apr, jun, day(2026, time.May, 20)), rules.TriUnknown, rules.TreatTransferBackPay},
		{"national apr–may, job jun, 06-02", nationalPolicy(), moved("national", apr, jun, day(2026, time.June, 2)), rules.TriUnknown, rules.TreatAfterResume},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			o, err := rules.Evaluate(c.f, c.p, today, false)
			if err != nil {
				t.Fatal(err)
			}
			if o.Treatment == nil {
				t.Fatalf("no treatment judged")
			}
			if o.Treatment.Covered != c.covered || o.Treatment.Why != c.why {
				t.Errorf("treatment %+v (stopped %v, resumes on %v), want %v %s", o.Treatment, o.StoppedOn, o.ResumesOn, c.covered, c.why)
			}
		})
	}
	if !slices.Contains(rules.TreatIDs, rules.TreatTransferBackPay) {
		t.Error("TreatIDs lacks transfer-back-pay")
	}
}
