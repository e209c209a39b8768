package understand

import (
	"testing"

	"bujiao/rules"
)

// Table tests for fix40b's readings, with wordings written for them (not
// heldout29's): each family in Chinese and English, other orders, words
// between, no punctuation, typos.

var today40b = rules.Date{Year: 2026, Month: 12, Day: 7}

func analyze40b(s string) Analysis { return Analyze(s, today40b, fakeCities38b{}, "") }

// TestUnitShort40b: a pasted bureau SMS or HR notice that the employer
// pays short or defers is an employer in arrears; one promising to pay the
// months later is running.
func TestUnitShort40b(t *testing.T) {
	for _, c := range []struct {
		in      string
		running bool
	}{
		{"【广州医保】您的职工医保自2026年9月起单位未足额缴费，待遇将暂停享受，请联系单位缴纳", false},
		{"社保中心短信：您所在单位未按时足额缴纳10月份医疗保险费，请知悉", false},
		{"单位未足额缴费 自2026年8月起 待遇暂停 这啥意思", false},
		{"公司通知：本月起社保暂缓缴纳，后续统一补缴，望大家理解", true},
		{"hr发通知说10月到12月医保延期缴纳 明年1月统一补交", true},
		{"人事说公司经营困难社保暂停缴纳两个月 之后会补上", true},
		{"text from the bureau: your employer has not paid in full since august, benefits suspended", false},
		{"got an email from HR: the company deferred our social insurance for oct and nov", false},
		{"app says my employers contributions are overdue since september, what now", false},
	} {
		e := analyze40b(c.in).Extracted
		if e.Reason != rules.ReasonArrears || e.Payer != rules.PayerUnit {
			t.Errorf("%q: reason %q payer %q, want arrears by the unit", c.in, e.Reason, e.Payer)
		}
		if c.running && e.UnitStatus != rules.UnitNormal && e.UnitStatus != rules.UnitHardship {
			t.Errorf("%q: unit %q, want running", c.in, e.UnitStatus)
		}
	}
}

// TestGigNow40b: odd jobs done now, after an employer that owes: the
// payer stays the employer.
func TestGigNow40b(t *testing.T) {
	for _, c := range []struct {
		in   string
		want rules.Payer
	}{
		{"我老公的公司欠了社保老板跑了 他现在打零工 咋办", rules.PayerUnit},
		{"厂子倒闭了 欠了四个月医保 我现在送外卖", rules.PayerUnit},
		{"老板跑路了医保欠了两个月我在跑滴滴怎么办", rules.PayerUnit},
		{"公司没给交三个月医保，老板人跑了，现在只能打散工", rules.PayerUnit},
		{"boss ran off owing 3 months of insurance, I do odd jobs now", rules.PayerUnit},
		{"company owes me 4 months of medical insurance and the owner disappeared, now doing gig work", rules.PayerUnit},
		{"my husbands factory closed and owed 5 months insurance, he does food delivery now", rules.PayerUnit},
		{"the compnay stopped paying my insurance 2 months ago and the boss ran away. im doing odd jobs", rules.PayerUnit},
		{"我打零工的 自己交的灵活就业医保 断了三个月", rules.PayerIndividual},
	} {
		if got := analyze40b(c.in).Stated.Payer; got != c.want {
			t.Errorf("%q: payer %q, want %q", c.in, got, c.want)
		}
	}
}

