package understand

import (
	"testing"

	"bujiao/rules"
)

var today46b = rules.Date{Year: 2026, Month: 12, Day: 8}

// TestAlreadyRetired46b (fix46b): a retirement told as done ("已经退休了",
// "早就退休", "already retired") is retired even with the years told; one
// of now, of the age reached, or with the years in doubt stays at the age.
// Sibling wordings of my own.
func TestAlreadyRetired46b(t *testing.T) {
	for _, c := range []struct {
		in   string
		want rules.Retirement
	}{
		{"我已经退休了 杭州的 医保交了25年 现在还用交吗", rules.RetirementRetired},
		{"早就退休了 上海交了30年医保 退休后还要交吗", rules.RetirementRetired},
		{"我爸已经办了退休 在广州交了28年 医保还要不要交", rules.RetirementRetired},
		{"已经退休啦 在宁波交满二十二年 医保还要交不", rules.RetirementRetired},
		{"我妈早已退休 深圳交了二十年 还要交医保吗", rules.RetirementRetired},
		{"已经退休了，交了十八年，宁波，退了还要交吗", rules.RetirementRetired},
		{"already retired in hangzhou, paid medical insurance for 26 years, do i still have to pay", rules.RetirementRetired},
		{"I'm already retired. paid 25 yrs in shanghai. still need to pay medical insurance?", rules.RetirementRetired},
		{"my dad retired years ago in ningbo, he paid 30 years, does he still pay", rules.RetirementRetired},
		// Not done, or the years in doubt: the age reached.
		{"杭州 女 已经到年龄退休了 医保只交了十七年 能一次性补齐吗", rules.RetirementAtAge},
		{"今年已经退休了 上海交了20年 还要交吗", rules.RetirementAtAge},
		{"已经退休了 杭州交了16年 不够吧 还要补吗", rules.RetirementAtAge},
		{"俺们长春的 今年到岁数退休了 医保交了整二十年 还用再交不", rules.RetirementAtAge},
	} {
		a := Analyze(c.in, today46b, fakeCities41a{}, "")
		if a.Retirement != c.want || a.Stated.Retirement != c.want {
			t.Errorf("%q: retirement %q/%q, want %q", c.in, a.Retirement, a.Stated.Retirement, c.want)
		}
	}
}

// TestYearsByPlace46b (fix46b): years told place by place with no total are
// their sum, and a place's years before a total are that place's; the
// region's place gives the local years when it is the only one there.
func TestYearsByPlace46b(t *testing.T) {
	for _, c := range []struct {
		in           string
		years, local string // local "" = not read (asked)
	}{
		{"我女的 今年到退休年龄了 东莞交了13年 老家湖南交了5年 还要交几年才能退休不交", "18", "13"},
		{"男 到退休年龄了 深圳缴了12年 江西老家缴了8年 够不够", "20", "12"},
		{"今年退休 在广州交了10年 在四川交了6年 女的 还差多少", "16", "10"},
		{"到点退休了 佛山交了十五年 湖北交了七年 我是男的", "22", "15"},
		{"我是女的 到退休年龄了 广州交了11年 老家河南交了9年 还用交吗", "20", "11"},
		{"今年到岁数退休 佛山参保了14年 老家广西参保了6年 男", "20", "14"},
		{"到退休年龄了 上海交了12年 安徽交了5年 还要交吗", "17", "12"},
		{"到退休年龄了，杭州交了13年，老家江西交了4年，还差几年", "17", "13"},
		{"到退休年龄了 我在东莞交了13年 在湖南交了5年", "18", "13"},
		{"reached retirement age, 东莞交了13年 湖南交了5年", "18", "13"},
		{"到退休年龄了 东莞交了13年 一共交了18年", "18", "13"},
		{"到退休年龄了 杭州交了十三年 总共交了二十年 还要补几年", "20", "13"},
		// Both places in the region: the local years are asked.
		{"到退休年龄了 广州交了10年 深圳交了8年 女", "18", ""},
		// A part told of "here" stays as read.
		{"我今年刚到退休年龄 广州 女的 交了20年医保 本地交了12年", "20", "12"},
		{"到退休年龄了 深圳交了20年 女", "20", "20"},
	} {
		a := Analyze(c.in, today46b, fakeCities41a{}, "")
		for _, e := range []Extracted{a.Extracted, a.Stated} {
			if e.YearsPaid == nil || e.YearsPaid.String() != c.years {
				t.Errorf("%q: years %v, want %s", c.in, e.YearsPaid, c.years)
			}
			switch {
			case c.local == "" && e.LocalYearsPaid != nil:
				t.Errorf("%q: local %v, want none", c.in, e.LocalYearsPaid)
			case c.local != "" && (e.LocalYearsPaid == nil || e.LocalYearsPaid.String() != c.local):
				t.Errorf("%q: local %v, want %s", c.in, e.LocalYearsPaid, c.local)
			}
		}
	}
}

