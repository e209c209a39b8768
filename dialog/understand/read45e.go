package understand

import (
	"regexp"
	"strings"
	"time"

	"bujiao/rules"
)

// fix45e: months named as missing while the rest was paid.
//
// "app上查今年2月和3月医保没交上", "5、6两个月断了 其他月份都有", "少了4月份
// 的", "中间漏了7月", "medical insurance missing for feb and mar", "april
// and may are blank on the app": a hole of exactly those months in a run
// that went on being paid. The gap is those months, and it ended the month
// after the last one (rules.FieldGapEnded) when the last one is past; when
// the last one is this month the gap is open, from the first. A hole is
// told by a word for a hole in the records (漏, 少了, 缺, 没交上, missing,
// blank), or by a word for unpaid months (断了, 没交, unpaid, not paid) with
// the rest told as paid (其他月份都有, 一直在交, 中间, the rest are fine, the
// company is paying). A month told as where the gap began ("从5月开始",
// "since may") or paying told as still stopped ("到现在都没交", "nothing
// since") is no hole: the other readings stand.

var (
	// zhMonthTok45e: a month, with its year word ("今年2月", "去年十一月份").
	zhMonthTok45e = regexp.MustCompile(`(去年|今年)?(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?`)
	// enMonthTok45e: a month's name.
	enMonthTok45e = regexp.MustCompile(`\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?`)
	// listSep45e / rangeSep45e: what stands between months of one list or
	// the two ends of a range.
	listSep45e  = regexp.MustCompile(`^\s*(?:,|、|/|&|\+|和|跟|与|及|以及|还有|加|and|an|nd|n|or|as well as)?\s*(?:the\s+)?$`)
	rangeSep45e = regexp.MustCompile(`^\s*(?:-|~|–|—|到|至|to|through|thru|until|till)\s*(?:the\s+)?$`)

	// holeWords45e: a hole in the records.
	zhHole45e = []string{"没缴上", "没有缴上", "没缴进", "漏了", "漏缴", "漏掉", "漏", "少了", "少缴", "缺了", "缺缴", "缺", "空着", "空白", "是空的",
		"没记录", "没有记录", "查不到", "没显示", "没有显示", "断档"}
	enHole45e = []string{"missing", "mising", "misssing", "missin ", "blank", "empty", "not showing", "not shown", "doesn't show", "doesnt show", "don't show", "dont show",
		"not there", "not recorded", "no record", "not on the record", "gap in the record", "left out"}
	// unpaid45e: unpaid months, a hole only with the rest told as paid.
	zhUnpaid45e = []string{"断了", "断缴", "断", "没缴", "没有缴", "未缴", "欠了", "欠缴", "停了"}
	enUnpaid45e = []string{"unpaid", "not paid", "wasn't paid", "wasnt paid", "weren't paid", "werent paid", "didn't pay", "didnt pay",
		"did not pay", "no payment", "no contribution", "gap", "missed", "skipped", "lapsed", "owe", "owed"}
	// restPaid45e: the other months were paid.
	zhRestPaid45e = []string{"其他月份都", "其他月都", "其它月份都", "其它月都", "别的月份都", "别的月都", "其余", "其他都有", "其他都正常",
		"其他都缴", "前后都", "中间", "一直在缴", "一直都在缴", "一直缴着", "一直正常", "都在正常缴", "每个月都缴", "每月都缴", "正常缴着",
		"后面都正常", "后面都缴", "之后都正常", "之后都缴", "后来都正常", "后来都缴", "在正常缴", "都有缴", "都缴了"}
	enRestPaid45e = []string{"other months", "rest of the months", "rest of the year", "the rest are", "the rest is", "the rest were",
		"the rest was", "rest are fine", "rest is fine", "every other month", "all other months", "is paying", "are paying",
		"has been paying", "have been paying", "been paying", "pays every month", "paid every month", "paying normally", "pays normally",
		"paid normally", "in the middle", "in between", "after that paid", "paid after that", "fine after that", "normal after that"}
	// stillOpen45e: paying told as still stopped.
	zhStillOpen45e = []string{"到现在", "至今", "现在还没", "现在也没", "一直没缴", "一直都没", "之后都没", "后面都没", "后来都没", "以后都没",
		"之后就没", "后面就没", "后来就没", "以后就没", "还没缴", "还在断", "从那以后", "再也没"}
	enStillOpen45e = []string{"still not paying", "still isn't paying", "still isnt paying", "still hasn't paid", "still hasnt paid",
		"not paying now", "no longer pay", "stopped paying", "nothing since", "nothing paid since", "since then nothing", "ever since",
		"until now", "till now", "up to now", "to this day", "not paid since", "hasn't paid since", "hasnt paid since", "haven't paid since",
		"havent paid since", "nothing after"}
	// openStart45e: the month is where the gap began.
	zhOpenAfter45e  = []string{"开始", "起", "以来", "到现在", "至今", "一直没", "一直都没", "以后都没", "之后都没", "以后就没", "之后就没", "后就没", "后都没", "往后都没", "以后没", "之后没"}
	enOpenBefore45e = []string{"since", "starting", "starting from", "beginning", "beginning in", "after", "from"}
	enOpenAfter45e  = []string{"onward", "onwards", "on,", "and on", "and after", "and since"}
	// paidTo45e: the month after them was paid.
	paidTo45e = []string{"through", "thru", "until", "till", "up to", "paid", "缴到", "缴至", "截止到", "截至", "交到"}
	// event45e: a month followed by these is the month of an event.
	event45e = []string{"辞", "离职", "入职", "换", "搬", "退休", "失业", "quit", "left", "started", "joined", "moved", "retired", "changed"}
	// treat45e: a month in a clause about treatment is a stay.
	treat45e = []string{"住院", "看病", "手术", "门诊", "急诊", "生孩子", "hospital", "surgery", "treated", "treatment", "clinic", "doctor", "admitted"}
)

