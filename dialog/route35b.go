package dialog

import (
	"regexp"
	"strings"

	"bujiao/knowledge"
)

// fix35b (audit round 28 W2): a message that tells a first job or a first
// enrolment with its own case ("first job ever … hr did my registration on
// oct 30 … are those covered?") is answered with its case first, not with
// the entry on premiums while unemployed, unless unemployment or a lost
// job is named (called from siblings31).
func firstJob35b(msg string, matches []knowledge.FAQMatch) {
	low := strings.ToLower(msg)
	if !firstJobWords35b.MatchString(low) && !containsAny(low, firstEnrolWords34d) && !containsAny(low, zhFirstJob35b) {
		return
	}
	if containsAny(low, unemployedWords35b) {
		return
	}
	for i, m := range matches {
		if m.FAQ.ID == "unemployed-premiums" {
			matches[i].Score, matches[i].Rank = 0, m.Rank*siblingScale24b*siblingScale24b
		}
	}
}

var (
	// firstJobWords35b: a first job ever, or never insured before.
	firstJobWords35b = regexp.MustCompile(`\b(?:first (?:ever |real |proper |full[- ]time )?job|first-ever job|new grad|just graduated|fresh graduate|never (?:had|got|been on) (?:any |a )?(?:medical |health )?insurance)\b`)
	zhFirstJob35b    = []string{"第一份工作", "第一次上班", "第一次工作", "头一份工作", "刚毕业", "毕业后第一", "人生第一份"}
	// unemployedWords35b: unemployment named; the entry may be asked.
	unemployedWords35b = []string{"unemploy", "laid off", "lost my job", "lose my job", "jobless", "out of work", "失业", "裁员", "没工作"}
)
