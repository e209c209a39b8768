package understand

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"bujiao/rules"
)

// Audit round 28, R28-W3 (fix35a): the year of a treatment day or month
// named without one is decided per day, from its own clause — the words
// between the previous and the next day/month mention, within one sentence
// — never from the rest of the message ("doctor visits sep 5 and dec 15,
// plus planned surgery feb 2027": the "planned" and "2027" are February's).
//
//   - an explicit year, 明年/next year, 今年/this year, 去年/last year: that;
//   - past words (看过, 看的, 去了, had, went, visited, bill …): the latest
//     occurrence not after today;
//   - future words (要做, 准备, 预约, will have, scheduled, planned …): the
//     next occurrence;
//   - none: the occurrence nearest today when it is within 2 months either
//     way; else a day this year in a gap that has ended is the past one;
//     else the year is asked (TreatYearUnclear) — next year is never picked
//     silently.

// yearKind35a is what a clause says of the year.
type yearKind35a int

const (
	yearNone35a yearKind35a = iota
	yearExplicit35a
	yearPast35a
	yearFuture35a
)

// mention35a is a day or month named in a text (d == 0: a month alone).
type mention35a struct {
	start, end int
	m, d       int
}

var (
	zhMention35a  = regexp.MustCompile(`(\d{1,2})\s*月份?\s*(?:(\d{1,2})\s*[号日])?|(十[一二]|[一二三四五六七八九十])月份?`)
	enMention35a  = regexp.MustCompile(`\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?(?: (\d{1,2})(?:st|nd|rd|th)?\b)?`)
	enDayFirst35a = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)? (?:of )?(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b`)
	yearNum35a    = regexp.MustCompile(`(?:^|[^\d])(20[2-3]\d)(?:[^\d]|$)`)
	// enPast35a / enFuture35a: a treatment told as done or as planned.
	enPast35a   = regexp.MustCompile(`\b(had|went|visited|was|were|got|did|saw|spent|paid for|bill|billed|bills|receipt|receipts|invoice|already (had|went|saw|got|been)|ended up|taken to|admitted|gave birth)\b`)
	enFuture35a = regexp.MustCompile(`\b(will (have|go|get|see|do|undergo|need|be (in|admitted|hospitali[sz]ed|operated|having|going|seeing))|i'll|gonna|going to (have|get|see|go|do|be)|plan|plans|planned|planning|scheduled|schedule|booked|book|upcoming|coming up|appointment|expected|expecting|due|gives birth|giving birth|(is|am|are|i'm|we're) (having|getting|going)|needs? (surgery|an operation|a scan|to go|to have))\b`)
	zhPast35a   = []string{"看过", "看的", "去了", "去过", "住过", "住的", "做过", "做的", "开的", "看了", "住了", "做了", "开了", "看病了", "住院了",
		"就诊了", "花了", "花的", "已经看", "已经住", "已经做", "已经去", "当时", "那次", "上次", "发票", "账单", "单子", "收据", "结算了", "报了", "拍的", "拍了", "查的", "查了", "缝的", "缝了"}
	zhFuture35a = []string{"要做", "要住", "要去", "要看", "要开", "要动", "要生", "要拍", "要查", "准备", "打算", "预约", "约了", "安排", "计划", "将要",
		"到时候", "会去", "得去", "还要去", "预产期", "要生孩子"}
	zhNumMonth35a = map[string]int{"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}
)

// lowerText35a lower-cases a message and folds full-width digits and
// punctuation, keeping where its sentences and clauses break.
func lowerText35a(text string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '０' && r <= '９':
			return '0' + (r - '０')
		case r == '　':
			return ' '
		}
		return r
	}, strings.ToLower(text))
}

