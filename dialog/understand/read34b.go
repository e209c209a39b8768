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
	if _, _, ok := plannedGap34b(x.s, x.today); !ok || strings.Contains(x.s, "断缴了") {
		return
	}
	e.Gap, e.Resumed, e.GapEnded = nil, nil, false
}
