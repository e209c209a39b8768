package understand

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"bujiao/rules"
)

// fix37a (heldout28 first run): readings that failed on new wordings of
// known families.
//
//   - The enrolment window told as closed with words between the window
//     and the closing ("the enrolment window is already closed there",
//     "缴费期现在早就结束了"): not in the window. A window not surely open
//     is never read as open.
//   - An employer that "did not buy insurance for me" for so many months
//     ALREADY, and promises to pay them back ("公司冇帮我买医保已经三个月啦，
//     老细话迟啲补返"): months owed (arrears), not a person never
//     registered; a never word or a new hire keeps not-registered.
//   - Months not paid told with no "for" ("we did not get insurance paid 3
//     months"), and the whole gap told in English ("5 months gap in
//     total") when a former employer's months owed are told with it.
//   - A new employer's first month told in English ("the company started
//     paying my insurance in June 2026"): the gap ended that month.
//   - A move to a job in another city told as "从重庆到广州上班了": a job
//     change, the employer paying.
//   - 预产期 (the due date) is a day of treatment (a birth in hospital).

var (
	// enWindowClosed37a: the window, then (same clause, a few words
	// between) its closing.
	enWindowClosed37a = regexp.MustCompile(`\b(?:window|enrol?ment period|enrol?l?ment period|payment period|enrol?l?ment season)\b(?:\s+(?:is|was|has|had|been|already|now|long|just|over|there|here|for this year|this year|for \d{4}))*\s+(?:closed|over|passed|ended|finished|past|shut|gone)\b`)
	// zhWindowClosed37a: 缴费期 … 过了/结束了 with a few words between.
	zhWindowClosed37a = regexp.MustCompile(`(?:集中参保期|集中征缴期|集中缴费期|缴费期|参保期|征缴期)(?:内|已经|现在|早就|早|都|也|今年|今年的|都已经|已)*(?:过了|过去了|结束了|结束|截止了|截止|关闭了|完了)`)
	// enNotPaidMonths37a: a negated payment and so many months in one
	// clause, with no "for" ("did not get insurance paid 3 months").
	enNotPaidMonths37a = regexp.MustCompile(`\b(?:not|didnt|didn't|never|hasnt|hasn't|havent|haven't|no)\b[^,.;!?]{0,40}?\bpaid\s+(?:for\s+)?(?:about\s+|around\s+|over\s+)?([a-z]+|\d{1,2})\s+months?\b`)
	// enTotalGap37a: the whole gap in English, the number before or after.
	enTotalGap37a = []*regexp.Regexp{
		regexp.MustCompile(`\b([a-z]+|\d{1,2})\s+months?\s+(?:of\s+)?(?:gap|break|missing|without insurance|unpaid)?\s*(?:in total|total|altogether|all together|all in all)\b`),
		regexp.MustCompile(`\b(?:in total|total(?: gap)?(?: is| of| was)?|altogether|all together|overall)\s*,?\s*(?:it'?s\s+|its\s+|a\s+)?([a-z]+|\d{1,2})\s+months?\b`),
	}
	// enEmployerStarted37a: a (new) employer started paying in a month.
	enEmployerStarted37a = regexp.MustCompile(`\b(?:company|employer|new job|new company|new employer|they|firm|boss)\b[^.;!?]{0,25}?\b(?:started|began|start)\s+(?:paying|to pay|contributing)\b[^.;!?]{0,30}?\b(?:in|from|since)\s+` + enMonthRe36b + `\.?(?:\s+(\d{4}))?`)
	// zhMoveToWork37a: 从X到/来/去Y上班/工作/打工.
	zhMoveToWork37a = regexp.MustCompile(`从(\p{Han}{2,4}?)(?:到|来|去|跑到|跳到|调到|搬到)(\p{Han}{2,4}?)(?:上班|工作|打工|上岗|入职|找了工作|找了份工作|找到工作)`)
	// zhNeverWords37a / enNeverWords37a: a never word keeps not-registered.
	zhNeverWords37a = []string{"从来", "一直", "压根", "根本", "从没", "入职", "进厂", "来了就", "就没", "从未", "没上过", "没买过", "没办过", "试用期", "转正", "新来"}
	enNeverWords37a = []string{"never", "since i started", "since i joined", "new hire", "just started", "at all", "yet"}
	// zhPayBack37a / enPayBack37a: a promise to pay the months back.
	zhPayBack37a = []string{"补返", "补回", "补上", "迟啲补", "迟点补", "晚点补", "之后补", "以后补", "再补", "一起补", "会补", "补缴", "补给"}
	enPayBack37a = []string{"pay it back", "pay back", "pay later", "pay it later", "pay them later", "make it up", "catch up"}
)

