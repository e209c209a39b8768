package dialog

import (
	"strings"

	"bujiao/dialog/understand"
	"bujiao/rules"
)

// benefitEndToldOwn: a run-on that asks and tells, with its month, that
// one's own unemployment benefit ended ("失业金8月领完了 12月20号住院能报
// 吗"), with no place yet. A month the benefit ended in is no general
// question's word; it and the day of the stay are the person's, and
// dropping them answered the FAQ alone, after which the month paying
// resumed was read as the start of a gap (audit round 11 R9-W1⁵). A case
// supposed ("如果失业金8月领完…", "if my benefit ends…") is not told.
func benefitEndToldOwn(msg string, e understand.Extracted) bool {
	if e.Reason != rules.ReasonUnemployment || e.BenefitEnded == nil {
		return false
	}
	low := " " + strings.ToLower(msg) + " "
	for _, w := range []string{"如果", "假如", "假设", "要是", "万一", "比如", " if ", " suppose ", " what if "} {
		if strings.Contains(low, w) {
			return false
		}
	}
	return true
}
