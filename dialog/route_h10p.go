package dialog

import (
	"strings"

	"bujiao/dialog/understand"
	"bujiao/knowledge"
	"bujiao/rules"
)

// conditionalContext reports that what the message says beside its
// question is a condition, not the person's case: "In Shanghai, if my
// employer falls behind on contributions, when are benefits stopped?",
// "单位拖欠医保费的话 税务局有啥手段", "要是公司不交 能去哪告". The
// condition is the topic of the question, and the FAQ is searched with it
// (heldout10), as a topic with no facts is (topicOnly).
func conditionalContext(msg, question string) bool {
	rest := strings.ToLower(msg)
	if question != "" {
		if i := strings.Index(rest, strings.ToLower(question)); i >= 0 {
			rest = rest[:i] + rest[i+len(question):]
		}
	}
	for _, w := range []string{"如果", "假如", "要是", "万一", "假设", "的话", "若是", "倘若", "如果说"} {
		if strings.Contains(rest, w) {
			return true
		}
	}
	words := strings.FieldsFunc(rest, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r == '\'') })
	for _, w := range words {
		if w == "if" || w == "suppose" || w == "supposing" || w == "whenever" {
			return true
		}
	}
	return false
}

// bothSchemes: a message that names both schemes ("move from employee
// medical insurance to the resident scheme and back", "职工医保和居民医保
// 能来回转吗") asks about the two together; an entry whose title names
// both (switching) is the subject, other things near equal, as the entry
// about newborns is for a question about a baby (heldout10).
func bothSchemes(msg string, matches []knowledge.FAQMatch) {
	low := strings.ToLower(msg)
	emp := []string{"职工", "employee", "employer-based", "work insurance"}
	res := []string{"居民", "城乡", "新农合", "resident"}
	if !containsAny(low, emp) || !containsAny(low, res) {
		return
	}
	for i, m := range matches {
		title := strings.ToLower(m.FAQ.Questions.Zh[0] + " " + m.FAQ.Questions.En[0])
		if containsAny(title, emp) && containsAny(title, res) {
			matches[i].Rank = min(1, m.Rank+subjectBonus)
		}
	}
}

// afterPayTitleWords mark an entry about what paying back brings (cover,
// claims), not about how or where to pay.
var afterPayTitleWords = []string{"报销", "恢复", "能用", "生效", "cover", "restore", "claim", "work again", "use "}

// paidBackScale scales an entry about paying missed months (where, whether,
// with what papers) for someone who says they are paid back ("paid both
// back in October - covered?", "上个月已经全部补齐了 现在能报吗"): they ask
// what the payment brought, as a newborn's question is about enrolling.
const paidBackScale = 0.8

// paidBackSubject applies paidBackScale.
func paidBackSubject(a understand.Analysis, known rules.Facts, matches []knowledge.FAQMatch) {
	// The stating clauses only, and with the month told: "can it be
	// back-paid?" asks, and a bare "back-paid" may be the question.
	e := a.Stated
	paid := e.PaidBack != nil || e.ArrearsPaid != nil || known.PaidBack != nil || known.ArrearsPaid != nil
	if !paid {
		return
	}
	for i, m := range matches {
		title := strings.ToLower(m.FAQ.Questions.Zh[0] + " " + m.FAQ.Questions.En[0] + " ")
		if containsAny(title, backPayTitleWords) && !containsAny(title, afterPayTitleWords) {
			matches[i].Score *= paidBackScale
			matches[i].Rank *= paidBackScale
		}
	}
}
