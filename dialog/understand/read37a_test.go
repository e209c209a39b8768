package understand

import (
	"testing"

	"bujiao/rules"
)

// Sibling wordings (fix37a) for heldout28's first-run misses: word order,
// words between, en/zh, punctuation or none, typos. Written here, not the
// set's text.

var today37a = rules.Date{Year: 2026, Month: 12, Day: 7}

// The enrolment window told closed with words between: never open.
func TestWindowClosed37a(t *testing.T) {
	for _, in := range []string{
		"resident insurance in chengdu, skipped one year, the enrollment window is already closed now",
		"resident insurance nanjing missed a year enrolment window has already passed what can i do",
		"My mum's resident medical insurance lapsed 1 year; the payment window was long over when we noticed.",
		"resident insurance, missed 2 years. the enrolment period is now over here",
		"居民医保断了一年 集中缴费期现在早就结束了 怎么办",
		"居民医保，断了一年，缴费期今年已经过了，还能补吗",
		"居民医保断了一年，参保期都已经截止了",
	} {
		e := Analyze(in, today37a, nil, "").Stated
		if e.InWindow == nil || *e.InWindow {
			t.Errorf("%q: in_window %v, want false", in, e.InWindow)
		}
	}
	// Open stays open.
	for _, in := range []string{
		"resident insurance in chengdu missed one year, the enrolment window is open now",
		"居民医保断了一年 现在是集中缴费期",
	} {
		e := Analyze(in, today37a, nil, "").Stated
		if e.InWindow == nil || !*e.InWindow {
			t.Errorf("%q: in_window %v, want true", in, e.InWindow)
		}
	}
}

// 破厂 before what a works does is a run-down works, not 破产; the boss
// gone is absconded, the works closed.
func TestRundownWorks37a(t *testing.T) {
	for _, in := range []string{
		"哈尔滨 那破厂子黄了 老板也没影了 医保欠了五个月",
		"长春的，俺们那个破厂倒闭了，欠医保四个月",
		"破厂关门了 老板早跑了 医保欠了三个月 咋办",
		"大连 破厂子早就垮了 欠了我们六个月医保",
		"我们那破厂黄了，医保欠着两个月没交",
		"破厂老板跑了 医保断了三个月",
	} {
		e := Analyze(in, today37a, nil, "").Stated
		if e.UnitStatus != rules.UnitClosed && e.UnitStatus != rules.UnitAbsconded {
			t.Errorf("%q: unit %q, want closed or absconded", in, e.UnitStatus)
		}
		if e.Reason != rules.ReasonArrears {
			t.Errorf("%q: reason %q, want arrears", in, e.Reason)
		}
	}
	// The typo 破厂了 (破产了) is still bankrupt.
	if e := Analyze("公司破厂了 欠了三个月医保", today37a, nil, "").Stated; e.UnitStatus != rules.UnitBankrupt {
		t.Errorf("破厂了: unit %q, want bankrupt", e.UnitStatus)
	}
}

// Months not bought for the person ALREADY, with a promise to pay them
// back, are months owed; a never word or a new hire keeps not-registered.
func TestOwedNotUnregistered37a(t *testing.T) {
	for _, in := range []string{
		"公司冇帮我买医保已经四个月啦，老细话迟啲补返",
		"公司没给我买医保已经三个月了 老板说晚点一起补",
		"单位没给我买医保已经两个月了，说以后会补上",
		"公司已经五个月没给我买医保了 老板说之后补缴",
		"深圳 公司没给我买医保已经3个月 老板说再补",
	} {
		e := Analyze(in, today37a, nil, "").Stated
		if e.Reason != rules.ReasonArrears || e.Payer != rules.PayerUnit {
			t.Errorf("%q: reason %q payer %q, want arrears by the unit", in, e.Reason, e.Payer)
		}
		if e.UnitStatus != rules.UnitNormal {
			t.Errorf("%q: unit %q, want normal (presumed)", in, e.UnitStatus)
		}
	}
	for _, in := range []string{
		"入职三个月了公司一直没给我买医保 说转正后补",
		"公司从来没给我买医保 已经三个月了 老板说以后补",
	} {
		if e := Analyze(in, today37a, nil, "").Stated; e.Reason != rules.ReasonNotRegistered {
			t.Errorf("%q: reason %q, want not-registered", in, e.Reason)
		}
	}
}

