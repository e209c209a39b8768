package rules

// fix45a (audit round 33, R33-M1): after a move with no month unpaid, the
// region paying stopped in (LeftRegion, the old city) is kept beside the
// new region. A day before the new place's start is judged by the OLD
// region's own stop rule where a source gives it (Shanghai S7 / 沪医保规
// 〔2025〕7号: unpaid from month M, benefits stop from the 15th of M+1, so
// a move with the new place's start in M leaves the days to the 14th of
// M+1 covered in Shanghai's fund); after the new start, as before
// (movestart41a.go). An old region with no sourced stop day (Zhejiang,
// Guangdong, the national baseline) adds nothing: those days stay "not
// settled" unless another rule covers them.

// leftElsewhere45a: the region paying stopped in is known and is not the
// region judged (with the region the old city, GapBeganHere, its own rule
// already applies).
func (f Facts) leftElsewhere45a() bool {
	return f.LeftRegion != "" && f.LeftRegion != f.Region && !f.gapBeganHere35c()
}

// leftStopDay45a is the old region's sourced stop day for a move with no
// gap whose new place starts in GapEnded (the old place's first unpaid
// month); nil where the old region gives none.
func leftStopDay45a(f Facts, p Policy) *Date {
	if !f.leftElsewhere45a() || f.GapEnded == nil || !p.LeftDays.Sourced() {
		return nil
	}
	d := f.GapEnded.Add(1).Day(p.LeftDays.Stop())
	return &d
}

// MoveStop45a is the old city's sourced stop day of a move with no gap
// (the region's own where it is the old city, or the region paying stopped
// in): a day before it is covered there. Nil where none is sourced.
func (o Outcome) MoveStop45a() *Date { return o.moveStop }