// TestIfFlexible40b: paying as a flexible worker asked about, planned or
// put as a condition after leaving a job: the payer of the gap is still
// the employer.
func TestIfFlexible40b(t *testing.T) {
	for _, c := range []struct {
		in   string
		want rules.Payer
	}{
		{"辞职两个月了 如果我按灵活就业交 1月10号手术能报吗", rules.PayerUnit},
		{"离职了断了一个月，要是现在自己交灵活就业能报吗", rules.PayerUnit},
		{"被裁了 断了三个月 打算以个人身份续上 有等待期吗", rules.PayerUnit},
		{"离职了想自己先交灵活就业之前断了一个月", rules.PayerUnit},
		{"left my job 2 months ago, if I pay as a flexible worker now will my surgery on jan 8 be covered", rules.PayerUnit},
		{"quit in october, thinking of paying myself as a freelancer, is there a wait", rules.PayerUnit},
		{"I resigned last month. If i register as flexible employment now, when am I covered?", rules.PayerUnit},
		{"got laid off 3 months ago, planning to pay as self-employed, do i wait 6 months", rules.PayerUnit},
		{"辞职后一直自己交的灵活就业，断了两个月，如果现在补交能报吗", rules.PayerIndividual},
	} {
		if got := analyze40b(c.in).Extracted.Payer; got != c.want {
			t.Errorf("%q: payer %q, want %q", c.in, got, c.want)
		}
	}
}

// TestBornMonth40b: a child's birth month is not the first unpaid month;
// one in the last two months is a newborn; older births are left alone.
func TestBornMonth40b(t *testing.T) {
	for _, c := range []struct {
		in      string
		newborn bool
	}{
		{"our son was born in October, we have not enrolled him yet, too late?", true},
		{"女儿10月份出生的 还没办医保 现在办来得及吗", true},
		{"宝宝是十一月初生的，在杭州，怎么参保", true},
		{"my daughter was born on 3 november in shenzhen how do we get her insured", true},
		{"孩子11月出生 深圳 医保怎么弄", true},
		{"the baby was born in Hangzhou in october we havent enroled him", true},
		{"我儿子是10月15号出生的，还没上医保", true},
		{"女儿2019年10月出生，居民医保去年没交", false},
		{"my daughter was born in July, not enrolled, is it too late?", false},
	} {
		a := analyze40b(c.in)
		e := a.Stated
		got := e.Newborn != nil && *e.Newborn
		if got != c.newborn {
			t.Errorf("%q: newborn %v, want %v", c.in, got, c.newborn)
		}
		if c.newborn && e.Gap != nil {
			t.Errorf("%q: gap %+v, want none (the birth month)", c.in, *e.Gap)
		}
	}
}

// TestPlannedStop40b: a stop said as planned and as gone so far: the gap
// is the months gone.
func TestPlannedStop40b(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"老板说停半年现在已经停了两个月了 公司在上海", 2},
		{"公司说要停三个月社保，现在已经停了1个月了", 1},
		{"单位打算暂停缴纳6个月，目前已经断了3个月", 3},
		{"老板讲先停半年 已经停了四个月了 他人还在", 4},
		{"老板说停半年已经停了两个月了他人还在公司里", 2},
		{"boss said they will stop paying our insurance for 6 months, it's been 2 months now", 2},
		{"the company plans to suspend contributions for half a year, already 3 months", 3},
		{"my employer said they'd pause it for 6 months and its been two months so far", 2},
	} {
		e := analyze40b(c.in).Extracted
		if e.Gap == nil || e.Gap.Since != nil || e.Gap.Months != c.want {
			t.Errorf("%q: gap %+v, want %d months", c.in, e.Gap, c.want)
		}
	}
}

// TestPromiseLater40b: a boss promising to pay later, or still at work, is
// there; short of money when the message says so.
func TestPromiseLater40b(t *testing.T) {
	for _, c := range []struct {
		in   string
		want rules.UnitStatus
	}{
		{"公司欠了三个月医保 老板说等年底资金回笼再交 有人生病了咋办", rules.UnitHardship},
		{"单位欠了两个月社保，领导说下个月一起补", rules.UnitNormal},
		{"公司三个月没交医保老板答应过完年就给交", rules.UnitNormal},
		{"厂里欠了四个月医保 老板说等有订单了再补", rules.UnitNormal},
		{"老板说订单少把我们社保停了 停了两个月了 他人还在公司里", rules.UnitHardship},
		{"my company owes 3 months of insurance, the boss says they will pay at the end of the year", rules.UnitNormal},
		{"employer hasnt paid for 2 months, boss promised to catch up next month when the cash comes in", rules.UnitHardship},
		{"they havent paid my insurance for 4 months but the boss is still in the office every day", rules.UnitNormal},
		{"老板跑了 欠了三个月医保 说会补", rules.UnitAbsconded},
	} {
		if got := analyze40b(c.in).Extracted.UnitStatus; got != c.want {
			t.Errorf("%q: unit %q, want %q", c.in, got, c.want)
		}
	}
}

