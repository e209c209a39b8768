package understand

import (
	"regexp"
	"strings"
	"time"

	"bujiao/rules"
)

// Audit round 30 friction (fix39c): the year of a treatment day the
// message already places. A day whose month lies within the span of
// months the message tells as already lived this year — paid until,
// stopped, not paid, resumed, started, moved (交到3月份, 4到8月都没交, 9月进了
// 上海的公司开始交了; "paid until july", "started paying from september")
// — is this year's: the story is told in the past, the day is in it. Only
// the months the text names count (a gap counted back from today is not
// a month told); a month told with a year, or in a clause that speaks of
// the future, does not. The span never reaches past a month told, so a day
// after the story is still asked (next year is never picked silently).

var (
	// enPay39c / zhPay39c: a month's clause that tells what was paid or
	// happened to the job, in the past.
	enPay39c = regexp.MustCompile(`\b(paid|payed|pay(ing)? (until|till|thru|through|up to)|until|till|thru|through|stopped|stoped|quit|left|moved|registered|joined|started|resumed|restarted|missed|skipped|lost|laid off|fired|no insurance|not paid|unpaid|didn'?t pay|did not pay|worked|enrolled|signed up)\b`)
	zhPay39c = []string{"交到", "缴到", "交至", "缴至", "没交", "没缴", "未交", "未缴", "没有交", "没有缴", "没给", "断了", "断缴", "断交", "停了", "停缴", "停保",
		"欠", "补上了", "补齐了", "补交了", "补缴了", "交了", "缴了", "交的", "缴的", "进了", "入职", "上班了", "离职", "辞职", "失业了", "走了", "搬",
		"去了", "到了", "开始交", "开始缴", "重新交", "重新缴", "参保了", "办了"}
	// zhRange39c: a Chinese month range whose first month has no 月 ("4到8月",
	// "4-8月", "4至8月份").
	zhRange39c = regexp.MustCompile(`(\d{1,2})\s*(?:到|至|-|~|—|－)\s*\d{1,2}\s*月`)
)

// toldPastSpan39c is the span of months (this year, lo..hi) the text tells
// as lived: the months named in clauses of paying, stopping or moving told
// in the past. skip is the treatment mention (month m, day d) left out.
func toldPastSpan39c(text string, today rules.Date, m, d int) (lo, hi int, ok bool) {
	s := lowerText35a(text)
	ms := mentions35a(s)
	for i := range ms {
		// "3月份 后来", "until july.": the mention ends before the break
		for ms[i].end > ms[i].start && strings.ContainsRune(" \t\n\r.", rune(s[ms[i].end-1])) {
			ms[i].end--
		}
	}
	for i := 1; i < len(ms); i++ {
		if ms[i-1].end > ms[i].start {
			return 0, 0, false // overlapping mentions: not read
		}
	}
	add := func(mo int) {
		if mo < 1 || mo > int(today.Month) {
			return
		}
		if !ok || mo < lo {
			lo = mo
		}
		if !ok || mo > hi {
			hi = mo
		}
		ok = true
	}
	for k, x := range ms {
		if x.m == m && x.d == d {
			continue
		}
		near, own, all := clause35a(s, ms, k)
		if k, y := clauseYear35a(near, "", "", today); k == yearExplicit35a && y != today.Year {
			continue // a month told with its year is that year's
		}
		if tense35a(" "+all+" ") == yearFuture35a && !strings.Contains(own, "了") {
			continue
		}
		if !enPay39c.MatchString(all) && !hasAny(all, zhPay39c) {
			continue
		}
		add(x.m)
		if l := zhRange39c.FindStringSubmatchIndex(s[max(0, x.start-12):x.end]); l != nil {
			if n := atoi39c(s[max(0, x.start-12):x.end][l[2]:l[3]]); n >= 1 && n <= 12 {
				add(n)
			}
		}
	}
	return lo, hi, ok
}

// atoi39c reads a small decimal number.
func atoi39c(s string) int {
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return -1
		}
		n = n*10 + int(r-'0')
	}
	return n
}

