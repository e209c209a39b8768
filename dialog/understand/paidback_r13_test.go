package understand

import (
	"testing"

	"bujiao/rules"
)

// TestPayBackPromiseAndDay (audit round 13 n26, n27): a back-payment
// promised ("老板说下个月补上") is no payment, and the treatment day beside
// it is not its month; a back-payment on a day ("paid everything back on
// dec 3") is that month's.
func TestPayBackPromiseAndDay(t *testing.T) {
	dec7 := rules.Date{Year: 2026, Month: 12, Day: 7}
	cases := []struct {
		text string
		paid string // "" none, "?" said without a month, else YYYY-MM
	}{
		{"上海 公司从10月开始没给交医保 老板说下个月补上 1月14号去看病能报吗", ""},
		{"公司说过几天就补上 12月20号住院能报吗", ""},
		{"my company says they will pay it back next month, hospital dec 20?", ""},
		{"shanghai. my company stopped paying in october, they paid everything back on dec 3. can i see a doctor on jan 15?", "2026-12"},
		{"11月公司把欠的都补上了 12月20号住院", "2026-11"},
		{"公司已经补上了 1月14号去看病能报吗", "?"},
		{"my employer paid everything back in november, hospital dec 20", "2026-11"},
	}
	for _, c := range cases {
		e := Extract(c.text, dec7, nil, "")
		got := ""
		switch {
		case e.ArrearsPaid != nil:
			got = e.ArrearsPaid.String()
		case e.ArrearsPaidSaid:
			got = "?"
		}
		if got != c.paid {
			t.Errorf("%q: arrears paid %q, want %q", c.text, got, c.paid)
		}
	}
}