// TestAgePlaceRetire40b: an age, a place, then the retirement: the age is
// reached and the years are checked.
func TestAgePlaceRetire40b(t *testing.T) {
	for _, c := range []struct {
		in   string
		want rules.Retirement
	}{
		{"女，55岁在广州退休，医保交了27年，够不够", rules.RetirementAtAge},
		{"我60岁在杭州退休 医保交了20年 够不够", rules.RetirementAtAge},
		{"五十岁在深圳办退休 交了十六年 还差吗", rules.RetirementAtAge},
		{"男 60岁了 在上海退休 交了25年医保", rules.RetirementAtAge},
		{"今年55岁，在宁波办理退休，交了18年够吗", rules.RetirementAtAge},
		{"55岁在广州退休交了27年够不够", rules.RetirementAtAge},
		{"I'm 55 and retiring in Guangzhou, paid 27 years, is it enough", rules.RetirementAtAge},
		{"retiring at 60 in hangzhou this year with 20 years paid, enough?", rules.RetirementAtAge},
		{"他才55岁在上海退休还早呢", ""},
	} {
		if got := analyze40b(c.in).Extracted.Retirement; got != c.want {
			t.Errorf("%q: retirement %q, want %q", c.in, got, c.want)
		}
	}
}

// TestFirstEmployer40b: a first job told by the employer or by graduating
// is a first enrolment with the registration month.
func TestFirstEmployer40b(t *testing.T) {
	for _, c := range []struct {
		in  string
		reg string
	}{
		{"just graduated, my first employer in Beijing registered me for social insurance in September. when can I use it?", "2026-09"},
		{"fresh graduate, the company signed me up for social insurance in october, when does cover start", "2026-10"},
		{"my first employer registered me in november. when does it start?", "2026-11"},
		{"recently graduated and my company enrolled me in October. when can i see a doctor on it", "2026-10"},
		{"straight out of uni, my employer registered me in September, is there a waiting period", "2026-09"},
		{"刚大学毕业 第一家公司10月给我办的社保登记 什么时候能用", "2026-10"},
		{"应届生，公司9月份给我办的社保登记，啥时候能报销", "2026-09"},
		{"第一个单位11月给我参的保 啥时候能报销", "2026-11"},
	} {
		e := analyze40b(c.in).Stated
		if !e.FirstEnrolment || e.RegMonth == nil || e.RegMonth.String() != c.reg {
			t.Errorf("%q: first %v reg %v, want first, %s", c.in, e.FirstEnrolment, e.RegMonth, c.reg)
		}
	}
}

// TestFormerKept40b: a former employer's months told in the stating
// clauses stay when the question names "those months" again.
func TestFormerKept40b(t *testing.T) {
	for _, in := range []string{
		"我8月从广州一家公司离职的，走之前那家公司就已经有两个月没给我交医保了，到现在一共断了五个月，之前欠的那两个月能找他们要吗",
		"9月离职的 离职前公司有三个月没给我交医保 现在一共断了五个月 欠的那三个月能要回来吗",
		"辞职前那家公司欠了我两个月医保，我10月走的，到现在总共断了四个月，那两个月的钱能找公司要吗",
		"left my job in september, the old company didnt pay the last 2 months before i left, total gap now 5 months. can i get the owed months from them?",
	} {
		a := analyze40b(in)
		for _, e := range []Extracted{a.Stated, a.Extracted} {
			if e.ArrearsBeforeLeaving == nil || e.Reason == rules.ReasonArrears {
				t.Errorf("%q: reason %q owed %v, want the former employer's months kept", in, e.Reason, e.ArrearsBeforeLeaving)
			}
		}
	}
}
