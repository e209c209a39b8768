package understand

import (
	"strings"

	"bujiao/rules"
)

// A hospital stay told as a range of days (audit round 21, R21-M2):
// "from dec 10 to dec 20", "jan 12 to jan 18", "dec 10-20",
// "11月1号到11月20号", "12月10号到20号", "10号至20号", "12月28号到1月5号".
// One day of it (the first, or the one next to the treatment word) could
// be on the covered side of a stop that falls inside the stay, and the
// answer would call the stay covered. Both ends are read, as
// treatment_date and treatment_until, so every day of the stay is judged.
// The range is taken only when one of its ends is the day already read as
// the treatment's: a range of other days (a gap, a payment) is not it.

// rangeEnd is one end of a range: m is 0 when the month is not said;
// next: "下个月" right before it names next month.
type rangeEnd struct {
	m, d int
	next bool
}

// treatSpans reads a stay told as a range, then drops a span's end that
// no longer fits its first day (spanFits).
func (x *extractor) treatSpans(e *Extracted) {
	if e.Treatment != nil && e.TreatmentUntil == nil {
		for _, r := range append(zhDayRanges(x.s), enDayRanges(x.s)...) {
			t := *e.Treatment
			if r[0].next && !x.today.IsZero() && (t.Day == r[0].d || t.Day == r[1].d) {
				// "下个月5号到15号": next month's, whichever end the day
				// read took without the month.
				nm := x.today.MonthOf().Add(1)
				r[0].m = int(nm.Month)
				var ok bool
				if t, ok = validDay(nm.Year, r[0].m, r[0].d); !ok {
					continue
				}
			}
			if from, until, ok := anchorRange(t, r[0], r[1]); ok {
				e.Treatment, e.TreatmentUntil = &from, &until
				break
			}
		}
	}
	spanFits(e)
}

// anchorRange places the range a..b on the calendar by the day t read for
// the treatment, which must be one of its ends. A month not said is the
// other end's, or t's; a second end before the first crosses into the
// next month (day only) or the next year.
func anchorRange(t rules.Date, a, b rangeEnd) (from, until rules.Date, ok bool) {
	if a.m == 0 && b.m == 0 {
		a.m = int(t.Month)
		b.m = a.m
		if b.d < a.d {
			// "28号到5号": into the next month, anchored on either end.
			if t.Day == b.d {
				a.m = int(t.MonthOf().Add(-1).Month)
			} else {
				b.m = int(t.MonthOf().Add(1).Month)
			}
		}
	}
	if a.m == 0 {
		a.m = b.m
	}
	if b.m == 0 {
		b.m = a.m
		if b.d < a.d {
			b.m = a.m%12 + 1
		}
	}
	switch {
	case int(t.Month) == a.m && t.Day == a.d:
		from = t
		if until, ok = validDay(t.Year, b.m, b.d); ok && until.Before(from) {
			until, ok = validDay(t.Year+1, b.m, b.d)
		}
	case int(t.Month) == b.m && t.Day == b.d:
		until = t
		if from, ok = validDay(t.Year, a.m, a.d); ok && until.Before(from) {
			from, ok = validDay(t.Year-1, a.m, a.d)
		}
	}
	if !ok || !from.Before(until) || from.AddDays(rules.MaxTreatmentSpan).Before(until) {
		return rules.Date{}, rules.Date{}, false
	}
	return from, until, true
}

// zhRangeJoins join the two ends of a range of days.
var zhRangeJoins = []string{"一直到", "住到", "到", "至", "-", "~", "～", "—", "–"}

// zhDayRanges finds "M月D号到M月D号", "M月D号到D号", "D号至D号" in s.
func zhDayRanges(s string) [][2]rangeEnd {
	var out [][2]rangeEnd
	for _, j := range zhRangeJoins {
		for k := range occurrences(s, j) {
			a, aMarked, okA := zhEndBefore(s, k)
			if !okA {
				continue
			}
			b, bMarked, okB := zhEndAfter(s, k+len(j))
			if !okB || !aMarked && !bMarked || a.m == 0 && b.m == 0 && !(aMarked && bMarked) {
				continue
			}
			out = append(out, [2]rangeEnd{a, b})
		}
	}
	return out
}

// zhEndBefore reads "M月D号", "M月D", "D号" or "D日" ending at s[i];
// marked is true when 号 or 日 follows the day.
func zhEndBefore(s string, i int) (e rangeEnd, marked, ok bool) {
	j := len(strings.TrimRight(s[:i], " "))
	for _, w := range []string{"号", "日"} {
		if strings.HasSuffix(s[:j], w) {
			j -= len(w)
			marked = true
			break
		}
	}
	d, ok := digitsBefore(s, j)
	if !ok || d < 1 || d > 31 {
		return rangeEnd{}, false, false
	}
	e.d = d
	start := digitsStart(s, j)
	if strings.HasSuffix(s[:start], "月") {
		if m, mok := digitsBefore(s, start-len("月")); mok && m >= 1 && m <= 12 {
			e.m = m
		}
	}
	if _, ok := hasSuffixAny(s[:start], []string{"下个月", "下月"}); ok && e.m == 0 {
		e.next = true
	}
	if e.m == 0 && !marked {
		return rangeEnd{}, false, false
	}
	return e, marked, true
}

