package understand

import (
	"strings"
)

// payObjectAhead reports a payment told right after a day word with its
// object between ("今天把2027年的缴了", "今天把明年的保费缴上了"): the day
// dates the payment, not a treatment (audit round 13 R13-M2: "明年1月3号
// 住院" was answered for today). rest is what follows the day word, "把"
// already taken off; the verb must come within a few characters, before
// any clause end.
func payObjectAhead(rest string) bool {
	n := 0
	for i, r := range rest {
		if n > 12 || strings.ContainsRune(",.;!?，。；！？ ", r) {
			return false
		}
		if i > 0 && hasPrefixAny(rest[i:], []string{"缴", "补", "续"}) {
			return true
		}
		n++
	}
	return false
}
