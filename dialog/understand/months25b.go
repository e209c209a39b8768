package understand

import (
	"regexp"
	"strings"
	"time"

	"bujiao/rules"
)

// Audit round 24 (fix25b): months told as a range, as the last month paid,
// or corrected within the message.
//
//   - R24-W2: "hangzhou paid until july, dongguan job started november. gap
//     aug-oct": the gap is August to October, and the month the new job
//     started is the month paying resumed, never the gap's start.
//   - R24-W1 / R24-W3: "resumed in september — sorry, october", "我5月开始交
//     的 哦不对 是6月开始交": the corrected month replaces the first.
//   - R24-M7: "last medical payment was for june": June was paid, the gap
//     begins in July.

const zhMonth25b = `(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])`

var (
	// enMonthFix25b: "<month> — sorry, <month>" (a month corrected).
	enMonthFix25b = regexp.MustCompile(`(?i)\b` + enMonthRe25b + `([\s,.!;:\x{2014}\x{2013}-]*(?:sorry|no wait|wait|oops|correction|i mean|i meant|make that|actually)[\s,.!;:\x{2014}\x{2013}-]*(?:it'?s|it was|its|rather|in|until|till|til|through|thru|to|up to|from|since)?\s*)` + enMonthRe25b)
	// zhMonthFix25b: "5月开始交的 哦不对 是6月开始交".
	zhMonthFix25b = regexp.MustCompile(zhMonth25b + `月((?:份)?(?:开始|起)?(?:交|缴|断|停)?(?:的|了)?)` +
		`([\s，,。.、！!]*(?:哦不对|噢不对|啊不对|哦不|噢不|不对不对|不对|说错了|搞错了|记错了|打错了|错了|更正一下|更正)[\s，,。.、！!]*(?:其实是|应该是|准确说是|是)?\s*)` +
		zhMonth25b + `月`)

	// enMonthRange25b: "aug-oct", "from may to september".
	enMonthRange25b = regexp.MustCompile(`\b` + enMonthRe25b + `\s*(?:-|\x{2013}|\x{2014}|~|to|through|thru|until|till)\s*` + enMonthRe25b)
	// zhMonthRange25b: "8月到10月", "8-10月", "八月至十月".
	zhMonthRange25b = regexp.MustCompile(zhMonth25b + `(?:月份?)?\s*(?:到|至|-|~|－|—)\s*` + zhMonth25b + `月`)

	// enLastPaid25b: "last medical payment was for june", "the last month
	// paid was june", "last contribution covered june".
	enLastPaid25b = regexp.MustCompile(`\blast (?:(?:medical|insurance|social insurance|si|health insurance|monthly) )*(?:payment|contribution|premium)s? (?:was |were |went )?(?:made )?(?:for|covered|covering) (?:the month of )?` + enMonthRe +
		`|\blast (?:month|one) (?:that was |that )?(?:they |i |we |(?:my|the|our) (?:company|employer|boss|firm|unit) (?:has |had )?)?paid (?:was |is |for (?:was )?)?` + enMonthRe +
		`|\blast paid month (?:was |is )?` + enMonthRe)
	// zhLastPaid25b: "最后一次交的是6月", "最后缴费的月份是6月".
	zhLastPaid25b = regexp.MustCompile(`最后(?:一次|一个月)?(?:交|缴)(?:费)?的?(?:月份)?(?:是|为)?(?:今年)?` + zhMonth25b + `月`)

	// enJobFrom25b: "dongguan job started november", "started the new job
	// in october": the month paying resumed with the new job.
	enJobFrom25b = regexp.MustCompile(`\b(?:job|work|employer|company|position)\b[a-z ]{0,16}? (?:started|starts|began|begins|from|since) (?:in |on |from )?` + enMonthRe +
		`|\b(?:started|began|start|joined) (?:a |the |my )?(?:new )?(?:job|work|working|company|employer)\b[a-z ]{0,16}? (?:in|on|from) ` + enMonthRe)

	enGapWords25b = []string{"gap", "missed", "missing", "unpaid", "owe", "owed", "owes", "didn't pay", "didnt pay", "did not pay", "not paid",
		"no payment", "no contribution", "nothing paid", "lapse", "skipped", "arrears", "uncovered", "stopped paying", "not covered"}
	zhGapWords25b = []string{"断", "没交", "没缴", "没有交", "没有缴", "未交", "未缴", "欠", "漏", "停交", "停缴", "停了"}
)

// enMonthRe25b is enMonthRe with its own group, for patterns with two.
const enMonthRe25b = `(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b`