// zhEndAfter reads "M月D号" or "D号" (also without 号 when a month is
// said) from s[i].
func zhEndAfter(s string, i int) (e rangeEnd, marked, ok bool) {
	i += len(s[i:]) - len(strings.TrimLeft(s[i:], " "))
	n, end, ok := digitsAfter(s, i)
	if !ok {
		return rangeEnd{}, false, false
	}
	if strings.HasPrefix(s[end:], "月") {
		if n < 1 || n > 12 {
			return rangeEnd{}, false, false
		}
		e.m = n
		if n, end, ok = digitsAfter(s, end+len("月")); !ok {
			return rangeEnd{}, false, false
		}
	}
	if n < 1 || n > 31 {
		return rangeEnd{}, false, false
	}
	e.d = n
	marked = hasPrefixAny(s[end:], []string{"号", "日"})
	if !marked && (e.m == 0 || hasPrefixAny(s[end:], []string{"个", "年", "天", "岁", "块", "元", "%"})) {
		return rangeEnd{}, false, false
	}
	return e, marked, true
}

// enRangeJoins join the two ends of a range of days in English.
var enRangeJoins = map[string]bool{"to": true, "-": true, "through": true, "thru": true, "till": true, "until": true, "til": true, "and": true}

// enDayRanges finds "dec 10 to dec 20", "dec 10-20", "10 dec to 20 dec",
// "between december 10 and december 20" in s: at least one end names a
// month; "and" joins only after "between".
func enDayRanges(s string) [][2]rangeEnd {
	r := strings.NewReplacer("-", " - ", "–", " - ", "~", " - ", ",", " , ", "?", " ? ", ".", " . ")
	toks := strings.Fields(r.Replace(s))
	var out [][2]rangeEnd
	for j, t := range toks {
		if !enRangeJoins[t] {
			continue
		}
		a, na, okA := enEndBefore(toks[:j])
		b, okB := enEndAfter(toks[j+1:])
		if !okA || !okB || a.m == 0 && b.m == 0 {
			continue
		}
		if t == "and" && (j-na < 1 || toks[j-na-1] != "between") {
			continue
		}
		out = append(out, [2]rangeEnd{a, b})
	}
	return out
}

// enDayNum reads "10", "10th", "1st" as a day of the month.
func enDayNum(t string) (int, bool) {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		t = strings.TrimSuffix(t, suf)
	}
	if t == "" || len(t) > 2 {
		return 0, false
	}
	for i := 0; i < len(t); i++ {
		if !isDigit(t[i]) {
			return 0, false
		}
	}
	d := atoi(t)
	return d, d >= 1 && d <= 31
}

// enMonthTok reads a month name token.
func enMonthTok(t string) (int, bool) {
	m, ok := enMonths[t]
	return m, ok
}

// enEndBefore reads "MON D", "D MON" or "D" at the end of toks, and how
// many tokens it took.
func enEndBefore(toks []string) (rangeEnd, int, bool) {
	n := len(toks)
	if n >= 1 {
		if d, ok := enDayNum(toks[n-1]); ok {
			if n >= 2 {
				if m, ok := enMonthTok(toks[n-2]); ok {
					return rangeEnd{m: m, d: d}, 2, true
				}
			}
			return rangeEnd{d: d}, 1, true
		}
		if m, ok := enMonthTok(toks[n-1]); ok && n >= 2 {
			if d, ok := enDayNum(toks[n-2]); ok {
				return rangeEnd{m: m, d: d}, 2, true
			}
		}
	}
	return rangeEnd{}, 0, false
}

// enEndAfter reads "MON D", "D MON" or "D" at the start of toks ("the"
// and "of" skipped: "the 20th of december").
func enEndAfter(toks []string) (rangeEnd, bool) {
	if len(toks) > 0 && toks[0] == "the" {
		toks = toks[1:]
	}
	if len(toks) == 0 {
		return rangeEnd{}, false
	}
	if m, ok := enMonthTok(toks[0]); ok {
		if len(toks) >= 2 {
			if d, ok := enDayNum(toks[1]); ok {
				return rangeEnd{m: m, d: d}, true
			}
		}
		return rangeEnd{}, false
	}
	d, ok := enDayNum(toks[0])
	if !ok {
		return rangeEnd{}, false
	}
	rest := toks[1:]
	if len(rest) > 0 && rest[0] == "of" {
		rest = rest[1:]
	}
	if len(rest) > 0 {
		if m, ok := enMonthTok(rest[0]); ok {
			return rangeEnd{m: m, d: d}, true
		}
		if enMonthWords[rest[0]] || enYearWords[rest[0]] || rest[0] == "days" || rest[0] == "day" {
			return rangeEnd{}, false
		}
	}
	return rangeEnd{d: d}, true
}

// monthBeforeDay reports a month named right before the digits at s[i]
// ("dec 10-20", "12月10-20号"): the digits are days, so "10-20" is a
// range of days, not a count of months with no single reading.
func monthBeforeDay(s string, i int) bool {
	// What follows the second number must not make both counts of time
	// ("march 3-5 months").
	k := i
	for k < len(s) && (isDigit(s[k]) || strings.ContainsRune(" -~", rune(s[k]))) {
		k++
	}
	for _, j := range []string{"到", "至", "～"} {
		if strings.HasPrefix(s[k:], j) {
			for k += len(j); k < len(s) && (isDigit(s[k]) || s[k] == ' '); k++ {
			}
		}
	}
	if hasPrefixAny(s[k:], []string{"个", "月", "年", "天", "mo", "year", "yr", "day", "week"}) {
		return false
	}
	if strings.HasSuffix(s[:i], "月") {
		return true
	}
	b := strings.TrimRight(s[:i], " ")
	if len(b) == i {
		return false
	}
	j := len(b)
	for j > 0 && isLetter(b[j-1]) {
		j--
	}
	m, ok := enMonths[b[j:]]
	return ok && m > 0 && len(b)-j >= 3
}
