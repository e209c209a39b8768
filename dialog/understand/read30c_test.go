package understand

import (
	"testing"
	"time"

	"bujiao/rules"
)

// R24-M4 siblings (fix30c): months listed as a job change's gap, the new
// job's month, and the listed months paid back.
func TestRound30cJobChangeMonths(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	m := func(y, mo int) *rules.Month { r := rules.Month{Year: y, Month: timeMonth30c(mo)}; return &r }
	for _, c := range []struct {
		in      string
		since   *rules.Month
		months  int
		resumed *rules.Month
	}{
		{"上海 换工作断了两个月 8月9月 10月新公司入职后把8、9月都补缴了 9月20号看病能报吗", m(2026, 8), 2, m(2026, 10)},
		{"在上海辞职后断了7月8月 9月进了新单位 把7 8月补上了 8月10号住院能报吗", m(2026, 7), 2, m(2026, 9)},
		{"上海 之前离职断了三个月 5月6月7月 8月到新公司上班", m(2026, 5), 3, m(2026, 8)},
		{"换工作中间断了8月9月 10月找到新工作", m(2026, 8), 2, m(2026, 10)},
	} {
		e := Analyze(c.in, today, nil, "").Extracted
		if e.Gap == nil || e.Gap.Since == nil || *e.Gap.Since != *c.since || e.Gap.Months != c.months {
			t.Errorf("%q: gap %+v, want %d months from %v", c.in, e.Gap, c.months, *c.since)
		}
		if e.Resumed == nil || *e.Resumed != *c.resumed {
			t.Errorf("%q: resumed %v, want %v", c.in, e.Resumed, *c.resumed)
		}
		if e.ArrearsPaid != nil {
			t.Errorf("%q: arrears paid %v, want none (the months paid, not the month of paying)", c.in, *e.ArrearsPaid)
		}
	}
	// Left as before: a count that disagrees with the list, and months
	// that are not consecutive, are never read as the gap from this list.
	for _, in := range []string{
		"换工作断了三个月 8月9月 10月新公司",
		"换工作断了 6月8月 10月新公司",
	} {
		e := Analyze(in, today, nil, "").Extracted
		if e.Gap != nil && e.Gap.Since != nil && e.Gap.Months == 2 && e.Resumed != nil && *e.Resumed == *m(2026, 10) &&
			*e.Gap.Since == *m(2026, 8) {
			t.Errorf("%q: gap %+v resumed %v read from a list that disagrees", in, e.Gap, e.Resumed)
		}
	}
}

func timeMonth30c(m int) time.Month { return time.Month(m) }
