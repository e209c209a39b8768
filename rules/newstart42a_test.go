package rules

import (
	"testing"
	"time"
)

// TestStartOverRegion42a (fix42a, R31-M1): after a gap over 3 months, a
// job change into a region whose employee cover starts on the 15th of the
// month after payment (Shanghai S7) starts no earlier than that day, over
// the months paying began; no floor without the region's start, for a
// self-payer, or where Zhejiang's conflict rule already sets it.
func TestStartOverRegion42a(t *testing.T) {
	sh := Policy{
		FirstEnrolment: FirstEnrolmentPolicy{UnitMonths: 1, IndividualMonths: 6, Basis: []Citation{{Law: "sh-qa-2026", Section: "timing"}}},
		BenefitDays:    BenefitDayPolicy{StopDay: 15, RestartDay: 15},
	}
	nat := Policy{}
	zj := sh
	zj.TransferStartConflict = []Citation{{Law: "zj-msr", Article: 28}}
	unit := Facts{Scheme: SchemeEmployee, Payer: PayerUnit, Reason: ReasonJobChange}
	self := Facts{Scheme: SchemeEmployee, Payer: PayerIndividual, Reason: ReasonJobChange}
	d := func(y int, m time.Month, dd int) *Date { x := Date{y, m, dd}; return &x }
	for _, c := range []struct {
		name  string
		p     Policy
		f     Facts
		pay   Month
		early *Date // ResumesEarliest before
		want  string
	}{
		{"shanghai august", sh, unit, Month{2026, 8}, d(2026, 8, 15), "2026-09-15"},
		{"shanghai december", sh, unit, Month{2026, 12}, d(2026, 12, 15), "2027-01-15"},
		{"shanghai january", sh, unit, Month{2027, 1}, d(2027, 1, 15), "2027-02-15"},
		{"shanghai already later", sh, unit, Month{2026, 8}, d(2026, 10, 15), "2026-10-15"},
		{"national", nat, unit, Month{2026, 8}, d(2026, 8, 1), "2026-08-01"},
		{"self-payer", sh, self, Month{2026, 8}, d(2026, 8, 15), "2026-08-15"},
		{"zhejiang conflict listed", zj, unit, Month{2026, 8}, d(2026, 8, 1), "2026-08-01"},
	} {
		o := Outcome{Facts: c.f, ResumesEarliest: c.early, ResumesLatest: d(2027, 3, 15)}
		o.startOverRegion42a(c.p, c.pay)
		if got := o.ResumesEarliest.String(); got != c.want {
			t.Errorf("%s: earliest %s, want %s", c.name, got, c.want)
		}
		if o.ResumesLatest.Before(*o.ResumesEarliest) {
			t.Errorf("%s: latest %s before earliest %s", c.name, o.ResumesLatest, o.ResumesEarliest)
		}
	}
}
