package understand

import (
	"testing"

	"github.com/shopspring/decimal"

	"bujiao/rules"
)

// Readings added for heldout11's misreads (fix17m2): each as a grammar,
// with sibling wordings that are in no set.

func h11mExtract(in string, exp rules.Field) Extracted {
	return Analyze(in, testToday, fakeRegions{}, exp).Extracted
}

// TestLocalYearsAnswerH11m: at "how many of those years here?", years paid
// told with a place or with no total word are the local years; a total
// stays the total.
func TestLocalYearsAnswerH11m(t *testing.T) {
	for _, c := range []struct {
		in          string
		paid, local string
	}{
		{"在深圳交了9年", "", "9"},
		{"深圳这边交了九年", "", "9"},
		{"广州交了十二年", "", "12"},
		{"在杭州缴了八年", "", "8"},
		{"只有6年是在上海交的", "", "6"},
		{"在这边交了7年", "", "7"},
		{"paid 9 years here", "", "9"},
		{"一共交了27年", "27", ""},
		{"总共交了二十年 在深圳交了9年", "20", "9"},
	} {
		e := h11mExtract(c.in, rules.FieldLocalYearsPaid)
		if got := decStr(e.YearsPaid); got != c.paid {
			t.Errorf("%q: years paid %q, want %q", c.in, got, c.paid)
		}
		if got := decStr(e.LocalYearsPaid); got != c.local {
			t.Errorf("%q: local years %q, want %q", c.in, got, c.local)
		}
	}
}

// TestCoupleYearsWhenH11m: 前两年 / 这两年 / 那两年 tell when, not how long;
// told as the unpaid or repaid years they keep their reading.
func TestCoupleYearsWhenH11m(t *testing.T) {
	for _, c := range []struct {
		in  string
		gap int // 0: no gap
	}{
		{"前两年生意不行断掉了", 0},
		{"那两年厂里效益差 后来医保停了", 0},
		{"宁波 自己交的 前两年生意不好就停了 停了大概一年多", 0},
		{"前两年家里出了点事 医保就没续上", 0},
		{"这两年行情差 自己交的医保断了五个月", 5},
		{"温州 前两年开始跑外卖 自己交的医保停了八个月", 8},
		{"那两年在外地打工 回来发现医保断了三个月", 3},
		// The years unpaid: a count as before.
		{"前两年没交", 24},
		{"断了两年了", 24},
		{"之前两年没交", 24},
	} {
		e := h11mExtract(c.in, "")
		got := 0
		if e.Gap != nil {
			got = e.Gap.Months
		}
		if got != c.gap {
			t.Errorf("%q: gap %d, want %d (%s)", c.in, got, c.gap, e)
		}
	}
	if e := h11mExtract("这两年全部补缴", ""); e.RepayYears == nil || *e.RepayYears != 2 {
		t.Errorf("这两年全部补缴: %s, want repay_years=2", e)
	}
}

// TestBossGoneLaterH11m: the boss named, then the person or their phone
// gone later in the run-on: absconded.
func TestBossGoneLaterH11m(t *testing.T) {
	for _, c := range []struct {
		in   string
		want rules.UnitStatus
	}{
		{"老板把钱卷走了人也联系不上 医保欠了两个月", rules.UnitAbsconded},
		{"老板前几天还在公司 现在人不见了手机也关机了", rules.UnitAbsconded},
		{"我们老板欠了供应商好多钱人溜了 社保三个月没交", rules.UnitAbsconded},
		{"老板上个月说回老家过几天 结果电话都打不通了 医保也停了", rules.UnitAbsconded},
		{"厂里老板欠工资 微信拉黑了 医保四个月没交", rules.UnitAbsconded},
		{"法人代表欠了一堆债 人找不到了 单位医保欠了半年", rules.UnitAbsconded},
		// Denied, or nobody gone.
		{"老板天天在厂里 人没跑 就是医保欠了三个月", rules.UnitNormal}, // the boss is there: trading (fix17p2)
		{"我们工人跑了好几个 医保欠着", ""},
	} {
		if e := h11mExtract(c.in, ""); e.UnitStatus != c.want {
			t.Errorf("%q: unit status %q, want %q (%s)", c.in, e.UnitStatus, c.want, e)
		}
	}
}