// Months not paid told without "for", and the whole gap told in English
// with a former employer's months owed.
func TestNotPaidMonthsEn37a(t *testing.T) {
	for _, c := range []struct {
		in  string
		gap int
	}{
		{"factory in foshan shut down, owner ran off, we did not get insurance paid 4 months", 4},
		{"company closed boss disappeared, insurance was not paid two months", 2},
		{"The boss ran away. They never paid our medical insurance 5 months!", 5},
		{"boss gone, company closed; didnt get my insurance paid about 3 months", 3},
		{"my factory shut, the owner ran away, haven't had insurance paid six months", 6},
	} {
		e := Analyze(c.in, today37a, nil, "").Stated
		if e.Gap == nil || e.Gap.Months != c.gap {
			t.Errorf("%q: gap %+v, want %d months", c.in, e.Gap, c.gap)
		}
	}
	for _, c := range []struct {
		in       string
		gap, abl int
	}{
		{"left my job in shenzhen. the old company didn't pay the last 2 months before I left and I haven't paid since, 4 months gap in total.", 4, 2},
		{"I quit my job in hangzhou; my old employer did not pay my last 3 months before i left. in total 6 months", 6, 3},
		{"left my job, old company didnt pay the last 2 months before I left, total gap 5 months", 5, 2},
		{"quit my job. previous employer never paid the last two months before I quit and nothing since - altogether seven months", 7, 2},
	} {
		e := Analyze(c.in, today37a, nil, "").Stated
		if e.Gap == nil || e.Gap.Months != c.gap || e.ArrearsBeforeLeaving == nil || *e.ArrearsBeforeLeaving != c.abl {
			t.Errorf("%q: gap %+v abl %v, want %d and %d", c.in, e.Gap, ptr37a(e.ArrearsBeforeLeaving), c.gap, c.abl)
		}
	}
}

func ptr37a(p *int) any {
	if p == nil {
		return nil
	}
	return *p
}

// A new employer's first month told in English ends the gap that month.
func TestEmployerStarted37a(t *testing.T) {
	for _, c := range []struct {
		in string
		m  rules.Month
	}{
		{"I had no job for 2 months, then got a new job in Ningbo and the company started paying my insurance in July 2026. must I pay the 2 months?", rules.Month{Year: 2026, Month: 7}},
		{"between jobs for 4 months; new employer began paying my medical insurance from september 2026", rules.Month{Year: 2026, Month: 9}},
		{"changed jobs with 3 months without insurance, the new company started to pay in Oct", rules.Month{Year: 2026, Month: 10}},
		{"no job 3 months then new job, they started paying my insurance since august 2026. do i need to pay the gap", rules.Month{Year: 2026, Month: 8}},
	} {
		e := Analyze(c.in, today37a, nil, "").Stated
		if e.Resumed == nil || *e.Resumed != c.m || !e.GapEnded {
			t.Errorf("%q: resumed %v ended %v, want %v", c.in, e.Resumed, e.GapEnded, c.m)
		}
	}
	// A month still to come is no resuming.
	if e := Analyze("changed jobs, 2 months without insurance, the new company will start paying in march 2027", today37a, nil, "").Stated; e.Resumed != nil {
		t.Errorf("future start read as resumed: %v", e.Resumed)
	}
}

// A move to a job in another city: a job change, the employer paying.
func TestMoveToWork37a(t *testing.T) {
	for _, in := range []string{
		"我从重庆到东莞上班了 医保断了4个月",
		"从成都来深圳工作了，医保断了三个月",
		"从武汉跑到杭州打工 中间医保停了两个月",
		"去年从长沙到广州上班 医保断了5个月了",
		"从西安调到上海工作 医保断了一个月",
	} {
		e := Analyze(in, today37a, nil, "").Stated
		if e.Reason != rules.ReasonJobChange || e.Payer != rules.PayerUnit {
			t.Errorf("%q: reason %q payer %q, want job-change by the unit", in, e.Reason, e.Payer)
		}
	}
	if e := Analyze("从重庆到广州 自己交灵活就业 断了4个月", today37a, nil, "").Stated; e.Payer == rules.PayerUnit {
		t.Errorf("self-payer read as the unit's")
	}
}

