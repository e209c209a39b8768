package dialog

import "bujiao/rules"

// gapAsked reports whether the question on screen is the gap question
// itself (how long, or since which month): only its answer may replace a
// stated gap without a correction (audit round 10 re-check R12-M1).
//
// Every other question, even one that takes a month or a day (the year of
// a treatment day, the month paying resumed, a due date), leaves a stated
// gap to the guard: "my new employer put me on their medical insurance in
// dec", typed while "which year is Jun 29?" was on screen, emptied a
// 4-month gap to "Gap: 0 months … Nothing to pay back".
func (t *turn) gapAsked() bool {
	switch t.s.Asking {
	case rules.FieldGap, rules.FieldSince:
		return true
	}
	return false
}
