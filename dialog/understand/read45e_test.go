package understand

import (
	"testing"
	"time"

	"bujiao/rules"
)

// fix45e: months named as missing while the rest was paid are a gap of
// exactly those months that has ended (paying went on the month after);
// when the last one named is this month the gap is open. Sibling
// wordings written for this test (zh/en, lists, ranges, one month, word
// order, no punctuation, typos).
func TestHoleMonths45e(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 8}
	m := func(y int, mo time.Month) *rules.Month { return &rules.Month{Year: y, Month: mo} }
	for _, c := range []struct {
		in      string
		since   *rules.Month
		months  int
		resumed *rules.Month // nil: open
	}{
		// Lists of months, zh.
		{"公司一直在交 我在支付宝上查了一下 4月和5月医保没交上", m(2026, 4), 2, m(2026, 6)},
		{"杭州 单位缴的 发现8月跟9月漏了 其他月份都正常", m(2026, 8), 2, m(2026, 9+1)},
		{"app上看去年十一月和十二月是空白的 其它月都有", m(2025, 11), 2, m(2026, 1)},
		{"医保记录里7、8两个月断了 别的月份都交了", m(2026, 7), 2, m(2026, 9)},
		{"深圳公司交的 3月份 4月份 这两个月 查不到记录", m(2026, 3), 2, m(2026, 5)},
		{"单位一直交着呢 但是中间少了6月份的", m(2026, 6), 1, m(2026, 7)},
		{"查社保记录 缺了今年1月的 人事说补", m(2026, 1), 1, m(2026, 2)},
		{"中间漏缴了九月", m(2026, 9), 1, m(2026, 10)},
		{"广州 单位缴 2月到4月没缴上 后面都正常", m(2026, 2), 3, m(2026, 5)},
		// Lists of months, en.
		{"my employer pays every month but march and april are blank on the app", m(2026, 3), 2, m(2026, 5)},
		{"company in ningbo has been paying, yet june & july are missing in my records", m(2026, 6), 2, m(2026, 8)},
		{"the app shows no record for sept and oct, other months are fine", m(2026, 9), 2, m(2026, 11)},
		{"hr says system error, medical insurance for jan, feb missing this year", m(2026, 1), 2, m(2026, 3)},
		{"only august is mising, the rest are paid", m(2026, 8), 1, m(2026, 9)},
		{"employer skipped may in my records but pays normally", m(2026, 5), 1, m(2026, 6)},
		{"last year's nov and dec show empty on the app", m(2025, 11), 2, m(2026, 1)},
		{"feb n mar missin on the app for medical insurance company pays", m(2026, 2), 2, m(2026, 4)},
		{"from april to june its blank on the app, the company is paying", m(2026, 4), 3, m(2026, 7)},
		// The last month named is this month: the gap is open.
		{"单位一直在交 但11月和12月没交上", m(2026, 11), 0, nil},
		{"december is missing on the app, company has been paying", m(2026, 12), 0, nil},
	} {
		e := Analyze(c.in, today, nil, "").Extracted
		if e.Gap == nil || e.Gap.Since == nil || *e.Gap.Since != *c.since {
			t.Errorf("%q: %s; want gap since %v", c.in, e, *c.since)
			continue
		}
		if c.resumed == nil {
			if e.GapEnded || e.Resumed != nil {
				t.Errorf("%q: %s; want an open gap", c.in, e)
			}
			continue
		}
		if !e.GapEnded || e.Resumed == nil || *e.Resumed != *c.resumed || e.Gap.Months != c.months {
			t.Errorf("%q: %s; want %d months, ended %v", c.in, e, c.months, *c.resumed)
		}
	}
}

// A month named as where the gap began, paying told as still stopped, a
// stay in hospital, the verb "may": no hole.
func TestHoleMonthsNot45e(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 8}
	for _, in := range []string{
		"从5月开始公司就没交了",
		"5月起断缴了 到现在都没交",
		"missing since march, nothing paid since",
		"my employer stopped paying in june and the months are missing",
		"7月和8月住院了 漏了报销",
		"i may be missing some months",
		"断了4月和5月",
	} {
		e := Analyze(in, today, nil, "").Extracted
		if e.GapEnded && e.Resumed != nil && e.Gap != nil && e.Gap.Since != nil && e.Gap.Months > 0 && e.Gap.Months <= 2 {
			t.Errorf("%q: %s; want no ended hole", in, e)
		}
	}
}
