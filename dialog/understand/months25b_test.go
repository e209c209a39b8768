package understand

import (
	"testing"
	"time"

	"bujiao/rules"
)

// fix25b: months told as a range, as the last month paid, or corrected
// within the message (audit round 24, R24-W1/W2/W3/M7). Sibling wordings.
func TestMonths25b(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	m := func(y int, mo time.Month) *rules.Month { return &rules.Month{Year: y, Month: mo} }
	for _, c := range []struct {
		in      string
		since   *rules.Month
		resumed *rules.Month
	}{
		// R24-W2: a range, and a new job's first month is the month paying
		// resumed, never the gap's start.
		{"ningbo paid until june, the suzhou job started october. gap jul-sep. is my august bill covered?", m(2026, 7), m(2026, 10)},
		{"old company in wuxi paid until may, my new job in nanjing began in september", m(2026, 6), m(2026, 9)},
		{"i had a gap from june to august, then my job in xiamen started september", m(2026, 6), m(2026, 9)},
		{"missed contributions june-august", m(2026, 6), nil},
		{"深圳 6月到8月没交 9月新单位开始交了", m(2026, 6), m(2026, 9)},
		{"我断了五月至七月", m(2026, 5), nil},
		{"公司8月到10月都没交", m(2026, 8), nil},
		{"the factory owes me from march to june, nobody pays now", m(2026, 3), nil},
		// R24-W1 / R24-W3: the corrected month replaces the first.
		{"self-employed in ningbo, missed may and june, started paying again in july, sorry, august", m(2026, 5), m(2026, 8)},
		{"flexible worker, skipped march and april, resumed in may, i mean june", m(2026, 3), m(2026, 6)},
		{"上海灵活就业 我3月开始交的 不对 是4月开始交 之前断了一年", m(2025, 4), m(2026, 4)},
		{"杭州自己交的 我7月起交的 哦不对 是8月起交的 之前停了三个月", m(2026, 5), m(2026, 8)},
		{"我9月份开始重新缴的 之前断了两个月", m(2026, 7), m(2026, 9)},
		// R24-M7: the last month paid; the gap begins the month after.
		{"last medical payment was for april, the boss disappeared", m(2026, 5), nil},
		{"my last contribution was for the month of august, then the company closed", m(2026, 9), nil},
		{"the last month paid was july, company shut down", m(2026, 8), nil},
		{"shanghai, last month my company paid was september (september included)", m(2026, 10), nil},
		{"the last month my employer paid was july, then nothing", m(2026, 8), nil},
		{"last month they paid was august", m(2026, 9), nil},
		{"公司跑路了 最后一次交的是5月", m(2026, 6), nil},
		{"老板跑了 最后缴费的月份是8月", m(2026, 9), nil},
		// A leaving month said as its end was paid, as "9月底辞职" is read.
		{"i quit my job in foshan at the end of september, nothing paid since", m(2026, 10), nil},
		{"left my job end of august, no new job", m(2026, 9), nil},
	} {
		e := Analyze(c.in, today, nil, "").Extracted
		if e.Gap == nil || e.Gap.Since == nil || *e.Gap.Since != *c.since {
			t.Errorf("%q: %s; want gap since %v", c.in, e, *c.since)
			continue
		}
		if (c.resumed == nil) != (e.Resumed == nil) || c.resumed != nil && *e.Resumed != *c.resumed {
			t.Errorf("%q: %s; want resumed %v", c.in, e, c.resumed)
		}
	}
}

// Words that are no correction or no unpaid range stay as they were.
func TestMonths25bNot(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	if s, ok := fixMonths25b("they missed july, actually august too"); ok {
		t.Errorf("a month added read as a correction: %q", s)
	}
	if s, ok := fixMonths25b("resumed in september, sorry, october"); !ok || s != "resumed in october" {
		t.Errorf("correction: %q %v", s, ok)
	}
	// A range of months in hospital is no gap.
	e := Analyze("hangzhou, i was in hospital from may to july, gap of 2 months", today, nil, "").Extracted
	if e.Gap != nil && e.Gap.Since != nil && *e.Gap.Since == (rules.Month{Year: 2026, Month: 5}) {
		t.Errorf("hospital range read as gap: %s", e)
	}
	for _, in := range []string{"断了3个月 5月到7月住院的钱能报吗", "gap of 3 months, in hospital from may to july", "missed 2 months, surgery from june to july"} {
		e := Analyze(in, today, nil, "").Extracted
		if e.Gap != nil && e.Gap.Since != nil && (*e.Gap.Since == (rules.Month{Year: 2026, Month: 5}) || *e.Gap.Since == (rules.Month{Year: 2026, Month: 6})) {
			t.Errorf("%q: a stay read as the gap: %s", in, e)
		}
	}
	// Last paid through last month: this month is still due; nothing read
	// as a gap from it.
	e = Analyze("last medical payment was for november", today, nil, "").Extracted
	if e.Gap != nil && e.Gap.Since != nil && *e.Gap.Since == (rules.Month{Year: 2026, Month: 12}) {
		t.Errorf("paid through last month read as gap since this month: %s", e)
	}
}
