package understand

import (
	"testing"

	"bujiao/rules"
)

// Audit round 21, R21-M3 (C6b): a resident who says in which month they
// paid has that month read as when they paid (gap_ended), never as the
// first month of a gap; this year's premium missed and paid late leaves no
// year without cover. A payment wished for, or a year said unpaid, is not.
func TestResidentPaidMonth21e(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	mar, may, nov := rules.Month{Year: 2026, Month: 3}, rules.Month{Year: 2026, Month: 5}, rules.Month{Year: 2026, Month: 11}
	for _, c := range []struct {
		in     string
		paid   rules.Month
		broken int // -1: no gap read
	}{
		{"resident insurance, i forgot to pay for 2026 and only paid it in may. am i covered yet?", may, 0},
		{"my resident medical insurance lapsed this year, paid in march, can i use it now?", mar, 0},
		{"城乡居民医保今年漏缴了 5月份才交上 现在能用吗", may, 0},
		{"居民医保 上个月补交了 现在能报销吗", nov, -1},
		{"我妈的居民医保今年忘记交了，后来3月交的，现在看病能报吗", mar, 0},
		{"resident scheme, renewed it last month, when am i covered?", nov, -1},
		{"居民医保去年没交 今年3月份交上了", mar, 1},
	} {
		e := Analyze(c.in, today, nil, "").Stated
		if e.Scheme != rules.SchemeResident || e.Resumed == nil || *e.Resumed != c.paid || e.PaidBack != nil {
			t.Errorf("%q: %s; want resident, paid %s", c.in, e, c.paid)
			continue
		}
		switch {
		case c.broken < 0 && e.Gap != nil:
			t.Errorf("%q: gap %v read; want none", c.in, e.Gap)
		case c.broken >= 0 && (e.Gap == nil || e.Gap.Since != nil || e.Gap.Months != 12*c.broken):
			t.Errorf("%q: gap %v; want %d months", c.in, e.Gap, 12*c.broken)
		}
	}
	// Paid with no month: the month is asked. A payment planned, or one
	// not made, names no month paid.
	if e := Analyze("居民医保今年的已经补缴了", today, nil, "").Stated; !e.GapEnded || e.Resumed != nil {
		t.Errorf("paid, no month: %s; want the month asked", e)
	}
	for _, in := range []string{
		"resident insurance, i will pay in march",
		"居民医保想3月份交",
		"resident insurance, i haven't paid since march",
		"居民医保3月份没交上",
	} {
		if e := Analyze(in, today, nil, "").Stated; e.Resumed != nil {
			t.Errorf("%q: %s; read as paid", in, e)
		}
	}
}
