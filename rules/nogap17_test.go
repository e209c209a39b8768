package rules_test

import (
	"slices"
	"testing"

	"bujiao/rules"

	"github.com/shopspring/decimal"
)

// TestNoGapNoReason: with no gap told ("没断过，只是问问") an employee whose
// employer pays is not asked why it broke, and the answer is the no-gap
// one; a gap, or a first unpaid month, still asks the reason (issue 17).
func TestNoGapNoReason(t *testing.T) {
	zero, two := 0, 2
	f := rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementWorking, Payer: rules.PayerUnit,
		GapMonths: &zero, Region: rules.NationalRegion}
	if need := rules.Needed(f, rules.Inputs{}); len(need) != 0 {
		t.Fatalf("no gap: Needed = %v, want nothing", need)
	}
	o, err := rules.Evaluate(f, nationalPolicy(), rules.Date{Year: 2026, Month: 11, Day: 20}, false)
	if err != nil || o.Verdict != rules.VerdictNoPaymentNeeded {
		t.Fatalf("no gap: %v %v, want no-payment-needed", o.Verdict, err)
	}
	g := f
	g.GapMonths = &two
	if need := rules.Needed(g, rules.Inputs{}); !slices.Contains(need, rules.FieldReason) {
		t.Errorf("a 2-month gap: Needed = %v, want the reason", need)
	}
	h := f
	d := decimal.NewFromInt(1200)
	h.Arrears = &d
	if need := rules.Needed(h, rules.Inputs{}); !slices.Contains(need, rules.FieldReason) {
		t.Errorf("an amount owed: Needed = %v, want the reason", need)
	}
}
