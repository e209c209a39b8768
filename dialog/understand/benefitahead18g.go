package understand

import (
	"strings"
	"time"

	"bujiao/rules"
)

// Audit round 10 re-check R9-W1⁗: a follow-up that moves the end of the
// unemployment benefit into the future ("actually my unemployment benefit
// runs until february", "…until next february", "说错了 失业金要领到明年
// 2月") was read as this year's February, or not at all. Told as still
// running, a month not after this one is the coming one; 明年 / next
// make it next year's either way.

var (
	// The benefit still runs to the month (present or future tense).
	benefitAheadEn = []string{"runs until", "runs till", "runs to", "runs through", "lasts until", "lasts till",
		"will end", "ends in", "ends on", "will run", "will last", "goes until", "goes till", "continues until",
		"still getting", "still drawing", "still receiving", "get it until", "getting it until", "receive it until",
		"i get unemployment", "i'm getting", "im getting", "i am getting", "until next", "till next"}
	benefitAheadZh = []string{"要领到", "能领到", "可以领到", "还能领到", "还要领到", "会领到", "领到明年", "拿到明年",
		"发到明年", "要到明年", "还在领", "还没领完", "没领完", "领至明年"}
	// Told as over: not the future.
	benefitOverWords = []string{"ended", "ran out", "run out", "finished", "stopped", "expired", "was until", "ran until",
		"领完", "到期了", "结束了", "停了", "没了", "断了"}
)

// BenefitRunsUntil reads the benefit's last month from a message telling
// it is still ahead: the month named is the coming one (this month or
// later), next year's with 明年 / next.
func BenefitRunsUntil(text string, today rules.Date) (rules.Month, bool) {
	s, _ := normalize(text)
	if s == "" || today.IsZero() || !containsAny(s, benefitWords) {
		return rules.Month{}, false
	}
	s = " " + s + " "
	if !hasAny(s, benefitAheadEn) && !hasAny(s, benefitAheadZh) || hasAny(strings.ReplaceAll(s, "没领完", ""), benefitOverWords) {
		return rules.Month{}, false
	}
	cur := today.MonthOf()
	next := strings.Contains(s, "明年") || strings.Contains(s, "next year") || strings.Contains(s, "next ")
	mo := 0
	for w, m := range enMonths {
		if w != "may" && containsWord(s, w) {
			mo = m
			break
		}
	}
	if mo == 0 {
		for k := 0; k < len(s); k++ {
			if m, _, ok := monthNumberAt(s, k); ok {
				mo = m
				break
			}
		}
	}
	if mo < 1 || mo > 12 {
		return rules.Month{}, false
	}
	m := rules.Month{Year: cur.Year, Month: time.Month(mo)}
	if next || m.Since(cur) < 0 {
		m.Year = cur.Year + 1
	}
	return m, true
}

// containsWord reports whether w is in s as a whole word.
func containsWord(s, w string) bool {
	for k := 0; ; {
		j := strings.Index(s[k:], w)
		if j < 0 {
			return false
		}
		i := k + j
		e := i + len(w)
		if (i == 0 || !isLetter(s[i-1])) && (e >= len(s) || !isLetter(s[e])) {
			return true
		}
		k = i + 1
	}
}