// zhTreatWords37a: 预产期, the day a birth is due, in hospital
// ("我老婆2027年2月14号预产期", "预产期是3月5号").
var zhTreatWords37a = []string{"预产期"}

// round37a runs fix37a's readings.
func (x *extractor) round37a(e *Extracted) {
	x.windowClosed37a(e)
	x.owedNotUnregistered37a(e)
	x.notPaidMonths37a(e)
	x.totalGapEn37a(e)
	x.employerStarted37a(e)
	x.moveToWork37a(e)
}

func (x *extractor) windowClosed37a(e *Extracted) {
	if e.InWindow == nil || !*e.InWindow {
		return
	}
	if enWindowClosed37a.MatchString(x.s) || zhWindowClosed37a.MatchString(x.s) {
		b := false
		e.InWindow = &b
	}
}

func (x *extractor) owedNotUnregistered37a(e *Extracted) {
	s := x.s
	if e.Reason != rules.ReasonNotRegistered || hasAny(s, zhNeverWords37a) || hasAny(s, enNeverWords37a) || newHireUnregistered(s) {
		return
	}
	if e.Gap == nil || !hasAny(s, []string{"已经", "already", "for "}) || !hasAny(s, zhPayBack37a) && !hasAny(s, enPayBack37a) {
		return
	}
	e.Reason = rules.ReasonArrears
	if e.Payer == "" {
		e.Payer = rules.PayerUnit
	}
	if e.UnitStatus == "" {
		// An employer that promises to pay back is there: presumed
		// trading, as months owed told in the present are (UnitImplied:
		// the answer says so), unless told it is still there.
		e.UnitStatus, e.UnitImplied = rules.UnitNormal, !bossStillThere(s)
	}
}

// monthsWord37a reads an English or arabic count of months.
func monthsWord37a(w string) int {
	if n, err := strconv.Atoi(w); err == nil {
		return n
	}
	if v, ok := parseNumAt(w, 0); ok && v.end == len(w) && v.v%1000 == 0 {
		return int(v.v / 1000)
	}
	return 0
}

func (x *extractor) notPaidMonths37a(e *Extracted) {
	if e.Gap != nil || e.GapConflict || e.Payer == rules.PayerIndividual {
		return
	}
	m := enNotPaidMonths37a.FindStringSubmatchIndex(x.s)
	if m == nil {
		return
	}
	rest := x.s[m[1]:]
	if hasPrefixAny(strings.TrimLeft(rest, " "), []string{"ago", "later", "from now", "before i", "before leaving"}) {
		return
	}
	if n := monthsWord37a(x.s[m[2]:m[3]]); n > 0 && n <= 120 {
		e.Gap = &Duration{Months: n}
	}
}

func (x *extractor) totalGapEn37a(e *Extracted) {
	if e.Gap != nil || e.ArrearsBeforeLeaving == nil {
		return
	}
	for _, re := range enTotalGap37a {
		m := re.FindStringSubmatch(x.s)
		if m == nil {
			continue
		}
		n := monthsWord37a(m[1])
		if n <= 0 || n < *e.ArrearsBeforeLeaving || n > 120 {
			return
		}
		e.Gap, e.GapConflict = &Duration{Months: n}, false
		return
	}
}

func (x *extractor) employerStarted37a(e *Extracted) {
	if e.Resumed != nil || e.Gap == nil || e.Payer == rules.PayerIndividual || e.Reason != rules.ReasonJobChange && e.Reason != "" {
		return
	}
	m := enEmployerStarted37a.FindStringSubmatch(x.s)
	if m == nil || hasAny(x.s, []string{"will start", "going to start", "is starting", "from next", "next month"}) {
		return
	}
	mon := enMonthNum36b(m[1])
	if mon == 0 {
		return
	}
	y := x.cur.Year
	if m[len(m)-1] != "" {
		y, _ = strconv.Atoi(m[len(m)-1])
	}
	r := rules.Month{Year: y, Month: time.Month(mon)}
	if r.Since(x.cur) > 0 {
		return // a month still to come is no month paying resumed
	}
	e.Resumed, e.GapEnded = &r, true
}

