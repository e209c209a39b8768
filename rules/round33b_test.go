package rules_test

import (
	"testing"
	"time"

	"bujiao/rules"
)

// Audit round 26 (fix33b).
//
//   - R26-W1 (43号 ①, 粤医保规〔2022〕6号 art. 12): a job change to another
//     pooling area whose gap of 3 months or less ended with the new job: a
//     day in the gap (from the stop to the month paying resumed) is covered
//     once the gap is paid back at the new place, not as it stands
//     (if-back-paid, never "covered", never "not covered"); a day before
//     the stop and after the resume is judged as before.
//   - R26-W3 (Shanghai art. 15, 沪医保规〔2025〕7号 三(三), S7 次月15日): a
//     same-city job change, Sep–Oct without employer, new job in November
//     and the months back-paid: stop 10-15, back 12-15; a day in between
//     is not covered, even after the back-payment.
//   - R26-W4: Shanghai, August first unpaid: stop 09-15, 09-05 covered.
func TestRound33b(t *testing.T) {
	today := day(2026, time.December, 7)
	moved := func(region string, since, ended rules.Month, d rules.Date) rules.Facts {
		return rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementWorking, Payer: rules.PayerUnit,
			Reason: rules.ReasonJobChange, Region: region, Since: &since, GapEnded: &ended, CrossCity: bp(true),
			TreatmentDate: ptrDate(d)}
	}
	sh := func(since rules.Month, ended, paid *rules.Month, d rules.Date) rules.Facts {
		f := rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementWorking, Payer: rules.PayerUnit,
			Reason: rules.ReasonJobChange, Region: "shanghai", Since: &since, GapEnded: ended, ArrearsPaid: paid, CrossCity: bp(false),
			TreatmentDate: ptrDate(d)}
		if ended == nil {
			f.Reason = rules.ReasonLeftJob
			f.CrossCity = nil
		}
		return f
	}
	may, jun, aug, sep, nov := mon(2026, time.May), mon(2026, time.June), mon(2026, time.August), mon(2026, time.September), mon(2026, time.November)
	cases := []struct {
		name    string
		p       rules.Policy
		f       rules.Facts
		covered rules.Tri
		why     string
	}{
		{"W1a gd jun–aug, new job sep, 07-15", guangdongPolicy(), moved("guangdong", jun, sep, day(2026, time.July, 15)), rules.TriUnknown, rules.TreatTransferBackPay},
		{"W1a gd jun–aug, new job sep, 08-31", guangdongPolicy(), moved("guangdong", jun, sep, day(2026, time.August, 31)), rules.TriUnknown, rules.TreatTransferBackPay},
		{"W1a gd jun–aug, new job sep, 09-10", guangdongPolicy(), moved("guangdong", jun, sep, day(2026, time.September, 10)), rules.TriUnknown, rules.TreatAfterResume},
		{"W1b national may–jul, new job aug, 06-20", nationalPolicy(), moved("national", may, aug, day(2026, time.June, 20)), rules.TriUnknown, rules.TreatTransferBackPay},
		{"W1b national may–jul, new job aug, 07-31", nationalPolicy(), moved("national", may, aug, day(2026, time.July, 31)), rules.TriUnknown, rules.TreatTransferBackPay},
		{"W3 sh sep–oct, new job nov back-paid, 10-20", shanghaiPolicy(), sh(sep, &nov, &nov, day(2026, time.October, 20)), rules.TriNo, rules.TreatInGap},
		{"W3 sh sep–oct, new job nov back-paid, 12-14", shanghaiPolicy(), sh(sep, &nov, &nov, day(2026, time.December, 14)), rules.TriNo, rules.TreatInGap},
		{"W3 sh sep–oct, new job nov back-paid, 10-10", shanghaiPolicy(), sh(sep, &nov, &nov, day(2026, time.October, 10)), rules.TriYes, rules.TreatBeforeStop},
		{"W4 sh aug unpaid, 09-05", shanghaiPolicy(), sh(aug, nil, nil, day(2026, time.September, 5)), rules.TriYes, rules.TreatBeforeStop},
		{"W4 sh aug unpaid, 09-15", shanghaiPolicy(), sh(aug, nil, nil, day(2026, time.September, 15)), rules.TriNo, rules.TreatInGap},
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
				t.Errorf("treatment %+v (stopped %v, resumes on %v, latest %v, retro %v), want %v %s", o.Treatment, o.StoppedOn, o.ResumesOn, o.ResumesLatest, o.Retroactive, c.covered, c.why)
			}
		})
	}
}
