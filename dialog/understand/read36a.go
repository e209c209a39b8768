package understand

import (
	"regexp"
	"sort"
	"strings"
	"time"

	"bujiao/rules"
)

// Audit round 28 (fix36a): R28-M3. A first enrolment's registration told as
// a MONTH, not a day ("the company registered me for insurance in october",
// "公司11月份给我参的保", "10月份开始给我交的", "hr enrolled me in nov"). The
// month-based starts need no day (Shanghai S7 次月15日; Zhejiang arts. 28 ¶2,
// 29 ¶1), so the month is kept as reg_month and no day is invented. The
// reading is round35b's clause structure with a month in place of the day:
// a registration word (or a first payment: 开始给我交, started paying for me)
// and a month in the same clause, either order, nothing between naming a
// visit or a later event, the month not followed by a day (then it is a
// day, read35b's). A first job ("第一次在东莞上班", "first job in …") or
// first insurance is needed, and no word of cover before.

var (
	// enMonth36a: an English month name, typos allowed after its first
	// three letters ("octobr", "novmber").
	enMonth36a = regexp.MustCompile(`\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b`)
	// enMonthDay36a: the month is a day's ("oct 5", "october 5th").
	enMonthDay36a = regexp.MustCompile(`^\s*(?:the )?\d{1,2}(?:st|nd|rd|th)?\b`)
	// zhMonth36a: a Chinese month, "11月" or "11月份".
	zhMonth36a = regexp.MustCompile(`(\d{1,2})\s*月份?`)
	// zhMonthDay36a: the month is a day's ("11月20号").
	zhMonthDay36a = regexp.MustCompile(`^\s*\d{1,2}\s*(?:号|日)?`)
	// enPayStart36a / zhPayStart36a: a first payment told as the start of
	// paying for the person.
	enPayStart36a = regexp.MustCompile(`\b(?:start(?:ed|ing)?|began|begun|begin) (?:to pay|paying|contributing)(?: (?:for me|my|into|for my))?\b`)
	zhPayStart36a = regexp.MustCompile(`开始(?:给我|帮我|替我)?(?:交|缴)|(?:给我|帮我)(?:交|缴)(?:的|了)?(?:医保|社保|保险)`)
	// zhFirstJob36a: a first job told with a place between ("第一次在东莞
	// 上班", "第一次来杭州工作").
	zhFirstJob36a = regexp.MustCompile(`第一次(?:在|来|到|去)?[^，,。！？?!]{0,6}?(?:上班|工作|打工|入职|参加工作)`)
	// enFuture36a / zhFuture36a: a registration still to come.
	enFuture36a = []string{"will ", "going to", "gonna", "plan to", "next month", "next year", "supposed to"}
	zhFuture36a = []string{"将", "要给", "会给", "打算", "准备", "下个月", "明年"}
	// zhPaidBefore36a: cover paid before, somewhere ("以前在深圳交过").
	zhPaidBefore36a = []string{"交过", "缴过", "参过保", "参过", "上过保", "买过医保"}
)

// monthAt36a is a month named in a message and where it is.
type monthAt36a struct {
	m          int
	start, end int
}