var (
	// countMonths45e: a count of months told ("两个月", "3 months").
	countMonths45e = regexp.MustCompile(`([0-9]+|[一二两三四五六七八九十]+)个月|([仨俩])月|\b([0-9]+|one|two|three|four|five|six) months?\b`)
	zhDay45e       = regexp.MustCompile(`^(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[号日]`)
	zhBarePair45e  = regexp.MustCompile(`(1[0-2]|[1-9])\s*[,、]\s*(1[0-2]|[1-9])\s*(?:两|二|2)个月`)
)

// monthTok45e is one month named, where it stands and its number.
type monthTok45e struct {
	start, end int
	n          int
	year       string // 今年/去年, this year/last year right after or before
}

// round45e runs fix45e's reading (called last from round25a).
func (x *extractor) round45e(e *Extracted) {
	if x.today.IsZero() || e.Scheme == rules.SchemeResident || e.PriorScheme != "" || e.Child || e.Student ||
		e.ArrearsPaid != nil || e.ArrearsPaidSaid || e.FirstEnrolment {
		return
	}
	a, b, ok := x.holeMonths45e()
	if !ok {
		return
	}
	n := b.Since(a) + 1
	if n <= 0 || n > 12 || x.cur.Since(b) < 0 {
		return
	}
	if c := countMonths45e.FindStringSubmatch(x.s); c != nil {
		if k := count45e(c[1] + c[2] + c[3]); k != n {
			return // a count told otherwise ("断了3个月"): left as told
		}
	}
	after := b.Add(1)
	if x.cur.Since(b) == 0 {
		// The last month named is this month: the gap is open.
		if e.Resumed != nil {
			return
		}
		e.Gap = &Duration{Since: &a}
		e.GapEnded, e.GapTooLong, e.GapConflict = false, false, false
		return
	}
	if e.Resumed != nil && *e.Resumed != after {
		return // paying told to resume another month: left as told
	}
	e.Gap = &Duration{Months: n, Since: &a}
	e.Resumed, e.GapEnded = &after, true
	e.GapTooLong, e.GapConflict = false, false
}

