package understand

import (
	"regexp"

	"bujiao/rules"
)

// fix34c (issue 17): readings still misread at stop 33.
//
//   - A job change told by its month beside the month the old employer
//     paid through ("10月换了新公司 之前那家缴到8月 9月空了一个月",
//     "switched to a new company in october, the old one paid through
//     august"): the gap is the months between (September), ended by the
//     new job; the month of the change is when paying resumed, never the
//     gap's first month.
//   - Wages owed with no word of the insurance ("公司欠了8月9月的工资",
//     "my boss owes me two months of wages") are wages: no insurance gap
//     and no employer's arrears are read from them; the chat asks.
//   - A former employer's months owed beside paying oneself now
//     ("以前公司欠了三个月 我现在还是灵活就业自己缴", "my old company owed 3
//     months, now i pay myself as a flexible worker"): the payer now is the
//     person; the former employer's months are former arrears.

// round34c runs fix34c's readings (called from round25a, read25a.go).
func (x *extractor) round34c(e *Extracted) {
	x.jobMonthAfterPaid34c(e)
	x.wagesOnly34c(e)
	x.selfNowAfterFormer34c(e)
}

var (
	// zhSelfNow34c: the person pays themselves now.
	zhSelfNow34c = regexp.MustCompile(`(?:现在|目前|如今|眼下|这会儿)([^,，。;；!！?？]{0,8}?)(?:灵活就业|个体户|自由职业|自己缴|自己交|自己在缴|自己在交|个人缴|自己买|个人身份)`)
	// enSelfNow34c: "now i pay myself", "i'm a flexible worker now".
	enSelfNow34c = regexp.MustCompile(`\b(?:now (?:i )?(?:pay|paying|am paying|pay it|pay for it) (?:it )?(?:myself|on my own|as a flexible|as self)|now (?:i am|im|i'm) (?:a )?(?:flexible|freelanc|self.employed)|(?:i am|im|i'm) (?:a )?(?:flexible worker|freelancer|self.employed) now)`)
	// former34c: an employer told as a former one.
	former34c = []string{"以前公司", "以前的公司", "以前单位", "以前的单位", "之前公司", "之前的公司", "之前单位", "之前的单位", "原来公司", "原来的公司",
		"原来单位", "原来的单位", "原单位", "前公司", "前单位", "老公司", "老单位", "老东家", "前东家", "以前的厂", "原来的厂", "以前那家", "之前那家", "原来那家",
		"old company", "old employer", "old job", "former employer", "former company", "previous employer", "previous company", "last employer", "last company", "ex employer"}
)

// selfNowAfterFormer34c: a former employer's months owed, and the person
// paying themselves now: the payer is the person.
func (x *extractor) selfNowAfterFormer34c(e *Extracted) {
	s := x.s
	if e.Payer != rules.PayerUnit || e.Reason != rules.ReasonArrears && e.ArrearsBeforeLeaving == nil || !hasAny(s, former34c) {
		return
	}
	m := zhSelfNow34c.FindStringSubmatch(s)
	if m != nil && hasAny(m[1], []string{"没", "不", "想", "打算", "准备", "要是", "如果"}) {
		m = nil
	}
	if m == nil && !enSelfNow34c.MatchString(s) {
		return
	}
	payingSelfNow34c(e)
}

// payingSelfNow34c: the person pays now; months a former employer owed are
// no longer the employer's arrears as the payer, and a unit presumed
// trading is no longer presumed.
func payingSelfNow34c(e *Extracted) {
	e.Payer = rules.PayerIndividual
	if e.Reason == rules.ReasonArrears {
		e.Reason = rules.ReasonLeftJob
	}
	if e.UnitImplied {
		e.UnitStatus, e.UnitImplied = "", false
	}
}

var (
	// wageWords34c name wages.
	wageWords34c = []string{"工资", "薪水", "薪资", "工钱", "人工钱", "salary", "salaries", "wage", "paycheck", "paycheque"}
	// wageOwed34c: the wages are owed.
	wageOwed34c = []string{"欠", "拖", "没发", "不发", "未发", "发不出", "没给", "没结", "不给", "owe", "unpaid", "hasnt paid", "hasn't paid",
		"havent paid", "haven't paid", "not paid", "didnt pay", "didn't pay", "not been paid", "behind on", "withh"}
	// insuranceWords34c: any word of the insurance or of paying it.
	insuranceWords34c = []string{"医保", "社保", "保险", "五险", "险", "缴", "交", "参保", "断", "报销", "看病", "住院",
		"insurance", "social security", "medical", "contribution", "coverage", "covered", "cover", "shebao", "yibao", "lapse", "hospital", "doctor"}
	// pensionWords34c: "退休工资" is a pension, not wages.
	pensionWords34c = []string{"退休工资", "retirement pay", "pension"}
)

