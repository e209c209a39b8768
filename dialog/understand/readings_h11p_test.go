package understand

import (
	"testing"

	"bujiao/rules"
)

// Sibling wordings of the heldout11 readings (readings_h11p.go), none of
// them a sentence of any set: each grammar on phrasings it was not written
// from, and the phrasings it must leave alone.

var todayH11p = rules.Date{Year: 2026, Month: 11, Day: 25}

type h11pCase struct {
	in     string
	expect rules.Field
	reason rules.Reason
	payer  rules.Payer
	status rules.UnitStatus
	gap    int // -1: none
}

func checkH11p(t *testing.T, cases []h11pCase) {
	t.Helper()
	for _, c := range cases {
		e := Extract(c.in, todayH11p, nil, c.expect)
		if e.Reason != c.reason || e.Payer != c.payer || e.UnitStatus != c.status || gapOf(e) != c.gap {
			t.Errorf("%q: reason %q payer %q status %q gap %d; want %q %q %q %d", c.in, e.Reason, e.Payer, e.UnitStatus, gapOf(e),
				c.reason, c.payer, c.status, c.gap)
		}
	}
}

// TestTraditionalCantoneseH11p: traditional characters the fold did not
// know, and Cantonese 話 (say) after an employer.
func TestTraditionalCantoneseH11p(t *testing.T) {
	checkH11p(t, []h11pCase{
		{in: "佛山間廠嘅老細走佬咗 醫保冇交三個月", reason: rules.ReasonArrears, payer: rules.PayerUnit, status: rules.UnitAbsconded, gap: 3},
		{in: "老細話冇錢 醫保欠咗兩個月", reason: rules.ReasonArrears, payer: rules.PayerUnit, status: rules.UnitHardship, gap: 2},
		{in: "公司話冇錢交住 醫保停咗五個月", reason: rules.ReasonArrears, payer: rules.PayerUnit, status: rules.UnitHardship, gap: 5},
		{in: "公司話資金緊張 醫保停咗四個月", reason: rules.ReasonArrears, payer: rules.PayerUnit, status: rules.UnitHardship, gap: 4},
		{in: "经理话没钱 公司欠了医保六个月", reason: rules.ReasonArrears, payer: rules.PayerUnit, status: rules.UnitHardship, gap: 6},
		{in: "老細執咗笠 醫保冇供兩個月", reason: rules.ReasonArrears, payer: rules.PayerUnit, status: rules.UnitClosed, gap: 2},
		// Closed and said bankrupt: in proceedings.
		{in: "公司執咗笠 老細話破產 欠咗兩個月醫保", reason: rules.ReasonArrears, payer: rules.PayerUnit, status: rules.UnitBankrupt, gap: 2},
		{in: "厂子执了笠 已经破产清算 医保欠了四个月", reason: rules.ReasonArrears, payer: rules.PayerUnit, status: rules.UnitBankrupt, gap: 4},
		// 话 of a phone call or of speaking stays: no employer said it.
		{in: "打电话给医保局 断了三个月", gap: 3},
	})
	for _, c := range []struct{ in, want string }{
		{"老细话冇钱", "老细说冇钱"},
		{"佢话下个月补", "佢说下个月补"},
		{"打电话问公司", "打电话问公司"},
		{"说话算话", "说话算话"},
	} {
		if got := fixCantoneseSay(c.in); got != c.want {
			t.Errorf("fixCantoneseSay(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestHomophonesH11p: 千 for 欠 after an employer, 救 for 就 in 就业, 织
// for 职, 念 for 年; the same characters elsewhere are left alone.
func TestHomophonesH11p(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"公司千了三个月医保", "公司欠了三个月医保"},
		{"老板千我两个月社保", "老板欠我两个月社保"},
		{"厂里千了俩月", "厂里欠了俩月"},
		{"灵活救业人员", "灵活就业人员"},
		{"上个月离织了", "上个月离职了"},
		{"今念没缴", "今年没缴"},
		{"去念断了", "去年断了"},
		// Left alone: a thousand, a memory, a word of its own.
		{"一共三千了", "一共三千了"},
		{"我很想念去年", "我很想念去年"},
		{"纪念日", "纪念日"},
		{"救命", "救命"},
		{"孩子去念书了", "孩子去念书了"},
		{"今年去念大学", "今年去念大学"},
		{"交了一千费用", "交了一千费用"},
		{"一千缴了", "一千缴了"},
	} {
		if got := fixHomophones(c.in); got != c.want {
			t.Errorf("fixHomophones(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	checkH11p(t, []h11pCase{
		{in: "深圳 单位千了医保五个月", reason: rules.ReasonArrears, payer: rules.PayerUnit, status: rules.UnitNormal, gap: 5},
		{in: "杭州 离织以后 医保断了三个月", reason: rules.ReasonLeftJob, payer: rules.PayerUnit, gap: 3},
		{in: "灵活救业 自己交的 停了两个月", payer: rules.PayerIndividual, gap: 2},
	})
}

// TestBenefitDrawnNowH11p: a benefit told as drawn now has not ended.
func TestBenefitDrawnNowH11p(t *testing.T) {
	for _, in := range []string{
		"我现在在领失业金 医保要自己交吗",
		"目前在领失业保险金 医保是不是断了",
		"每个月在领失业金 医保停了没有",
		"失业金现在领着的 医保用交吗",
		"我正领着失业金呢 医保怎么办",
		"现在每个月领失业金 社保断了吗",
	} {
		e := Extract(in, todayH11p, nil, "")
		if e.Reason != rules.ReasonUnemployment || e.BenefitEndedSaid || e.BenefitEnded != nil {
			t.Errorf("%q: reason %q ended said %v month %v; want drawing now", in, e.Reason, e.BenefitEndedSaid, e.BenefitEnded)
		}
	}
	// Ended, still: "领完了", "断了" of the benefit itself.
	for _, in := range []string{"失业金领完了 医保怎么办", "失业金上个月断了"} {
		if e := Extract(in, todayH11p, nil, ""); !e.BenefitEndedSaid {
			t.Errorf("%q: want the benefit ended", in)
		}
	}
}

// TestResumedForMeH11p: paying started again with the one paid for named
// between 开始 and 缴.
func TestResumedForMeH11p(t *testing.T) {
	for _, c := range []struct {
		in string
		mo int
	}{
		{"换工作断了两个月 新单位10月开始给我缴了", 10},
		{"中间断了一个月 新厂8月份开始帮我缴了", 8},
		{"断了三个月 新东家从9月开始给我们缴了", 9},
		{"跳槽空了两个月 新公司10月起给我缴上了", 10},
		{"断了俩月 后来10月又给我缴了", 10},
		{"停了两个月 新老板9月才给俺缴", 9},
	} {
		e := Extract(c.in, todayH11p, nil, "")
		if e.Resumed == nil || int(e.Resumed.Month) != c.mo || !e.GapEnded {
			t.Errorf("%q: resumed %v ended %v; want month %d", c.in, e.Resumed, e.GapEnded, c.mo)
		}
	}
	// Not a resumption: paying planned, or a gap told from the month.
	for _, in := range []string{"想从10月开始给我缴", "从10月开始就没给我缴了"} {
		if e := Extract(in, todayH11p, nil, ""); e.Resumed != nil {
			t.Errorf("%q: resumed %v; want none", in, e.Resumed)
		}
	}
}

// TestNoLongerWorkingH11p: negation + (在) + employer + verb of working + 了.
func TestNoLongerWorkingH11p(t *testing.T) {
	checkH11p(t, []h11pCase{
		{in: "我早就没在那个厂干了 医保断了三个月", reason: rules.ReasonLeftJob, payer: rules.PayerUnit, gap: 3},
		{in: "不在原来的公司做了 医保停了两个月", reason: rules.ReasonLeftJob, payer: rules.PayerUnit, gap: 2},
		{in: "上个月就没在单位上班了 社保断了", reason: rules.ReasonLeftJob, payer: rules.PayerUnit, gap: -1},
		{in: "已经不在厂里干了 医保断了四个月", reason: rules.ReasonLeftJob, payer: rules.PayerUnit, gap: 4},
		{in: "没在之前那家公司做了 医保断了五个月", reason: rules.ReasonLeftJob, payer: rules.PayerUnit, gap: 5},
		{in: "我不在店里打工了 医保断了六个月", reason: rules.ReasonLeftJob, payer: rules.PayerUnit, gap: 6},
	})
	for _, in := range []string{"我还在那个公司干 公司欠了三个月", "并不在公司上班的时候", "没在公司"} {
		if zhNoLongerWorking(in) {
			t.Errorf("zhNoLongerWorking(%q): want false", in)
		}
	}
}

// TestBossStillThereH11p: the boss still there, arrears: a trading
// employer; trade fallen off in English: hardship.
func TestBossStillThereH11p(t *testing.T) {
	checkH11p(t, []h11pCase{
		{in: "公司欠了医保三个月 老板人还在 说下个月补", reason: rules.ReasonArrears, payer: rules.PayerUnit, status: rules.UnitNormal, gap: 3},
		{in: "厂里欠俺们医保两个月 老板还在的", reason: rules.ReasonArrears, payer: rules.PayerUnit, status: rules.UnitNormal, gap: 2},
		{in: "company owes 4 months of medical insurance, boss is still around", reason: rules.ReasonArrears, payer: rules.PayerUnit, status: rules.UnitNormal, gap: 4},
		{in: "my employer owes 2 months, boss still here, says next month", reason: rules.ReasonArrears, payer: rules.PayerUnit, status: rules.UnitNormal, gap: 2},
		{in: "employer owes 5 months, orders dried up this year", reason: rules.ReasonArrears, payer: rules.PayerUnit, status: rules.UnitHardship, gap: 5},
		{in: "factory has no orders, my company owes me 3 months", reason: rules.ReasonArrears, payer: rules.PayerUnit, status: rules.UnitHardship, gap: 3},
		// The boss gone says otherwise.
		{in: "老板跑了 欠了两个月医保", reason: rules.ReasonArrears, payer: rules.PayerUnit, status: rules.UnitAbsconded, gap: 2},
	})
}

// TestEnCountAdjH11p: "the 3 missing months" is a gap of 3; owed by an
// employer, arrears.
func TestEnCountAdjH11p(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"he'll pay the 3 missing months", "he'll pay the missing 3 months"},
		{"two unpaid months of insurance", "unpaid two months of insurance"},
		{"the 4 Missing Months", "the Missing 4 Months"},
		{"5 missed years", "missed 5 years"},
		{"the missing documents", "the missing documents"},
		{"3 missing people", "3 missing people"},
	} {
		if got := swapEnCountAdj(c.in); got != c.want {
			t.Errorf("swapEnCountAdj(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	checkH11p(t, []h11pCase{
		{in: "my company will pay the 2 missing months next year", reason: rules.ReasonArrears, payer: rules.PayerUnit, status: rules.UnitNormal, gap: 2},
		{in: "employer promised to cover the four missing months", reason: rules.ReasonArrears, payer: rules.PayerUnit, status: rules.UnitNormal, gap: 4},
		{in: "the company says the 6 outstanding months will be paid", reason: rules.ReasonArrears, payer: rules.PayerUnit, status: rules.UnitNormal, gap: 6},
		{in: "i have 3 missing months after i quit", reason: rules.ReasonLeftJob, payer: rules.PayerUnit, gap: 3},
	})
}

// TestWhenClauseH11p: "when" inside a clause before a subject and verb is
// a time clause; before an auxiliary it asks.
func TestWhenClauseH11p(t *testing.T) {
	for _, c := range []struct {
		in   string
		asks bool
	}{
		{"the boss says he will pay when business picks up", false},
		{"the boss says he will pay us when the factory reopens", false},
		{"company owes 3 months and will pay when the new orders come", false},
		{"my employer owes 2 months when can i use my card again", true},
		{"company owes 3 months, when will it be paid", true},
		{"when business picks up will they pay?", true},
		{"if my contributions stop, from when can't i claim", true},
	} {
		a := Analyze(c.in, todayH11p, nil, "")
		if a.Asks != c.asks {
			t.Errorf("%q: asks %v, want %v", c.in, a.Asks, c.asks)
		}
	}
}

// TestPaysOwnWordsH11p: "pay <words> myself", "I run a shop".
func TestPaysOwnWordsH11p(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"i pay the employee insurance myself, missed 4 months", true},
		{"paid my medical insurance premiums myself until june", true},
		{"i run a small shop in ningbo, missed 3 months", true},
		{"i run my own business and stopped for 2 months", true},
		{"we pay the contributions ourselves", true},
		{"i own a shop in wuhan", true},
		{"should i pay employee insurance myself?", false},
		{"do i need to pay it myself now", false},
		{"the company pays for me and i pay nothing myself", false},
	} {
		if got := enPaysOwnWords(c.in); got != c.want {
			t.Errorf("enPaysOwnWords(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestYearsAtBrokenQH11p: the years named at the question of whole years
// unpaid.
func TestYearsAtBrokenQH11p(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"就今年", 1},
		{"只有去年", 1},
		{"去年和今年", 2},
		{"就去年没交", 1},
		{"今年一整年", 1},
		{"光今年吧", 1},
		{"今年想交", 0},
		{"去年在杭州", 0},
	} {
		if got := yearsAtBrokenQ(c.in); got != c.want {
			t.Errorf("yearsAtBrokenQ(%q) = %d, want %d", c.in, got, c.want)
		}
	}
	for _, c := range []struct {
		in  string
		gap int
	}{
		{"我爸今年一整年都没缴 居民医保", 12},
		{"居民医保今年整年没缴", 12},
		{"孩子的居民医保今年全年都没交", 12},
		{"居民医保今年的还没缴", -1},
	} {
		if got := gapOf(Extract(c.in, todayH11p, nil, "")); got != c.gap {
			t.Errorf("%q: gap %d, want %d", c.in, got, c.gap)
		}
	}
}

// TestNaOpenerH11p: 那 as "then" after a clause-final particle opens the
// question of a run-on; the demonstrative does not.
func TestNaOpenerH11p(t *testing.T) {
	for _, c := range []struct {
		in     string
		reason rules.Reason
	}{
		{"今年被公司裁了现在每个月在领失业金领着的那医保要不要我自己缴", rules.ReasonUnemployment},
		{"厂里把我辞退了现在每个月在领失业金的那医保还用我管吗", rules.ReasonUnemployment},
		{"我被裁员了现在正在领失业保险金呢那医保断了没有", rules.ReasonUnemployment},
	} {
		a := Analyze(c.in, todayH11p, nil, "")
		if a.Stated.Reason != c.reason {
			t.Errorf("%q: stated reason %q, want %q (question %q)", c.in, a.Stated.Reason, c.reason, a.Question)
		}
	}
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"领着的那医保", true},
		{"断了那我怎么办", true},
		{"交的那个医保", false},
		{"欠了那几个月", false},
		{"的那边", false},
		{"那医保", false},
	} {
		got := false
		for i := range c.in {
			if naOpener(c.in, i, len(c.in)) != "" {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("naOpener in %q: %v, want %v", c.in, got, c.want)
		}
	}
}
