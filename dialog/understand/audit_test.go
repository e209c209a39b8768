package understand

import (
	"testing"

	"bujiao/rules"
)

// auditToday is the day of the first audit's chats (AUDIT-ROUND1, c01–c21).
var auditToday = rules.Date{Year: 2026, Month: 12, Day: 6}

// TestAuditChatFacts holds the messages of the audit's chat findings that
// the extractor misread, each with what it must read now.
func TestAuditChatFacts(t *testing.T) {
	cases := []extractCase{
		// W2: a correction inside one message; the last value wins, and a
		// first unpaid month that agrees with it is kept (July..November
		// is 5 months on 2026-12-06).
		{"我在上海自己交灵活就业 断了4个月 不对 是5个月 从七月开始断的", "",
			"scheme=employee payer=individual since=2026-07 region=shanghai"},
		{"我在上海自己交灵活就业 断了4个月 不对 是5个月", "",
			"scheme=employee payer=individual gap=5 region=shanghai"},
		{"断了4个月，说错了，是6个月", "", "gap=6"},
		{"stopped paying 4 months ago, no wait, 5 months", "", "gap=5"},
		// ... and a count that does not agree with the month is asked again.
		{"我在上海自己交灵活就业 断了4个月 从七月开始断的", "",
			"scheme=employee payer=individual region=shanghai gap=conflict"},
		{"从七月开始断的 断了3个月", "", "gap=conflict"},
		{"断了5个月 从七月开始断的", "", "since=2026-07"},
		// M9: continuous years are not total years, and a switch names
		// the scheme left and the new one.
		{"我辞职了 之前职工医保连续交了五年 想转成居民医保 断了两个月了 在上海 能补吗 能报吗", "",
			"scheme=resident payer=unit reason=left-job gap=2 region=shanghai cont=5 prior=employee"},
		{"职工医保交了五年", "", "scheme=employee paid=5"},
		{"居民医保连续参保3年，现在找到工作了要转职工医保", "", "scheme=employee cont=3 prior=resident"},
		{"I paid continuously for 5 years", "", "cont=5"},
		// M10: never registered is no arrears.
		// Every month worked went without contributions: the months worked
		// are the gap.
		{"成都的 公司没给我上社保 干了半年了 入职就没给办", "", "payer=unit reason=not-registered gap=6"},
		{"公司从十月开始没给我交医保了", "", "payer=unit reason=arrears status=normal implied=1 since=2026-10"},
		{"my employer never registered me", "", "payer=unit reason=not-registered"},
		// W1: "退休了" with the years paid, or asking whether one still
		// pays, has the years checked (at retirement age); drawing a
		// pension is retired.
		{"我老婆今年五十岁退休了 上海职工医保交了十五年整 退休了还要交吗", "",
			"scheme=employee region=shanghai ret=at-age paid=15"},
		{"退休了还要交医保吗", "", "ret=at-age"},
		{"我已经退休了 在领养老金 医保还要交吗", "", "ret=retired"},
		{"我退休了", "", "ret=retired"},
		{"I retired, paid 12 years, do I still have to pay?", "", "ret=at-age paid=12"},
		// Round 2, W-R2-3: the benefit's last month is no first unpaid
		// month; the fund paid it.
		{"我领失业金领到十一月底结束了 在浙江 医保接下来怎么办 十二月要自己交吗", "",
			"scheme=employee payer=individual reason=unemployment-benefit region=zhejiang ret=working benefit-ended=2026-11"},
		{"我没领失业金 从十月开始断了", "", "since=2026-10"},
		// Round 2, M-R2-2: the scheme between verb and number, and "一共"
		// (not "共" leaving "一"), keep years paid from becoming a gap;
		// the first (total) figure is the years paid.
		// ("今年退休": retiring this year, at the age; heldout9.)
		{"我女 55岁 今年退休 在深圳交了职工医保一共二十二年 在深圳交了十二年 还要补吗", "",
			"scheme=employee region=guangdong ret=at-age paid=22 local=12 sex=female"},
		{"交了十五年 其中在上海交了十年", "", "region=shanghai paid=15 local=10"},
		{"交了十五年 不对 交了十二年", "", "paid=15"},
		{"交了职工医保一共二十二年", "", "scheme=employee paid=22"},
		{"断了职工医保3个月", "", "scheme=employee gap=3"},
		// Round 2, M-R2-6: "一直没给俺交" with no start named is never
		// registered; with a start it stays arrears.
		{"俺在广州打工 厂子一直没给俺交社保 干了八个月了", "",
			"payer=unit reason=not-registered gap=8 region=guangdong"},
		{"公司一直没给我交医保", "", "payer=unit reason=not-registered"},
		{"公司从十月开始一直没给我交医保", "", "payer=unit reason=arrears status=normal implied=1 since=2026-10"},
		// Round 2, M-R2-5: "不对" takes back the place before it.
		{"新单位也在上海 不对 新单位在杭州", "", "payer=unit reason=job-change region=zhejiang"},
		{"我在上海上班 单位交的 换工作空了两个月 新单位也在上海 不对 新单位在北京 断的那两个月能补吗", "",
			"payer=unit reason=job-change gap=2 region=national ret=working"},
		// Without a correcting word the first value still counts.
		{"断缴3个月", "", "gap=3"},
	}
	for _, c := range cases {
		got := render(Extract(c.text, auditToday, fakeRegions{}, c.expecting))
		if got != c.want {
			t.Errorf("Extract(%q, %q)\n got: %s\nwant: %s", c.text, c.expecting, got, c.want)
		}
	}
}

