package understand

import (
	"strings"
	"time"

	"bujiao/rules"
)

// "Drew the benefit up to month X" names the benefit's last month (audit
// round 6 re-check R8-W1): "失业金领到今年8月，后来就没交了", "领到9月底，
// 之后没交", "I got unemployment benefit up to August, then nothing",
// "on unemployment benefit until September, nothing paid since". No end
// word is needed: "领到X月" is how people say the benefit ended. A month
// still ahead ("能领到明年3月", "until March" said in December) is no end,
// unless the words after it tell a gap since ("then nothing").

var (
	zhUntilVerbs = []string{"领到", "拿到", "发到", "领取到", "领至", "发至"}
	// Before the verb: the benefit can run to that month, it has not.
	zhUntilAhead = []string{"能", "可以", "可", "会", "将", "要", "还能", "还可以", "应该"}
	enUntil      = []string{"up to ", "until ", "till ", "through ", "thru ", "up until "}
	// A gap since: "后来就没缴了", "之后一直没缴", "一直没续", "then nothing".
	benefitThenGap = []string{"没缴", "没续", "没再缴", "没人缴", "断了", "断缴", "停缴",
		"then nothing", "nothing since", "nothing paid", "not paid", "haven't paid", "have not paid", "didn't pay",
		"stopped paying", "no payments", "nothing after", "since then nothing"}
)

// benefitUntil reads "领到X月" / "up to X": the benefit's last month.
func benefitUntil(s string, cur rules.Month) (*rules.Month, bool) {
	if !containsAny(s, benefitWords) {
		return nil, false
	}
	gapAfter := containsAny(s, benefitThenGap)
	for _, v := range zhUntilVerbs {
		for i := range occurrences(s, v) {
			k := i + len(v)
			before := strings.TrimRight(s[:i], " ")
			if hasSuffixAnyStr(before, zhUntilAhead) {
				continue
			}
			p := strings.TrimLeft(s[k:], " ")
			y, yearSaid := cur.Year, false
			switch {
			case strings.HasPrefix(p, "今年"):
				p, yearSaid = p[len("今年"):], true
			case strings.HasPrefix(p, "去年"):
				p, y, yearSaid = p[len("去年"):], cur.Year-1, true
			case strings.HasPrefix(p, "明年"), strings.HasPrefix(p, "下个月"), strings.HasPrefix(p, "下月"):
				continue
			}
			m, _, ok := monthNumberAt(p, 0)
			if !ok {
				continue
			}
			if got, ok := untilMonth(y, m, yearSaid, gapAfter, cur); ok {
				return got, true
			}
		}
	}
	for _, u := range enUntil {
		for k := 0; ; {
			j := strings.Index(s[k:], u)
			if j < 0 {
				break
			}
			i := k + j
			k = i + len(u)
			p := strings.TrimPrefix(s[k:], "the end of ")
			p = strings.TrimPrefix(p, "end of ")
			w := wordAt(p, 0)
			m, ok := enMonths[w]
			if !ok || len(w) < 3 {
				continue
			}
			rest := strings.TrimLeft(p[len(w):], " ,")
			if enDayAfterMonth(p[len(w):]) || strings.HasPrefix(rest, "next year") {
				continue // "until December 20" is a day, not the benefit's end
			}
			y, yearSaid := cur.Year, false
			if strings.HasPrefix(rest, "last year") {
				y, yearSaid = cur.Year-1, true
			} else if strings.HasPrefix(rest, "this year") {
				yearSaid = true
			} else if yearDigits(rest) {
				y, yearSaid = atoi(rest[:4]), true
			}
			if got, ok := untilMonth(y, m, yearSaid, gapAfter, cur); ok {
				return got, true
			}
		}
	}
	return nil, false
}

// untilMonth settles the year of the benefit's last month m: a month
// after this one is last year's only when a gap since was told and no
// year was said; a month of a later year is no end.
func untilMonth(y, m int, yearSaid, gapAfter bool, cur rules.Month) (*rules.Month, bool) {
	got := rules.Month{Year: y, Month: time.Month(m)}
	if got.Since(cur) <= 0 {
		return &got, true
	}
	if !yearSaid && gapAfter {
		got.Year--
		return &got, true
	}
	return nil, false
}

// yearDigits reports a four-digit year at the start of s ("2026"): no day.
func yearDigits(s string) bool {
	return len(s) >= 4 && isDigit(s[0]) && isDigit(s[1]) && isDigit(s[2]) && isDigit(s[3]) && (len(s) == 4 || !isDigit(s[4]))
}
