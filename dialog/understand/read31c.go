package understand

import (
	"regexp"
	"strconv"
	"strings"

	"bujiao/rules"
)

// fix31c (audit round 24):
//
//   - R24-M2: a switch between the schemes planned ahead ("she starts a
//     factory job feb 1 2027 with employee insurance, january she'll have
//     nothing", "明年1月开始新公司给我交职工医保"). The new scheme starts in a
//     later month: a gap, if any, lies ahead, and a gap counted back from
//     today would place it in months already paid. PlannedSwitch31c tells
//     the engine, which then does not ask the gap (switch31c.go).
//   - At the cross-city question, "同一个城市", "同城", "same city", "没换城市"
//     are no, "换了城市", "不同城市", "different city" yes ("不同城市" was read
//     as a leading 不: no).

var (
	// zhFuture31c / enFuture31c: a time after this month.
	zhFuture31c = []string{"明年", "下个月", "下月", "年后", "过完年"}
	enFuture31c = []string{"next year", "next month", "in the new year"}
	// zhStart31c / enStart31c: the new scheme or job starting.
	zhStart31c = []string{"开始", "入职", "上班", "参加职工", "转职工", "缴职工", "交职工", "转居民", "参加居民", "缴居民", "到岗"}
	enStart31c = []string{"start", "starting", "starts", "begin", "begins", "beginning", "will be on", "will switch", "switching",
		"from ", "join", "joining", "enrol me", "enroll me", "enrol her", "enroll her", "enrol him", "enroll him"}
	// enPastStart31c: a start told in the past.
	enPastStart31c = []string{"started", "began", "joined", "switched"}
)

// PlannedSwitch31c reports a message that places the start of a job or of
// the new scheme after the current month: a future-time word (or next
// year's number) and a start word in one clause, with no start told in the
// past there.
func PlannedSwitch31c(text string, today rules.Date) bool {
	n := normalizeText(writeInEnglishPinyin(text))
	if n.s == "" {
		return false
	}
	next := strconv.Itoa(today.Year + 1)
	for _, c := range strings.FieldsFunc(n.s, func(r rune) bool { return strings.ContainsRune(",.;!?", r) }) {
		future := hasAny(c, zhFuture31c) || hasAny(c, enFuture31c) || strings.Contains(c, next)
		if !future {
			continue
		}
		if startsNextMonth31c(c, today) {
			// Next month's start leaves no month ahead empty: a gap
			// told ends now, as the gap question counts it.
			continue
		}
		if hasAny(c, zhStart31c) && !hasAny(c, []string{"开始了", "入职了", "上班了"}) {
			return true
		}
		if hasAny(c, enStart31c) && !hasAny(c, enPastStart31c) {
			return true
		}
	}
	return false
}

var (
	zhJan31c        = regexp.MustCompile(`(?:^|[^0-9十])(?:1|一)月`)
	zhLaterMonth31c = regexp.MustCompile(`(?:^|[^0-9十])(?:[2-9]|1[01]|[二三四五六七八九]|十一?)月`)
)

// startsNextMonth31c: the start told is next month ("下个月", "next
// month", January named in December).
func startsNextMonth31c(c string, today rules.Date) bool {
	if hasAny(c, []string{"下个月", "下月", "next month"}) {
		return true
	}
	if today.Month != 12 {
		return false
	}
	jan := zhJan31c.MatchString(c) || hasAny(c, []string{"january", " jan "}) || strings.HasSuffix(c, " jan")
	if zhLaterMonth31c.MatchString(c) {
		return false
	}
	for _, w := range []string{"february", "march", "april", " may ", "june", "july", "august", "september", "october", "november", " feb", " mar ", " apr ", " jun ", " jul ", " aug ", " sep", " oct ", " nov "} {
		if strings.Contains(" "+c+" ", w) {
			return false
		}
	}
	return jan
}

