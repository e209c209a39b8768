package understand

import (
	"strings"

	"bujiao/rules"
)

// Audit round 10 re-check R9-W1⁗: a follow-up that tells the month paying
// resumed with 就 ("我十月份就开始自己交了 灵活就业", "从十月就自己在交")
// was not read, while the same without 就 was. 就 ("already, as early
// as") adds nothing to the month, so it is dropped after a month before
// the readings run again. "3个月就…" (a count of months) is left alone.

// dropJiu removes 就 right after a month name ("十月份就", "10月就"), not
// in 就业 and not after 个月.
func dropJiu(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		rest := s[i:]
		for _, p := range []string{"月份就", "月就"} {
			if strings.HasPrefix(rest, p) && !strings.HasPrefix(rest[len(p):], "业") &&
				!strings.HasSuffix(s[:i], "个") {
				b.WriteString(p[:len(p)-len("就")])
				i += len(p)
				if !strings.HasPrefix(s[i:], "开始") && !strings.HasPrefix(s[i:], "起") {
					b.WriteString("开始")
				}
				goto next
			}
		}
		b.WriteString(rest[:1])
		i++
	next:
	}
	return b.String()
}

// resumedJiu is ResumedAfter's reading of the 就 forms.
func resumedJiu(text string, today rules.Date) (rules.Month, bool) {
	t := dropJiu(text)
	if t == text {
		return rules.Month{}, false
	}
	if m, ok := ResumedAlone(t, today); ok {
		return m, true
	}
	s, _ := normalize(t)
	if s == "" || today.IsZero() {
		return rules.Month{}, false
	}
	cur := today.MonthOf()
	if m, ok := sinceResumed(s, cur); ok && cur.Since(m) >= 0 {
		return m, true
	}
	return rules.Month{}, false
}
