package understand

import (
	"regexp"
	"strings"
	"time"

	"bujiao/rules"
)

// Audit round 27, R27-M2 (fix34b): a gap planned ahead by someone insured
// now ("现在在职有交医保 打算明年4月5月不上班 6月再找新工作", "I'm employed now
// but I'll quit at the end of February and start a new job in May", told in
// December 2026). The months named lie after the current month, so the gap
// is not a gap counted back from today: the gap read is dropped (it was put
// in 2026) and PlannedGap34b gives the first unpaid month and the new job's
// month, for the reply to date them (dialog/planned34b.go).

var (
	// zhFuture34b / enFuture34b: a plan told ahead.
	zhFuture34b = []string{"打算", "准备", "计划", "明年", "年后", "过完年", "将来", "以后"}
	enFuture34b = []string{"ill ", "i will", "im going to", "i am going to", "planning to", "plan to", "next year", "gonna"}
	// zhOff34b: months with no job ("明年4月5月不上班", "4月到5月不上班",
	// "2月底离职"); group 1 the first month, 2 the last, 3 "底/末" (left
	// at the end of that month: the next is the first unpaid).
	zhOff34b = regexp.MustCompile(`(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?(底|末)?(?:(?:到|至|-|~|、|和|跟)?(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?)?(?:都|先|就)?(不上班|没工作|不工作|离职|辞职|辞工|不干了|裸辞|休息|没有工作)`)
	// zhJob34b: the new job's month after the months off.
	zhJob34b = regexp.MustCompile(`(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?(?:再|就|去|开始)*(?:找|入职|上班|新工作|新单位|新公司|到新)`)
	// enQuit34b: "quit at the end of february", "leave my job end of feb".
	enQuit34b = regexp.MustCompile(`\b(?:quit|leave|leaving|quitting|resign|resigning)\b[a-z ]{0,20}?\bend of (` + enMonthAlt34b + `)\b`)
	// enOff34b: "no job in march and april", "off from march to april".
	enOff34b = regexp.MustCompile(`\b(?:no job|not working|unemployed|off work|between jobs)\b[a-z ]{0,10}?\b(?:in |from )?(` + enMonthAlt34b + `)\b`)
	// enJob34b: "start a new job in may", "new job from may".
	enJob34b = regexp.MustCompile(`\b(?:new job|start(?:ing)? (?:a |the )?(?:new )?(?:job|work)|start working)\b (?:in|from|on) (` + enMonthAlt34b + `)\b`)
)

const enMonthAlt34b = `january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec`

// PlannedGap34b reads a gap planned ahead: the first month left unpaid and,
// when told, the month a new job starts (zero when not). Both lie after
// the current month; false when the message tells no such plan.
func PlannedGap34b(text string, today rules.Date) (first, job rules.Month, ok bool) {
	s := normalizeText(writeInEnglishPinyin(text)).s
	return plannedGap34b(s, today)
}

func plannedGap34b(s string, today rules.Date) (first, job rules.Month, ok bool) {
	if s == "" || !hasAny(s, zhFuture34b) && !hasAny(s, enFuture34b) {
		return first, job, false
	}
	nextYear := hasAny(s, []string{"明年", "next year", "年后", "过完年"})
	ahead := func(n int, endOf bool) (rules.Month, bool) {
		if n < 1 || n > 12 {
			return rules.Month{}, false
		}
		m := rules.Month{Year: today.Year, Month: time.Month(n)}
		if nextYear || n < int(today.Month) || n == int(today.Month) && !endOf {
			m.Year++
		}
		return m, true
	}
	rest := ""
	if m := zhOff34b.FindStringSubmatchIndex(s); m != nil {
		past, ny := pastOff45d(s, m[0], m[1]) // read45d.go: a month off told done, or in another clause than the plan
		if past {
			return rules.Month{}, rules.Month{}, false
		}
		nextYear = ny
		first, ok = ahead(zhMonthNumber24(s[m[2]:m[3]]), m[4] >= 0)
		if ok && m[4] >= 0 { // "2月底离职": the month after is the first unpaid
			first = first.Add(1)
		}
		rest = s[m[1]:]
	} else if m := enQuit34b.FindStringSubmatchIndex(s); m != nil {
		if first, ok = ahead(enMonths[s[m[2]:m[3]]], true); ok {
			first = first.Add(1)
		}
		rest = s[m[1]:]
	} else if m := enOff34b.FindStringSubmatchIndex(s); m != nil {
		first, ok = ahead(enMonths[s[m[2]:m[3]]], false)
		rest = s[m[1]:]
	}
	if !ok || first.Since(today.MonthOf()) <= 0 {
		return rules.Month{}, rules.Month{}, false
	}
	if m := zhJob34b.FindStringSubmatch(rest); m != nil {
		job, _ = ahead(zhMonthNumber24(m[1]), false)
	} else if m := enJob34b.FindStringSubmatch(rest); m != nil {
		job, _ = ahead(enMonths[m[1]], false)
	}
	if job != (rules.Month{}) && job.Since(first) <= 0 {
		job = rules.Month{}
	}
	return first, job, true
}