// TestNoNewJob46b (fix46b): a former employer's months owed with a new job
// the person says they do not have is leaving, not a job change; a new job
// had stays a job change.
func TestNoNewJob46b(t *testing.T) {
	for _, c := range []struct {
		in   string
		want rules.Reason
	}{
		{"从上海那家公司离职3个月了 走之前公司就已经欠了我两个月医保没交 现在还没找到新工作 一共断了5个月 怎么办", rules.ReasonLeftJob},
		{"离职前公司欠了两个月医保 现在还没找到新工作 上海 断了5个月", rules.ReasonLeftJob},
		{"从杭州那家厂辞职了 走之前厂里欠了我3个月医保 新工作还没着落 断了4个月", rules.ReasonLeftJob},
		{"上家公司欠了我两个月医保没交 我辞职了 还在找工作 深圳 一共断了3个月", rules.ReasonLeftJob},
		{"离职了 原单位走之前欠了1个月医保 目前没有新单位 广州 断了2个月了", rules.ReasonLeftJob},
		{"辞职前公司就没给我缴医保了 欠了2个月 现在也没找到新的工作 上海 总共断了4个月", rules.ReasonLeftJob},
		{"i quit my job in shanghai 3 months ago, the company owed me 2 months of insurance before i left, haven't found a new job yet, 5 months gap in total", rules.ReasonLeftJob},
		{"left my hangzhou company in august, they didn't pay my last 2 months before i left, still looking for a new job, gap is 5 months", rules.ReasonLeftJob},
		{"my old employer in guangzhou owed 1 month before i quit and i have not got another job, 3 months without insurance", rules.ReasonLeftJob},
		// A new job had.
		{"前公司欠了我3个月医保 我现在换工作了 在广州", rules.ReasonJobChange},
		{"left my old job, old employer didn't pay 2 months, got a new job in shanghai", rules.ReasonJobChange},
		{"离职前公司欠了两个月 新公司下个月开始交 还没找到合适的房子 上海 断了3个月", rules.ReasonJobChange},
	} {
		a := Analyze(c.in, today46b, fakeCities41a{}, "")
		if a.Reason != c.want || a.Stated.Reason != c.want {
			t.Errorf("%q: reason %q/%q, want %q", c.in, a.Reason, a.Stated.Reason, c.want)
		}
	}
}

// TestFirstJobZh46b (fix46b): a first job ever, in Chinese, is the
// employer's first enrolment; a first job with a gap or arrears is not.
func TestFirstJobZh46b(t *testing.T) {
	for _, c := range []struct {
		in    string
		first bool
	}{
		{"第一次上班 上海的公司 说会给我交社保 从哪天开始能用医保", true},
		{"第一份工作 在杭州 公司说给我交社保 什么时候能用医保", true},
		{"刚毕业 第一次上班 广州的单位给交五险 医保从哪天起能报销", true},
		{"第一次工作 深圳 公司刚给我办了社保 多久能用", true},
		{"头一份工作 上海公司 说下个月给我交社保 那我什么时候能看病报销", true},
		{"人生第一份工作在宁波 单位会交医保吗 什么时候生效", true},
		{"第1次上班 杭州 公司交社保 啥时候能用医保", true},
		{"第一次出来打工 东莞的厂 老板说给买社保 多久可以用", true},
		{"第一份工作干了两年 辞职了 断了3个月 上海", false},
		{"第一次上班 公司欠了我两个月医保 上海", false},
	} {
		a := Analyze(c.in, today46b, fakeCities41a{}, "")
		if a.FirstEnrolment != c.first || a.Stated.FirstEnrolment != c.first {
			t.Errorf("%q: first enrolment %v/%v, want %v", c.in, a.FirstEnrolment, a.Stated.FirstEnrolment, c.first)
		}
		if c.first && (a.Payer != rules.PayerUnit || a.Scheme != rules.SchemeEmployee) {
			t.Errorf("%q: payer %q scheme %q, want the employer's employee scheme", c.in, a.Payer, a.Scheme)
		}
	}
}

