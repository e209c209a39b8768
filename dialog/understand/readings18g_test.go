package understand

import (
	"testing"

	"bujiao/rules"
)

// TestResumedAfterJiu18g: R9-W1⁗ (a), the 就 forms of the month paying
// resumed; a count of months with 就 is no month.
func TestResumedAfterJiu18g(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in   string
		want string
	}{
		{"我十月份就开始自己交了 灵活就业", "2026-10"},
		{"十月份就开始自己交了", "2026-10"},
		{"从十月就自己在交", "2026-10"},
		{"我10月份就开始自己交了 灵活就业", "2026-10"},
		{"从10月就自己在交", "2026-10"},
		{"十月份开始自己交的", "2026-10"},
		{"断了3个月就没再交", ""},
		{"10月就业了", ""},
	} {
		m, ok := ResumedAfter(c.in, today)
		got := ""
		if ok {
			got = m.String()
		}
		if got != c.want {
			t.Errorf("ResumedAfter(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestBenefitRunsUntil18g: R9-W1⁗ (b), a benefit end told as still ahead
// is the coming month; one told as over is not read here.
func TestBenefitRunsUntil18g(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in   string
		want string
	}{
		{"actually my unemployment benefit runs until february", "2027-02"},
		{"actually my unemployment benefit runs until next february", "2027-02"},
		{"说错了 失业金要领到明年2月", "2027-02"},
		{"失业金还没领完 领到明年1月", "2027-01"},
		{"my unemployment benefit will end in march", "2027-03"},
		{"unemployment benefit runs until december", "2026-12"},
		{"失业金领到8月", ""},
		{"my unemployment benefit ended in august", ""},
		{"unemployment benefit ran out in september", ""},
		{"runs until february", ""},
	} {
		m, ok := BenefitRunsUntil(c.in, today)
		got := ""
		if ok {
			got = m.String()
		}
		if got != c.want {
			t.Errorf("BenefitRunsUntil(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