// round39c places a treatment day left as next year's (its year not told)
// in this year when its month lies in the span of months the message told
// as lived (toldPastSpan39c). Called last in round25a, after round35a.
func (x *extractor) round39c(e *Extracted) {
	t := e.Treatment
	x.rangeGap39c(e)
	x.paidBackOwnClause39c(e)
	if x.today.IsZero() || t == nil || e.TreatmentUntil != nil || t.Year != x.today.Year+1 {
		return
	}
	text := x.raw
	if text == "" {
		text = x.s
	}
	if _, decided, found := dayYear35a(text, x.today, int(t.Month), t.Day); !found || decided {
		return
	}
	past, ok := validDay(x.today.Year, int(t.Month), t.Day)
	if !ok || x.today.Before(past) {
		return
	}
	if lo, hi, ok := toldPastSpan39c(text, x.today, int(t.Month), t.Day); ok && int(t.Month) >= lo && int(t.Month) <= hi {
		e.Treatment = &past
	}
}

// Audit round 30 friction (fix39c) item 2: the gap's length asked though
// the message named its months as a range that has ended — "4到8月都没交
// 9月开始交了", "4、5、6、7、8月没交 9月又开始交了", "9月10月没交 11月一起补交了",
// "from april to august my employer paid nothing, since september again".
// In a run-on message the range sits in the question's clause and was
// only offered to confirm (AskedGap). The range's first month is the
// gap's start and the month after its last, when the message tells paying
// resumed in it, its end: both stated. A range not followed by a month
// paying resumed is left as it was (the gap may still run).

var (
	zhRangeGap39c = regexp.MustCompile(`(\d{1,2})(?:月份?)?\s*(?:到|至|-|~|—|－)\s*(\d{1,2})\s*月份?`)
	zhListGap39c  = regexp.MustCompile(`(?:\d{1,2}(?:月份?)?\s*[、,，和跟与及]\s*)+\d{1,2}\s*月份?|(?:\d{1,2}月份?\s*){2,}`)
	enRangeGap39c = regexp.MustCompile(`\b(?:from |between )?(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec) (?:to|till|until|thru|through|and|-) (?:end of |the end of )?(january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b`)
	zhUnpaid39c   = []string{"没缴", "未缴", "没有缴", "没交", "未交", "没有交", "断", "欠", "停", "没给", "空着", "漏"}
	enUnpaid39c   = regexp.MustCompile(`\b(didn'?t pay|did not pay|not paid|unpaid|paid nothing|nothing|no insurance|no coverage|missed|skipped|gap|stopped|didn'?t contribute|owed)\b`)
	zhResume39c   = []string{"开始缴", "开始交", "又缴", "又交", "又开始", "重新", "恢复", "续上", "又正常", "正常交", "正常缴", "接着缴", "接着交", "进了", "入职"}
	enResume39c   = regexp.MustCompile(`\b(again|resumed|restarted|started|back on|new job|joined|registered)\b`)
	digits39c     = regexp.MustCompile(`\d{1,2}`)
)

// toldRange39c finds a range of months told unpaid in s (lower-cased,
// folded): its first and last month.
func toldRange39c(s string) (a, b int, ok bool) {
	for _, l := range zhRangeGap39c.FindAllStringSubmatchIndex(s, -1) {
		if hasAny(cutRunes(s[l[1]:], 8), zhUnpaid39c) {
			return atoi39c(s[l[2]:l[3]]), atoi39c(s[l[4]:l[5]]), true
		}
	}
	for _, l := range zhListGap39c.FindAllStringIndex(s, -1) {
		if !hasAny(cutRunes(s[l[1]:], 8), zhUnpaid39c) {
			continue
		}
		ns := digits39c.FindAllString(s[l[0]:l[1]], -1)
		if len(ns) >= 2 && (strings.HasSuffix(s[:l[0]], "到") || strings.HasSuffix(s[:l[0]], "至")) {
			ns = ns[1:] // "交到8月9月10月没交": 8月 is the last month paid
		}
		first, prev := atoi39c(ns[0]), atoi39c(ns[0])
		seq := true
		for _, n := range ns[1:] {
			seq = seq && atoi39c(n) == prev+1
			prev = atoi39c(n)
		}
		if seq {
			return first, prev, true
		}
	}
	for _, p := range pieces35a(s) {
		c := s[p.start:p.end]
		if l := enRangeGap39c.FindStringSubmatch(c); l != nil && enUnpaid39c.MatchString(c) {
			return int(enMonths[l[1]]), int(enMonths[l[2]]), true
		}
	}
	return 0, 0, false
}

