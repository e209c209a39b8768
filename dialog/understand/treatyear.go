package understand

import (
	"regexp"
	"strings"

	"bujiao/rules"
)

// The year of a treatment day named by month and day (audit round 6
// re-check R8-M1). On 2026-12-07 "12月3号看病能报吗" means the visit four
// days ago, not 2027-12-03, and "11月20号" last month's: a day of this
// month or the last one is the recent one, already past. Only a month
// further back ("1月5号" in December) or clearly future words ("明年",
// "next year") move the day to next year.

// treatYear is the year of month m, day d, as named on today. done: the
// treatment was told as done; next: "明年"/"next year" was said.
func treatYear(today rules.Date, m, d int, done, next bool) int {
	cur := today.MonthOf()
	prev := cur.Add(-1)
	switch {
	case next:
		return today.Year + 1
	case done:
		return today.Year
	case m == int(cur.Month):
		return cur.Year
	case m == int(prev.Month):
		return prev.Year
	case m < int(today.Month) || m == int(today.Month) && d < today.Day:
		return today.Year + 1
	}
	return today.Year
}

// nextYearBefore reports "明年" or "next year" said right before s[i].
func nextYearBefore(s string, i int) bool {
	b := strings.TrimRight(s[:i], " ")
	return strings.HasSuffix(b, "明年") || strings.HasSuffix(b, "next year") || strings.HasSuffix(b, "next year,")
}

// nextYearAfter reports "next year" said right after a day ("Jan 5 next year").
func nextYearAfter(s string) bool {
	r := strings.TrimLeft(s, " ,")
	return strings.HasPrefix(r, "next year") || strings.HasPrefix(r, "明年")
}

// monthEndOfOther reports that every "月底" in s is the end of a named
// month other than this one ("领到9月底"): no treatment at this month's end.
func monthEndOfOther(s string, cur rules.Month) bool {
	for k := 0; ; {
		j := strings.Index(s[k:], "月底")
		if j < 0 {
			return true
		}
		i := k + j
		k = i + len("月底")
		if !monthNumberBefore(s, i, cur) {
			return false
		}
	}
}

// monthNumberBefore reports a month number other than this one right
// before "月" at s[i] ("9月底", "九月底").
func monthNumberBefore(s string, i int, cur rules.Month) bool {
	m, ok := digitsBefore(s, i)
	if !ok {
		for k := 0; k < i; k++ {
			if mm, end, ok2 := monthNumberAt(s, k); ok2 && end == i+len("月") {
				m, ok = mm, true
				break
			}
		}
	}
	return ok && m != int(cur.Month)
}

// digitsStart is where the ASCII digits ending at s[i] start.
func digitsStart(s string, i int) int {
	for i > 0 && isDigit(s[i-1]) {
		i--
	}
	return i
}

// enDayCovered is a day asked about as covered: "is Dec 5 covered?",
// "will December 20 be covered" (audit round 6 re-check R7-M5′).
var enDayCovered = regexp.MustCompile(`\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{1,2}(st|nd|rd|th)? (be )?covered`)
