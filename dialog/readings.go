package dialog

import (
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