// TestChildNever46b (fix46b): a parent asking for a child never enrolled is
// a first enrolment in the resident scheme; a year missed is a gap.
func TestChildNever46b(t *testing.T) {
	for _, c := range []struct {
		in    string
		first bool
	}{
		{"my daughter is 4 and we live in shanghai. we never signed her up for medical insurance. how do we do it now?", true},
		{"我女儿3岁了 在上海 一直没给她办医保 现在怎么办", true},
		{"儿子5岁 杭州 从来没参过保 现在能给他办吗", true},
		{"孩子从来没买过医保 广州 6岁 怎么参保", true},
		{"we never enrolled our son in any insurance, he is 6, we live in hangzhou. what do we do", true},
		{"my son has never been insured, we're in guangzhou, he's 3. how to sign him up", true},
		{"never registered my kid for medical insurance in shenzhen, she is 2 now", true},
		{"娃一直没办医保 宁波 今年4岁了 咋弄", true},
		{"我们从没给闺女上过医保 上海 她7岁 现在补办可以吗", true},
		{"孩子去年没交医保 今年能交吗 上海", false},
		{"my daughter's insurance lapsed last year, shanghai", false},
		{"my son's company never registered him for insurance, shenzhen", false},
	} {
		a := Analyze(c.in, today46b, fakeCities41a{}, "")
		if a.FirstEnrolment != c.first || a.Stated.FirstEnrolment != c.first {
			t.Errorf("%q: first enrolment %v/%v, want %v", c.in, a.FirstEnrolment, a.Stated.FirstEnrolment, c.first)
		}
		if c.first && (a.Scheme != rules.SchemeResident || a.Payer != "" || a.Reason != "") {
			t.Errorf("%q: scheme %q payer %q reason %q, want the resident scheme", c.in, a.Scheme, a.Payer, a.Reason)
		}
	}
}

// TestWithoutCover46b (fix46b): the time without cover told in English is
// the gap; a time without a job or a contract is not.
func TestWithoutCover46b(t *testing.T) {
	for _, c := range []struct {
		in  string
		gap int // -1: none read here
	}{
		{"I quit my job in Guangzhou and have been without medical insurance for 3 months now. How do I get covered again?", 3},
		{"left my job in shanghai, been without cover for 4 months, what now", 4},
		{"resigned in hangzhou and have been uninsured for two months", 2},
		{"lost my job in shenzhen. no health insurance for the past 5 months", 5},
		{"i've been without any insurance for six months since leaving my company in ningbo", 6},
		{"my company in foshan let me go and ive been without coverage for 3 months", 3},
		{"been without medical insurance for 2 month after quitting in shanghai", 2},
		{"without insurance for 1 year after I left my job in guangzhou", 12},
		{"worked without a contract for 3 months in shenzhen, boss never registered me", -1},
	} {
		a := Analyze(c.in, today46b, fakeCities41a{}, "")
		switch {
		case c.gap < 0 && a.Gap != nil:
			t.Errorf("%q: gap %+v, want none", c.in, a.Gap)
		case c.gap >= 0 && (a.Gap == nil || a.Gap.Since != nil || a.Gap.Months != c.gap):
			t.Errorf("%q: gap %+v, want %d months", c.in, a.Gap, c.gap)
		}
	}
}