// monthsIn36a lists the months named alone (not as a day's) in s.
func monthsIn36a(s string) []monthAt36a {
	var out []monthAt36a
	for _, loc := range enMonth36a.FindAllStringSubmatchIndex(s, -1) {
		if enMonthDay36a.MatchString(s[loc[1]:]) || regexp.MustCompile(`\d\s*$`).MatchString(s[:loc[0]]) {
			continue
		}
		name := s[loc[2]:loc[3]]
		if name == "may" && !regexp.MustCompile(`\b(?:in|from|since|of) $`).MatchString(s[:loc[0]]) {
			continue // "may" the verb
		}
		if name == "mar" && s[loc[0]:loc[1]] != "mar" && !strings.HasPrefix(s[loc[0]:loc[1]], "marc") {
			continue // "married", "market"
		}
		m := strings.Index("janfebmaraprmayjunjulaugsepoctnovdec", name)/3 + 1
		out = append(out, monthAt36a{m, loc[0], loc[1]})
	}
	for _, loc := range zhMonth36a.FindAllStringSubmatchIndex(s, -1) {
		if zhMonthDay36a.MatchString(s[loc[1]:]) && !strings.HasSuffix(s[loc[0]:loc[1]], "份") {
			if rest := strings.TrimLeft(s[loc[1]:], " "); rest != "" && rest[0] >= '0' && rest[0] <= '9' {
				continue
			}
		}
		if loc[0] > 0 && s[loc[0]-1] >= '0' && s[loc[0]-1] <= '9' {
			continue
		}
		var m int
		for _, c := range s[loc[2]:loc[3]] {
			m = m*10 + int(c-'0')
		}
		if m < 1 || m > 12 || strings.Contains(lastRunes(s[:loc[0]], 2), "个") {
			continue
		}
		// "N个月" is a length, never matched here; "N月底" is still the month.
		out = append(out, monthAt36a{m, loc[0], loc[1]})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// regWords36a: round35b's registration words and a first payment's.
func regWords36a(s string) [][]int {
	out := regWords35b(s)
	low := strings.ToLower(s)
	out = append(out, enPayStart36a.FindAllStringIndex(low, -1)...)
	for _, loc := range zhPayStart36a.FindAllStringIndex(s, -1) {
		if !hasAny(lastRunes(s[:loc[0]], 2), zhNeg35b) {
			out = append(out, loc)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// regClauseMonth36a finds the registration month of s: a month told in the
// same clause as a registration word, in either order, nothing between
// naming a visit or a later event.
func regClauseMonth36a(s string) (monthAt36a, []int, bool) {
	low := strings.ToLower(s)
	months := monthsIn36a(low)
	for _, loc := range regWords36a(s) {
		zh := s[loc[0]] >= 0x80
		span := func(m monthAt36a) (int, int) { return m.start, m.end }
		m, ok := nearInClause35b(months, span, loc, zh,
			func(m monthAt36a) bool { return clause35b(s, loc[1], m.start) && !regBlocked35b(s, loc[1], m.start) },
			func(m monthAt36a) bool { return clause35b(s, m.end, loc[0]) && !regBlocked35b(s, m.end, loc[0]) })
		if ok {
			return m, loc, true
		}
	}
	return monthAt36a{}, nil, false
}

// monthNearer36a: a registration day read by round35b lies beyond the
// month, on the same side of the registration word ("started sep 15 in
// october the company registerd me"): the month is the registration's,
// the day another event's.
func monthNearer36a(s string, m monthAt36a, loc []int) bool {
	d, ok := regClauseDay35b(s)
	if !ok {
		return false
	}
	return d.end <= m.start && m.end <= loc[0] || loc[1] <= m.start && m.end <= d.start
}

// round36a reads a first enrolment's registration month where no reading
// dated the registration (called from round25a, after round35b).
func (x *extractor) round36a(e *Extracted) {
	if x.today.IsZero() || e.RegMonth != nil || e.Scheme == rules.SchemeResident || e.PriorScheme != "" ||
		e.Child || e.Student || e.Reason == rules.ReasonNotRegistered {
		return
	}
	s := x.s
	low := strings.ToLower(s)
	never := enFirstIns34a.MatchString(low) || enNeverIns35b.MatchString(low) || hasAny(s, zhNeverIns34a) || hasAny(s, zhFirstTime32a)
	firstJob := enFirstJob32a.MatchString(low) || hasAny(s, zhFirstJob34a) || zhFirstJob36a.MatchString(s)
	if !(e.FirstEnrolment || never || firstJob) || priorCoverEn34a(low) || hasAny(s, zhPrior35b) ||
		hasAny(s, zhPaidBefore36a) && !hasAny(s, zhNeverIns34a) {
		return
	}
	if hasAny(low, enFuture36a) || hasAny(s, zhFuture36a) {
		return // a registration planned: the day is asked, or today's month counts
	}
	mt, loc, ok := regClauseMonth36a(s)
	if !ok {
		return
	}
	if e.PayPlanned != nil {
		if !monthNearer36a(low, mt, loc) {
			return // the registration's own day stands
		}
		e.PayPlanned = nil // another event's day (the job's start)
	}
	// A registration made: this year's month, or last year's when it is
	// after the current month.
	m := rules.Month{Year: x.today.Year, Month: time.Month(mt.m)}
	if m.Since(x.today.MonthOf()) > 0 {
		m.Year--
	}
	flexible := hasAny(low, enFlexible35b) || hasAny(s, zhFlexible35b)
	e.FirstEnrolment = true
	e.Gap, e.GapEnded, e.Resumed, e.GapConflict, e.SinceLeaving, e.GapTooLong = nil, false, nil, false, false, false
	if e.Reason == rules.ReasonJobChange || e.Reason == rules.ReasonArrears {
		e.Reason = ""
	}
	if firstJob && e.Payer != rules.PayerIndividual && !flexible {
		e.Payer = rules.PayerUnit
		if e.Scheme == "" {
			e.Scheme = rules.SchemeEmployee
		}
	}
	e.RegMonth = &m
}

// monthText36a is m written out, "" for none.
func monthText36a(m *rules.Month) string {
	if m == nil {
		return ""
	}
	return m.String()
}