// round34b drops a gap read from a plan ahead: its months are not unpaid
// now (the reply dates the plan, dialog/planned34b.go).
func (x *extractor) round34b(e *Extracted) {
	x.flexStart34b(e)
	x.pairGap34b(e)
	x.oneMonthMoved34b(e)
	x.lumpPaid34b(e)
	if _, _, ok := plannedGap34b(x.s, x.today); !ok || strings.Contains(x.s, "断缴了") {
		return
	}
	e.Gap, e.Resumed, e.GapEnded = nil, nil, false
}

// Audit round 27, R27-M5 (fix34b): the month a flexible worker started
// paying, told in the past ("今年9月开始自己以灵活就业身份交", "signed up as a
// flexible worker in september"). Shanghai's 6-month wait (沪医保规〔2025〕7号
// 三(四)) runs from it: the months already paid count. A first enrolment
// takes it as the registration (pay_date, its month is what counts); after
// a job that ended, it ends the gap, and the gap was the employer's
// (payer unit, left job) so the waiver for joining within 3 months of the
// stop is judged; a start in the month right after the job leaves no gap.

var (
	// zhFlexStart34b: "9月开始自己以灵活就业身份交", "4月起自己交灵活就业",
	// "9月份开始按灵活就业参保".
	zhFlexStart34b = regexp.MustCompile(`(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?(?:开始|起|就)(?:自己|个人)?(?:以|按|作为|当)?(?:灵活就业|个体户?)?(?:人员)?(?:的)?(?:身份)?(?:自己)?(?:缴|参保|买|续)`)
	// enFlexStart34b: "signed up as a flexible worker in september",
	// "started paying as a freelancer in may", "self-paying since april".
	enFlexStart34b = regexp.MustCompile(`\b(?:signed up|registered|enrolled|started paying|began paying|started to pay|joined)\b(?: myself)?(?: as an?)? (?:flexible(?: worker| employment)?|freelancer|self[- ]?employed)(?: worker| person)?,? (?:in|from|since|on) (` + enMonthAlt34b + `)\b`)
	// zhFlexWord34b / enFlexWord34b: the payment is the person's own.
	zhFlexWord34b = []string{"灵活就业", "自己缴", "自己交", "个人缴", "个体"}
	// zhJobEnded34b / enJobEnded34b: a job that ended before.
	zhJobEnded34b = []string{"离职", "辞职", "辞工", "工作没了", "被裁", "合同到期"}
	enJobEnded34b = []string{"job ended", "left my job", "quit my job", "i quit", "laid off", "contract ended", "lost my job", "resigned"}
)

// flexStart34b reads the month paying as a flexible worker started.
func (x *extractor) flexStart34b(e *Extracted) {
	if x.today.IsZero() || e.Scheme == rules.SchemeResident || e.Child || e.Student || e.PriorScheme != "" {
		return
	}
	s := x.s
	var start rules.Month
	ok := false
	if m := zhFlexStart34b.FindStringSubmatch(s); m != nil && hasAny(s, zhFlexWord34b) {
		start, ok = x.zhPastMonth25b(m[1])
	} else if m := enFlexStart34b.FindStringSubmatch(s); m != nil {
		n := enMonths[m[1]]
		start = rules.Month{Year: x.cur.Year, Month: time.Month(n)}
		if x.cur.Since(start) < 0 {
			start.Year--
		}
		ok = n > 0
	}
	if !ok || x.cur.Since(start) <= 0 {
		return // this month's start is the ordinary case
	}
	if e.FirstEnrolment {
		if e.PayPlanned == nil {
			d := start.FirstDay()
			e.PayPlanned = &d
			e.Gap, e.GapEnded, e.Resumed = nil, false, nil
		}
		return
	}
	if e.Reason == rules.ReasonUnemployment || e.BenefitEnded != nil || e.BenefitEndedSaid || hasAny(s, []string{"失业金", "失业保险", "unemployment benefit"}) {
		return // the months before were the unemployment fund's
	}
	if e.Gap == nil || e.Gap.Since == nil || e.Resumed != nil && *e.Resumed != start || !hasAny(s, zhJobEnded34b) && !hasAny(s, enJobEnded34b) {
		return
	}
	first := *e.Gap.Since
	switch n := start.Since(first); {
	case n < 0:
		return
	case e.Resumed != nil:
		// The gap's end already read; the payer before it was the employer.
	case n == 0:
		// Paying on from the month after the job: no month unpaid.
		e.Gap = &Duration{Months: 0}
	default:
		e.Gap = &Duration{Months: n, Since: &first}
		e.Resumed, e.GapEnded = &start, true
	}
	e.Payer, e.Reason = rules.PayerUnit, rules.ReasonLeftJob
	e.GapTooLong, e.GapConflict = false, false
}

// Audit round 27, R27-M1 (fix34b): "上海 8月9月没交医保 10月新单位入职 把8月9月
// 都给我补交了": two months named side by side with no mark between them
// are the gap (2 months, not 1), ended by the new job's month; the months
// the new employer back-paid name the gap, not the month of payment, which
// is at the earliest the new job's month (Shanghai restores cover on the
// 15th of the month after the payment: 11-15, 沪医保规〔2025〕7号 三(三), S7).