var (
	// notOtherCity31c: another city denied: the same city.
	notOtherCity31c = []string{"没换城市", "没有换城市", "没换过城市", "不是另一个城市", "不是别的城市", "不是外地", "没去外地", "城市没变", "城市没换",
		"not another city", "not a different city", "not in another city", "didnt change city", "did not change city",
		"didnt change cities", "did not change cities", "not a different one"}
	// otherCity31c: another city told.
	otherCity31c = []string{"不同城市", "不同的城市", "不是同一个城市", "不是同一座城市", "不是同城", "不在同一个城市", "不在一个城市", "换了城市",
		"换了个城市", "换了一个城市", "换城市了", "另一个城市", "别的城市", "其他城市", "跨市", "跨城", "外地", "外省",
		"different city", "different cities", "another city", "other city", "not the same city", "not same city", "changed city",
		"changed cities", "moved city", "moved cities", "new city"}
	// sameCity31c: one city told.
	sameCity31c = []string{"同一个城市", "同一座城市", "同一城市", "同城", "一个城市", "本市", "本地", "same city", "same town", "same place",
		"no move", "didnt move", "did not move", "havent moved", "not moved", " samecity "}
)

// crossCity31c reads a reply to the cross-city question: another city is
// yes, the same city no; both or neither leave the reply as read.
func (x *extractor) crossCity31c(e *Extracted) {
	if x.expecting != rules.FieldCrossCity || len(x.s) > 90 {
		return
	}
	s := " " + x.s + " "
	for _, w := range notOtherCity31c {
		s = strings.ReplaceAll(s, w, " samecity ")
	}
	other := hasAny(s, otherCity31c)
	rest := s
	for _, w := range otherCity31c {
		rest = strings.ReplaceAll(rest, w, " ")
	}
	same := hasAny(rest, sameCity31c)
	switch {
	case other && !same:
		e.Yes, e.No = true, false
	case same && !other:
		e.Yes, e.No = false, true
	}
}

// round31c runs fix31c's late readings (called from round25a).
func (x *extractor) round31c(e *Extracted) {
	x.crossCity31c(e)
	x.plannedSwitch31c(e)
}

// pastGap31c: a gap told as already begun.
var pastGap31c = []string{"断了", "断缴了", "已经断", "没缴了", "停了", "停缴了", "欠了", "stopped", "lapsed", "havent paid", "have not paid",
	"hasnt paid", "has not paid", "unpaid since", "was a gap", "there was", "had a gap", "been a gap", "didnt pay", "did not pay"}

// plannedSwitch31c: a resident who names the employee scheme after the
// resident one, starting in a later month ("resident insurance 1 year …
// next year i start a job with employee insurance in march"), switches
// schemes, as one who "got a job" does (switchjob17f.go); whole years told
// are the years enrolled (switch22c.go). In such a planned switch a gap
// told with no word of one already begun ("1月份空一个月", "january will
// be empty") lies ahead: it is no gap counted back from today.
func (x *extractor) plannedSwitch31c(e *Extracted) {
	if !PlannedSwitch31c(x.s, x.today) {
		return
	}
	if e.Scheme == rules.SchemeResident && e.PriorScheme == "" && !x.has(lIndividual) {
		rp, _ := x.find(lResident)
		after := false
		for _, h := range x.hits[:x.nh] {
			if h.list == lEmployee && rp >= 0 && int(h.pos) > rp {
				after = true
			}
		}
		if after && !hasAny(x.s, []string{"if ", "如果", "要是", "的话"}) {
			e.Scheme, e.PriorScheme = rules.SchemeEmployee, rules.SchemeResident
			if e.Payer == "" {
				e.Payer = rules.PayerUnit
			}
			x.enrolledYears(e)
			x.switchJobReason(e)
			if e.Reason == "" {
				// A job starting is why the resident scheme is left, as
				// switchJobReason reads it for "got a job".
				e.Reason = rules.ReasonJobChange
			}
		}
	}
	if e.PriorScheme == "" || e.PriorScheme == e.Scheme || e.Gap == nil || hasAny(x.s, pastGap31c) {
		return
	}
	if g := e.Gap; g.Since == nil && g.Months >= 12 && g.Months%12 == 0 {
		return // years, read by enrolledYears
	}
	e.Gap = nil
}
