package understand

import (
	"testing"
	"time"

	"bujiao/rules"
)

// Sibling wordings of heldout16's failures (readings_h16a.go), none in any
// set: each reading is a grammar, so its relatives must read the same way.

var h16aToday = rules.Date{Year: 2026, Month: 11, Day: 25}

func TestGapBoundToNounH16a(t *testing.T) {
	cases := []struct {
		text string
		want int
	}{
		{"left one company, joined another 2 months later, 2-month gap in total", 2},
		{"there was a gap of 4 months between the two jobs", 4},
		{"new employer in hangzhou started paying this month, there's a 2 month gap between", 2},
		{"old job ended in one month and the new one started 3 months later, a 3 months gap", 3},
		{"换了工作 中间空档两个月", 2},
		{"换工作中间有三个月的空档", 3},
		{"huan gongzuo, kongdang 2 months", 2},
		{"2 month gap, no wait, 3 months", 3},
	}
	for _, c := range cases {
		e := Analyze(c.text, h16aToday, nil, "").Extracted
		if e.Gap == nil || e.Gap.Since != nil || e.Gap.Months != c.want {
			t.Errorf("%q: gap %+v, want %d months", c.text, e.Gap, c.want)
		}
	}
}

func TestPaidBackInMayH16a(t *testing.T) {
	cases := []struct {
		text string
		want rules.Month
	}{
		{"my employer owed 2 months and paid it all back in may", rules.Month{Year: 2026, Month: 5}},
		{"company missed 3 months, they paid everything back in May 2025", rules.Month{Year: 2025, Month: 5}},
		{"my employer paid back the arrears in early may", rules.Month{Year: 2026, Month: 5}},
		{"the company caught up on the payments in may 2026", rules.Month{Year: 2026, Month: 5}},
		{"my boss owed 4 months, paid them back in May.", rules.Month{Year: 2026, Month: 5}},
		{"employer skipped 2 months but paid it back in november", rules.Month{Year: 2026, Month: 11}},
	}
	for _, c := range cases {
		e := Analyze(c.text, h16aToday, nil, "").Extracted
		if e.ArrearsPaid == nil || *e.ArrearsPaid != c.want {
			t.Errorf("%q: arrears paid %v, want %v", c.text, e.ArrearsPaid, c.want)
		}
	}
	for _, s := range []string{"my employer may pay it back next month", "they owe 3 months, may i claim?"} {
		if e := Analyze(s, h16aToday, nil, "").Extracted; e.ArrearsPaid != nil {
			t.Errorf("%q: arrears paid %v, want none", s, e.ArrearsPaid)
		}
	}
}

func TestEmployerGoneEnglishH16a(t *testing.T) {
	cases := []struct {
		text string
		want rules.UnitStatus
	}{
		{"the bakery owner is gone and the shop is locked, they owed 4 months of social insurance", rules.UnitAbsconded},
		{"the founders disappeared and nobody answers the phone, 2 months of insurance unpaid", rules.UnitAbsconded},
		{"the hotel I worked at closed down suddenly, they didn't pay 3 months", rules.UnitClosed},
		{"our studio shut down and the director is unreachable, 5 months unpaid", rules.UnitAbsconded},
		{"the cafe went out of business, 2 months of insurance owed", rules.UnitClosed},
		{"office emptied overnight, they owed us 5 months of insurance", rules.UnitAbsconded},
		{"the restaurant is gone, they never paid the last 3 months", rules.UnitClosed},
	}
	for _, c := range cases {
		e := Analyze(c.text, h16aToday, nil, "").Extracted
		if e.UnitStatus != c.want || e.Scheme == rules.SchemeResident || e.Payer != rules.PayerUnit || e.Reason != rules.ReasonArrears {
			t.Errorf("%q: %s, want unit_status=%s with an employer's arrears", c.text, e, c.want)
		}
	}
	for _, s := range []string{"the owner is not gone, the shop is open, they owe 2 months", "I pay myself, the shop I rented closed down, 3 months gap"} {
		if e := Analyze(s, h16aToday, nil, "").Extracted; e.UnitStatus == rules.UnitAbsconded || e.UnitStatus == rules.UnitClosed {
			t.Errorf("%q: %s, want no employer gone", s, e)
		}
	}
}