// TestNotRegisteredRunningH11m: a unit still trading that never registered
// its workers has not registered them; one that stopped paying owes.
func TestNotRegisteredRunningH11m(t *testing.T) {
	for _, c := range []struct {
		in   string
		want rules.Reason
	}{
		{"公司正常经营 就是一直没给我上社保 干了三个月了", rules.ReasonNotRegistered},
		{"公司还开着 入职半年了没给我们买社保", rules.ReasonNotRegistered},
		{"my employer never registered me for social insurance, the company is still running, 5 months now", rules.ReasonNotRegistered},
		{"厂子效益挺好的 老板压根没给我们办社保 干了四个月", rules.ReasonNotRegistered},
		{"店里生意很好 老板一直没给我上医保 做了两个月了", rules.ReasonNotRegistered},
		{"公司还在正常营业 从入职到现在都没给我参保 三个月了", rules.ReasonNotRegistered},
		{"厂里效益挺好 就是从十月开始没给我们交医保了", rules.ReasonArrears},
	} {
		if e := h11mExtract(c.in, ""); e.Reason != c.want {
			t.Errorf("%q: reason %q, want %q (%s)", c.in, e.Reason, c.want, e)
		}
	}
}

// TestRunningNotHardshipH11m: cash trouble told as the cause beside a unit
// still trading is normal; an arrangement named, or no word of trading,
// stays hardship.
func TestRunningNotHardshipH11m(t *testing.T) {
	for _, c := range []struct {
		in   string
		want rules.UnitStatus
	}{
		{"老板说资金紧张 但是公司还开着 工资照发 医保欠了三个月", rules.UnitNormal},
		{"my company has cash flow problems but is still open, 2 months unpaid", rules.UnitNormal},
		{"HR says no money for insurance this quarter, the company is still operating, 3 months unpaid", rules.UnitNormal},
		{"单位说经营困难 不过大家都还在正常上班 医保断了两个月", rules.UnitNormal},
		{"公司资金困难 还在营业 社保欠了四个月", rules.UnitNormal},
		{"厂里说缺钱 还在开工 欠了我们两个月医保", rules.UnitNormal},
		// An arrangement, or nothing of trading: hardship.
		{"公司资金紧张申请了缓缴 还在正常营业 欠了两个月", rules.UnitHardship},
		{"company is struggling but still operating, owes us 4 months, says will pay in instalments", rules.UnitHardship},
		{"公司经营困难 已经三个月没交社保了", rules.UnitHardship},
		{"老板说资金困难 医保先欠着两个月 说等回款了一起补 我们还在上班", rules.UnitHardship},
		{"cash is tight, the company is still open and the boss says he will pay later, 3 months unpaid", rules.UnitHardship},
	} {
		if e := h11mExtract(c.in, ""); e.UnitStatus != c.want {
			t.Errorf("%q: unit status %q, want %q (%s)", c.in, e.UnitStatus, c.want, e)
		}
	}
}

// TestBareNationalityH11m: a nationality without an article is foreign and
// no region; "national" elsewhere is untouched.
func TestBareNationalityH11m(t *testing.T) {
	for _, c := range []struct {
		in      string
		foreign bool
	}{
		{"Korean national here, I quit my job 5 months ago", true},
		{"Japanese citizen, working here, company owes 2 months", true},
		{"hi, im Indian national, quit 3 months ago", true},
		{"Vietnamese nationals working in a factory, it owes us 3 months", true},
		{"British citizen here, my employer stopped paying 2 months ago", true},
		{"US national, self employed, missed 4 months", true},
		{"Chinese national, quit 2 months ago", false},
		{"basic national rules for a gap of 3 months?", false},
		{"what do national rules say about a 3 month gap", false},
	} {
		e := h11mExtract(c.in, "")
		if got := e.Origin == "foreign"; got != c.foreign {
			t.Errorf("%q: foreign %v, want %v (%s)", c.in, got, c.foreign, e)
		}
		if s, _ := normalize(c.in); c.foreign && stripIdentity(s) == s {
			t.Errorf("%q: the nationality is left for the places", c.in)
		}
	}
}

// TestSwitchByContrastH11m: a scheme switch told as then and now.
func TestSwitchByContrastH11m(t *testing.T) {
	for _, c := range []struct {
		in            string
		scheme, prior rules.Scheme
	}{
		{"我之前一直交居民医保交了三年 现在自己开了个小店 按灵活就业交职工医保 中间断了一个月", rules.SchemeEmployee, rules.SchemeResident},
		{"深圳 原来买的居民医保 后来自己按灵活就业参加职工医保 中间断了一个月", rules.SchemeEmployee, rules.SchemeResident},
		{"杭州 以前是单位交的职工医保 交了五年 现在没上班了 想交居民医保 断了三个月", rules.SchemeResident, rules.SchemeEmployee},
		{"以前在厂里有职工医保 如今在家带老人 打算参加居民医保 断了四个月", rules.SchemeResident, rules.SchemeEmployee},
		{"I used to be on resident insurance for 5 years, now I'm self-employed and pay employee insurance, there was a 1 month gap", rules.SchemeEmployee, rules.SchemeResident},
		{"I had employee medical insurance for 4 years, now 2 months without cover and I want to join the resident scheme instead", rules.SchemeResident, rules.SchemeEmployee},
		{"previously on the employee scheme for 7 years, now I stay home and want to pay resident insurance, 3 months gap", rules.SchemeResident, rules.SchemeEmployee},
		// The second scheme only asked about: no switch.
		{"以前交的职工医保 现在想问一下居民医保是什么", rules.SchemeResident, ""},
	} {
		e := h11mExtract(c.in, "")
		if e.Scheme != c.scheme || e.PriorScheme != c.prior {
			t.Errorf("%q: scheme %q prior %q, want %q prior %q (%s)", c.in, e.Scheme, e.PriorScheme, c.scheme, c.prior, e)
		}
	}
}