// holeMonths45e finds the first and last month of a hole told in the
// message.
func (x *extractor) holeMonths45e() (rules.Month, rules.Month, bool) {
	s := x.s
	if hasAny(s, zhStillOpen45e) || hasAny(s, enStillOpen45e) {
		return rules.Month{}, rules.Month{}, false
	}
	rest := hasAny(s, zhRestPaid45e) || hasAny(s, enRestPaid45e)
	for _, run := range monthRuns45e(s) {
		// "paid through august, sept and oct are empty": the month paid
		// to is no month of the hole.
		for len(run) > 1 && hasSuffixAnyStr(strings.TrimRight(s[:run[0].start], " "), paidTo45e) {
			run = run[1:]
		}
		first, last := run[0], run[len(run)-1]
		if hasAny(cutRunes(s[last.end:], 6), event45e) {
			continue // "八月份从厂里辞了": the month of an event
		}
		if x.openStart45e(s, first, last, len(run)) {
			continue
		}
		nb, na := 10, 14
		if c := s[first.start]; c >= 'a' && c <= 'z' {
			nb, na = 24, 30 // English words are longer
		}
		before := clauseBefore45e(s, first.start, nb)
		after := clauseAfter45e(s, last.end, na)
		near := before + " " + after
		if hasAny(near, treat45e) {
			continue
		}
		hole := hasAny(near, zhHole45e) || hasAny(near, enHole45e)
		unpaid := hasAny(near, zhUnpaid45e) || hasAny(near, enUnpaid45e)
		if !hole && !(unpaid && rest) {
			continue
		}
		return x.runMonths45e(s, run)
	}
	return rules.Month{}, rules.Month{}, false
}

// monthRuns45e are the months named, grouped into lists and ranges
// ("2月和3月", "5,6", "feb and mar", "aug-oct").
func monthRuns45e(s string) [][]monthTok45e {
	var toks []monthTok45e
	for _, m := range zhMonthTok45e.FindAllStringSubmatchIndex(s, -1) {
		end := m[1]
		if m[3] < 0 && m[4] > 0 && isDigitByte45e(s[m[4]-1]) {
			continue // part of a longer number
		}
		// "5月3号": a day, not a month.
		if r := strings.TrimLeft(s[end:], " "); zhDay45e.MatchString(r) {
			continue
		}
		toks = append(toks, monthTok45e{start: m[0], end: end, n: zhMonthNumber24(s[m[4]:m[5]]), year: subOr45e(s, m[2], m[3])})
	}
	// "5,6两个月断了": a bare number listed before a month count.
	if m := zhBarePair45e.FindStringSubmatchIndex(s); m != nil {
		a, b := zhMonthNumber24(s[m[2]:m[3]]), zhMonthNumber24(s[m[4]:m[5]])
		toks = append(toks, monthTok45e{start: m[2], end: m[3], n: a}, monthTok45e{start: m[4], end: m[1], n: b})
	}
	for _, m := range enMonthTok45e.FindAllStringSubmatchIndex(s, -1) {
		name := s[m[2]:m[3]]
		if name == "may" && !enMayMonth45e(s, m[0], m[1]) {
			continue
		}
		mo, ok := enMonthNumber45e(name)
		if !ok {
			continue
		}
		toks = append(toks, monthTok45e{start: m[0], end: m[1], n: mo})
	}
	sortToks45e(toks)
	var runs [][]monthTok45e
	for i := 0; i < len(toks); i++ {
		if toks[i].n == 0 {
			continue
		}
		run := []monthTok45e{toks[i]}
		for i+1 < len(toks) && toks[i+1].start >= run[len(run)-1].end {
			between := s[run[len(run)-1].end:toks[i+1].start]
			if listSep45e.MatchString(between) {
				run = append(run, toks[i+1])
			} else if rangeSep45e.MatchString(between) {
				// A range: the months between count too.
				last := run[len(run)-1]
				for k := 1; k < (toks[i+1].n-last.n+12)%12; k++ {
					run = append(run, monthTok45e{start: last.end, end: last.end, n: (last.n+k-1)%12 + 1})
				}
				run = append(run, toks[i+1])
			} else {
				break
			}
			i++
		}
		runs = append(runs, run)
	}
	return runs
}

