package understand

import (
	"testing"

	"bujiao/rules"
)

// TestReadings18b: the audit round 6 re-check readings (R8-W1, R8-M1,
// R7-M5′), each with near misses that must stay unread. Today is
// 2026-12-07, as in the audit.
var readings18bCases = []extractCase{
	// R8-W1: "领到X月" / "up to X" is the benefit's last month, with or
	// without an end word; a gap since follows it.
	{"上海，失业金领到今年8月，后来就没交了，12月20号看病能报吗", "",
		"scheme=employee reason=unemployment-benefit region=shanghai ret=working benefit-ended=2026-08 treat=2026-12-20"},
	{"失业金领到今年9月", "", "scheme=employee reason=unemployment-benefit ret=working benefit-ended=2026-09"},
	{"失业金领到今年7月，一直没续", "", "scheme=employee reason=unemployment-benefit ret=working benefit-ended=2026-07"},
	{"杭州，失业金领到9月底，之后没交，12月20号看病能报吗", "",
		"scheme=employee reason=unemployment-benefit region=zhejiang ret=working benefit-ended=2026-09 treat=2026-12-20"},
	{"领失业金领到今年9月，之后一直没交，现在想接着交", "", "scheme=employee reason=unemployment-benefit ret=working benefit-ended=2026-09"},
	{"失业金领到去年11月 后来断了", "", "scheme=employee reason=unemployment-benefit ret=working benefit-ended=2025-11"},
	{"Shanghai, I got unemployment benefit up to August, then nothing. Treatment on Dec 20 covered?", "",
		"scheme=employee reason=unemployment-benefit region=shanghai ret=working benefit-ended=2026-08 treat=2026-12-20"},
	{"I was on unemployment benefit until September, nothing paid since", "",
		"scheme=employee reason=unemployment-benefit ret=working benefit-ended=2026-09"},
	// Near misses: a benefit that can still run, or runs into next
	// year, has not ended.
	{"失业金能领到明年3月", "", "scheme=employee reason=unemployment-benefit ret=working"},
	{"失业金可以领到3月", "", "scheme=employee reason=unemployment-benefit ret=working"},
	{"I'm on unemployment benefit until March next year", "", "scheme=employee reason=unemployment-benefit ret=working"},
	// R8-M1: a day of this month or the last one already past is this
	// year's; a month further back is next year's; 明年 is next year.
	{"杭州灵活就业，8月开始断的，11月又开始交了，12月3号看病能报吗", "",
		"scheme=employee payer=individual since=2026-08 region=zhejiang ended=1 resumed=2026-11 treat=2026-12-03"},
	{"11月20号看病能报吗", "", "treat=2026-11-20"},
	{"12月20号看病能报吗", "", "treat=2026-12-20"},
	{"1月5号住院能报吗", "", "treat=2027-01-05"},
	{"明年12月3号住院能报吗", "", "treat=2027-12-03"},
	{"十二月三号看病能报吗", "", "treat=2026-12-03"},
	{"is treatment on Dec 3 covered?", "", "treat=2026-12-03"},
	{"treatment on January 5", "", "treat=2027-01-05"},
	// "9月底" is the end of September, not of this month.
	{"9月底住院", "", "since=2026-09"},
	{"月底住院", "", "treat=2026-12-31"},
	{"12月底住院", "", "since=2026-12 treat=2026-12-31"},
	// R7-M5′: "started again Oct 2026" ends the gap; "上个月已经补齐了"
	// keeps the gap and ends it in that month.
	{"self employed, stopped paying in July, started again Oct 2026, is Dec 5 covered?", "",
		"scheme=employee payer=individual since=2026-07 ended=1 resumed=2026-10 treat=2026-12-05"},
	{"self employed, stopped paying in July, started again October 2026", "",
		"scheme=employee payer=individual since=2026-07 ended=1 resumed=2026-10"},
	// One's own back-payment is no resumption (audit round 7 re-check
	// R7-M5‴): the month the missed months were paid back.
	{"深圳，之前断了两个月，上个月已经补齐了", "", "gap=2 region=guangdong paid-back=2026-11"},
	{"断了两个月，上个月补齐了", "", "gap=2 paid-back=2026-11"},
	{"公司欠了两个月，上个月单位补齐了", "", "payer=unit reason=arrears status=normal implied=1 gap=2 arrears-paid=2026-11"},
}

func TestReadings18b(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range readings18bCases {
		if got := render(Extract(c.text, today, fakeRegions{}, c.expecting)); got != c.want {
			t.Errorf("Extract(%q)\n got: %s\nwant: %s", c.text, got, c.want)
		}
	}
}
