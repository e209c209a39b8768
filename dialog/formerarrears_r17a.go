package dialog

import (
	"bujiao/dialog/understand"
	"bujiao/rules"
)

// applyFormerArrears keeps months a former employer owed before the person
// left (audit round 17, R17-W1, R17-M2).
func (t *turn) applyFormerArrears(ex understand.Extracted, apply func(rules.Field, string)) {
	if ex.ArrearsBeforeLeaving == nil {
		return
	}
	first := t.s.Facts.ArrearsBeforeLeaving == nil
	apply(rules.FieldArrearsBeforeLeaving, itoa(*ex.ArrearsBeforeLeaving))
	if first && t.s.Facts.ArrearsBeforeLeaving != nil && ex.Gap == nil {
		// A gap told before the months owed may have been the time
		// since leaving ("离职4个月了", then "离职前公司欠了2个月"):
		// which it was is not known, so it is asked again, with the
		// hint that it counts from the first month nobody paid (fix21a).
		rules.ClearQuestion(&t.s.Facts, rules.FieldGap)
	}
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

// formerLeavingGap: with a former employer's months owed known, a gap told
// as the time since leaving ("离职4个月了", "left in August") is that many
// months longer: the gap counts from the first month nobody paid (fix21a).
func (t *turn) formerLeavingGap(ex *understand.Extracted) {
	f := &t.s.Facts
	if f.ArrearsBeforeLeaving == nil || ex.ArrearsBeforeLeaving != nil || !ex.SinceLeaving || ex.Gap == nil {
		return
	}
	if d, ok := understand.FormerGap(*ex.Gap, *f.ArrearsBeforeLeaving, t.today.MonthOf()); ok {
		ex.Gap = &d
	}
}