func TestVocationalStudentH16a(t *testing.T) {
	for _, s := range []string{"我在宁波读中专 学校交的医保去年没交", "大专生 医保断了一年", "读技校的 居民医保漏交了", "在读高职 学生医保没交",
		"本科生 医保今年忘了交", "专科生 学校统一交医保 断了"} {
		e := Analyze(s, h16aToday, nil, "").Extracted
		if !e.Student || e.Scheme != rules.SchemeResident {
			t.Errorf("%q: %s student=%v, want a student in the resident scheme", s, e, e.Student)
		}
	}
}

func TestExamsAreTreatmentH16a(t *testing.T) {
	d := func(m, day int) rules.Date { return rules.Date{Year: 2026, Month: time.Month(m), Day: day} }
	cases := []struct {
		text string
		want rules.Date
	}{
		{"12月15号要做肠镜 公司欠医保两个月", d(12, 15)},
		{"灵活就业断了三个月 12月3号去做个核磁", d(12, 3)},
		{"I have a colonoscopy on December 12, my employer owes 2 months", d(12, 12)},
		{"self-employed, missed 4 months, MRI booked on 10 December 2026", d(12, 10)},
		{"公司欠了医保 下礼拜要去做个胃镜", d(11, 30)},
		{"flexible worker, 3 month gap, ultrasound next week", d(11, 30)},
		{"断缴两个月 12月20号去医院做个彩超", d(12, 20)},
		{"employer owes 2 months, I have a scan on December 9", d(12, 9)},
		{"company skipped 3 months, my delivery date is 18 December 2026", d(12, 18)},
		{"self-employed, missed 2 months, health checkup on December 14", d(12, 14)},
	}
	for _, c := range cases {
		e := Analyze(c.text, h16aToday, nil, "").Extracted
		if e.Treatment == nil || *e.Treatment != c.want {
			t.Errorf("%q: treatment %v, want %v", c.text, e.Treatment, c.want)
		}
	}
	// Food delivery is work, not a birth.
	for _, s := range []string{"I do food delivery in Shanghai, self-paid, 3 months gap since December 2025"} {
		if e := Analyze(s, h16aToday, nil, "").Extracted; e.Treatment != nil {
			t.Errorf("%q: treatment %v, want none", s, e.Treatment)
		}
	}
}

func TestPaidThenReachedH16a(t *testing.T) {
	cases := []struct {
		text  string
		years string
		ret   rules.Retirement
	}{
		{"职工医保交了12年 到退休年龄了", "12", rules.RetirementAtAge},
		{"缴了20年 已经到退休年龄", "20", rules.RetirementAtAge},
		{"交了18年了 到了退休年龄", "18", rules.RetirementAtAge},
		{"一共交了13年 刚到退休年龄", "13", rules.RetirementAtAge},
		{"广州女的 医保交满16年 到退休年龄了", "16", rules.RetirementAtAge},
	}
	for _, c := range cases {
		e := Analyze(c.text, h16aToday, nil, "").Extracted
		if e.YearsPaid == nil || e.YearsPaid.String() != c.years || e.Retirement != c.ret {
			t.Errorf("%q: %s, want years %s, %s", c.text, e, c.years, c.ret)
		}
	}
	for _, s := range []string{"还有3年到退休年龄", "医保交了10年 还没到退休年龄"} {
		if e := Analyze(s, h16aToday, nil, "").Extracted; e.Retirement == rules.RetirementAtAge {
			t.Errorf("%q: %s, want not at the age", s, e)
		}
	}
}

