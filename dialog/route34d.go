package dialog

import (
	"strings"

	"bujiao/knowledge"
)

// fix34d (audit round 27 W2b): a message that tells a first enrolment
// ("first time ever insured … signed up on nov 15", "以前从来没交过 第一次
// 参保") asks about its own case, not about re-enrolling after a
// cancellation: that entry is no match unless a cancellation or a stop is
// named too (called from siblings31).
func firstEnrol34d(msg string, matches []knowledge.FAQMatch) {
	low := strings.ToLower(msg)
	if !containsAny(low, firstEnrolWords34d) || containsAny(low, cancelledWords34d) {
		return
	}
	for i, m := range matches {
		if m.FAQ.ID == "re-enrol-after-cancellation" {
			matches[i].Score, matches[i].Rank = 0, m.Rank*siblingScale24b*siblingScale24b
		}
	}
}

var (
	// firstEnrolWords34d tell a first enrolment.
	firstEnrolWords34d = []string{"first time ever insured", "first time insured", "never been insured", "never insured",
		"never had insurance", "never had medical insurance", "never enrolled", "never been enrolled", "first enrolment",
		"first enrollment", "first registration", "first time registering", "first time signing up",
		"第一次参保", "首次参保", "从来没交过", "从来没参过", "从没参加过", "从来没有参保", "以前没交过医保", "第一次交医保"}
	// cancelledWords34d name a cancellation or a stop: the re-enrol entry
	// may be what is asked.
	cancelledWords34d = []string{"cancel", "closed", "注销", "停保", "退保", "被停", "re-enrol", "sign up again", "signed up again", "insured again", "register again", "join again", "rejoin", "重新"}
)