// runMonths45e resolves a run's months: the last one to the latest such
// month not after this one (or in the year named), each one before it to
// the latest such month before the one after it ("12月和1月": December of
// last year).
func (x *extractor) runMonths45e(s string, run []monthTok45e) (rules.Month, rules.Month, bool) {
	last := run[len(run)-1]
	b, ok := x.pastMonth25b(last.n)
	if !ok {
		return rules.Month{}, rules.Month{}, false
	}
	year := ""
	for _, t := range run {
		if t.year != "" {
			year = t.year
		}
	}
	tail := clauseAfter45e(s, last.end, 12)
	head := clauseBefore45e(s, run[0].start, 16)
	switch {
	case year == "去年" || strings.Contains(tail, "last year") || strings.Contains(head, "last year"):
		b = rules.Month{Year: x.cur.Year - 1, Month: time.Month(last.n)}
	case year == "今年" || strings.Contains(tail, "this year") || strings.Contains(head, "this year"):
		b = rules.Month{Year: x.cur.Year, Month: time.Month(last.n)}
		if x.cur.Since(b) < 0 {
			return rules.Month{}, rules.Month{}, false // a month to come
		}
	}
	a := b
	for k := len(run) - 2; k >= 0; k-- {
		m := rules.Month{Year: a.Year, Month: time.Month(run[k].n)}
		if m.Since(a) > 0 {
			m.Year--
		}
		a = m
	}
	return a, b, true
}

// openStart45e: the run is where an open gap began ("从5月开始", "since
// may", "may onwards", "5月起").
func (x *extractor) openStart45e(s string, first, last monthTok45e, n int) bool {
	after := strings.TrimLeft(s[last.end:], " ,")
	if hasPrefixAny(after, zhOpenAfter45e) || hasPrefixAny(after, enOpenAfter45e) {
		return true
	}
	before := strings.TrimRight(s[:first.start], " ")
	if strings.HasSuffix(before, "自") || strings.HasSuffix(before, "从") && n == 1 {
		return true
	}
	for _, w := range enOpenBefore45e {
		if strings.HasSuffix(before, " "+w) || before == w {
			if w == "from" && n > 1 {
				continue // "from feb to mar": a range
			}
			return true
		}
	}
	return false
}

// enMayMonth45e: "may" is the month in a list of months or after a word
// that names a month ("for may", "in may"), never the verb ("i may").
func enMayMonth45e(s string, start, end int) bool {
	before := strings.TrimRight(s[:start], " ")
	afterS := strings.TrimLeft(s[end:], " ")
	if hasSuffixAnyStr(before, enHole45e) || hasSuffixAnyStr(before, enUnpaid45e) {
		return true // "skipped may", "missing may"
	}
	for _, w := range []string{"for", "in", "of", "on", "and", ",", "&", "/", "the", "during", "april", "apr", "-", "to", "through"} {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return hasPrefixAny(afterS, []string{"and ", ",", "&", "/", "-", "to ", "through ", "june", "jun"})
}

func enMonthNumber45e(name string) (int, bool) {
	for i, m := range []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if strings.HasPrefix(name, m) {
			return i + 1, true
		}
	}
	return 0, false
}

// clauseBefore45e is up to n runes before i within its clause.
func clauseBefore45e(s string, i, n int) string {
	b := s[:i]
	if k := strings.LastIndexAny(b, ".;!?。；！？"); k >= 0 {
		b = b[k+1:]
	}
	if k := strings.LastIndexByte(b, ','); k >= 0 && !isDigitByte45e(lastByte45e(b[:k])) {
		b = b[k+1:]
	}
	return lastRunes(b, n)
}

// clauseAfter45e is up to n runes after i within its clause.
func clauseAfter45e(s string, i, n int) string {
	a := s[i:]
	if k := strings.IndexAny(a, ".;!?。；！？,"); k >= 0 {
		a = a[:k]
	}
	return cutRunes(a, n)
}

func subOr45e(s string, a, b int) string {
	if a < 0 {
		return ""
	}
	return s[a:b]
}

func isDigitByte45e(c byte) bool { return c >= '0' && c <= '9' }

func lastByte45e(s string) byte {
	if s == "" {
		return 0
	}
	return s[len(s)-1]
}

func sortToks45e(ts []monthTok45e) {
	for i := 1; i < len(ts); i++ {
		for j := i; j > 0 && ts[j].start < ts[j-1].start; j-- {
			ts[j], ts[j-1] = ts[j-1], ts[j]
		}
	}
}

// count45e is a count of months told: a number, or -1 when not read.
func count45e(s string) int {
	switch s {
	case "仨":
		return 3
	case "俩", "两", "two":
		return 2
	case "one":
		return 1
	case "three":
		return 3
	case "four":
		return 4
	case "five":
		return 5
	case "six":
		return 6
	}
	if k := zhMonthNumber24(s); k > 0 {
		return k
	}
	return -1
}
