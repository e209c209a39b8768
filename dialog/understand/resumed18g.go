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

// R9-M1⁗: a new employer's enrolment told with everyday verbs ("新老板12
// 月份帮俺把医保弄上了", "new employer handled my social insurance in
// december", "new company got my insurance set up in december") is the
// month paying resumed; 43号 ③'s ceiling counts from that month's end.
func init() {
	var zh []string
	for _, obj := range []string{"医保", "社保", "保险"} {
		for _, v := range []string{"弄上", "办上", "缴上", "上上", "搞上", "办好", "弄好", "搞好", "办了"} {
			zh = append(zh, "把"+obj+v)
		}
	}
	zhResumeVerbs = append(zhResumeVerbs, zh...)
	enResumeStart = append(enResumeStart, "handled my social insurance", "handled my insurance",
		"handled my medical insurance", "handled my health insurance", "got my insurance set up",
		"got my social insurance set up", "got my medical insurance set up", "set up my insurance",
		"set up my social insurance", "set up my medical insurance", "set my insurance up", "got me insured",
		"sorted my insurance", "sorted out my insurance", "arranged my insurance", "arranged my social insurance")
}
