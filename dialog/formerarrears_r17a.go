package dialog

import (
	"bujiao/dialog/understand"
	"bujiao/rules"
)

// applyFormerArrears keeps months a former employer owed before the person
// left (audit round 17, R17-W1, R17-M2). A gap given earlier that is
// shorter than the months owed grows to them: the months owed are unpaid.
func (t *turn) applyFormerArrears(ex understand.Extracted, apply func(rules.Field, string)) {
	if ex.ArrearsBeforeLeaving == nil {
		return
	}
	apply(rules.FieldArrearsBeforeLeaving, itoa(*ex.ArrearsBeforeLeaving))
}

// formerEmployerWord: once a former employer's months are known, a later
// word on that employer ("still operating", "正常经营") is about the former
// employer, not a new reason: the leaving stays (R17-M2). Its state does
// not change the answer (the months are its arrears either way), so it is
// not taken.
func (t *turn) formerEmployerWord(ex *understand.Extracted) {
	f := &t.s.Facts
	if f.ArrearsBeforeLeaving == nil || ex.ArrearsBeforeLeaving != nil || ex.UnitStatus.Gone() ||
		(f.Reason != rules.ReasonLeftJob && f.Reason != rules.ReasonJobChange) {
		return
	}
	if ex.Reason == rules.ReasonArrears || ex.Reason == "" && ex.UnitStatus != "" {
		ex.Reason, ex.UnitStatus, ex.UnitImplied = "", "", false
	}
}