// mentions35a lists the days and months a lower-cased text names, in order.
func mentions35a(s string) []mention35a {
	var out []mention35a
	for _, l := range zhMention35a.FindAllStringSubmatchIndex(s, -1) {
		if l[6] >= 0 {
			if l[6] >= len("个") && s[l[6]-len("个"):l[6]] == "个" || l[6] >= len("几") && s[l[6]-len("几"):l[6]] == "几" {
				continue
			}
			out = append(out, mention35a{l[0], l[1], zhNumMonth35a[s[l[6]:l[7]]], 0})
			continue
		}
		m, _ := strconv.Atoi(s[l[2]:l[3]])
		d := 0
		if l[4] >= 0 {
			d, _ = strconv.Atoi(s[l[4]:l[5]])
		}
		if m >= 1 && m <= 12 && d <= 31 {
			out = append(out, mention35a{l[0], l[1], m, d})
		}
	}
	for _, l := range enDayFirst35a.FindAllStringSubmatchIndex(s, -1) {
		d, _ := strconv.Atoi(s[l[2]:l[3]])
		if d >= 1 && d <= 31 {
			out = append(out, mention35a{l[0], l[1], enMonths[s[l[4]:l[5]]], d})
		}
	}
	for _, l := range enMention35a.FindAllStringSubmatchIndex(s, -1) {
		w := s[l[2]:l[3]]
		d := 0
		if l[4] >= 0 {
			d, _ = strconv.Atoi(s[l[4]:l[5]])
		}
		if d > 31 || covered35a(out, l[0]) {
			continue
		}
		if w == "may" && d == 0 && !strings.HasSuffix(s[:l[0]], "in ") && !strings.HasSuffix(s[:l[0]], "of ") {
			continue // "may i …"
		}
		out = append(out, mention35a{l[0], l[1], enMonths[w], d})
	}
	// in order of place
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].start < out[j-1].start; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// covered35a reports a mention already listed that spans offset i.
func covered35a(ms []mention35a, i int) bool {
	for _, m := range ms {
		if m.start <= i && i < m.end {
			return true
		}
	}
	return false
}

// breakAt35a reports the clause break at s[i:] and its width; hard is a
// sentence's end. A space breaks a clause only beside Chinese.
func breakAt35a(s string, i int) (n int, hard bool) {
	r, size := utf8.DecodeRuneInString(s[i:])
	switch r {
	case '。', '!', '?', '！', '？', ';', '；', '\n':
		return size, true
	case '.':
		if i+1 < len(s) && isDigit(s[i+1]) {
			return 0, false
		}
		return size, true
	case ',', '，', '、':
		return size, false
	case ' ':
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		next, _ := utf8.DecodeRuneInString(s[i+1:])
		if prev >= 0x80 || next >= 0x80 {
			return size, false
		}
		if strings.HasPrefix(s[i:], " - ") {
			return 3, false
		}
	}
	return 0, false
}

// piece35a is a stretch of text between clause breaks.
type piece35a struct {
	start, end int
	hardBefore bool
}

