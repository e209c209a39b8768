package understand

import (
	"testing"

	"bujiao/rules"
)

// TestHomeInsurance43b (fix43b): the hometown's insurance is the resident
// scheme unless the message names another scheme, a payer or a reason.
// Sibling wordings of my own (none from heldout30).
func TestHomeInsurance43b(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 11, Day: 25}
	for _, c := range []struct {
		in     string
		scheme rules.Scheme
	}{
		{"老家的医保没交三年了", rules.SchemeResident},
		{"在外面打工 老家医保断了两年", rules.SchemeResident},
		{"老家那边的医保好几年没交了 两年吧", rules.SchemeResident},
		{"出来打工以后老家交的医保就没续 有三年了", rules.SchemeResident},
		{"一直在深圳干活 老家的合作医疗两年没交", rules.SchemeResident},
		{"老家那儿的医保我断了四年想补上", rules.SchemeResident},
		{"没交老家里的医保已经两年", rules.SchemeResident},
		{"回来了想把老家的医疗保险续上 断了3年", rules.SchemeResident},
		// another scheme, a payer or a reason named: read as told.
		{"老家的医保是职工医保 断了三个月", rules.SchemeEmployee},
		{"老家的职工医保断了三个月", rules.SchemeEmployee},
		{"公司没给交老家的医保 三个月了", ""}, // the unit: employee, implied later
	} {
		e := Analyze(c.in, today, fakeCities36b{}, "").Extracted
		if e.Scheme != c.scheme {
			t.Errorf("%q: scheme %q, want %q", c.in, e.Scheme, c.scheme)
		}
	}
}
