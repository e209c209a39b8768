package dialog

import (
	"slices"

	"bujiao/knowledge"
	"bujiao/rules"
)

// Refinements: facts that change only the money of an answer (the unit's
// late fee, the monthly cost), never its verdict or dates. They are never
// asked before the first answer; the answer offers them as buttons
// ("算一下单位的滞纳金", "估算每月费用") and asks them on request.

// Refinement topics (explain topics of the offer buttons).
const (
	refineFee  = "fee"
	refineCost = "cost"
)

// refinements lists, per topic, the facts asked in order.
var refinements = map[string][]rules.Field{
	refineFee:  {rules.FieldArrears, rules.FieldDueDate},
	refineCost: {rules.FieldBase},
}

// refinable lists every fact a refinement asks; only these optional facts
// may be skipped by button.
var refinable = []rules.Field{rules.FieldArrears, rules.FieldDueDate, rules.FieldBase, rules.FieldGapEnded, rules.FieldBenefitEnded, rules.FieldArrearsPaid, rules.FieldPaidBack}

// offers lists the refinement topics that apply to the facts given.
func (t *turn) offers() []string {
	var out []string
	in := t.inputs()
	for _, topic := range []string{refineFee, refineCost} {
		fs := refinements[topic]
		if !rules.Relevant(t.s.Facts, in, fs[0]) {
			continue
		}
		done := true
		for _, f := range fs {
			d, _ := rules.FactByField(f)
			done = done && d.IsSet(&t.s.Facts)
		}
		if !done {
			out = append(out, topic)
		}
	}
	return out
}

// refine asks the facts of a refinement the person asked for, then shows
// the answer again with them.
func (t *turn) refine(topic string) {
	fs := refinements[topic]
	if !t.s.Answered || t.s.Asking != "" || !rules.Relevant(t.s.Facts, t.inputs(), fs[0]) {
		t.badButton()
		return
	}
	t.s.Refine = t.s.Refine[:0:0]
	for _, f := range fs {
		if d, _ := rules.FactByField(f); !d.IsSet(&t.s.Facts) {
			t.s.Refine = append(t.s.Refine, f)
		}
	}
	if len(t.s.Refine) == 0 {
		// Everything is given: ask the first again to change it.
		t.s.Refine = append(t.s.Refine, fs[0])
		t.ask(fs[0])
		return
	}
	t.s.Answered = false
	t.advance()
}

// refineNext returns the next refinement to ask, dropping those answered
// or no longer relevant.
func (t *turn) refineNext() []rules.Field {
	in := t.inputs()
	t.s.Refine = slices.DeleteFunc(t.s.Refine, func(f rules.Field) bool {
		d, ok := rules.FactByField(f)
		return !ok || d.IsSet(&t.s.Facts) || !rules.Relevant(t.s.Facts, in, f)
	})
	if len(t.s.Refine) == 0 {
		t.s.Refine = nil
		return nil
	}
	return t.s.Refine[:1]
}

// relatedRow is the middle row under an answer: the refinements it offers
// and a change of answer.
func (t *turn) relatedRow() []Button {
	var row []Button
	for _, topic := range t.offers() {
		row = append(row, t.btn(t.msg("d.offer."+topic), Action{Kind: ActExplain, Value: topic}))
	}
	return append(row, t.btn(t.msg("d.change"), Action{Kind: ActEdit}))
}

// LastRow adds buttons to the last row under every answer (a reminder, a
// hand-off to a person): the row starts with "start over" and holds what
// this returns after it. Nil adds nothing.
type LastRow func(kb *knowledge.Base, lang knowledge.Lang, facts rules.Facts) []Button

// lastRow is the last row under an answer: start over, then the buttons
// Machine.LastRow adds.
func (t *turn) lastRow() []Button {
	row := []Button{t.btn(t.msg("d.restart"), Action{Kind: ActCommand, Value: "restart"})}
	if t.m != nil && t.m.LastRow != nil {
		row = append(row, t.m.LastRow(t.kb, t.s.Lang, t.s.Facts)...)
	}
	// [Remind me] where the answer has a dated deadline and the transport
	// delivers reminders (remind.go).
	row = append(row, t.remindButtons()...)
	// [Talk to a person] closes the row where a staff chat is configured.
	return append(row, t.handoffButton()...)
}