// zhPair34b: "8月9月没交", "八月九月都没缴".
var zhPair34b = regexp.MustCompile(zhMonth25b + `月份?` + zhMonth25b + `月份?\s*(?:都|全|一直|也)?(?:没有?交|没有?缴|未缴|断了|断缴|没买|没上|空着|空了|停了|停缴)`)

// zhBackPaid34b: the months paid back by someone.
var zhBackPaid34b = []string{"补交", "补缴", "补上", "补齐", "补了"}

// pairGap34b reads a gap of two months side by side ended by a new job.
func (x *extractor) pairGap34b(e *Extracted) {
	if x.today.IsZero() || e.FirstEnrolment || e.Payer == rules.PayerIndividual ||
		e.Scheme == rules.SchemeResident || e.PriorScheme != "" {
		return
	}
	s := x.s
	r := zhPair34b.FindStringSubmatchIndex(s)
	if r == nil {
		return
	}
	nj := x.newJobMonth32a(s[r[1]:])
	if nj == nil || e.Resumed != nil && e.Resumed.Since(*nj) > 0 {
		return
	}
	x.endGap33b(e, s, r, *nj)
	if e.Resumed == nil || *e.Resumed != *nj {
		return
	}
	if p := e.ArrearsPaid; p != nil && p.Since(*nj) < 0 && hasAny(s[r[1]:], zhBackPaid34b) {
		// A month of the gap named as paid back: paid by the new
		// employer, at the earliest in the new job's month.
		m := *nj
		e.ArrearsPaid, e.ArrearsPaidSaid = &m, false
	}
}

// Audit round 27, R27-M3 (fix34b): "深圳上班 9月份公司没给交社保 10月份去广州上班
// 了": one month the employer did not pay, then work in another place from
// the next month. The gap is that month (1, not run to today), ended by the
// new job; it was the former employer's month before the person left
// (arrears_before_leaving), so a job change, and the 43号 ① / 粤医保规〔2022〕
// 6号 art. 12 back-pay at the new place is judged by the rules.

// zhOneUnpaid34b: "9月份公司没给交社保", "9月单位没缴".
var zhOneUnpaid34b = regexp.MustCompile(zhMonth25b + `月份?(?:的)?(?:公司|单位|老板|厂里)(?:就)?(?:没有?给?我?|未)(?:交|缴|买|上)`)

// oneMonthMoved34b reads one unpaid month ended by work elsewhere.
func (x *extractor) oneMonthMoved34b(e *Extracted) {
	if x.today.IsZero() || e.Resumed != nil || e.FirstEnrolment || e.Payer == rules.PayerIndividual ||
		e.Scheme == rules.SchemeResident || e.PriorScheme != "" {
		return
	}
	s := x.s
	r := zhOneUnpaid34b.FindStringSubmatchIndex(s)
	if r == nil || zhPair34b.MatchString(s) || zhRange32a.MatchString(s) || zhList33b.MatchString(s) {
		return
	}
	w := zhWentToWork33b.FindStringSubmatch(s[r[1]:])
	if w == nil {
		return
	}
	a, okA := x.zhPastMonth25b(s[r[2]:r[3]])
	n, okN := x.zhPastMonth25b(w[1])
	if !okA || !okN || n != a.Add(1) || x.cur.Since(n) < 0 {
		return
	}
	since, rm, one := a, n, 1
	e.Gap = &Duration{Months: 1, Since: &since}
	e.GapTooLong, e.GapConflict = false, false
	e.Resumed, e.GapEnded = &rm, true
	e.Reason, e.Payer, e.UnitStatus = rules.ReasonJobChange, rules.PayerUnit, ""
	e.ArrearsBeforeLeaving = &one
}

// Audit round 27, R27-M6 (fix34b): "公司从8月开始欠缴医保 税务催了也没交 11月才
// 一次性补齐": the month an employer in arrears paid them back in one sum.

// zhLumpPaid34b: "11月才一次性补齐", "10月份一次性补缴了", "11月全部补上了".
var zhLumpPaid34b = regexp.MustCompile(zhMonth25b + `月份?(?:底|初|中)?(?:的时候)?(?:公司|单位)?(?:才|就|又|终于)?(?:一次性|全部|都)(?:给)?(?:补齐|补缴|补交|补上|交齐|缴齐|补足)`)

// lumpPaid34b reads that month as arrears_paid.
func (x *extractor) lumpPaid34b(e *Extracted) {
	if x.today.IsZero() || e.Reason != rules.ReasonArrears || e.ArrearsPaid != nil || e.Gap == nil || e.Gap.Since == nil {
		return
	}
	r := zhLumpPaid34b.FindStringSubmatchIndex(x.s)
	if r == nil || r[0] > 0 && strings.HasSuffix(x.s[:r[0]], "把") {
		return
	}
	m, ok := x.zhPastMonth25b(x.s[r[2]:r[3]])
	if !ok || m.Since(*e.Gap.Since) <= 0 {
		return
	}
	e.ArrearsPaid, e.ArrearsPaidSaid = &m, false
}
