package dialog

import (
	"strings"

	"bujiao/dialog/understand"
	"bujiao/rules"
)

// topicOnly reports whether the facts a message states are only the topic
// of its question: "I'm getting unemployment benefit, do I need to pay
// myself?" states drawing the benefit (and the scheme and working age it
// implies), which is what the question is about, so the whole message is
// the better query, not its question part alone.
func topicOnly(e understand.Extracted) bool {
	if e.Reason != rules.ReasonUnemployment {
		return false
	}
	e.Reason, e.Scheme, e.Retirement = "", "", ""
	return e.Empty()
}

// yearsWords ask how many years one must pay ("以后要交到多少年", "how many
// years do I need"), not what a month costs.
var yearsWords = []string{"多少年", "缴几年", "交几年", "要几年", "够几年", "交够", "缴够", "缴满", "交满", "how many years", "how many more years", "how long do i have to pay",
	"how long must i pay", "how long do i need to pay", "years do i need", "years needed"}

// asksYears reports a question about the years to pay, where "多少" is
// about years and not money ("一年缴多少钱" asks money). Only the clauses
// that ask count: "在深圳干了几年" states.
func asksYears(a understand.Analysis) bool {
	if !a.Asks {
		return false
	}
	lower := strings.ToLower(a.Question)
	if containsAny(lower, []string{"多少钱", "多少元", "多少块", "how much"}) {
		return false
	}
	return containsAny(lower, yearsWords)
}

// questionMargin is how much better the question part alone must match
// than the whole message; a question about the years to pay is judged by
// its own words ("…上海 灵活就业 就想问问以后要交到多少年"), which the
// facts around it would pull towards the cost or the waiting period.
func questionMargin(a understand.Analysis) float64 {
	if asksYears(a) {
		return 0
	}
	return questionPartMargin
}
