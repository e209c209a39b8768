package dialog

import (
	"slices"
	"strings"

	"bujiao/dialog/understand"
	"bujiao/knowledge"
	"bujiao/rules"
)

// fix30b: a job change or a move told, then "covered on <day>?" ("guangzhou,
// i quit in september and started a new job in november, covered on dec
// 15?", "9月离职 11月入职新公司 12月15号住院能报吗"). What is asked is the
// case answer's line for that day; the entry the story's words find (the
// job-change gap, 43号 point 1) answers something more general. The case
// is answered (the day judged), and the entry is offered with one tap
// under the answer (Route.Also), never instead of it.

// dayCoverWords30b ask whether a day is covered, beside coverWords.
var dayCoverWords30b = []string{"可以用吗", "能不能用", "可不可以用", "还能用吗", "能报", "可以报", "报不报", "报销吗", "管用吗", "有效吗",
	"covered", "cover me", "cover it", "insured on", "insured that day", "claim", "reimburs", "can i use", "still valid", "will it work"}

// caseDay30b turns such a message into the case, keeping the entry.
func caseDay30b(r *Route, a understand.Analysis) {
	if r.Kind != RouteBoth && r.Kind != RouteFAQ || len(r.FAQ) == 0 || a.Extracted.Treatment == nil {
		return
	}
	e := a.Extracted
	if e.Reason != rules.ReasonJobChange && !a.Moved && !a.MovedAll {
		return
	}
	if e.FactCount() < 2 {
		return
	}
	q := strings.ToLower(a.Question)
	if q == "" || !containsAny(q, dayCoverWords30b) && !containsAny(q, coverWords) {
		return
	}
	facts := e
	if !r.Facts.Empty() && r.Facts.Region != "" && a.Moved {
		// A move told in a stating clause names where the person is now.
		facts.Region = r.Facts.Region
	}
	entry := r.FAQ[0]
	r.Kind, r.Facts, r.ConfirmGap, r.RoughGap = RouteFacts, facts, nil, false
	r.Also = append([]knowledge.FAQMatch{entry}, r.Also...)
	r.caseDay = true
}

// alsoUnderAnswer30b offers the entry of Route.Also[0] under a case answer
// given in this turn (caseDay30b), one tap, above the answer's own rows;
// when a question came first, under the answer that follows it.
func (t *turn) alsoUnderAnswer30b(r Route, before int) {
	if r.Kind != RouteFacts || len(r.Also) == 0 || !r.caseDay {
		return
	}
	if !t.s.Answered || len(t.replies) <= before {
		t.s.AlsoFAQ = r.Also[0].FAQ.ID
		return
	}
	t.s.AlsoFAQ = ""
	last := &t.replies[len(t.replies)-1]
	last.Buttons = withRelated30b(last.Buttons, t.alsoAsked(Route{Also: r.Also[:1]}, last.Buttons))
}

// withRelated30b puts related entries in the answer keyboard's middle row
// (issue 17: at most three rows under an answer: details and feedback /
// related questions and refinements / the last row), or above a keyboard
// of another shape.
func withRelated30b(rows, more [][]Button) [][]Button {
	if len(more) == 0 {
		return rows
	}
	if len(rows) != 3 {
		return append(more, rows...)
	}
	var related []Button
	for _, r := range more {
		related = append(related, r...)
	}
	out := slices.Clone(rows)
	out[1] = append(related, rows[1]...)
	return out
}

// pendingAlso30b puts the entry kept by alsoUnderAnswer30b under the
// answer just shown, once.
func (t *turn) pendingAlso30b() {
	id := t.s.AlsoFAQ
	if id == "" || len(t.replies) == 0 {
		return
	}
	t.s.AlsoFAQ = ""
	i := slices.IndexFunc(t.kb.FAQs(), func(f *knowledge.FAQ) bool { return f.ID == id })
	if i < 0 {
		return
	}
	f := t.kb.FAQs()[i]
	last := &t.replies[len(t.replies)-1]
	last.Buttons = withRelated30b(last.Buttons, t.alsoAsked(Route{Also: []knowledge.FAQMatch{{FAQ: f}}}, last.Buttons))
}

// validFAQID30b: a stored entry id is short and of the ids' letters.
func validFAQID30b(id string) bool {
	if len(id) > 64 {
		return false
	}
	for _, c := range id {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}