// TestWeekdayPlanned: round 2, M-R2-9. Weeks start on Monday: on Sunday
// 2026-12-06 "下周一" is the next day, never a Sunday a week on.
func TestWeekdayPlanned(t *testing.T) {
	wed := rules.Date{Year: 2026, Month: 11, Day: 25}
	for _, c := range []struct {
		today rules.Date
		text  string
		want  string
	}{
		{auditToday, "他下周一做手术", "2026-12-07"},
		{auditToday, "下星期三住院", "2026-12-09"},
		{auditToday, "下礼拜天住院", "2026-12-13"},
		{auditToday, "下下周一手术", "2026-12-14"},
		{auditToday, "周五住院", "2026-12-11"},
		{wed, "下周一做手术", "2026-11-30"},
		{wed, "这周五住院", "2026-11-27"},
		{wed, "这周一住院", ""},
		{wed, "周三住院", "2026-11-25"},
		// Next week with no day of it is a span from its Monday
		// (TestTreatmentWeek).
		{wed, "下周住院", "2026-11-30"},
		{auditToday, "孩子刚出生三周", ""},
	} {
		a := Analyze(c.text, c.today, fakeRegions{}, "")
		got := ""
		if a.Treatment != nil {
			got = a.Treatment.String()
		}
		if got != c.want {
			t.Errorf("%s %q: treatment %q, want %q", c.today, c.text, got, c.want)
		}
	}
}

// TestTreatmentDone: round 2, M-R2-8. A stay told as done keeps its day
// in the past ("11月20号住院了" on 2026-12-06 is 2026-11-20, never
// 2027-11-20), and the day is found after an earlier "10月".
func TestTreatmentDone(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"11月20号住院了", "2026-11-20"},
		{"公司10月开始没缴医保，我 11月20号住院了能报销吗", "2026-11-20"},
		{"3号住院了", "2026-12-03"},
		{"12月30号住院", "2026-12-30"},
		{"3号住院", "2027-01-03"},
	} {
		a := Analyze(c.text, auditToday, fakeRegions{}, "")
		got := ""
		if a.Treatment != nil {
			got = a.Treatment.String()
		}
		if got != c.want {
			t.Errorf("%q: treatment %q, want %q", c.text, got, c.want)
		}
	}
}