func (x *extractor) moveToWork37a(e *Extracted) {
	if e.Payer != "" || e.Reason != "" || e.Scheme == rules.SchemeResident || e.UnitStatus != "" {
		return
	}
	m := zhMoveToWork37a.FindStringSubmatch(x.s)
	if m == nil || m[1] == m[2] || hasAny(x.s, []string{"自己缴", "灵活就业", "个体", "自由职业", "没找到", "还没上班"}) {
		return
	}
	e.Reason, e.Payer = rules.ReasonJobChange, rules.PayerUnit
	if e.Scheme == "" {
		e.Scheme = rules.SchemeEmployee
	}
}

// zhFormerNamed37a: the former employer named with a place or words
// between ("原来宁波那个单位", "之前在上海的那家公司", "以前东莞那个厂").
var zhFormerNamed37a = regexp.MustCompile(`(?:原来|以前|之前|原先|先前)(?:在)?[^，,。！？!?\s]{0,8}?(?:那个|那家|那间|的)(?:单位|公司|厂|东家|工厂)`)

// formerNamed37a reports such a former employer.
func formerNamed37a(s string) bool {
	return zhFormerNamed37a.MatchString(s)
}

// resumeHead37a cuts the words after a named month at the end of the first
// word of paying again, so a later clause's "断了" ("这个月开始缴了 前后断了
// 三个月", spaces gone) does not take the resuming back.
func resumeHead37a(after string) string {
	first, end := -1, len(after)
	for _, w := range fm22Resume {
		if i := strings.Index(after, w); i >= 0 && (first < 0 || i < first) {
			first, end = i, i+len(w)
		}
	}
	return after[:end]
}

// totalSaid37a: the whole gap told with 前后 or 合计 ("前后断了三个月",
// "前前后后停了4个月", "合计断缴五个月", "算下来一共没交3个月").
func totalSaid37a(before string) bool {
	for _, p := range []string{"前后", "前前后后", "合计", "合起来", "算下来", "算起来", "里外里", "总计", "加一起"} {
		for _, v := range []string{"断了", "断缴了", "断保了", "断", "停了", "停缴了", "没缴", "没缴了", "一共断了", "一共", "共断了", "共"} {
			if strings.HasSuffix(before, p+v) {
				return true
			}
		}
	}
	return false
}

// noticeFrom37a: a pasted notice's "<month>起…未缴费" in one clause, with
// no 自/从 before the month ("您的职工医保2026年09月起单位未缴费"): the first
// month the employer did not pay, a gap's start told by the bureau.
func noticeFrom37a(after string) bool {
	a := strings.TrimLeft(after, " ")
	if !strings.HasPrefix(a, "起") {
		return false
	}
	if k := strings.IndexAny(a, ",.;!?"); k >= 0 {
		a = a[:k]
	}
	return hasAny(a, zhNoticeArrears) && !hasAny(a, zhNoticeWords)
}

// formerNotPaid37a: the former employer named that way, then (within a few
// words, before a new employer, a leaving or the next clause) its months
// not paid ("原来杭州那个公司最后两个
// 月医保没交").
func formerNotPaid37a(s string) bool {
	loc := zhFormerNamed37a.FindStringIndex(s)
	if loc == nil {
		return false
	}
	a := s[loc[1]:]
	if k := strings.IndexAny(a, ",.;!?"); k >= 0 {
		a = a[:k]
	}
	a = cutRunes(a, 14)
	// Before a new employer, the person's leaving or their own not paying
	// ("原来那个单位我辞职了…一直没人给缴 我自己也没缴": not the employer's).
	for _, w := range []string{"新", "辞", "离职", "走", "自己", "没人", "我也"} {
		if k := strings.Index(a, w); k >= 0 {
			a = a[:k]
		}
	}
	return hasAny(a, []string{"没缴", "未缴", "没给", "没有缴", "欠", "没帮", "冇缴", "停缴", "断缴"})
}
