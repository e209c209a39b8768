package dialog

import (
	"strings"

	"bujiao/knowledge"
)

// faq answers a question from the FAQ, or says plainly that it cannot.
func (t *turn) faq(q string) {
	matches := t.kb.SearchFAQ(q, 3)
	if len(matches) == 0 || matches[0].Score < knowledge.MinFAQScore {
		t.event(Event{Kind: EvFAQMiss, Text: q})
		t.sayThenAskOrOffer(para(text(t.msg("d.faq_miss"))))
		return
	}
	t.showFAQ(matches[0].FAQ, q, matches...)
}

// relatedFAQShare is the share of the shown entry's score another entry
// needs to be offered after it.
const relatedFAQShare = 0.6

// maxRelatedFAQ bounds the related entries offered under an FAQ answer.
const maxRelatedFAQ = 2

// relatedFAQ offers the other good matches as buttons, one a row (their
// labels are questions), under the answer itself: one message per step.
func (t *turn) relatedFAQ(matches []knowledge.FAQMatch) [][]Button {
	if len(matches) < 2 {
		return nil
	}
	var more [][]Button
	for _, m := range matches[1:] {
		// An entry far weaker than the one shown shares only common words
		// with the question ("医保", "去哪"): offering it is noise.
		if len(more) < maxRelatedFAQ && m.Score >= knowledge.MinFAQScore && m.Score >= relatedFAQShare*matches[0].Score {
			label := m.FAQ.Questions.Zh[0]
			if t.s.Lang == knowledge.En {
				label = m.FAQ.Questions.En[0]
			}
			more = append(more, []Button{t.btn(label, Action{Kind: ActFAQ, Value: m.FAQ.ID})})
		}
	}
	return more
}

// offerButtons are the way on from a reply that is not a question: back
// to the question on screen, the answer's buttons once it is shown, or
// the start of the questions.
func (t *turn) offerButtons() [][]Button {
	switch {
	case t.s.Asking != "":
		return [][]Button{{t.btn(t.msg("d.continue"), Action{Kind: ActEdit, Field: t.s.Asking})}}
	case t.s.Answered:
		return t.afterButtons()
	}
	return [][]Button{{t.btn(t.msg("d.start_questions"), Action{Kind: ActCommand, Value: "start"})}}
}

// showFAQ shows an FAQ entry, with the other good matches (matches, the
// shown one first) as buttons under it.
func (t *turn) showFAQ(f *knowledge.FAQ, query string, matches ...knowledge.FAQMatch) {
	if query != "" {
		t.event(Event{Kind: EvFAQHit, Question: f.ID, Text: query})
	}
	blocks, buttons := t.faqReply(f)
	buttons = append(buttons, t.relatedFAQ(matches)...)
	if t.s.Asking != "" {
		buttons = append(buttons, []Button{t.btn(t.msg("d.continue"), Action{Kind: ActEdit, Field: t.s.Asking})})
	} else if !t.s.Answered {
		buttons = append(buttons, []Button{t.btn(t.msg("d.start_questions"), Action{Kind: ActCommand, Value: "start"})})
	}
	t.sayButtons(buttons, blocks...)
}

// faqReply is an FAQ entry with its basis and the feedback buttons.
func (t *turn) faqReply(f *knowledge.FAQ) ([]Block, [][]Button) {
	title := f.Questions.Zh[0]
	if t.s.Lang == knowledge.En {
		title = f.Questions.En[0]
	}
	blocks := []Block{para(bold(title)), para(text(f.Answer.In(t.s.Lang)))}
	if len(f.Cite) > 0 {
		var items [][]Span
		for _, c := range f.Cite {
			law, where := t.kb.CitationTitle(c, t.s.Lang)
			items = append(items, []Span{text(strings.TrimSpace(law + " " + where))})
		}
		blocks = append(blocks, para(text(t.msg("d.basis"))), list(Bullets, items...))
	}
	buttons := [][]Button{{
		t.btn(t.msg("d.faq_yes"), Action{Kind: ActFeedback, Value: "y:" + f.ID}),
		t.btn(t.msg("d.faq_no"), Action{Kind: ActFeedback, Value: "n:" + f.ID}),
	}}
	return blocks, buttons
}
