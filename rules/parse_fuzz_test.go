package rules

import (
	"testing"

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
		if d.IsNegative() || d.GreaterThan(decimal.NewFromInt(MaxYears)) || !d.Equal(d.Round(2)) {
			t.Fatalf("years %q → %s", s, d)
		}
	})
}
