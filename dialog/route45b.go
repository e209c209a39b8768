package dialog

import (
	"strings"

	"bujiao/knowledge"
)

// fix45b: treatment while insurance was lapsed and money asked back after
// paying: the gap's costs, not a refund of premiums. "Money back" is a
// refund when what was paid twice comes back; after a hospital stay
// during a gap it is the bill reimbursed. The gap may be told as a
// clause of its own ("while my insurance was lapsed", "during the months
// I wasn't covered"), not only in the fixed words of siblingRules24b.
func siblings45b(msg string, matches []knowledge.FAQMatch) {
	applySiblingRules(msg, matches, siblingRules45b)
}

var siblingRules45b = []siblingRule24b{{
	cue: func(low string) bool {
		return gapClause45b(low) && containsAny(low, treatedWords24b) && containsAny(low, moneyBack45b) &&
			!containsAny(low, twiceWords45b)
	},
	raise: []string{"断缴期间看病", "costs from the gap"}, lower: []string{"能退吗", "refund", "能补缴吗", "back-pay employee"},
}}

var (
	moneyBack45b = []string{"money back", "get it back", "back the money", "reimburs", "claim", "covered", "报", "退回来", "钱能回来"}
	// twiceWords45b: what was paid twice or by mistake comes back as a
	// refund.
	twiceWords45b = []string{"twice", "double", "by mistake", "two schemes", "both schemes", "重复", "两次", "交重", "交错"}
	gapMarks45b   = []string{"while ", "during "}
	gapStates45b  = []string{"lapse", "stop", "not pay", "wasn't pay", "wasnt pay", "unpaid", "uninsured", "no insurance",
		"without insurance", "not covered", "wasn't covered", "wasnt covered", "gap"}
)

// gapClause45b reports whether a clause opened by while or during says
// the insurance was off ("while my insurance was lapsed"), or the fixed
// words of a gap's time are there.
func gapClause45b(low string) bool {
	if containsAny(low, gapTimeWords24b) {
		return true
	}
	for _, m := range gapMarks45b {
		for i := strings.Index(low, m); i >= 0; {
			clause := low[i+len(m):]
			if j := strings.IndexAny(clause, ",.;?!，。？！"); j >= 0 {
				clause = clause[:j]
			}
			if containsAny(clause, gapStates45b) {
				return true
			}
			k := strings.Index(low[i+len(m):], m)
			if k < 0 {
				break
			}
			i += len(m) + k
		}
	}
	return false
}