// fixMonths25b rewrites a month corrected within the message to the
// corrected one ("resumed in september — sorry, october" → "resumed in
// october"); it reports whether it did.
func fixMonths25b(s string) (string, bool) {
	fixed := false
	for _, re := range []*regexp.Regexp{enMonthFix25b, zhMonthFix25b} {
		var out strings.Builder
		last := 0
		for _, loc := range re.FindAllStringSubmatchIndex(s, -1) {
			rest := strings.TrimLeft(s[loc[1]:], " ")
			if hasPrefixAny(rest, []string{"too", "also", "as well", "and ", "也", "和", "还有"}) {
				// "july, actually august too": a month added, not a
				// correction.
				continue
			}
			out.WriteString(s[last:loc[0]])
			if re == enMonthFix25b {
				out.WriteString(s[loc[6]:loc[7]])
			} else {
				out.WriteString(s[loc[8]:loc[9]] + "月")
			}
			last = loc[1]
			fixed = true
		}
		out.WriteString(s[last:])
		s = out.String()
	}
	return s, fixed
}

// round25b applies the readings of this file; called late in extract.
func (x *extractor) round25b(e *Extracted) {
	if x.today.IsZero() || e.Scheme == rules.SchemeResident || e.PriorScheme != "" || e.ArrearsPaid != nil || e.ArrearsPaidSaid {
		return
	}
	x.lastPaid25b(e)
	x.monthRange25b(e)
	x.resumedAfterGap25b(e)
}

// zhPastMonth25b resolves a Chinese month number to the latest such month
// not after this one.
func (x *extractor) zhPastMonth25b(s string) (rules.Month, bool) {
	return x.pastMonth25b(zhMonthNumber24(s))
}

// pastMonth25b is the latest month numbered n not after this one; false
// for no month (n 0).
func (x *extractor) pastMonth25b(n int) (rules.Month, bool) {
	if n == 0 {
		return rules.Month{}, false
	}
	m := rules.Month{Year: x.cur.Year, Month: time.Month(n)}
	if x.cur.Since(m) < 0 {
		m.Year--
	}
	return m, true
}

// lastPaid25b: "last medical payment was for june": the gap begins the
// month after; when that is this month, the reading made otherwise (the
// more cautious one) stands.
func (x *extractor) lastPaid25b(e *Extracted) {
	var last rules.Month
	ok, lastMonthWords := false, false
	if m := enLastPaid25b.FindStringSubmatch(x.s); m != nil {
		name := m[1] + m[2] + m[3]
		last, ok = x.pastMonth(name)
		// "the last month paid was july": "last month" there is no
		// November.
		lastMonthWords = strings.Contains(m[0], "last month")
	} else if m := zhLastPaid25b.FindStringSubmatch(x.s); m != nil {
		last, ok = x.zhPastMonth25b(m[1])
	}
	if !ok {
		return
	}
	first := last.Add(1)
	if x.cur.Since(first) <= 0 {
		return
	}
	if g := e.Gap; g != nil && (g.Since == nil || *g.Since != last && *g.Since != first && !(lastMonthWords && *g.Since == x.cur.Add(-1))) {
		return // a gap told otherwise is left as told
	}
	if e.Resumed != nil && e.Resumed.Since(first) <= 0 {
		return
	}
	g := Duration{Since: &first}
	if e.Resumed != nil {
		g.Months = e.Resumed.Since(first)
	}
	e.Gap = &g
	e.GapTooLong, e.GapConflict = false, false
}

// monthRange25b: a gap told as a range of months ("gap aug-oct", "8月到10月
// 没交", "they owe me from may to september"): the gap begins with the
// first. It ended with the last only when paying is said to have resumed
// the month after (a month named, or a new job's first month); otherwise
// it runs to now, the cautious reading.
func (x *extractor) monthRange25b(e *Extracted) {
	a, b, ok := x.gapRange25b()
	if !ok || b.Since(a) < 0 || x.cur.Since(b) < 0 {
		return
	}
	after := b.Add(1)
	resumed := e.Resumed
	if resumed == nil {
		if m := enJobFrom25b.FindStringSubmatch(x.s); m != nil {
			if r, ok := x.pastMonth(m[1] + m[2]); ok {
				resumed = &r
			}
		}
	}
	if resumed != nil && *resumed != after {
		resumed = nil
	}
	n := b.Since(a) + 1
	if g := e.Gap; g != nil {
		switch {
		case g.Since != nil && (*g.Since == a || *g.Since == b || *g.Since == after):
		case g.Since == nil && (g.Months == n || g.Months == x.cur.Since(a)):
		default:
			// Two readings of the gap disagree: ask.
			e.Gap, e.GapConflict = nil, true
			return
		}
	}
	g := Duration{Since: &a}
	if resumed != nil && x.cur.Since(*resumed) >= 0 {
		g.Months = n
		r := *resumed
		e.Resumed, e.GapEnded = &r, true
	} else if e.Resumed != nil && *e.Resumed == a {
		e.Resumed, e.GapEnded = nil, false
	}
	e.Gap = &g
	e.GapTooLong = false
}