// wagesOnly34c takes back an employer's arrears and a gap read from wages
// owed when the message says nothing of the insurance.
func (x *extractor) wagesOnly34c(e *Extracted) {
	s := x.s
	if e.Reason != rules.ReasonArrears && e.Gap == nil || !hasAny(s, wageWords34c) || !hasAny(s, wageOwed34c) ||
		hasAny(s, insuranceWords34c) || hasAny(s, pensionWords34c) {
		return
	}
	if e.Reason == rules.ReasonArrears {
		e.Reason = ""
	}
	if e.UnitImplied {
		e.UnitStatus, e.UnitImplied = "", false
	}
	e.Gap, e.GapConflict, e.GapTooLong = nil, false, false
	x.gapNamed = false
}

var (
	// zhJobMonth34c: the month a new job began ("10月换了新公司", "11月份入职
	// 新单位", "9月跳槽了", "8月进了新厂").
	zhJobMonth34c = regexp.MustCompile(`(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?(?:初|中|底)?(?:就|才|又)?(?:换了?(?:一?[家个份])?(?:新的?)?(?:公司|单位|工作|东家|厂|工厂)|跳槽|入职|(?:去|进|到)了?(?:一?[家个])?新的?(?:公司|单位|工作|东家|厂|工厂))`)
	// enJobMonth34c: "changed jobs in october", "switched to a new company
	// in october", "new job in october".
	enJobMonth34c = regexp.MustCompile(`\b(?:(?:changed|switched|moved) (?:jobs?|companies|employers|to a new (?:job|company|employer))|(?:started|joined|got) (?:at )?(?:a |the |my )?new (?:job|company|employer)|new (?:job|company|employer))\b[a-z ]{0,12}? (?:in|from|since) ` + enMonthRe)
)

// jobMonthAfterPaid34c reads the months between the last one paid and a
// new job's month as the gap, ended by the new job.
func (x *extractor) jobMonthAfterPaid34c(e *Extracted) {
	if x.today.IsZero() || e.Scheme == rules.SchemeResident || e.PriorScheme != "" || e.ArrearsPaid != nil || e.ArrearsPaidSaid ||
		e.Payer == rules.PayerIndividual || e.GapTooLong {
		return
	}
	last, ok := x.lastPaid34c()
	if !ok {
		return
	}
	job, ok := x.jobMonth34c()
	if !ok {
		return
	}
	first := last.Add(1)
	n := job.Since(first) // months between
	if n <= 0 || n > 11 || x.cur.Since(job) < 0 {
		return
	}
	if g := e.Gap; g != nil && !e.GapConflict {
		told := g.Since != nil && (*g.Since == job || *g.Since == first || *g.Since == last) || g.Since == nil && g.Months == n
		if !told {
			return // a gap told otherwise stands
		}
	}
	if g := e.Gap; g == nil || g.Since == nil || *g.Since != first {
		e.Gap = &Duration{Since: &first}
	}
	e.GapConflict = false
	e.Resumed, e.GapEnded = &job, true
	if e.Reason == "" {
		e.Reason = rules.ReasonJobChange
	}
}

// lastPaid34c is the month an employer paid through, when one is named.
func (x *extractor) lastPaid34c() (rules.Month, bool) {
	if m := zhPaidThrough.FindStringSubmatch(x.s); m != nil { // paidthrough24.go
		return x.zhPastMonth25b(m[1])
	}
	if m := enPaidThroughMatch46a(x.s); m != nil { // read46a.go
		return x.pastMonth(m[1])
	}
	return rules.Month{}, false
}

// jobMonth34c is the month a new job began, when one is named.
func (x *extractor) jobMonth34c() (rules.Month, bool) {
	if m := zhJobMonth34c.FindStringSubmatch(x.s); m != nil {
		return x.zhPastMonth25b(m[1])
	}
	if m := enJobMonth34c.FindStringSubmatch(x.s); m != nil {
		return x.pastMonth(m[1])
	}
	return rules.Month{}, false
}

// selfNowStated34c: "我现在还是灵活就业自己缴" is no question ("还是" is
// "still" there, not "or"): the payer read from it is stated too.
func selfNowStated34c(a *Analysis) {
	st := &a.Stated
	if !a.Asks || a.Extracted.Payer != rules.PayerIndividual || st.Payer != rules.PayerUnit ||
		st.Reason != rules.ReasonArrears && st.ArrearsBeforeLeaving == nil {
		return
	}
	m := zhSelfNow34c.FindStringSubmatch(a.Question)
	if m == nil && !enSelfNow34c.MatchString(a.Question) || hasAny(a.Question, []string{"吗", "么", "嘛", "?", "？", "能不能", "可不可以", "可以"}) {
		return
	}
	payingSelfNow34c(st)
}

// WagesOnly34c reports a message about wages owed that says nothing of
// the insurance ("公司欠了8月9月的工资"): the chat tells the person that
// wages owed are no gap in the insurance before it asks.
func WagesOnly34c(msg string) bool {
	s := normalizeText(writeInEnglishPinyin(msg)).s
	return hasAny(s, wageWords34c) && hasAny(s, wageOwed34c) && !hasAny(s, insuranceWords34c) && !hasAny(s, pensionWords34c)
}