// TestHadForYearsH11m: insurance had for a count of years is years paid;
// denied, it is a gap.
func TestHadForYearsH11m(t *testing.T) {
	for _, c := range []struct {
		in   string
		paid string
		gap  int
	}{
		{"I had employee medical insurance in Shenzhen for 4 years, then the company closed", "4", 0},
		{"was on the resident scheme for 3 years", "3", 0},
		{"I have been in the employee scheme for 6 years", "6", 0},
		{"previously on the employee scheme for 7 years", "7", 0},
		{"I used to be on resident insurance for 5 years", "5", 0},
		{"we had employee insurance through the factory for 8 years", "8", 0},
		{"I had no insurance for 2 years", "", 24},
		{"stopped paying, had no cover for 3 years", "", 36},
	} {
		e := h11mExtract(c.in, "")
		got := 0
		if e.Gap != nil {
			got = e.Gap.Months
		}
		if decStr(e.YearsPaid) != c.paid || got != c.gap {
			t.Errorf("%q: years paid %q gap %d, want %q and %d (%s)", c.in, decStr(e.YearsPaid), got, c.paid, c.gap, e)
		}
	}
}

// TestCaringForChildEnH11m: a parent who left work to look after a child
// asks for themselves; a child named outside the caring phrase is asked for.
func TestCaringForChildEnH11m(t *testing.T) {
	for _, c := range []struct {
		in    string
		child bool
	}{
		{"left work to care for my kid, now 2 months without cover", false},
		{"I quit to look after my son and my insurance lapsed 3 months ago", false},
		{"stayed home with our daughter for a while, missed 4 months of medical insurance", false},
		{"I'm taking care of my children now, my employee insurance stopped 2 months ago", false},
		{"resigned to raise my kids, 5 months without insurance", false},
		{"stay at home with my toddler, my own insurance lapsed", false},
		{"I stayed home with my son for a year, can I enrol my son in resident insurance", true},
		{"my son is 8, his resident insurance lapsed", true},
		{"辞职回家带宝宝 职工医保断了三个月", false},
		{"在家照看闺女 医保断了半年", false},
		{"前阵子辞职回家带娃 断了两个月", false},
		{"为了陪儿子读书辞了工作 社保停了四个月", false},
		{"辞职回家带娃 想给宝宝办医保", true},
	} {
		if e := h11mExtract(c.in, ""); e.Child != c.child {
			t.Errorf("%q: child %v, want %v (%s)", c.in, e.Child, c.child, e)
		}
	}
	// The baby looked after is no newborn asked about; one born is.
	for _, c := range []struct {
		in      string
		newborn bool
	}{
		{"quit to look after my baby, my insurance lapsed 3 months ago", false},
		{"辞职回家带宝宝 职工医保断了三个月", false},
		{"left work to care for my newborn, employee insurance stopped 2 months ago", false},
		{"宝宝刚出生二十天 还没办医保", true},
		{"our baby was born three weeks ago, how do we get her medical insurance?", true},
	} {
		e := h11mExtract(c.in, "")
		if got := e.Newborn != nil && *e.Newborn; got != c.newborn {
			t.Errorf("%q: newborn %v, want %v (%s)", c.in, got, c.newborn, e)
		}
	}
}

func decStr(d *decimal.Decimal) string {
	if d == nil {
		return ""
	}
	return d.String()
}

// TestChildWordNoSexH11m: 闺女 (daughter) and 仔女 (children) are someone
// else, never the person's sex.
func TestChildWordNoSexH11m(t *testing.T) {
	for _, in := range []string{"在家照看闺女 医保断了半年", "我闺女在上海上学 居民医保没交", "为咗照顾仔女辞咗工 医保断咗三个月"} {
		if e := h11mExtract(in, ""); e.Sex != "" {
			t.Errorf("%q: sex %q, want none (%s)", in, e.Sex, e)
		}
	}
	for _, c := range []struct {
		in   string
		want rules.Sex
	}{{"女 今年到退休年龄 交了十八年", rules.SexFemale}, {"我是女的 闺女在上学", rules.SexFemale}} {
		if e := h11mExtract(c.in, ""); e.Sex != c.want {
			t.Errorf("%q: sex %q, want %q (%s)", c.in, e.Sex, c.want, e)
		}
	}
}