// resumedIn39c reports month r named in s with words of paying again
// right after it ("9月又开始交了", "since september again").
func resumedIn39c(s string, r int) bool {
	ms := mentions35a(s)
	for _, m := range ms {
		if m.m != r || m.d != 0 {
			continue
		}
		if hasAny(cutRunes(s[m.end:], 10), zhResume39c) || enResume39c.MatchString(lastRunes(s[:m.start], 30)+" "+cutRunes(s[m.end:], 12)) {
			return true
		}
	}
	return false
}

// rangeGap39c reads the gap a message told as an ended range of months
// (round39c): its start, and the month paying resumed.
func (x *extractor) rangeGap39c(e *Extracted) {
	if x.today.IsZero() || e.Reason == rules.ReasonUnemployment || e.Gap != nil && (e.Gap.Since == nil || e.Gap.Months > 0) || e.ArrearsPaid != nil || e.ArrearsPaidSaid {
		return
	}
	text := x.raw
	if text == "" {
		text = x.s
	}
	t := lowerText35a(text)
	from, to, ok := toldRange39c(t)
	cur := x.today
	if !ok || from < 1 || to > 12 || from > to || to >= int(cur.Month) {
		return
	}
	r := to + 1
	if !(e.Resumed != nil && e.Resumed.Year == cur.Year && int(e.Resumed.Month) == r) && !resumedIn39c(t, r) {
		return
	}
	since := rules.Month{Year: cur.Year, Month: time.Month(from)}
	res := rules.Month{Year: cur.Year, Month: time.Month(r)}
	e.Gap = &Duration{Since: &since}
	e.Resumed, e.GapEnded = &res, true
}

// rangeStated39c states the gap rangeGap39c read when a run-on message
// left it inside the question's clause (statedLate).
func rangeStated39c(a *Analysis, s string) {
	g, r := a.Extracted.Gap, a.Extracted.Resumed
	if st := a.Stated.Gap; st != nil && (st.Since == nil || g == nil || g.Since == nil || *st.Since != *g.Since || a.Stated.Resumed != nil) {
		return
	}
	if g == nil || g.Since == nil || r == nil || g.Since.Year != r.Year {
		return
	}
	from, to, ok := toldRange39c(lowerText35a(s))
	if !ok || from != int(g.Since.Month) || to+1 != int(r.Month) {
		return
	}
	a.Stated.Gap, a.Stated.Resumed, a.Stated.GapEnded = g, r, true
	a.AskedGap = nil
}

// Audit round 30 friction (fix39c) item 3: an employer's lump back-payment
// told in its own clause ("10月份才一次性全补上") was not read when an
// earlier clause told the arrears chased ("税务局催了过了期限还是没交"): the
// words against a back-payment count only in the back-payment's own clause
// (the message's pieces, split at commas and at spaces beside Chinese),
// and its month is the one named there, not a treatment month after it
// ("9月份才一次性补上 7月5号住的院": September).
func (x *extractor) paidBackOwnClause39c(e *Extracted) {
	if x.today.IsZero() || x.raw == "" || e.Reason != rules.ReasonArrears || e.Payer != rules.PayerUnit {
		return
	}
	t := lowerText35a(x.raw)
	for _, p := range pieces35a(t) {
		c := strings.ReplaceAll(t[p.start:p.end], "交", "缴")
		i, w := firstOf(c, zhPaidBack)
		if i < 0 || hasAny(c, zhPaidBackNot) || asksPaidBack(c[i:]) || plannedPayBack23d(c, i, w) || payBackPromised(c, i) {
			continue
		}
		if tense35a(" "+c+" ") == yearFuture35a {
			continue
		}
		ms := mentions35a(c)
		if len(ms) != 1 || ms[0].d != 0 {
			continue
		}
		m := rules.Month{Year: x.today.Year, Month: time.Month(ms[0].m)}
		if x.cur.Since(m) < 0 {
			continue
		}
		e.ArrearsPaid = &m
		return
	}
}