// gapRange25b finds a range of months said to be unpaid.
func (x *extractor) gapRange25b() (rules.Month, rules.Month, bool) {
	s := x.s
	if loc := enMonthRange25b.FindStringSubmatchIndex(s); loc != nil {
		before := sentenceBefore25b(s, loc[0])
		if k := strings.LastIndexByte(before, ','); k >= 0 {
			before = before[k+1:] // the range's own clause
		}
		after := s[loc[1]:min(len(s), loc[1]+24)]
		if k := strings.IndexAny(after, ",.;"); k >= 0 {
			after = after[:k]
		}
		if (hasAny(lastRunes(before, 48), enGapWords25b) || hasAny(after, enGapWords25b)) && !hasAny(before+after, treatWords25b) {
			a, ok1 := x.pastMonth(s[loc[2]:loc[3]])
			b, ok2 := x.pastMonth(s[loc[4]:loc[5]])
			if ok1 && ok2 {
				return a, b, true
			}
		}
	}
	if loc := zhMonthRange25b.FindStringSubmatchIndex(s); loc != nil {
		// The unpaid words must touch the range: "断了8月到10月",
		// "8月到10月没交"; "断了3个月 5月到7月住院" names a stay.
		before := strings.TrimRight(sentenceBefore25b(s, loc[0]), " 从")
		after := strings.TrimLeft(s[loc[1]:], " ")
		for _, p := range []string{"份", "的", "都", "一直", "医保", "社保", "公司", "单位", "老板"} {
			after = strings.TrimPrefix(after, p)
		}
		after = cutRunes(after, 4)
		if hasSuffixAnyStr(before, []string{"断了", "断缴了", "断缴", "断", "欠了", "欠我", "欠", "漏了", "漏交了", "停了", "没交", "没缴"}) || hasAny(after, zhGapWords25b) {
			a, ok1 := x.zhPastMonth25b(s[loc[2]:loc[3]])
			b, ok2 := x.zhPastMonth25b(s[loc[4]:loc[5]])
			if ok1 && ok2 {
				return a, b, true
			}
		}
	}
	return rules.Month{}, rules.Month{}, false
}

// treatWords25b: a range of months in a clause about treatment is a stay,
// not a gap.
var treatWords25b = []string{"hospital", "surgery", "treated", "treatment", "admitted", "sick", "stay", "clinic", "doctor"}

// sentenceBefore25b is the text of the sentence before i.
func sentenceBefore25b(s string, i int) string {
	b := s[:i]
	if k := strings.LastIndexAny(b, ".;!?。；！？"); k >= 0 {
		b = b[k+1:]
	}
	return b
}

// enLeftAtMonthEnd25b: "quit my job in guangzhou end of october", "left
// at the end of september": the leaving month was paid with the job, as
// "九月底辞职" is read (sift.go leftAtMonthEnd).
func enLeftAtMonthEnd25b(s string, start int) bool {
	head := strings.TrimRight(s[:start], " ")
	if !hasSuffixAnyStr(head, []string{"end of", "the end of", "end-of"}) {
		return false
	}
	b := lastRunes(sentenceBefore25b(s, start), 48)
	if k := strings.LastIndexByte(b, ','); k >= 0 {
		b = b[k+1:]
	}
	return hasAny(" "+b, []string{" quit", " left", " resigned", " laid off", " let go", " fired", " stopped working", " job ended", " contract ended"})
}

// zhResumedAfterGap25b: "我6月开始交 之前断了两年", "10月起又交上了，在这之前
// 停了三个月": paying resumed in the month named, after a gap of the
// length told before it.
var zhResumedAfterGap25b = regexp.MustCompile(zhMonth25b + `月份?(?:开始|起)(?:又|重新)?(?:交|缴)[^,，。;；]{0,6}?[\s,，]*(?:在这之前|在此之前|之前|此前|以前|前面)(?:一共|总共)?(?:断了|断缴了|停了|停缴了|没交了?|没缴了?)` +
	`([0-9]+|[一二两三四五六七八九十]|十[一二])(个月|年)`)

func (x *extractor) resumedAfterGap25b(e *Extracted) {
	m := zhResumedAfterGap25b.FindStringSubmatch(x.s)
	if m == nil {
		return
	}
	r, ok := x.zhPastMonth25b(m[1])
	if !ok {
		return
	}
	n := zhCount25b(m[2])
	if m[3] == "年" {
		n *= 12
	}
	if n <= 0 || n > rules.MaxGapMonths {
		return
	}
	if e.Resumed != nil && *e.Resumed != r {
		return
	}
	if g := e.Gap; g != nil && !(g.Since == nil && g.Months == n) && !(g.Since != nil && (*g.Since == r || *g.Since == r.Add(-n))) {
		return // a gap told otherwise is left as told
	}
	since := r.Add(-n)
	e.Gap = &Duration{Months: n, Since: &since}
	e.Resumed, e.GapEnded = &r, true
	e.GapTooLong, e.GapConflict = false, false
}

func zhCount25b(s string) int {
	if s == "两" {
		return 2
	}
	return zhMonthNumber24(s)
}