// A former employer named with a place between, the whole gap told with
// 前后, and a new employer paying since this month.
func TestFormerNamedTotal37a(t *testing.T) {
	for _, c := range []struct {
		in       string
		gap, abl int
	}{
		{"换了工作 原来杭州那个公司最后两个月医保没交 新公司这个月开始交了 前后断了三个月", 3, 2},
		{"跳槽了，之前在苏州的那家公司最后一个月没给我交医保，新单位这个月开始交了，前后一共断了两个月", 2, 1},
		{"换工作了 以前东莞那个厂最后三个月没交医保 新厂这个月开始交了 前前后后断了四个月", 4, 3},
		{"换了工作 原单位最后两个月没给我交医保 新单位这个月开始交了 一共断了三个月", 3, 2},
		{"换了个工作原来宁海那个单位最后2个月医保没交新单位这个月开始交了合计断了3个月", 3, 2},
	} {
		e := Analyze(c.in, today37a, nil, "").Stated
		if e.Gap == nil || e.Gap.Months != c.gap || e.ArrearsBeforeLeaving == nil || *e.ArrearsBeforeLeaving != c.abl {
			t.Errorf("%q: gap %+v abl %v, want %d and %d", c.in, e.Gap, ptr37a(e.ArrearsBeforeLeaving), c.gap, c.abl)
		}
		if e.Reason != rules.ReasonJobChange {
			t.Errorf("%q: reason %q, want job-change", c.in, e.Reason)
		}
	}
}

// A pasted notice "<month>起…未缴费" with no 自/从: the gap's first month.
func TestNoticeFrom37a(t *testing.T) {
	for _, in := range []string{
		"【杭州医保】您的职工医保2026年08月起单位未缴费，请联系单位核实。",
		"您的职工医保2026年8月起单位欠费，待遇可能受影响",
		"尊敬的参保人 您的医保2026年08月起单位未足额缴纳 请核实",
		"[温馨提示]您的职工基本医疗保险2026年8月起单位欠缴,请与单位联系",
	} {
		e := Analyze(in, today37a, nil, "").Stated
		if e.Gap == nil || e.Gap.Since == nil || *e.Gap.Since != (rules.Month{Year: 2026, Month: 8}) {
			t.Errorf("%q: gap %+v, want since 2026-08", in, e.Gap)
		}
	}
	// A stop of benefits is the bureau's day, not the gap.
	if e := Analyze("您的职工医保2026年08月起暂停享受待遇", today37a, nil, "").Stated; e.Gap != nil && e.Gap.Since != nil && *e.Gap.Since == (rules.Month{Year: 2026, Month: 8}) {
		t.Errorf("a stop of benefits read as the gap's start")
	}
}

// 预产期 is a day of treatment.
func TestDueDate37a(t *testing.T) {
	for _, c := range []struct {
		in string
		d  rules.Date
	}{
		{"东莞 厂倒闭了 欠了医保三个月 我老婆2027年2月14号预产期", rules.Date{Year: 2027, Month: 2, Day: 14}},
		{"预产期是2027年3月5号，公司欠了两个月医保，老板还在", rules.Date{Year: 2027, Month: 3, Day: 5}},
		{"自己交的医保断了两个月 2027年1月20日预产期 能报吗", rules.Date{Year: 2027, Month: 1, Day: 20}},
		{"老婆预产期2027年2月1号 单位欠医保三个月", rules.Date{Year: 2027, Month: 2, Day: 1}},
	} {
		e := Analyze(c.in, today37a, nil, "").Stated
		if e.Treatment == nil || *e.Treatment != c.d {
			t.Errorf("%q: treatment %v, want %v", c.in, e.Treatment, c.d)
		}
	}
}

// The person's own not paying after leaving a former employer named that
// way is no former employer's arrears.
func TestFormerNotPaidOwn37a(t *testing.T) {
	for _, in := range []string{
		"我在沈阳原来那个单位我辞职了辞了有四个月了一直没找着活儿医保就一直没人给交我自己也没交",
		"以前杭州那个公司我离职三个月了 自己也没交医保",
		"原来的那家公司走了以后 医保三个月没交",
	} {
		if e := Analyze(in, today37a, nil, "").Stated; e.ArrearsBeforeLeaving != nil {
			t.Errorf("%q: former arrears %d read", in, *e.ArrearsBeforeLeaving)
		}
	}
}
