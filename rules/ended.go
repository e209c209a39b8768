package rules

import "slices"

// Time the person states about their case: a gap that has already ended
// (paying resumed in some month) and a day they plan to be treated. Both
// are stated, never asked before the answer: they refine the dates of an
// answer that stands without them.

// Fields of stated time.
const (
	// FieldGapEnded is the month paying resumed after the gap.
	FieldGapEnded Field = "gap_ended"
	// FieldTreatmentDate is a day the person plans to be treated.
	FieldTreatmentDate Field = "treatment_date"
)

// IDs for an ended gap.
const (
	NoteGapEnded = "gap-ended"
	StepGapEnded = "gap-ended-check"
	AskGapEnded  = "gap-ended"
)

// Why a treatment day is or is not covered; each names a text.
const (
	TreatBeforeStop  = "before-stop"  // before benefits stopped: covered
	TreatNoGap       = "no-gap"       // nothing stopped: covered while paying goes on
	TreatInGap       = "in-gap"       // after the stop, before cover resumes, no cover for the gap
	TreatIfBackPaid  = "if-back-paid" // in the gap; covered only if the gap is paid back in time
	TreatAfterResume = "after-resume" // after cover resumes, if paid as the answer assumes
	TreatNotSettled  = "not-settled"  // the sources or the facts do not settle it
	// TreatBeforeResume: nothing stopped (a late or first enrolment), and
	// the day is before the earliest day cover can start under every
	// reading of the sources: not covered (audit round 3 R3-M6).
	TreatBeforeResume = "before-resume"
	// TreatStopDayUnsettled: a day in the first unpaid month, before the
	// stop day counted by convention, where no source gives the region's
	// stop day: never "covered" (audit round 2).
	TreatStopDayUnsettled = "stop-day-unsettled"
	// TreatIfPaidBy: national and regional rules disagree and the day is
	// on or after the region's latest date, which holds only if paid (or
	// registered) this month: covered under the region's rule only if paid
	// by Treatment.By; later, the rules disagree and it is not settled
	// (audit round 4, R4-M1). Never "covered".
	TreatIfPaidBy = "if-paid-by"
)

// TreatIDs lists every reason a treatment day can get.
var TreatIDs = []string{TreatBeforeStop, TreatNoGap, TreatInGap, TreatIfBackPaid, TreatAfterResume, TreatNotSettled,
	TreatStopDayUnsettled, TreatBeforeResume, TreatIfPaidBy}

// Treatment says whether a planned treatment day is covered. Covered is
// TriYes only where nothing the person still has to do decides it: a day
// before benefits stopped, or a case with nothing unpaid. A day after cover
// resumes is unknown, since it is covered only if the payment is made as
// the answer assumes; the text says so.
type Treatment struct {
	On      Date
	Covered Tri
	Why     string
	// By is the last day to pay for the day to be covered under the
	// region's rule (TreatIfPaidBy only).
	By *Date
}