func TestDialectAndTyposH16a(t *testing.T) {
	cases := []struct {
		text string
		gap  int
	}{
		{"头家无共阮交社保 两个月矣", 2},
		{"公司无共我缴医保 四个月矣 按怎办", 4},
		{"公私拖了我三个月医保", 3},
		{"公私没给交医保两个月 卡刷步了", 2},
		{"my danwei didn't pay for 4 ge yue", 4},
		{"company owes me 2 ge yue of yibao", 2},
	}
	for _, c := range cases {
		e := Analyze(c.text, h16aToday, nil, "").Extracted
		if e.Payer != rules.PayerUnit || e.Gap == nil || e.Gap.Months != c.gap {
			t.Errorf("%q: %s, want an employer's gap of %d months", c.text, e, c.gap)
		}
	}
	for _, s := range []string{"我是饿了么骑手 在杭州 医保自己交的 断了五个月", "饿了么送餐的 自己交医保 断了3个月"} {
		a := Analyze(s, h16aToday, nil, "")
		if a.Asks || a.Stated.Payer != rules.PayerIndividual {
			t.Errorf("%q: asks %v, stated %s; want a statement of paying oneself", s, a.Asks, a.Stated)
		}
	}
}

func TestRecentBirthEnglishH16a(t *testing.T) {
	for _, s := range []string{"we had a baby girl in Shenzhen last week, how to get her insured", "my wife gave birth 5 days ago, how do we enrol the baby",
		"just had twins in Hangzhou, what insurance do they need", "had a son 3 weeks ago, how to sign him up", "we had triplets yesterday",
		"our daughter was born two weeks ago in Shanghai"} {
		e := Analyze(s, h16aToday, nil, "").Extracted
		if e.Newborn == nil || !*e.Newborn {
			t.Errorf("%q: %s, want a newborn", s, e)
		}
	}
	for _, s := range []string{"we had a baby 3 years ago, she never had insurance", "my wife gave birth last year and the kid's insurance lapsed"} {
		if e := Analyze(s, h16aToday, nil, "").Extracted; e.Newborn != nil && *e.Newborn {
			t.Errorf("%q: %s, want no newborn", s, e)
		}
	}
}

func TestGigFirstEnrolmentH16a(t *testing.T) {
	for _, s := range []string{"I'm a food delivery rider in Hangzhou, never had medical insurance, how to sign up",
		"跑外卖的 一直没买过医保 怎么参保", "delivery driver here, never been insured, want to join", "开网约车的 从来没缴过医保 想参保",
		"I drive for didi in Chengdu, first time enrolling, what do I do", "外卖骑手 第一次参保 去哪办"} {
		e := Analyze(s, h16aToday, nil, "").Extracted
		if !e.FirstEnrolment || e.Payer != rules.PayerIndividual || e.Scheme != rules.SchemeEmployee {
			t.Errorf("%q: %s first=%v, want a first enrolment paid oneself", s, e, e.FirstEnrolment)
		}
	}
	for _, s := range []string{"my son is a delivery rider, never had medical insurance", "跑外卖的 公司说给交社保 以前从来没缴过医保"} {
		if e := Analyze(s, h16aToday, nil, "").Extracted; e.Payer == rules.PayerIndividual {
			t.Errorf("%q: %s, want no payer assumed", s, e)
		}
	}
}

func TestWorkedNeverPaidAtGapH16a(t *testing.T) {
	cases := []struct {
		text string
		want int
	}{
		{"干了8个月 一直没交", 8},
		{"做了两年 从来没缴过", 24},
		{"上了十个月班 一次都没交", 10},
		{"在厂里干了半年 一直都没交", 6},
		{"worked 10 months, never paid", 10},
		{"worked 7 months, nothing was paid", 7},
	}
	for _, c := range cases {
		e := Analyze(c.text, h16aToday, nil, rules.FieldGap).Extracted
		if e.Gap == nil || e.Gap.Months != c.want {
			t.Errorf("%q at the gap question: gap %+v, want %d months", c.text, e.Gap, c.want)
		}
	}
	if e := Analyze("干了8个月 一直没交", h16aToday, nil, "").Extracted; e.Gap != nil {
		t.Errorf("no question on screen: gap %+v, want none", e.Gap)
	}
}
