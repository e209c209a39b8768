package dialog

import (
	"slices"
	"strings"

	"bujiao/dialog/understand"
	"bujiao/rules"
)

// fix30b: months named as owed ("公司欠了8月9月两个月的医保", today in
// December) are the gap's months, not a gap running to now. Whether the
// months after them were paid moves the day cover stops and the day it
// comes back, so it is asked before the answer, once, with the month
// after the named ones on a button; "no" and "not sure" keep the gap open
// to now (the cautious reading), never ask again.

// namedOwed30b queues the question when the months typed are named as
// owed and the facts hold the gap as running from the first of them.
func (t *turn) namedOwed30b() {
	f := &t.s.Facts
	if t.typed == "" || t.s.NamedEnd != "" || f.Since == nil || f.GapEnded != nil || f.PayingAgain != nil || f.ArrearsPaid != nil ||
		f.PaidBack != nil || slices.Contains(t.s.Refine, rules.FieldGapEnded) || len(t.s.Refine) >= maxRefine {
		return
	}
	from, to, ok := understand.NamedMonthsOwed30b(t.typed, t.today)
	if !ok || *f.Since != from || t.today.MonthOf().Since(to) < 2 {
		// The month after the named ones is this one, or later: nothing
		// after them to ask about.
		return
	}
	t.s.NamedEnd = to.Add(1).String()
	t.s.Refine = append(t.s.Refine, rules.FieldGapEnded)
	t.s.Answered = false
}

// askNamedEnd30b asks whether paying resumed the month after the months
// named. It reports whether it asked.
func (t *turn) askNamedEnd30b(f rules.Field) bool {
	if f != rules.FieldGapEnded || t.s.NamedEnd == "" || t.s.Facts.Since == nil || !t.kb.HasMsg("d.q.named_end") {
		return false
	}
	after, err := rules.ParseMonth(t.s.NamedEnd)
	if err != nil {
		return false
	}
	last := after.Add(-1)
	n := last.Since(*t.s.Facts.Since) + 1
	q := t.kb.Msgf(t.s.Lang, "d.q.named_end", "from", t.s.Facts.Since.String(), "to", last.String(), "months", t.months(itoa(n)),
		"after", after.String())
	t.sayButtons([][]Button{
		{t.btn(t.kb.Msgf(t.s.Lang, "d.v.named_end.paid", "after", after.String()), Action{Kind: ActConfirm, Field: rules.FieldGapEnded, Value: after.String()})},
		{t.btn(t.msg("d.v.named_end.open"), Action{Kind: ActConfirm, Field: rules.FieldGapEnded, Value: "open"})},
		{t.btn(t.msg("d.v.named_end.unsure"), Action{Kind: ActSkip, Field: rules.FieldGapEnded})},
	}, para(bold(q)))
	t.event(Event{Kind: EvAsked, Question: string(f)})
	return true
}

// confirmedEnd30b takes the answer: the month after paid, or not.
func (t *turn) confirmedEnd30b(v string) {
	if t.s.NamedEnd == "" {
		t.badButton()
		return
	}
	t.s.NamedEnd = ""
	t.s.Refine = slices.DeleteFunc(t.s.Refine, func(r rules.Field) bool { return r == rules.FieldGapEnded })
	if v != "open" {
		if _, ok := t.setValue(rules.FieldGapEnded, v); !ok {
			t.badButton()
			return
		}
		t.sayGot([]rules.Field{rules.FieldGapEnded})
	}
	t.advance()
}

// Typed replies to the question: paid again, or not (and "not sure").
var (
	namedPaidWords30b = []string{"交了", "缴了", "交上了", "缴上了", "恢复了", "正常交", "正常缴", "补上了", "有交", "交着", "是的", "对",
		"yes", "paid", "resumed", "paying again", "back to normal"}
	namedOpenWords30b = []string{"没有", "没交", "没缴", "也没", "还欠", "都没", "还没", "不是", "no", "not", "still", "nope", "unpaid"}
)

// typedNamedEnd30b reads a typed reply to the question; a month typed is
// left to the usual reading of the question.
func (t *turn) typedNamedEnd30b(msg string) bool {
	if t.s.Asking != rules.FieldGapEnded || t.s.NamedEnd == "" {
		return false
	}
	if t.typedPaidLater32b(msg) { // read32b.go
		return true
	}
	low := strings.ToLower(strings.TrimSpace(msg))
	a := understand.Analyze(msg, t.today, t.kb, t.s.Asking)
	switch {
	case a.Extracted.Resumed != nil || a.Extracted.Gap != nil:
		return false
	case a.DontKnow:
		t.skip(rules.FieldGapEnded)
	case containsAny(low, namedOpenWords30b):
		t.confirmedEnd30b("open")
	case containsAny(low, namedPaidWords30b):
		t.confirmedEnd30b(t.s.NamedEnd)
	default:
		return false
	}
	return true
}

// validConfirm30b: the facts a confirm button may carry: a gap (months),
// or the month after months named as owed, or "open" (owed30b.go).
func validConfirm30b(f rules.Field, v string) bool {
	switch f {
	case rules.FieldGap:
		return validSetValue(f, v)
	case rules.FieldGapEnded:
		return v == "open" || validSetValue(f, v)
	}
	return false
}
