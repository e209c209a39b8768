package rules

// fix36b (audit round 28, R28-W4 / R28-M1): with the region the city the
// gap began in (GapBeganHere, oldcity35c.go), its own stop day answers the
// gap, but the restart and any cover for the gap once paid back are the new
// city's: 43号 ① lets a gap of up to 3 months be paid back there under its
// rules, with benefits from the month of payment and the gap covered
// retroactively. The new city's rules are not in the sources, so:
//   - the restart is the 1st of the month the region's rules gave (the
//     national rule's month of payment), at the earliest, an estimate;
//     a later day (the region's own wait after payment) is not the new
//     city's and is not given; a ceiling's latest day (43号 ③) is moved
//     to the 1st of the next month, never earlier;
//   - cover for the gap is not settled (never "yes"), and a back-pay
//     verdict becomes "confirm locally";
//   - the region's national-against-regional notes and questions, which
//     are about people moving into the region, are replaced by the new
//     city's question.

// NoteRestartNewCity36b / AskRestartNewCity36b: the restart is the new
// city's, not in the sources.
const (
	NoteRestartNewCity36b = "restart-new-city"
	AskRestartNewCity36b  = "restart-new-city"
)

func init() {
	AskIDs = append(AskIDs, AskRestartNewCity36b)
}

// restartNewCity36b applies the above to an outcome already evaluated.
func (o *Outcome) restartNewCity36b(f Facts) {
	if !f.movedIn() || !f.gapBeganHere35c() || f.Scheme != SchemeEmployee || o.GapMonths <= 0 {
		return
	}
	e := o.ResumesOn
	if e == nil {
		e = o.ResumesEarliest
	}
	if e != nil {
		d := e.MonthOf().FirstDay()
		o.ResumesOn, o.ResumesEarliest = nil, &d
		if l := o.ResumesLatest; l != nil && slicesContains36b(o.Notes, NoteWaitingMaximum) {
			m := l.MonthOf()
			if l.Day != 1 {
				m = m.Add(1)
			}
			ld := m.FirstDay()
			o.ResumesLatest = &ld
		} else {
			o.ResumesLatest = nil
		}
	}
	if o.backPaidNewCity38b() { // newcity38b.go
		o.Retroactive = TriYes
	} else if o.Retroactive.Yes() {
		o.Retroactive = TriUnknown
	}
	if o.Verdict == VerdictBackPay {
		o.Verdict = VerdictConfirmLocally
	}
	o.Notes = slicesWithout(o.Notes, NoteRulesDisagree, NoteStartDisagree, NoteWaitingConvention)
	o.AskLocally = slicesWithout(o.AskLocally, AskTransferVsRegion, AskTransferVsStart)
	o.note(NoteRestartNewCity36b)
	o.ask(AskRestartNewCity36b)
}

func slicesContains36b(s []string, x string) bool {
	for _, v := range s {
		if v == x {
			return true
		}
	}
	return false
}
