package understand

import (
	"testing"
	"time"

	"bujiao/rules"
)

// Sibling wordings (fix34d): ER / A&E as treatment words, and a slash
// treatment day read month/day only where no day-first form elsewhere
// makes it ambiguous (then left unread, never guessed).
func TestTreatWordsSlash34d(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	d := func(m, day int) *rules.Date { return &rules.Date{Year: 2026, Month: time.Month(m), Day: day} }
	for _, c := range []struct {
		in    string
		treat *rules.Date
	}{
		{"ningbo flexible worker, stopped paying in august. ER visit oct 12 went badly, i was in the ER for hours - covered?", d(10, 12)},
		{"wenzhou, company owes since september. ended up in A&E on nov 2, can i claim?", d(11, 2)},
		{"suzhou, left my job in july, nothing paid since. took my son to the ER on 9/14, covered?", d(9, 14)},
		{"guangzhou employee, gap since october. clinic on 11/3 and is that covered?", d(11, 3)},
		{"深圳 9月开始没交 10/18去急诊了 能报吗", d(10, 18)},
		{"宁波灵活就业 8月断了 11/6看的门诊 能报销吗", d(11, 6)},
		{"shanghai, not paid since october. doctor on 11/3, my landlord wrote 28/10 on the receipt", nil},
		{"hangzhou, missed september. paid 1/2 of it myself", nil},
	} {
		a := Analyze(c.in, today, nil, "")
		got := a.Extracted.Treatment
		if a.Stated.Treatment != nil {
			got = a.Stated.Treatment
		}
		switch {
		case c.treat == nil && got != nil:
			t.Errorf("%q: treatment %v, want none (never guessed)", c.in, *got)
		case c.treat != nil && (got == nil || *got != *c.treat):
			t.Errorf("%q: treatment %v, want %v", c.in, got, *c.treat)
		}
	}
}
