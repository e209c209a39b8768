package knowledge

import (
	"testing"

	"bujiao/rules"

	"github.com/shopspring/decimal"
)

var maxParsedAmount = decimal.NewFromInt(1_000_000_000_000)

// checkAmount asserts what every accepted amount must satisfy.
func checkAmount(t *testing.T, in string, d decimal.Decimal) {
	t.Helper()
	if d.IsNegative() || d.GreaterThanOrEqual(maxParsedAmount) {
		t.Fatalf("amount %q → %s outside 0..1e12", in, d)
	}
	if !d.Equal(d.Round(2)) {
		t.Fatalf("amount %q → %s has more than 2 decimals", in, d)
	}
}

func FuzzParseAmount(f *testing.F) {
	for _, s := range []string{"12000", "12,000.50", "１２０００元", "8000 yuan", "¥8000", "￥8000", "RMB 1",
		"1e5", "1.234", "-5", "", "abc", "1234567890123", "999999999999.99", "0.05", "1e999999999", "元元元"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseAmount(s)
		if err != nil {
			return
		}
		checkAmount(t, s, d)
		// An accepted amount reads back as itself.
		back, err := ParseAmount(d.String())
		if err != nil || !back.Equal(d) {
			t.Fatalf("amount %q → %s → %s, %v", s, d, back, err)
		}
	})
}

func FuzzParseYears(f *testing.F) {
	for _, s := range []string{"15", "15.5", "15.08", "15年", "15 years", "１５", "80", "81", "99.99", "-1", "", "1e1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseYears(s)
		if err != nil {
			return
		}
		if d.IsNegative() || d.GreaterThan(decimal.NewFromInt(rules.MaxYears)) || !d.Equal(d.Round(2)) {
			t.Fatalf("years %q → %s", s, d)
		}
	})
}

func FuzzParseFacts(f *testing.F) {
	f.Add("arrears", "12,000.50", "gap_months", "3")
	f.Add("since", "2026-08", "gap_months", "3")
	f.Add("scheme", "Employee", "region", "上海")
	f.Add("base", "1e9", "years_paid", "15.08")
	f.Add("due_date", "２０２６-１０-１５", "newborn", "是")
	f.Add("nope", "x", "broken_years", "81")
	f.Fuzz(func(t *testing.T, k1, v1, k2, v2 string) {
		kv := map[string]string{k1: v1, k2: v2}
		facts, errs := ParseFacts(kv, nil)
		if len(errs) > len(kv)+1 {
			t.Fatalf("%v: %d errors for %d keys", kv, len(errs), len(kv))
		}
		for _, e := range errs {
			if e == nil || e.Key == "" && !(k1 == "" || k2 == "") || e.Valid == "" || e.Error() == "" {
				t.Fatalf("%v: malformed error %#v", kv, e)
			}
		}
		for key, d := range map[string]*decimal.Decimal{"arrears": facts.Arrears, "base": facts.Base} {
			if d != nil {
				checkAmount(t, kv[key], *d)
			}
		}
		for _, d := range []*decimal.Decimal{facts.YearsPaid, facts.LocalYearsPaid} {
			if d != nil && (d.IsNegative() || d.GreaterThan(decimal.NewFromInt(rules.MaxYears))) {
				t.Fatalf("%v: years %s", kv, d)
			}
		}
		for _, n := range []*int{facts.BrokenYears, facts.RepayYears, facts.ContinuousYears} {
			if n != nil && (*n < 0 || *n > rules.MaxYears) {
				t.Fatalf("%v: count %d", kv, *n)
			}
		}
		if facts.GapMonths != nil && (*facts.GapMonths < 0 || *facts.GapMonths > rules.MaxGapMonths) {
			t.Fatalf("%v: gap %d", kv, *facts.GapMonths)
		}
		// Parsed facts either validate or fail only on an amount above
		// rules.MaxAmount; Evaluate must never panic on them.
		if len(errs) == 0 {
			if err := rules.Validate(facts); err != nil {
				ie, ok := err.(*rules.InvalidFactError)
				if !ok || (ie.Field != "arrears" && ie.Field != "base") {
					t.Fatalf("%v: parsed facts fail Validate: %v", kv, err)
				}
			}
			_, _ = rules.Evaluate(facts, rules.Policy{Region: rules.NationalRegion},
				rules.Date{Year: 2026, Month: 11, Day: 25}, true)
		}
	})
}
