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

// moreNextStepWords are more ways to ask "what now" about one's case
// than nextStepWords holds.
var moreNextStepWords = []string{"该干嘛", "现在该干嘛", "我该干嘛", "我现在该干嘛", "那我现在该干嘛", "现在干嘛", "接下来干嘛", "咋办",
	"现在咋办", "那咋办", "怎么弄", "现在怎么弄", "该咋办", "该做什么", "我该做什么", "现在该做什么", "下一步干嘛", "点算", "点算好", "咋整",
	"what should i do next", "what do i do next", "what can i do", "what can i do now", "what now then", "what are my options",
	"so what now", "what should i do then", "what do i need to do", "what do i need to do now", "next"}

// leadFillers open a reply without changing it ("ok so what do I do now",
// "那我现在该干嘛").
var leadFillers = []string{"ok so ", "okay so ", "ok ", "okay ", "so ", "well ", "and ", "then ", "alright ", "好的", "好", "嗯", "那么", "那"}

// asksNextStep reports a reply that asks what to do now about the case.
func asksNextStep(msg string) bool {
	s := strings.ToLower(strings.TrimSpace(msg))
	for changed := true; changed; {
		changed = false
		for _, f := range leadFillers {
			if t, ok := strings.CutPrefix(s, f); ok && t != "" {
				s, changed = strings.TrimSpace(t), true
			}
		}
	}
	if onlyWords(s, nextStepWords) || onlyWords(s, moreNextStepWords) {
		return true
	}
	// "那接下来怎么弄", "我现在该做什么": a time word and a "what to do"
	// core, nothing else.
	t := bareTalk(s)
	for changed := true; changed; {
		changed = false
		for _, p := range []string{"接下来", "现在", "然后", "下一步", "那么", "那", "我们", "我", "该", "要", "应该", "得", "需要"} {
			if r, ok := strings.CutPrefix(t, p); ok && r != "" {
				t, changed = r, true
			}
		}
	}
	for _, core := range []string{"怎么办", "怎么弄", "怎么做", "怎么搞", "咋办", "咋弄", "咋整", "咋搞", "干嘛", "干什么", "做什么", "做啥", "干啥", "办什么"} {
		if t == core {
			return true
		}
	}
	return asksNextStep23d(msg) // resident23d.go
}
