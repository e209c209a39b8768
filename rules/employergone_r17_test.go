package rules_test

import (
	"slices"
	"testing"
	"time"

	"bujiao/rules"
)

// TestEmployerGoneAsksItsOwnGap: the question for 12393 on the protect-cover
// path names the employer's unpaid months, never a self-payer's missed
// ones (audit round 17, R17-M1), in every region.
func TestEmployerGoneAsksItsOwnGap(t *testing.T) {
	dec7 := day(2026, time.December, 7)
	for _, p := range []rules.Policy{nationalPolicy(), shanghaiPolicy(), zhejiangPolicy(), guangdongPolicy()} {
		for _, st := range []rules.UnitStatus{rules.UnitAbsconded, rules.UnitBankrupt, rules.UnitClosed} {
			f := rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementWorking, Payer: rules.PayerUnit,
				Reason: rules.ReasonArrears, UnitStatus: st, GapMonths: ip(3), Region: p.Region}
			o, err := rules.Evaluate(f, p, dec7, false)
			if err != nil {
				t.Fatal(err)
			}
			if o.Verdict != rules.VerdictProtectCover || slices.Contains(o.AskLocally, rules.AskIndividualGap) {
				t.Errorf("%s %s: verdict %s, asks %v; want protect-cover without %s", p.Region, st, o.Verdict, o.AskLocally, rules.AskIndividualGap)
			}
		}
	}
}
