package dialog

import (
	"bujiao/dialog/understand"
	"bujiao/rules"
)

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

// resumedAsGap drops a gap "since" the very month the same message tells
// paying resumed ("新单位11月给我上了医保" typed while "断缴多久了？" is on
// screen was read as a gap of 0 months since November, and the answer
// became "无需补缴"): that month ends a gap, it does not start one; it is
// taken as the month paying resumed. Only an explicit correction may say
// there was no gap.
func (t *turn) resumedAsGap(ex *understand.Extracted, a understand.Analysis) {
	if a.Correction || ex.Gap == nil || ex.Gap.Since == nil || t.today.MonthOf().Since(*ex.Gap.Since) > 0 {
		// A gap of months stays for the readings and the guard above.
		return
	}
	if ex.Resumed == nil && t.typed != "" {
		if m, ok := understand.ResumedAfter(t.typed, t.today); ok && m == *ex.Gap.Since {
			ex.Resumed, ex.GapEnded = &m, true
		}
	}
	if ex.Resumed != nil && *ex.Resumed == *ex.Gap.Since {
		ex.Gap = nil
	}
}
