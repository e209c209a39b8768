package understand

import "strings"

// hasRangeOrNegative finds a range of small numbers ("3-5", "3到5", "10~12")
// or a negative number ("-5"). Dates such as 2025-03 start with four digits
// and are not ranges.
func hasRangeOrNegative(s string) bool {
	digitsBefore := func(i int) int {
		n := 0
		for i-1-n >= 0 && isDigit(s[i-1-n]) {
			n++
		}
		return n
	}
	for i := 0; i < len(s); i++ {
		sep := 0
		switch {
		case s[i] == '-' || s[i] == '~':
			sep = 1
		case strings.HasPrefix(s[i:], "到") || strings.HasPrefix(s[i:], "至") || strings.HasPrefix(s[i:], "～"):
			sep = 3
		}
		if sep == 0 {
			continue
		}
		j := i + sep
		for j < len(s) && s[j] == ' ' {
			j++
		}
		if j >= len(s) || !isDigit(s[j]) {
			continue
		}
		k := i
		for k > 0 && s[k-1] == ' ' {
			k--
		}
		n := digitsBefore(k)
		if p := k - n - 1; n > 0 && p >= 0 && (s[p] == '-' || s[p] == '/' || s[p] == '.') || n > 0 && monthBeforeDay(s, k-n) {
			continue // the month-day part of a date such as 2025-03-01; days of a month ("dec 10-20", treatrange21c.go)
		}
		switch {
		case n >= 1 && n <= 3:
			after := 0
			for j+after < len(s) && isDigit(s[j+after]) {
				after++
			}
			if after <= 3 {
				return true
			}
		case n == 0 && s[i] == '-' && (k == 0 || !isAlnum(s[k-1])):
			return true
		}
	}
	return false
}
