package understand

import (
	"strings"

	"bujiao/rules"
)

// benefitDrawingNow are words saying the benefit is being drawn now: only
// these make an unemployment benefit beside a past month "drawing".
var benefitDrawingNow = []string{"still", "currently", "right now", " now", "drawing", "getting", "receiving",
	"collecting", "on unemployment", "在领", "领着", "正在", "还在", "目前", "现在"}

// benefitPastMonth reports a month before cur named in s (English month
// names, or "8月" in Chinese) with no word that the benefit is still drawn.
func benefitPastMonth(s string, cur rules.Month) bool {
	if containsAny(s, benefitDrawingNow) || containsAny(s, []string{"next ", "明年", "until", "till", "领到", "到"}) {
		return false
	}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r < 'a' || r > 'z' }) {
		if m, ok := enMonths[w]; ok && w != "may" && m < int(cur.Month) {
			return true
		}
	}
	for k := 0; k < len(s); k++ {
		if m, _, ok := monthNumberAt(s, k); ok && m < int(cur.Month) && !strings.HasSuffix(strings.TrimRight(s[:k], " "), "明年") {
			return true
		}
	}
	return false
}
