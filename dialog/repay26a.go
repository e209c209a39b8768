package dialog

import "strings"

// repayIf26a are the conditions people put before "back-pay them all" at
// the repay-years question ("能补就都补上", "可以的话全补", "if possible,
// pay them all"): the answer is the part after; a "can I?" is answered
// with the case, where back-payment is local.
var repayIf26a = []string{"能补的话就", "能补的话", "能补就", "可以补就", "可以补的话", "如果能补就", "如果能补的话", "要是能补就",
	"要是能补的话", "可以的话就", "可以的话", "能的话就", "能的话", "允许的话", "如果可以就", "如果可以的话", "如果可以",
	"if possible ", "if we can ", "if i can ", "if they let me ", "if it's allowed ", "if allowed ", "if that's possible "}

// trimRepayIf26a takes the condition off the front of s.
func trimRepayIf26a(s string) string {
	for _, w := range repayIf26a {
		if r, ok := strings.CutPrefix(s, w); ok && strings.TrimSpace(r) != "" {
			return strings.TrimLeft(r, " ,，")
		}
	}
	return s
}
