package understand

import (
	"testing"

	"bujiao/rules"
)

// Audit round 7 re-check readings: a named month paying resumed after an
// ended benefit or a gap (R9-W1′), English "new job pays from this month"
// (R9-M1′), English treatment days with no treatment word (§5 n1).
func TestReadings18d(t *testing.T) {
	dec := rules.Date{Year: 2026, Month: 12, Day: 7}
	cases := []struct {
		text    string
		resumed string // month paying resumed, "" none
		treat   string // treatment day, "" none
	}{
		{"杭州的 失业保险9月就停发了 现在自己按灵活就业在交 10月开始交的 12月20号看病能报吗", "2026-10", "2026-12-20"},
		{"Ningbo, unemployment benefit finished in August, started paying myself as a freelancer in October. Covered on Dec 20?", "2026-10", "2026-12-20"},
		{"绍兴 失业金8月领完 10月起自己以灵活就业身份交了 12月20号住院能报吗", "2026-10", "2026-12-20"},
		{"失业金8月领完了 从10月开始自己交", "2026-10", ""},
		{"失业金8月领完了 10月份开始交的", "2026-10", ""},
		{"unemployment benefit ended in August, since October I pay it myself", "2026-10", ""},
		{"unemployment benefit ended in August, restarted in Oct", "2026-10", ""},
		{"moved from Shenzhen to Chengdu, 5 months without insurance, new job pays from this month. surgery on June 22 next year covered?", "2026-12", "2027-06-22"},
		{"changed jobs, 4 months without insurance, new employer started paying this month", "2026-12", ""},
		{"changed jobs, 4 months gap. new company pays starting this month", "2026-12", ""},
		{"changed jobs, missed 3 months, my new job covers me from this month on", "2026-12", ""},
		{"Ningbo self-employed, missed Sept and Oct, doctor visit Dec 3 - covered?", "", "2026-12-03"},
		{"Shanghai, my company stopped paying in September, they are paying again now, not sure since when. covered Dec 20?", "", "2026-12-20"},
		// No resumption: a gap's start, a wish, paying before the gap.
		{"失业金8月领完了 10月开始没交", "", ""},
		{"失业金8月领完了 想从10月开始自己交", "", ""},
		{"从2020年3月开始正常交 最近断了两个月", "", ""},
		{"I've been paying since March 2020, missed the last 2 months", "", ""},
		{"unemployment benefit ended in August, I want to start paying myself in January", "", ""},
		{"changed jobs, 4 months without insurance, new job will pay from next month", "", ""},
		{"unemployment benefit ended in August, stopped paying in October", "", ""},
	}
	for _, c := range cases {
		e := Extract(c.text, dec, fakeRegions{}, "")
		got, treat := "", ""
		if e.Resumed != nil {
			got = e.Resumed.String()
		}
		if e.Treatment != nil {
			treat = e.Treatment.String()
		}
		if got != c.resumed {
			t.Errorf("%q: resumed %q, want %q", c.text, got, c.resumed)
		}
		if c.resumed != "" && !e.GapEnded {
			t.Errorf("%q: the gap's end is not read", c.text)
		}
		if treat != c.treat {
			t.Errorf("%q: treatment %q, want %q", c.text, treat, c.treat)
		}
	}
}

// TestPaidBack18d: a self-payer's own back-payment of the missed months is
// read as PaidBack, never as paying resumed (audit round 7 re-check
// R7-M5‴); an employer's stays ArrearsPaid.
func TestPaidBack18d(t *testing.T) {
	dec := rules.Date{Year: 2026, Month: 12, Day: 7}
	cases := []struct {
		text     string
		paidBack string // "" none, "?" said without a month
	}{
		{"杭州灵活就业 断了两个月 上个月已经全部补齐了", "2026-11"},
		{"宁波灵活就业 断了3个月 这个月把欠的都补交了", "2026-12"},
		{"深圳，之前断了两个月，上个月已经补齐了", "2026-11"},
		{"Zhejiang freelancer, 2 months unpaid, I already paid the missed months back last month", "2026-11"},
		{"Hangzhou freelancer, missed 2 months, paid them all back in November. covered now?", "2026-11"},
		{"Ningbo self-employed, missed Sept and Oct, paid both back in November, doctor visit Dec 3 - covered?", "2026-11"},
		{"灵活就业 断了两个月 已经补齐了", "?"},
		// Not one's own back-payment, or none yet.
		{"公司欠了两个月，上个月单位补齐了", ""},
		{"灵活就业 断了两个月 还没补", ""},
		{"灵活就业 断了两个月 想补齐", ""},
		{"freelancer, missed 2 months, have not paid them back", ""},
		{"今年五六月份断了 七月开始补上了 自己交的 北京", ""},
	}
	for _, c := range cases {
		e := Extract(c.text, dec, fakeRegions{}, "")
		got := ""
		switch {
		case e.PaidBack != nil:
			got = e.PaidBack.String()
		case e.PaidBackSaid:
			got = "?"
		}
		if got != c.paidBack {
			t.Errorf("%q: paid back %q, want %q", c.text, got, c.paidBack)
		}
		if c.paidBack != "" && e.GapConflict {
			t.Errorf("%q: the back-payment month read as a second gap", c.text)
		}
		if c.paidBack != "" && e.Resumed != nil {
			t.Errorf("%q: a back-payment read as paying resumed in %s", c.text, e.Resumed)
		}
	}
}
