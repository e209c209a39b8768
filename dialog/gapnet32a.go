package dialog

import (
	"bujiao/dialog/understand"
	"bujiao/rules"
)

// Audit round 25, R25-W1 (fix32a): the engine's safety net. A gap known
// only as a count is counted back from now; when the person's words
// placed months of the gap earlier ("7到9月没交", "jun-aug nothing"), a past
// day judged "covered, before the stop" may lie inside the real gap. It
// is then "not settled": it depends on when the gap began.

// noteGapFrom32a keeps the first month a typed message places in a gap.
func (t *turn) noteGapFrom32a(msg string) {
	if m, ok := understand.GapFromSaid32a(msg, t.today); ok {
		t.s.GapFrom = m.String()
	}
}

// gapNet32a downgrades such a day in o.
func (t *turn) gapNet32a(o *rules.Outcome) {
	tr := o.Treatment
	if tr == nil || tr.Covered != rules.TriYes || tr.Why != rules.TreatBeforeStop || t.s.Facts.Since != nil || t.s.GapFrom == "" ||
		o.FirstUnpaid == nil {
		return
	}
	from, err := rules.ParseMonth(t.s.GapFrom)
	if err != nil || o.FirstUnpaid.Since(from) <= 0 || tr.On.Before(from.FirstDay()) {
		return
	}
	tr.Covered, tr.Why = rules.TriUnknown, rules.TreatNotSettled
}
