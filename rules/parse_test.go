package rules

import (
	"testing"

	"github.com/shopspring/decimal"
)

func TestParseAmount(t *testing.T) {
	cases := []struct {
		in   string
		want string // "" means refused
	}{
		{"12000", "12000"},
		{"12,000.50", "12000.5"},
		{"１２０００元", "12000"},
		{"8000 yuan", "8000"},
		{"¥8000", "8000"},
		{"￥8000", "8000"}, // fullwidth yen sign
		{"¥8000元", "8000"},
		{"8000元", "8000"},
		{"8000 元", "8000"},
		{"RMB 8000", "8000"},
		{"8000 CNY", "8000"},
		{" 754.6 ", "754.6"},
		{"０.０５", "0.05"},
		{"１２，０００．５０", "12000.5"}, // fullwidth comma and point
		{"0", "0"},
		{"999999999999.99", "999999999999.99"},
		{"123456789012", "123456789012"},
		// Refused.
		{"1e5", ""},
		{"1E5", ""},
		{"1.234", ""},
		{"-5", ""},
		{"+5", ""},
		{"", ""},
		{"   ", ""},
		{"元", ""},
		{"abc", ""},
		{"1234567890123", ""}, // 13 digits
		{"1,234,567,890,123", ""},
		{"12000.", ""},
		{".5", ""},
		{"12 000", ""},
		{"0x10", ""},
		{"NaN", ""},
		{"Inf", ""},
		{"12000.50.1", ""},
	}
	for _, c := range cases {
		got, err := ParseAmount(c.in)
		if c.want == "" {
			if err == nil {
				t.Errorf("ParseAmount(%q) = %s, want an error", c.in, got)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseAmount(%q): %v", c.in, err)
			continue
		}
		if !got.Equal(decimal.RequireFromString(c.want)) {
			t.Errorf("ParseAmount(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}

func TestParseYears(t *testing.T) {
	cases := []struct {
		in   string
		want string // "" means refused
	}{
		{"15", "15"},
		{"15.5", "15.5"},
		{"15.08", "15.08"},
		{"0", "0"},
		{"80", "80"},
		{"15年", "15"},
		{"15 年", "15"},
		{"15 years", "15"},
		{"１５", "15"},
		{"１９．９", "19.9"},
		{" 20 ", "20"},
		{"81", ""},
		{"80.01", ""},
		{"99.99", ""},
		{"100", ""},
		{"15.123", ""},
		{"-1", ""},
		{"", ""},
		{"fifteen", ""},
		{"1e1", ""},
		{".5", ""},
	}
	for _, c := range cases {
		got, err := ParseYears(c.in)
		if c.want == "" {
			if err == nil {
				t.Errorf("ParseYears(%q) = %s, want an error", c.in, got)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseYears(%q): %v", c.in, err)
			continue
		}
		if !got.Equal(decimal.RequireFromString(c.want)) {
			t.Errorf("ParseYears(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}
