package understand

import (
	"testing"

	"bujiao/rules"
)

// TestNamedMonthList24: months listed after a gap word are months of the
// calendar ("欠了8月9月" is from August, never 8 months).
func TestNamedMonthList24(t *testing.T) {
	dec7 := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct{ text, since string }{
		{"公司欠了8月9月两个月的医保", "2026-08"},
		{"单位没交7月、8月的 老板还在", "2026-07"},
		{"厂里断了九月和十月", "2026-09"},
		{"company in ningbo 欠了10月11月", "2026-10"},
	} {
		e := Extract(c.text, dec7, nil, "")
		if e.Gap == nil || e.Gap.Since == nil || e.Gap.Since.String() != c.since {
			t.Errorf("%q: gap %v, want since %s", c.text, e.Gap, c.since)
		}
	}
	// A count stays a count.
	if e := Extract("断缴8月了 上海", dec7, nil, ""); e.Gap == nil || e.Gap.Months != 8 {
		t.Errorf("断缴8月了: gap %v, want 8 months", e.Gap)
	}
}

// TestPaidItAll24: "paid it all" with no "back" is an employer's
// back-payment, dated by its clause.
func TestPaidItAll24(t *testing.T) {
	dec7 := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct{ text, paid string }{
		{"hangzhou, my company skipped october but paid it all in november", "2026-11"},
		{"employer missed two months, then paid everything in october", "2026-10"},
		{"the firm owed august and paid all of it in september", "2026-09"},
	} {
		e := Extract(c.text, dec7, nil, "")
		if e.ArrearsPaid == nil || e.ArrearsPaid.String() != c.paid {
			t.Errorf("%q: arrears paid %v, want %s", c.text, e.ArrearsPaid, c.paid)
		}
	}
	if e := Extract("my company never paid it all, still owes 3 months", dec7, nil, ""); e.ArrearsPaid != nil {
		t.Errorf("a refusal read as paid back in %v", e.ArrearsPaid)
	}
}
