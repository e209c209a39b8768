package rules

// fix47c (audit round 34, R34-W2): a move with months unpaid between the
// old city and the new one. The unpaid months are the old city's cover
// (working.go, R14-W2); where the old city is known (Facts.LeftRegion,
// fix45a) and is a region whose own stop day is sourced (Shanghai S7 /
// 沪医保规〔2025〕7号 三(三) + the bureau's Q&A: unpaid from month M,
// benefits stop from the 15th of M+1), that day dates the stop and a day
// before it is covered there, as it would be for someone who stayed. A day
// from it on falls in the gap as before. An old city with no sourced stop
// day (Zhejiang, Guangdong, the national baseline) keeps the convention's
// 1st, marked as an estimate (NoteMoverStopOldCity).

// NoteLeftStopSourced47c: a mover's stop day is the old city's own,
// sourced.
const NoteLeftStopSourced47c = "left-stop-sourced"

// leftGapStop47c is the old city's sourced stop day for a mover whose
// first unpaid month is first; nil where the old city is not known, is the
// region judged, or gives no stop day.
func leftGapStop47c(f Facts, p Policy, first Month) *Date {
	if !f.movedIn() || !f.leftElsewhere45a() || !p.LeftDays.Sourced() {
		return nil
	}
	d := first.Add(1).Day(p.LeftDays.Stop())
	return &d
}
