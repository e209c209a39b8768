package dialog

import (
	"bujiao/dialog/understand"
	"bujiao/rules"
)

// A switch between the schemes planned ahead (fix31c, audit round 24
// R24-M2): "my mom in hangzhou has had resident medical insurance 3 years
// straight, 2026 is paid. she starts a factory job feb 1 2027 with
// employee insurance, january she'll have nothing". The gap, if any, lies
// after the current month; the gap question counts back from today, so
// any answer to it ("1 month") placed the gap in months already paid and
// the answer said "stopped 2026-12-01 … enrol and pay to restart cover".
// The rules have no fact for a gap ahead, so the gap is not asked: the
// reply says what the sources say (43号 ② and ③; a resident year runs to
// 31 December, ZJ 31), what they do not settle, and the question for
// 12393. A gap already begun, typed, still gives the dated answer.

// plannedSwitch31c marks a session whose message places the new scheme's
// start in a later month, for a switch between the schemes.
func (t *turn) plannedSwitch31c(ex understand.Extracted) {
	if t.typed == "" || ex.Gap != nil {
		return
	}
	prior := ex.PriorScheme
	if prior == "" {
		prior = t.s.Facts.PriorScheme
	}
	if prior == "" || !understand.PlannedSwitch31c(t.typed, t.today) {
		return
	}
	t.s.PlannedSwitch = true
}

// askPlannedSwitch31c answers in place of the gap question for a planned
// switch; false when the question is asked as usual.
func (t *turn) askPlannedSwitch31c(f rules.Field) bool {
	fs := t.s.Facts
	if f != rules.FieldGap && f != rules.FieldSince || !t.s.PlannedSwitch || fs.PriorScheme == "" || fs.PriorScheme == fs.Scheme ||
		!t.kb.HasMsg("d.switch31c.planned") {
		return false
	}
	t.s.Asking = ""
	msg := ""
	if fs.PriorScheme == rules.SchemeResident {
		// Zhejiang art. 31 dates the year; elsewhere it is the usual case.
		msg = t.msg("d.switch31c.resident_year_other")
		if fs.Region == "zhejiang" {
			msg = t.msg("d.switch31c.resident_year")
		}
	}
	if n := fs.ContinuousYears; n != nil && *n < 2 {
		msg += t.msg("d.switch31c.short_years")
	}
	msg += t.msg("d.switch31c.planned")
	t.event(Event{Kind: EvHuman}) // the reply gives the human routes
	t.sayButtons([][]Button{t.lastRow()}, para(text(msg)))
	return true
}
