package rules_test

import (
	"errors"
	"testing"
	"time"

	"bujiao/rules"
)

// TestImpossibleFactsRefused: facts impossible together are refused with a
// reason the surfaces can word, never answered (issue 18 item 8).
func TestImpossibleFactsRefused(t *testing.T) {
	cases := []struct {
		name   string
		facts  rules.Facts
		field  rules.Field
		reason string
	}{
		{"local years above total", rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementAtAge,
			YearsPaid: dec("10"), LocalYearsPaid: dec("12"), Sex: rules.SexMale, Region: "guangdong"},
			rules.FieldLocalYearsPaid, rules.ReasonLocalAboveTotal},
		{"gap before 1990", rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementWorking,
			Payer: rules.PayerIndividual, GapMonths: ip(450), Region: "national"},
			rules.FieldGap, rules.ReasonGapBefore1990},
		{"premium year not a year", rules.Facts{Scheme: rules.SchemeResident, Newborn: bp(false), BrokenYears: ip(0),
			PremiumYear: ip(5), Region: "national"}, rules.FieldPremiumYear, rules.ReasonPremiumYear},
		{"premium year after next", rules.Facts{Scheme: rules.SchemeResident, Newborn: bp(false), BrokenYears: ip(0),
			PremiumYear: ip(2028), Region: "national"}, rules.FieldPremiumYear, rules.ReasonPremiumYear},
	}
	for _, c := range cases {
		p := nationalPolicy()
		if c.facts.Region == "guangdong" {
			p = guangdongPolicy()
		}
		_, err := rules.Evaluate(c.facts, p, day(2026, time.December, 6), false)
		var inv *rules.InvalidFactError
		if !errors.As(err, &inv) || inv.Field != c.field || inv.Reason != c.reason {
			t.Errorf("%s: err = %v, want %s: %s", c.name, err, c.field, c.reason)
		}
	}
	// The boundaries are accepted: local years equal to the total, a gap
	// starting in January 1990.
	ok := rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementAtAge, YearsPaid: dec("12"),
		LocalYearsPaid: dec("12"), Sex: rules.SexMale, Region: "guangdong"}
	if _, err := rules.Evaluate(ok, guangdongPolicy(), day(2026, time.December, 6), false); err != nil {
		t.Errorf("local years equal to the total refused: %v", err)
	}
	gap := rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementWorking, Payer: rules.PayerIndividual,
		GapMonths: ip(rules.Month{Year: 2026, Month: time.December}.Since(rules.Month{Year: 1990, Month: time.January})), Region: "national"}
	if _, err := rules.Evaluate(gap, nationalPolicy(), day(2026, time.December, 6), false); err != nil {
		t.Errorf("a gap from 1990-01 refused: %v", err)
	}
}