func pieces35a(s string) []piece35a {
	var out []piece35a
	start, hard := 0, true
	for i := 0; i < len(s); {
		if n, h := breakAt35a(s, i); n > 0 {
			out = append(out, piece35a{start, i, hard})
			start, hard = i+n, h
			i += n
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return append(out, piece35a{start, len(s), hard})
}

// clause35a is the text that belongs to mention k: within its piece, from
// the previous mention to the next one (own); pieces with no mention after
// it in the same sentence join it ("10月15号，看的急诊，能报吗"). Words
// before a break before it are another clause's ("benefit stopped a while
// ago, hospital on the 15th").
func clause35a(s string, ms []mention35a, k int) (near, own, all string) {
	// own: the words the day's tense is read from first — after a Chinese
	// day ("3月5号看过门诊12月20号准备做手术"), before an English one ("had
	// a checkup on march 5 and surgery scheduled for dec 20") — then the
	// other side, "|" between.
	ps := pieces35a(s)
	in := func(p piece35a, m mention35a) bool { return m.start >= p.start && m.start < p.end }
	pieceOf := func(m mention35a) int {
		for i, p := range ps {
			if in(p, m) {
				return i
			}
		}
		return -1
	}
	has := func(p piece35a) bool {
		for _, m := range ms {
			if in(p, m) {
				return true
			}
		}
		return false
	}
	me := ms[k]
	pi := pieceOf(me)
	if pi < 0 {
		return "", "", ""
	}
	p := ps[pi]
	from, to := p.start, p.end
	last, first := true, true
	for j, m := range ms {
		if j == k || !in(p, m) {
			continue
		}
		if m.start < me.start {
			from, first = max(from, m.end), false
		} else {
			to, last = min(to, m.start), false
		}
	}
	// Mentions that overlap ("去年交到6月 今年6月…": one month read twice)
	// bound nothing inside this one (fix45c: slicing past it panicked).
	from, to = min(from, me.start), max(to, me.end)
	zhDay := me.start < len(s) && isDigit(s[me.start]) && strings.Contains(s[me.start:me.end], "月")
	// Between two days the words are one day's only: an English day's
	// tense comes before it, so the words after it, up to the next day,
	// are the next day's ("dentist nov 8 and knee surgery planned dec
	// 15": "planned" is December's, audit round 29 E4); a Chinese day's
	// comes after it, so the words before it are the previous day's.
	// a year is the day's when said right beside it ("今年1月18号",
	// "明年3月", "feb 2027", "jan 5 next year"), not anywhere before it
	// ("公司今年夏天就关门了……他1月18号要做个胆囊手术")
	near = lastRunes(s[from:me.start], 6) + s[me.start:me.end] + cutRunes(s[me.end:to], 12)
	switch {
	case !zhDay && !last:
		to = me.end
	case zhDay && !first:
		from = me.start
	}
	var b strings.Builder
	b.WriteString(s[from:to])
	before, after := s[from:me.start], s[me.end:to]
	if zhDay {
		own = after + " | " + before
	} else {
		own = before + " | " + after
	}
	if last {
		for j := pi + 1; j < len(ps) && !ps[j].hardBefore && !has(ps[j]); j++ {
			b.WriteString(" ")
			b.WriteString(s[ps[j].start:ps[j].end])
		}
	}
	return near, own, b.String()
}

// clauseYear35a reads what a clause says of the year: a year only right
// beside the mention (near); tense words in its own stretch (own) first,
// then in the rest of its clause (cl).
func clauseYear35a(near, own, cl string, today rules.Date) (yearKind35a, int) {
	c := " " + near + " "
	switch {
	case strings.Contains(c, "明年") || strings.Contains(c, "next year") || strings.Contains(c, "next yr") || strings.Contains(c, "下年"):
		return yearExplicit35a, today.Year + 1
	case strings.Contains(c, "今年") || strings.Contains(c, "this year"):
		return yearExplicit35a, today.Year
	case strings.Contains(c, "去年") || strings.Contains(c, "last year"):
		return yearExplicit35a, today.Year - 1
	}
	if m := yearNum35a.FindStringSubmatch(c); m != nil {
		y, _ := strconv.Atoi(m[1])
		if y >= today.Year-2 && y <= today.Year+2 {
			return yearExplicit35a, y
		}
	}
	first, second, _ := strings.Cut(own, " | ")
	for _, part := range []string{first, second} {
		if k := tense35a(" " + part + " "); k != yearNone35a {
			return k, 0
		}
	}
	return tense35a(" " + cl + " "), 0
}

// tense35a reads a treatment told as done or as planned; done first.
func tense35a(c string) yearKind35a {
	sp := strings.Map(func(r rune) rune {
		if r == ',' || r == '.' || r == ';' || r == '!' || r == '?' || r == '-' {
			return ' '
		}
		return r
	}, c)
	c = gotNoun46a(c) // read46a.go: "got a checkup" tells no tense
	switch {
	case enPast35a.MatchString(c) || hasAny(c, zhPast35a) || hasAny(sp, enPastTreat) || hasAny(c, zhPastTreat) || hasAny(c, zhPastTreatForms):
		return yearPast35a
	case enFuture35a.MatchString(c) || hasAny(c, zhFuture35a):
		return yearFuture35a
	}
	return yearNone35a
}

// dayOccurrences35a are the latest day m/d not after today and the first
// after it.
func dayOccurrences35a(today rules.Date, m, d int) (past, next rules.Date, ok bool) {
	p, ok1 := validDay(today.Year, m, d)
	if !ok1 {
		// 29 Feb: the nearest year that has it, either way
		for y := today.Year - 4; y <= today.Year+4; y++ {
			if dd, ok := validDay(y, m, d); ok {
				if !today.Before(dd) {
					past = dd
				} else if next.IsZero() {
					next = dd
				}
			}
		}
		return past, next, !past.IsZero() && !next.IsZero()
	}
	if today.Before(p) {
		q, ok := validDay(today.Year-1, m, d)
		return q, p, ok
	}
	n, ok := validDay(today.Year+1, m, d)
	return p, n, ok
}

// findMention35a finds the mention of month m (day d; 0 for a month
// alone) in text, and its clause.
func findMention35a(text string, m, d int) (near, own, cl string, ok bool) {
	s := lowerText35a(text)
	ms := mentions35a(s)
	for k, x := range ms {
		if x.m == m && x.d == d {
			near, own, cl = clause35a(s, ms, k)
			return near, own, cl, true
		}
	}
	return "", "", "", false
}

// dayYear35a decides the year of treatment day m/d named in text: the day,
// and decided false when the clause does not tell and neither occurrence
// is within 2 months of today (then next is returned, for the question).
// found is false when the day is not named as a month and a day.
func dayYear35a(text string, today rules.Date, m, d int) (day rules.Date, decided, found bool) {
	near, own, cl, ok := findMention35a(text, m, d)
	if !ok {
		return rules.Date{}, false, false
	}
	past, next, ok := dayOccurrences35a(today, m, d)
	if !ok {
		return rules.Date{}, false, false
	}
	switch k, y := clauseYear35a(near, own, cl, today); k {
	case yearExplicit35a:
		if dd, ok := validDay(y, m, d); ok {
			return dd, true, true
		}
		return rules.Date{}, false, false
	case yearPast35a:
		if laterThisMonth46a(today, next, own, cl) { // read46a.go
			return next, true, true
		}
		return past, true, true
	case yearFuture35a:
		return next, true, true
	}
	// within 2 months: counted in calendar months ("2月10号" on 12-07 is
	// two months on; "9月5号" three back)
	cur := today.MonthOf()
	switch {
	case cur.Since(past.MonthOf()) <= 2:
		return past, true, true
	case next.MonthOf().Since(cur) <= 2:
		return next, true, true
	}
	return next, false, true
}

// round35a decides the year of the treatment day per its clause (called
// from round25a, after every other reading of the day).
func (x *extractor) round35a(e *Extracted) {
	t := e.Treatment
	if x.today.IsZero() || t == nil || e.TreatmentUntil != nil {
		return
	}
	text := x.raw
	if text == "" {
		text = x.s
	}
	day, decided, found := dayYear35a(text, x.today, int(t.Month), t.Day)
	if !found {
		return
	}
	if !decided {
		// a day of this year in a gap that has ended is the past one
		past, _, _ := dayOccurrences35a(x.today, int(t.Month), t.Day)
		switch reg := e.PayPlanned; {
		case endedGapHas35a(e, past.MonthOf()):
			day = past
		case e.FirstEnrolment && reg != nil && !x.today.Before(*reg) && !past.Before(*reg):
			// A visit told with a registration already made is the
			// first one on or after it ("on aug 14 i registered …
			// doctor sep 30"), as applyFirstReg34a reads it.
			day = past
		}
	}
	e.Treatment = &day
}

// endedGapHas35a reports month m inside a gap that has ended: from the
// gap's first month (or the month after an unemployment benefit's last)
// to the month paying resumed (a past month too: "flexible from
// september … doctor sep 20", fix39b R30-W1).
func endedGapHas35a(e *Extracted, m rules.Month) bool {
	if e.Resumed == nil {
		return false
	}
	var from rules.Month
	switch {
	case e.Gap != nil && e.Gap.Since != nil:
		from = *e.Gap.Since
	case e.BenefitEnded != nil:
		from = e.BenefitEnded.Add(1)
	default:
		return false
	}
	return m.Since(from) >= 0 && e.Resumed.Since(m) >= 0
}

// monthYear35a decides the year of a treatment month m named alone, as
// dayYear35a does a day: explicit, past (the latest month m not after
// this one), future (the first not before it), else the nearest within 2
// months. ok is false when the year is not told (no span is read: the
// month is not guessed) or the month is not found.
func (x *extractor) monthYear35a(m int) (rules.Month, bool) {
	text := x.raw
	if text == "" {
		text = x.s
	}
	near, own, cl, ok := findMention35a(text, m, 0)
	if !ok {
		return rules.Month{}, false
	}
	cur := x.cur
	past := rules.Month{Year: cur.Year, Month: cur.Month}
	for int(past.Month) != m {
		past = past.Add(-1)
	}
	next := past
	if past != cur {
		next = past.Add(12)
	}
	switch k, y := clauseYear35a(near, own, cl, x.today); k {
	case yearExplicit35a:
		return rules.Month{Year: y, Month: past.Month}, true
	case yearPast35a:
		return past, true
	case yearFuture35a:
		return next, true
	}
	switch {
	case cur.Since(past) <= 2:
		return past, true
	case next.Since(cur) <= 2:
		return next, true
	}
	return rules.Month{}, false
}

// treatYearUnclear35a is TreatYearUnclear for a day named as a month and a
// day: unclear when its clause tells no year and neither occurrence is
// within 2 months of today, and read is the next one (round35a leaves it
// so); alt is then the past one. ok is false when the day is not found.
func treatYearUnclear35a(text string, today, read rules.Date) (alt rules.Date, unclear, ok bool) {
	day, decided, found := dayYear35a(text, today, int(read.Month), read.Day)
	if !found {
		return rules.Date{}, false, false
	}
	if decided || day != read {
		return rules.Date{}, false, true
	}
	past, _, _ := dayOccurrences35a(today, int(read.Month), read.Day)
	return past, true, true
}

// DayYear35a is the year of one more treatment day m/d named in text
// (moredays30c), when its own clause settles it: a year, a tense, or
// within 2 months of today.
func DayYear35a(text string, today rules.Date, m, d int) (rules.Date, bool) {
	day, decided, found := dayYear35a(text, today, m, d)
	return day, decided && found
}