// judgeTreatment places the planned treatment day against the outcome's
// dates.
func (o *Outcome) judgeTreatment() {
	if o.Facts.TreatmentDate == nil {
		return
	}
	d := *o.Facts.TreatmentDate
	t := &Treatment{On: d, Covered: TriUnknown, Why: TreatNotSettled}
	o.Treatment = t
	resume := o.ResumesOn
	if resume == nil {
		resume = o.ResumesLatest
	}
	earliest := o.ResumesOn
	if earliest == nil {
		earliest = o.ResumesEarliest
	}
	switch {
	case o.StoppedOn == nil && o.GapMonths == 0 && (o.Path == PathNoGap || o.Path == PathRetired || o.Path == PathRetirementMet):
		// Nothing stopped: retired, paid up, or no gap at all.
		t.Covered, t.Why = TriYes, TreatNoGap
	case o.StoppedOn == nil && earliest != nil && d.Before(*earliest) && !d.Before(o.Today) &&
		o.Path != PathResidentRenewal && !o.Retroactive.Yes():
		// Nothing stopped because there is no cover now (a late or first
		// enrolment): a day from today to the earliest day cover can start
		// is uncovered under every reading. Not for a renewal in the
		// window, whose current year may well be paid; not for a past day.
		t.Covered, t.Why = TriNo, TreatBeforeResume
	case o.StoppedOn == nil && (resume == nil || d.Before(*resume)):
		// Nothing stopped and the day is not after a resume date: the
		// facts do not settle it.
	case o.StoppedOn != nil && d.Before(*o.StoppedOn) && o.FirstUnpaid != nil && !d.Before(o.FirstUnpaid.FirstDay()) &&
		!slices.Contains(o.Notes, NoteBenefitDaySourced) && !slices.Contains(o.Notes, NoteArrearsStopSourced):
		// The stop day in the month after the first unpaid one is this
		// product's convention, not a source: a day of the unpaid month
		// itself is never promised cover on it.
		t.Why = TreatStopDayUnsettled
	case o.StoppedOn != nil && d.Before(*o.StoppedOn):
		t.Covered, t.Why = TriYes, TreatBeforeStop
	case o.LatestIfPaidBy != nil && o.ResumesLatest != nil && !d.Before(*o.ResumesLatest):
		// The region's date for a payment in month m is m+lag on the
		// restart day: the last month whose date is not after d.
		m := d.MonthOf().Add(-o.latestLag)
		if d.Before(m.Add(o.latestLag).Day(o.ResumesLatest.Day)) {
			m = m.Add(-1)
		}
		by := m.LastDay()
		t.Why, t.By = TreatIfPaidBy, &by
	case slices.Contains(o.Notes, NoteLateYearBuysLittle) && earliest != nil && !d.Before(*earliest):
		// This year's premium, a day next year: no source says it is
		// covered (art. 31 ¶1: 当年度; audit round 5, R5-M2).
	case resume != nil && !d.Before(*resume):
		t.Why = TreatAfterResume
	case o.ResumesOn == nil && o.ResumesEarliest != nil && !d.Before(*o.ResumesEarliest):
		// Between the earliest and an unknown latest day.
	case o.Retroactive.No():
		t.Covered, t.Why = TriNo, TreatInGap
	case o.Retroactive.Yes():
		t.Why = TreatIfBackPaid
	}
}

// evaluateEnded answers a gap that has ended: paying resumed in the month
// GapEnded, so the gap runs from its first unpaid month to the month
// before. Its dates are those of the case as it stood when paying resumed;
// cover for the gap's own months is promised only while a dated window to
// pay them is still open (never after it closed), and the answer asks
// whether those months are still unpaid.
func evaluateEnded(f Facts, p Policy, today Date, fallback bool) (Outcome, error) {
	if err := Validate(f); err != nil {
		return Outcome{}, err
	}
	end := *f.GapEnded
	if today.MonthOf().Since(end) < 0 {
		return Outcome{}, &InvalidFactError{Field: FieldGapEnded, Reason: "the month paying resumed is after the current month"}
	}
	g := f
	if g.Since == nil && g.GapMonths != nil {
		s := end.Add(-*g.GapMonths)
		g.Since, g.GapMonths = &s, nil
	}
	if g.Since != nil && end.Since(*g.Since) <= 0 {
		return Outcome{}, &InvalidFactError{Field: FieldGapEnded, Reason: "the month paying resumed is not after the first unpaid month"}
	}
	g.GapMonths = nil
	g.PayDate = nil
	o, err := evaluateCase(g, p, end.FirstDay(), fallback)
	if err != nil {
		return Outcome{}, err
	}
	o.Facts.GapEnded = f.GapEnded
	o.Facts.TreatmentDate = f.TreatmentDate
	o.Facts.PayDate = f.PayDate
	o.Today = today
	closed, open := false, false
	for _, d := range o.Deadlines {
		switch {
		case d.On == nil:
		case d.On.Before(today) && d.ID == DeadlineTransferWindow:
			// 43号 ① / Guangdong art. 12 measure the gap, which ended when
			// paying resumed; no source says by when its months must be
			// paid back, so a passed date does not settle "no" (audit
			// round 2 W-R2-2).
		case d.On.Before(today):
			closed = true
		default:
			open = true
		}
	}
	o.finish()
	if !o.Retroactive.No() {
		switch {
		case closed:
			o.Retroactive = TriNo
		case !open:
			o.Retroactive = TriUnknown
		}
	}
	// The resume dates of the case as it stood then assumed paying in the
	// month paying resumed; notes saying "if you pay this month" are wrong.
	o.Notes = slicesWithout(o.Notes, NoteResumeAssumesNow)
	// Paying resumed in a month already past: the latest is that month's.
	o.LatestIfPaidBy = nil
	o.Steps = append([]string{StepGapEnded}, o.Steps...)
	o.note(NoteGapEnded)
	o.AskLocally = append([]string{AskGapEnded}, o.AskLocally...)
	return o, nil
}
