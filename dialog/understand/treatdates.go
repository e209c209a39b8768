package understand

import (
	"strings"

	"bujiao/rules"
)

// More ways to name the day of a planned treatment than planned reads:
// "下个月15号", "这个月20号", "December 10", "Dec 10th", "on the 10th of
// December", "10 December". A day already gone this year is next year's,
// as in planned.

// plannedMore reads those days; ok is false when none is named.
func (x *extractor) plannedMore() (rules.Date, bool) {
	s, today := x.s, x.today
	if today.IsZero() {
		return rules.Date{}, false
	}
	for _, p := range []struct {
		w   string
		add int
	}{{"下个月", 1}, {"下月", 1}, {"这个月", 0}, {"本月", 0}} {
		i := strings.Index(s, p.w)
		if i < 0 {
			continue
		}
		d, end, ok := digitsAfter(s, i+len(p.w))
		if !ok || !(strings.HasPrefix(s[end:], "号") || strings.HasPrefix(s[end:], "日")) {
			continue
		}
		m := today.MonthOf().Add(p.add)
		if day, ok := validDay(m.Year, int(m.Month), d); ok && !day.Before(today) {
			return day, true
		}
	}
	// English: a month name next to a day number.
	for i := 0; i < len(s); {
		if !isLetter(s[i]) || i > 0 && isAlnum(s[i-1]) {
			i++
			continue
		}
		w := wordAt(s, i)
		m, ok := enMonths[w]
		if !ok || len(w) < 3 {
			i += len(w)
			continue
		}
		end := i + len(w)
		day := 0
		a := strings.TrimPrefix(s[end:], " ")
		// "Oct 2026" is a month of a year, no day after it; "15 January
		// 2027" has its day before the month and its year after.
		year := 0
		if yearDigits(a) {
			year = int(a[0]-'0')*1000 + int(a[1]-'0')*100 + int(a[2]-'0')*10 + int(a[3]-'0')
		} else if d, n := leadingDigits(a); n > 0 && n <= 2 {
			day = d
		}
		if day == 0 {
			if pw, p := prevWord(s, i); pw == "of" {
				if dw, _ := prevWord(s, p); dw != "" {
					day, _ = leadingDigits(dw)
				}
			} else if d, n := leadingDigits(pw); n > 0 && n <= 2 && n == len(strings.TrimRight(pw, "stndrh")) {
				day = d
			}
		}
		if day >= 1 && day <= 31 && year != 0 {
			if d, ok := validDay(year, m, day); ok && !d.Before(today) {
				return d, true
			}
		} else if day >= 1 && day <= 31 {
			y := treatYear(today, m, day, false, nextYearBefore(s, i) || nextYearAfter(s[end:]))
			if d, ok := validDay(y, m, day); ok {
				return d, true
			}
		}
		i = end
	}
	return rules.Date{}, false
}

// enDayAfterMonth reports a day number right after an English month name
// ("december 10", "dec 10th"): a date, not the start of a gap.
func enDayAfterMonth(after string) bool {
	a := strings.TrimPrefix(after, " ")
	d, n := leadingDigits(a)
	if n == 0 || n > 2 || d < 1 || d > 31 {
		return false
	}
	rest := a[n:]
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		rest = strings.TrimPrefix(rest, suf)
	}
	return rest == "" || !isAlnum(rest[0])
}

// enDayBeforeMonth reports a day right before an English month name ("the
// 3rd of January", "10 December").
func enDayBeforeMonth(s string, i int) bool {
	w, p := prevWord(s, i)
	if w == "of" {
		w, _ = prevWord(s, p)
	}
	d, n := leadingDigits(w)
	if n == 0 || n > 2 || d < 1 || d > 31 {
		return false
	}
	rest := w[n:]
	return rest == "" || rest == "st" || rest == "nd" || rest == "rd" || rest == "th"
}
