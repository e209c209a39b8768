package understand

import (
	"testing"

	"bujiao/rules"
)

// TestPayPlannedR14 (audit round 14 R14-M2): a restart planned for a later
// month is read as the day of payment (the month's first day), in
// characters, English, pinyin and dialect; it is never the month paying
// resumed (gap_ended), and a month already past or paying already resumed
// is no plan.
func TestPayPlannedR14(t *testing.T) {
	dec7 := rules.Date{Year: 2026, Month: 12, Day: 7}
	cases := []struct {
		text string
		want string // "" none
	}{
		// The audit's inputs (Z6, P11–P14).
		{"lishui freelancer, gap from september, i will pay again from january, surgery in march? and checkup in february?", "2027-01-01"},
		{"lishui freelancer, gap from september, i will pay again from january, checkup in february ok?", "2027-01-01"},
		{"丽水 灵活就业 9月开始断的 打算明年1月再接着交 2月份看病能报吗", "2027-01-01"},
		{"hangzhou freelancer, gap since august, going to restart paying in january, surgery feb 10?", "2027-01-01"},
		{"杭州灵活就业 8月起断了 明年1月份再开始交 2月10号手术能报销吗", "2027-01-01"},
		// Siblings.
		{"hangzhou freelancer, gap since august, I'll start paying again in January, surgery feb 10?", "2027-01-01"},
		{"wenzhou freelancer, stopped in july, planning to resume paying from february, hospital in april?", "2027-02-01"},
		{"温州 灵活就业 7月开始没交 准备明年2月份继续交 4月住院能报吗", "2027-02-01"},
		{"hangzhou linghuo jiuye 8 yue duan le, ming nian 1 yue zai kai shi jiao, 2 yue 10 hao shou shu neng bao ma", "2027-01-01"},
		{"广州 灵活就业 8月开始冇交 出年1月再开始交 2月10号做手术得唔得", "2027-01-01"},
		// No plan: paying resumed already, a past month, this month.
		{"hangzhou freelancer, gap since august, started paying again in november, surgery feb 10?", ""},
		{"杭州灵活就业 8月起断了 11月开始交了 2月10号手术能报销吗", ""},
		{"ningbo, benefits ran out in august, been paying on my own since november, hospital dec 28?", ""},
		{"hangzhou freelancer, gap since august, will pay again this month, surgery feb 10?", ""},
	}
	for _, c := range cases {
		text := c.text
		if hz, ok := Depinyin(text); ok {
			text = hz
		}
		e := Extract(text, dec7, nil, "")
		got := ""
		if e.PayPlanned != nil {
			got = e.PayPlanned.String()
		}
		if got != c.want {
			t.Errorf("%q (%q): pay planned %q, want %q", c.text, text, got, c.want)
		}
		if c.want != "" && e.Resumed != nil && e.Resumed.String() == c.want[:7] {
			t.Errorf("%q: the planned month %s read as the month paying resumed", c.text, c.want[:7])
		}
	}
}

// FuzzPayPlannedR14: the round-14 readings never panic; a planned payment
// is the first day of a month after this one, at most a year ahead.
func FuzzPayPlannedR14(f *testing.F) {
	for _, s := range []string{"杭州灵活就业 8月起断了 明年1月份再开始缴 2月10号手术能报销吗", "ill start paying again in january",
		"i will pay again from january", "宁波失业金已经没有了", "started paying myself in october", "1月再缴", "may", "出年12月再开始缴"} {
		f.Add(s)
	}
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	f.Fuzz(func(t *testing.T, s string) {
		benefitGoneZh(s)
		for i := range s {
			enMonthIsPaying(s, i)
		}
		if d := payPlanned(s, today); d != nil {
			if d.Day != 1 {
				t.Fatalf("%q: pay date %v not a month's first day", s, d)
			}
			if n := d.MonthOf().Since(today.MonthOf()); n <= 0 || n > 12 {
				t.Fatalf("%q: pay date %v is %d months ahead", s, d, n)
			}
		}
	})
}
