package understand

import (
	"testing"

	"bujiao/rules"
)

// TestPaidOwed25c: an employer ordered to pay that did is a back-payment,
// with its month when one follows; one that did not is none (R24-M1).
func TestPaidOwed25c(t *testing.T) {
	dec7 := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct{ text, want string }{
		{"hangzhou, my company missed october's medical payment, the tax office told them to pay and they did in november. is my oct 12 er visit covered?", "2026-11"},
		{"wenzhou. employer skipped august, they were ordered to pay and they did, in full, before the deadline (end of october)", "2026-10"},
		{"my employer missed september. the tax bureau made them pay and they did, early november", "2026-11"},
		{"shaoxing, the company skipped two months, then they paid in full before the deadline", "said"},
		{"ningbo, employer skipped september, the tax bureau ordered them to pay but they didn't", ""},
		{"employer skipped september, they were told to pay by mid november, will they?", ""},
	} {
		e := Extract(c.text, dec7, nil, "")
		got := ""
		switch {
		case e.ArrearsPaid != nil:
			got = e.ArrearsPaid.String()
		case e.ArrearsPaidSaid:
			got = "said"
		}
		if got != c.want {
			t.Errorf("%q: arrears paid %q, want %q", c.text, got, c.want)
		}
	}
}
