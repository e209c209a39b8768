package dialog

import (
	"bujiao/dialog/understand"
	"bujiao/rules"
)

// noGapRestated45a (fix45a, audit round 33 R33-M1): after a case with a
// gap, "no, july was paid too, there was no gap at all" / "7月也交了 根本没
// 断" — no gap, and the case's first unpaid month named as paid — corrects
// the case's facts (a gap of 0), and is re-answered as the case; an FAQ
// entry its words happen to match (employers' arrears) answers nothing the
// person asked. A bare "no gap" is left to the chat's own confirmation.
func noGapRestated45a(r *Route, a understand.Analysis, known rules.Facts, msg string, today rules.Date) {
	first := known.Since
	if first == nil && known.GapMonths != nil && *known.GapMonths > 0 {
		m := today.MonthOf().Add(-*known.GapMonths)
		first = &m
	}
	if first == nil || a.Asks && a.IsQuestion() {
		return
	}
	if paid, ok := understand.NoGapRestated45a(a, msg, today); !ok || paid != *first {
		return
	}
	// A correction: the gap guard (gapguard18e.go) keeps its 0.
	r.Kind, r.FAQ, r.Also, r.Analysis.Correction = RouteFacts, nil, nil, true
	if r.Facts.Gap == nil || r.Facts.Gap.Since != nil || r.Facts.Gap.Months != 0 {
		r.Facts.Gap = &understand.Duration{Months: 0}
	}
	r.Facts.GapTooLong, r.Facts.GapConflict = false, false
	r.ConfirmGap = nil
}
