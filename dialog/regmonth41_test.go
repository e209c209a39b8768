package dialog

import (
	"testing"

	"bujiao/rules"
)

// A first registration told with its day is also told in that day's month
// (reg_month), which is how people name it; a restart planned for a later
// day is not a registration made. testNow is 2026-11-25.
func TestRegMonthFromDay41(t *testing.T) {
	m := testMachine(t)
	for _, c := range []struct {
		msg, want string
	}{
		{"以前没交过医保，9月18号在上海办了灵活就业登记开始交，什么时候可以报销", "2026-09"},
		{"never had insurance. signed up as flexible worker in hangzhou on nov 5 and paid. covered from when?", "2026-11"},
		{"第一次参保 10月8号在杭州登记的灵活就业 啥时候能用", "2026-10"},
		{"上海 灵活就业 断了3个月 明年1月15号开始交", ""},
	} {
		s, _ := steps(t, m, Input{Text: c.msg})
		got := ""
		if s.Facts.RegMonth != nil {
			got = s.Facts.RegMonth.String()
		}
		if got != c.want {
			t.Errorf("%q: reg_month %q, want %q", c.msg, got, c.want)
		}
		if c.want != "" && (s.Facts.FirstEnrolment == nil || !*s.Facts.FirstEnrolment || s.Facts.Scheme != rules.SchemeEmployee) {
			t.Errorf("%q: not read as an employee's first enrolment", c.msg)
		}
	}
}
