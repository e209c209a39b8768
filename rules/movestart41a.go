package rules

// fix41a: a move between pooling areas with no month unpaid: the new
// place's start is the month after the old place's last paid month
// (GapMonths 0, GapEnded the start month M). Nothing is owed, but the days
// around the start are not settled by the national rule alone: 43号 ①
// (CONFIRMED-SECONDARY) gives benefits at the new place from the month of
// payment, while the new place's own rule may start later (Shanghai S7: a
// new employer's cover from 次月15日; Zhejiang art. 28 ¶2: from the 2nd
// natural month after registration) and the old place's own stop day is
// sourced only for Shanghai (S7). So a day is covered only where
//   - it is before M (the old place paid for it);
//   - the region is the old city (GapBeganHere) and its own sourced stop
//     day is still ahead (Shanghai: the 15th of M+1);
//   - the region is the new city and its own rule has started cover (an
//     employer's registration: the region's restart day in the month after
//     M, where the region's arrears/start rule is sourced);
//   - otherwise (a new city not in the sources, or the region is the old
//     city), from the 1st of M+2: after every start the sources give for a
//     gap this short (Shanghai 次月15日, Zhejiang the 2nd natural month,
//     43号 ① the payment month), and 43号 ③ allows no wait for it.
// Every other day is "not settled — ask 12393", naming both rules.

// NoteMoveStart41a: the days around the start of a move with no gap.
const NoteMoveStart41a = "move-start-unsettled"

// moveNoGap41a: a move across pooling areas, employee scheme, no month
// unpaid, the new place's start month known.
func (f Facts) moveNoGap41a() bool {
	return f.movedIn() && f.Scheme == SchemeEmployee && f.GapMonths != nil && *f.GapMonths == 0 && f.GapEnded != nil &&
		f.Since == nil
}

// evaluateMoveNoGap41a answers a move with no gap as a case with no gap,
// keeping the start month for the days around it.
func evaluateMoveNoGap41a(f Facts, p Policy, today Date, fallback bool) (Outcome, error) {
	if today.MonthOf().Since(*f.GapEnded) < 0 {
		return Outcome{}, &InvalidFactError{Field: FieldGapEnded, Reason: "the month paying resumed is after the current month"}
	}
	h := f
	h.GapEnded, h.PayingAgain = nil, nil
	o, err := evaluateCase(h, p, today, fallback)
	if err != nil {
		return o, err
	}
	o.Facts.GapEnded, o.Facts.Since = f.GapEnded, nil
	o.moveStart = moveStartDay41a(f, p)
	o.moveStop = moveStopDay41a(f, p)
	if d := leftStopDay45a(f, p); d != nil { // leftcity45a.go
		o.moveStop = d
		o.citeAll(p.LeftDays.Basis)
	}
	o.note(NoteMoveStart41a)
	o.cite(Citation{Law: LawTransfer, Section: "1"})
	if !f.gapBeganHere35c() {
		o.citeAll(p.BenefitDays.Basis)
		o.citeAll(p.TransferStartConflict)
	}
	return o, nil
}

// moveStartDay41a is the first day the new place's rule certainly covers:
// the region's own where it is the new city and sourced, else the 1st of
// M+2 (the new city's rules unknown or not in the sources).
func moveStartDay41a(f Facts, p Policy) *Date {
	m := *f.GapEnded
	d := m.Add(2).FirstDay()
	if !f.gapBeganHere35c() && f.Payer == PayerUnit && !p.UnitArrears.ResumeUnknown && (p.BenefitDays.Sourced() || len(p.TransferStartConflict) > 0) {
		d = m.Add(max(p.UnitArrears.ResumeMonthsAfterPayment, 1)).Day(p.BenefitDays.Restart())
	}
	return &d
}

// moveStopDay41a is the old city's own sourced stop day when the region is
// the old city (nil otherwise): M is its first unpaid month.
func moveStopDay41a(f Facts, p Policy) *Date {
	if !f.gapBeganHere35c() || !p.BenefitDays.Sourced() {
		return nil
	}
	d := f.GapEnded.Add(1).Day(p.BenefitDays.Stop())
	return &d
}

// judgeMoveStart41a judges a day of a move with no gap; false when the
// outcome is not one.
func (o *Outcome) judgeMoveStart41a(d Date, t *Treatment) bool {
	if !slicesContains36b(o.Notes, NoteMoveStart41a) || o.Facts.GapEnded == nil {
		return false
	}
	m := *o.Facts.GapEnded
	switch {
	case d.Before(m.FirstDay()):
		t.Covered, t.Why = TriYes, TreatBeforeStop
	case o.moveStop != nil && d.Before(*o.moveStop):
		t.Covered, t.Why = TriYes, TreatBeforeStop
	case o.moveStart != nil && !d.Before(*o.moveStart):
		t.Covered, t.Why = TriYes, TreatNoGap
	default:
		t.Covered, t.Why = TriUnknown, TreatNotSettled
	}
	return true
}
