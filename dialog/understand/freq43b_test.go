package understand

import (
	"testing"

	"bujiao/rules"
)

// TestFrequency43b (fix43b): how often a person pays ("一年交一次",
// "once a year") is never a gap; a gap told beside it is kept. Sibling
// wordings of my own (none from heldout30): zh and en, orders, words
// between, no punctuation, a typo, a correction halfway.
func TestFrequency43b(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in     string
		months int // 0 = no gap read
	}{
		{"我交的是居民医保 就是一年交一次那种", 0},
		{"居民医保一年一交的", 0},
		{"城乡居民医保，一年缴一次，在老家交", 0},
		{"一年只交一次的那个居民医保", 0},
		{"就是那种一年扣一回的居民保险", 0},
		{"居民医保一年交1次 没交过", 0},
		{"居民医保 每年交一次", 0},
		{"the resident one you pay once a year", 0},
		{"I pay the resident insurance once per year", 0},
		{"rural insurance, pay it one time a year", 0},
		{"不对 是居民医保 一年交一次的 断了两年", 24},
		{"居民医保一年一交 已经断了2年了", 24},
		{"resident insurance, you pay once a year, i missed 2 years", 24},
		{"灵活就业 一个月交一次 断了三个月", 3},
		{"flexible worker, pay once a month, missed 3 months", 3},
		{"我按月交 一个月缴一次 停了4个月了", 4},
	} {
		e := Analyze(c.in, today, fakeCities36b{}, "").Extracted
		switch {
		case c.months == 0 && e.Gap != nil:
			t.Errorf("%q: gap %+v, want none (a frequency)", c.in, e.Gap)
		case c.months > 0 && e.Gap == nil:
			t.Errorf("%q: no gap, want %d months", c.in, c.months)
		case c.months > 0 && e.Gap.Since == nil && e.Gap.Months != c.months:
			t.Errorf("%q: gap %+v, want %d months", c.in, e.Gap, c.months)
		case c.months > 0 && e.Gap.Since != nil && today.MonthOf().Since(*e.Gap.Since) != c.months:
			t.Errorf("%q: gap %+v, want %d months", c.in, e.Gap, c.months)
		}
	}
}

// TestUnitNotFor43b (fix43b): a dialect denial before "for me" makes the
// months after unpaid. Sibling wordings of my own (none from heldout30).
func TestUnitNotFor43b(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 11, Day: 25}
	for _, c := range []struct {
		in     string
		months int
	}{
		{"公司勿帮我交医保两个月了", 2},
		{"阿拉单位覅帮阿拉交医保四个月", 4},
		{"单位莫给我交医保五个月了", 5},
		{"公司唔帮我交医保三个月", 3},
		{"老板不帮我们交医保6个月了", 6},
		{"厂里没得给俺交医保三个月了", 3},
		{"单位未替我缴医保两个月", 2},
		{"公司勿帮我交医保 三个月了 宁波", 3},
		{"老板不给交医保半年了", 6},
	} {
		e := Analyze(c.in, today, fakeCities36b{}, "").Extracted
		switch {
		case e.Gap == nil:
			t.Errorf("%q: no gap, want %d months", c.in, c.months)
		case e.Gap.Since == nil && e.Gap.Months != c.months,
			e.Gap.Since != nil && today.MonthOf().Since(*e.Gap.Since) != c.months:
			t.Errorf("%q: gap %+v, want %d months", c.in, e.Gap, c.months)
		}
	}
}
