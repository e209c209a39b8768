package rules

import "slices"

// A resident who has already paid late (audit round 21, R21-M3, case C6b):
// "i forgot to pay my resident medical insurance for 2026, paid it in
// march". The waiting period runs from that payment, not from today: 国办发
// 〔2024〕38号 sets a fixed wait of 3 months after enrolling outside the
// enrolment period, plus in principle 1 month for each further year
// broken, the figures left to the provinces; Shanghai art. 17 gives cover
// "在待遇等待期满后"; Zhejiang art. 31 ¶2 the 3rd natural month counting
// the month paid. The dates are those of the case as it stood in the month
// paid, for a payment on its first day at the earliest and on its last (or
// today) at the latest: never one date the sources do not give. Where that
// latest has passed, the wait has run out: cover has resumed, to be
// confirmed with 12393, and no step asks them to enrol or pay again.

// IDs for a resident who has paid.
const (
	// NoteResidentPaid: the wait counted from the month paid (gap_ended),
	// and each later year's premium paid in the window to keep cover.
	NoteResidentPaid = "resident-paid"
	// NoteResidentWaitOver: the latest day the wait can end has passed.
	NoteResidentWaitOver = "resident-wait-over"
	// StepResidentPaid: check the record shows the payment; no new
	// enrolment.
	StepResidentPaid = "resident-paid-check"
	// AskResidentWaitOver: has the wait ended, and from which day.
	AskResidentWaitOver = "resident-wait-over"
	// TreatResidentPaid: a day of the year paid, from the latest day the
	// wait can end: covered once the record shows the payment; not
	// "covered" outright, the payment being only what the person said.
	TreatResidentPaid = "resident-paid"
)

// residentPaid: a resident (not a newborn, not switching scheme, enrolled
// before) who says in which month they paid.
func (f Facts) residentPaid() bool {
	return f.Scheme == SchemeResident && f.GapEnded != nil && !f.switching() &&
		f.Newborn != nil && !*f.Newborn && (f.FirstEnrolment == nil || !*f.FirstEnrolment)
}

// whenResidentPaid: the rows a resident's payment month is asked with.
var whenResidentPaid = and(is(FieldScheme, string(SchemeResident)), is(FieldNewborn, "false"),
	is(FieldPriorScheme, "", string(SchemeResident)), notFirst)

// evaluateResidentPaid answers a resident who paid in the month
// f.GapEnded: the case as of the first and the last day of that month (not
// after today), then placed against today.
func evaluateResidentPaid(f Facts, p Policy, today Date, fallback bool) (Outcome, error) {
	if err := Validate(f); err != nil {
		return Outcome{}, err
	}
	m := *f.GapEnded
	if today.MonthOf().Since(m) < 0 {
		return Outcome{}, &InvalidFactError{Field: FieldGapEnded, Reason: "the month paid is after the current month"}
	}
	first, last := m.FirstDay(), m.LastDay()
	if from := p.Resident.AppliesFrom; first.Before(from) {
		return Outcome{}, &InvalidFactError{Field: FieldGapEnded, Reason: ResidentRulesFrom + " " + from.String()}
	}
	if today.Before(last) {
		last = today
	}
	g := f
	g.GapEnded, g.PayingAgain, g.PayDate = nil, nil, nil
	o, err := evaluateCase(g, p, first, fallback)
	if err != nil {
		return Outcome{}, err
	}
	if last != first {
		late, err := evaluateCase(g, p, last, fallback)
		if err != nil {
			return Outcome{}, err
		}
		e, l := lo(o), hi(late)
		o = late
		if !sameDate(e, l) {
			o.ResumesOn, o.ResumesEarliest, o.ResumesLatest = nil, e, l
		}
	}
	o.Today = today
	o.Facts.GapEnded = f.GapEnded
	o.residentPaid(today)
	o.finish()
	return o, nil
}

// residentPaid takes out of o what was said to someone still to pay and
// places the dates against today.
func (o *Outcome) residentPaid(today Date) {
	o.Notes = slicesWithout(o.Notes, NoteResumeAssumesNow, NoteWindowStart, NoteYearEndEnrolment, NotePremiumThisYear)
	o.Steps = slicesWithout(o.Steps, StepEnrolResident, StepEnrolInWindow, StepAskWhichYear)
	o.Deadlines = slices.DeleteFunc(o.Deadlines, func(d Deadline) bool {
		return d.ID == DeadlineResidentWindow || d.ID == DeadlineResidentYearEnd || d.ID == DeadlineResidentYearEndWait
	})
	o.note(NoteResidentPaid)
	o.Steps = append([]string{StepResidentPaid}, o.Steps...)
	latest := hi(*o)
	if latest == nil || today.Before(*latest) {
		// Still waiting, or not settled: the dates stand, counted from
		// the month paid.
		return
	}
	// Every reading of the sources has the wait over by today.
	o.Verdict = VerdictNoPaymentNeeded
	o.note(NoteResidentWaitOver)
	o.Steps = slicesWithout(o.Steps, StepRepairYears)
	o.Consequences = slicesWithout(o.Consequences, ConsResidentIncentiv)
	o.Deadlines = slicesWithoutDeadline(o.Deadlines, DeadlineResidentWaiting)
	o.Notes = slicesWithout(o.Notes, NoteWaitingConvention, NoteWaitingFromPayDay, NoteLateYearBuysLittle)
	o.AskLocally = slicesWithout(o.AskLocally, resumeDatedAsks...)
	o.AskLocally = append([]string{AskResidentWaitOver}, o.AskLocally...)
}

// judgeResidentPaid places a day against a resident's payment: from the
// month paid to the earliest end of the wait it is in the wait under every
// reading (not covered); from the latest end, within the year paid, it is
// covered once the payment is on record; a later year needs that year's
// premium, and between the two ends it is not settled.
func (o *Outcome) judgeResidentPaid(d Date, t *Treatment, earliest, latest *Date) {
	paid := *o.Facts.GapEnded
	switch {
	case d.MonthOf().Since(paid) < 0:
		// Before the payment: no source dates the cover of that time.
	case earliest != nil && d.Before(*earliest):
		t.Covered, t.Why = TriNo, TreatBeforeResume
	case latest != nil && !d.Before(*latest) && d.Year == paid.Year:
		t.Why = TreatResidentPaid
	}
}
