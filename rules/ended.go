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
	// FieldPayingAgain says the gap is over, the month paying resumed not
	// known.
	FieldPayingAgain Field = "paying_again"
	// FieldTreatmentDate is a day the person plans to be treated.
	FieldTreatmentDate Field = "treatment_date"
	// FieldTreatmentUntil ends a span the person named instead of a day
	// ("下周", "next week"): any day from treatment_date to it.
	FieldTreatmentUntil Field = "treatment_until"
)

// IDs for an ended gap.
const (
	NoteGapEnded = "gap-ended"
	StepGapEnded = "gap-ended-check"
	AskGapEnded  = "gap-ended"
	// The gap is over, the month paying resumed not known: the dates of
	// cover coming back depend on it (evaluateEndedUnknown).
	NoteGapEndedUnknown = "gap-ended-unknown"
	StepGapEndedUnknown = "gap-ended-unknown-check"
	AskGapEndedUnknown  = "gap-ended-unknown"
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
	// TreatMoverStopUnsettled: a mover's day in the old city's unpaid
	// months before the convention's stop: no source gives when that
	// cover stopped (audit round 14, R14-W2). Never "covered".
	TreatMoverStopUnsettled = "mover-stop-unsettled"
	// TreatIfPaidBy: national and regional rules disagree and the day is
	// on or after the region's latest date, which holds only if paid (or
	// registered) this month: covered under the region's rule only if paid
	// by Treatment.By; later, the rules disagree and it is not settled
	// (audit round 4, R4-M1). Never "covered".
	TreatIfPaidBy = "if-paid-by"
	// TreatDrawingBenefit: a day of a month the unemployment benefit is
	// drawn: covered (SIL art. 48; audit round 6, R7-M4).
	TreatDrawingBenefit = "drawing-benefit"
	// TreatWhileBenefit: a later day, the benefit's end not given: covered
	// as long as the benefit is still drawn then.
	TreatWhileBenefit = "while-benefit"
	// TreatSpanSplit: the person named a span ("下周"), and cover differs
	// within it: Treatment judges its first day, Later the days from
	// Split on. Never "covered" (a week with a stop or a restart inside
	// it is no week of cover).
	TreatSpanSplit = "span-split"
)

// Notes on ceilings (audit round 6).
const (
	// NoteCeilingMonthEnd: paying resumed in a month whose day is not
	// known; the ceiling's latest counts from that month's last day
	// (R7-M1).
	NoteCeilingMonthEnd = "ceiling-month-end"
	// NoteCeilingBorrowed: the only ceiling in the sources is the transfer
	// rule's (43号 ③), written for moves; for someone who stays, no source
	// gives the wait, so no day is promised by it (R7-U1).
	NoteCeilingBorrowed = "ceiling-borrowed"
	// NoteWindowDayUnknown: the short-gap window closed inside the month
	// paying resumed, whose day is not known.
	NoteWindowDayUnknown = "window-day-unknown"
)

// TreatIDs lists every reason a treatment day can get.
var TreatIDs = []string{TreatBeforeStop, TreatNoGap, TreatInGap, TreatIfBackPaid, TreatAfterResume, TreatNotSettled,
	TreatStopDayUnsettled, TreatBeforeResume, TreatIfPaidBy, TreatDrawingBenefit, TreatWhileBenefit, TreatSpanSplit,
	TreatMoverStopUnsettled, TreatEmployerBears, TreatTransferBackPay}

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
	// Until is the span's last day, when a span was named; On is its
	// first.
	Until *Date `json:",omitempty"`
	// First and Later judge the two parts of a span whose cover differs
	// (TreatSpanSplit): First from On to the day before Split, Later from
	// Split to Until.
	Split *Date      `json:",omitempty"`
	First *Treatment `json:",omitempty"`
	Later *Treatment `json:",omitempty"`
}

// judgeTreatment places the planned treatment day against the outcome's
// dates.
func (o *Outcome) judgeTreatment() {
	if o.Facts.TreatmentDate == nil {
		return
	}
	d := *o.Facts.TreatmentDate
	u := o.Facts.TreatmentUntil
	if u == nil || !d.Before(*u) {
		o.Treatment = o.judgeDay(d)
		return
	}
	o.Treatment = o.judgeSpan(d, *u)
}

// judgeSpan judges every day from d to u (at most MaxTreatmentSpan + 1 of
// them): the first that differs from d splits the span, and the rest is
// judged the same way. A stop or a restart inside a span is named, never
// hidden behind one day's answer.
func (o *Outcome) judgeSpan(d, u Date) *Treatment {
	first := o.judgeDay(d)
	for day := d.AddDays(1); !u.Before(day); day = day.AddDays(1) {
		t := o.judgeDay(day)
		if t.Covered == first.Covered && t.Why == first.Why && sameDate(t.By, first.By) {
			continue
		}
		split := day
		later := o.judgeSpan(day, u)
		whole := &Treatment{On: d, Until: &u, Covered: TriUnknown, Why: TreatSpanSplit, Split: &split, First: first, Later: later}
		if first.Covered == TriNo && later.Covered == TriNo {
			whole.Covered = TriNo
		}
		return whole
	}
	if d.Before(u) {
		first.Until = &u
	}
	return first
}

// judgeDay places one treatment day against the outcome's dates.
func (o *Outcome) judgeDay(d Date) *Treatment {
	t := &Treatment{On: d, Covered: TriUnknown, Why: TreatNotSettled}
	defer func() { _ = t }()
	resume := o.ResumesOn
	if resume == nil {
		resume = o.ResumesLatest
	}
	earliest := o.ResumesOn
	if earliest == nil {
		earliest = o.ResumesEarliest
	}
	switch {
	case o.judgeMoveStart41a(d, t): // movestart41a.go
	case slices.Contains(o.Notes, NoteResidentPaid):
		// A resident who has paid (residentpaid_r21.go).
		o.judgeResidentPaid(d, t, earliest, resume)
	case o.Facts.PaidBack != nil && o.ResumesLatest != nil && !d.Before(*o.ResumesLatest) &&
		slices.Contains(o.Notes, NotePaidBackResumeCap):
		// Back-paid, and the region's rule dates cover by then at the
		// latest (round30c.go).
		t.Why = TreatAfterResume
	case o.Facts.PaidBack != nil && (o.StoppedOn == nil || !d.Before(*o.StoppedOn)) &&
		!slices.Contains(o.Notes, NoteSameAreaNoGapCover): // paidback36a.go: the stopped time stays unpaid
		// The missed months paid back: whether that restores cover, and
		// from which day, is the local office's answer (paidback.go).
	case o.Facts.EndedMonthUnknown() && (o.StoppedOn == nil || !d.Before(*o.StoppedOn)):
		// Paying resumed in a month not known: a day after the stop may
		// fall in the gap or after cover came back; never "covered".
	case o.employerBears34b(d): // employerbears34b.go
		t.Why = TreatEmployerBears
	case o.Path == PathUnemployment:
		// While the benefit is drawn the person is covered (SIL art. 48;
		// Shanghai art. 15 ¶3; Zhejiang art. 30 ¶1): a day of this month
		// or of a month up to the benefit's last; later, only while it is
		// still drawn. A past month is not known to have been drawn.
		m := d.MonthOf()
		switch {
		case m.Since(o.Today.MonthOf()) < 0:
		case o.Facts.BenefitEnded != nil && m.Since(*o.Facts.BenefitEnded) <= 0,
			o.Facts.BenefitEnded == nil && m == o.Today.MonthOf():
			t.Covered, t.Why = TriYes, TreatDrawingBenefit
		case o.Facts.BenefitEnded == nil:
			t.Why = TreatWhileBenefit
		}
	case o.StoppedOn == nil && o.GapMonths == 0 && (o.Path == PathNoGap || o.Path == PathRetired || o.Path == PathRetirementMet):
		// Nothing stopped: retired, paid up, or no gap at all.
		t.Covered, t.Why = TriYes, TreatNoGap
	case o.Path == PathFirstEnrolment && o.Facts.regMonth36a() != nil && o.ResumesOn != nil && d.Before(*o.ResumesOn) &&
		!d.Before(o.Facts.regMonth36a().FirstDay()):
		// A first enrolment registered on a day (or in a month) told: from the
		// registration month to the sourced start nothing is covered
		// (Zhejiang art. 28 ¶2 / 29 ¶1; fix32a, R25-W3).
		t.Covered, t.Why = TriNo, TreatBeforeResume
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
		!slices.Contains(o.Notes, NoteBenefitDaySourced) && !slices.Contains(o.Notes, NoteArrearsStopSourced) &&
		!slices.Contains(o.Notes, NoteLeftStopSourced47c):
		// The stop day in the month after the first unpaid one is this
		// product's convention, not a source: a day of the unpaid month
		// itself is never promised cover on it.
		t.Why = TreatStopDayUnsettled
		if slices.Contains(o.Notes, NoteMoverStopOldCity) {
			t.Why = TreatMoverStopUnsettled
		}
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
	case slices.Contains(o.Notes, NoteCeilingBorrowed) && o.ResumesOn == nil:
		// A ceiling borrowed from the transfer rule does not date the end
		// of the wait for someone who stays (R7-U1): not settled.
	case o.registeredStart42a(d): // zjstart42a.go
		t.Covered, t.Why = TriYes, TreatAfterRegistered42a
	case resume != nil && !d.Before(*resume):
		t.Why = TreatAfterResume
	case o.ResumesOn == nil && o.ResumesEarliest != nil && !d.Before(*o.ResumesEarliest):
		// Between the earliest and an unknown latest day.
	case o.Retroactive.No():
		t.Covered, t.Why = TriNo, TreatInGap
	case o.Retroactive.Yes():
		t.Why = TreatIfBackPaid
	case o.transferGapEnded33b(d, resume): // ended33b.go
		t.Why = TreatTransferBackPay // transfer34d.go
	}
	return t
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
	end := *arrearsEnd(f)
	if today.MonthOf().Since(end) < 0 {
		return Outcome{}, &InvalidFactError{Field: FieldGapEnded, Reason: "the month paying resumed is after the current month"}
	}
	if a := f.ArrearsPaid; a != nil {
		switch {
		case today.MonthOf().Since(*a) < 0:
			return Outcome{}, &InvalidFactError{Field: FieldArrearsPaid, Reason: "the month the arrears were paid back is after the current month"}
		case a.Since(end) < 0:
			return Outcome{}, &InvalidFactError{Field: FieldArrearsPaid, Reason: "the month the arrears were paid back is before the month paying resumed"}
		}
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
	last := end.LastDay()
	if today.Before(last) {
		last = today
	}
	if late, err := evaluateCase(g, p, last, fallback); err == nil && late.Path != o.Path && last != end.FirstDay() {
		// Only the month is known: a short-gap window that closes inside
		// it puts an early payment inside and a late one outside (Shanghai
		// 三(四) from the 15th). The first day at the earliest, the last
		// at the latest; never one date (audit round 6, sibling of R7-M1).
		o.dayUnknown(late)
	}
	o.Facts.GapEnded = f.GapEnded
	if f.ArrearsPaid != nil && Relevant(f, InputsOf(p), FieldArrearsPaid) {
		o.Facts.ArrearsPaid = f.ArrearsPaid
	}
	o.Facts.TreatmentDate, o.Facts.TreatmentUntil = f.TreatmentDate, f.TreatmentUntil
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
	o.dropOpenWindows(today)
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
	o.stopPassed39b() // ended39b.go
	// Paying resumed in a month already past: the latest is that month's.
	o.LatestIfPaidBy = nil
	if o.WaitingIsMaximum && o.ResumesOn == nil && o.ResumesLatest != nil && o.WaitingMonths > 0 {
		// Only the month paying resumed is known, not the day: a ceiling
		// counted from the payment day (43号 ③, 粤医保规〔2022〕6号 art. 12;
		// R5-M1) ends latest for a payment on the month's last day, or
		// today when that is earlier (audit round 6, R7-M1). The current
		// month counts to its last day too: a payment of this month can
		// still be made (the new employer's first payroll) (audit round 7
		// R9-M1).
		last := end.LastDay()
		if l := ceilingLatest(end, last.Day, o.WaitingMonths, p); o.ResumesLatest.Before(l) {
			o.ResumesLatest = &l
			o.note(NoteCeilingMonthEnd)
		}
	}
	// Paying again already: "start paying again soon" no longer applies.
	o.Steps = append([]string{StepGapEnded}, slicesWithout(o.Steps, StepResumePaying)...)
	o.note(NoteGapEnded)
	o.AskLocally = append([]string{AskGapEnded}, o.AskLocally...)
	o.arrearsPaidBack(o.Facts, p, end)
	return o, nil
}

// dayUnknown merges the outcome for a payment on the last possible day of
// the month paying resumed into o, the outcome for its first day, where
// the two fall on different sides of a window.
func (o *Outcome) dayUnknown(late Outcome) {
	e, l := lo(*o), hi(late)
	o.ResumesOn, o.ResumesEarliest, o.ResumesLatest = nil, e, l
	o.BackPayAllowed = sameTri(o.BackPayAllowed, late.BackPayAllowed)
	o.Retroactive = sameTri(o.Retroactive, late.Retroactive)
	o.WaitingMonths = max(o.WaitingMonths, late.WaitingMonths)
	o.WaitingIsMaximum = o.WaitingIsMaximum || late.WaitingIsMaximum
	o.Verdict = VerdictConfirmLocally
	o.Notes = slicesWithout(o.Notes, NoteWaitingConvention, NoteResumeAssumesNow)
	o.Deadlines = slicesWithoutDeadline(o.Deadlines, DeadlineWaitingEnds)
	o.note(NoteWindowDayUnknown)
	o.consequence(late.Consequences...)
	o.cite(late.Citations...)
	o.AskLocally = appendUnique(o.AskLocally, late.AskLocally...)
}

// dropOpenWindows removes the short-gap windows still open from an ended
// gap's answer (audit round 6 re-check R8-U1). The gap's length was fixed
// when paying resumed, inside the window: "pay by D, else it counts as over
// the limit and cover returns only on L" has no source for a gap already
// closed and contradicts the answer's own dates. No source gives a date by
// which its months must be paid back; the gap-ended question asks 12393.
func (o *Outcome) dropOpenWindows(today Date) {
	n := len(o.Deadlines)
	o.Deadlines = slices.DeleteFunc(o.Deadlines, func(d Deadline) bool {
		return d.On != nil && !d.On.Before(today) &&
			(d.ID == DeadlineTransferWindow || d.ID == DeadlineIndividualWindow || d.ID == DeadlineSwitchWindow)
	})
	if len(o.Deadlines) < n {
		o.Notes = slicesWithout(o.Notes, NoteWindowUnpaid)
	}
}

// EndedMonthUnknown: the person is paying again, the month not given.
func (f Facts) EndedMonthUnknown() bool {
	return f.GapEnded == nil && f.PayingAgain != nil && *f.PayingAgain
}

// The texts that name a date of cover coming back, and those that name
// the first unpaid month or the stop day: an answer for a month paying
// resumed that is not known has none of the first, and none of the second
// where the first unpaid month is not given either.
var (
	resumeDatedNotes = []string{NoteWaitingConvention, NoteWaitingMaximum, NoteResumeAssumesNow, NoteWaitingFromPayDay,
		NoteArrearsPaidUnknown, NoteCeilingMonthEnd, NoteWindowDayUnknown, NoteCeilingBorrowed, NoteLateYearBuysLittle, NotePlanMonths}
	resumeDatedAsks = []string{AskIndividualGap, AskGapAfterBenefit, AskWaiverFlexible, AskArrearsPaid, AskWaitingCeiling, AskLateVsNational,
		AskOnTimeVsNational, AskResidentWaitDay, AskResidentWaitStart, AskLateYearWhichYear}
	stopDatedNotes = []string{NoteBenefitEnded, NoteArrearsStopSourced, NoteStopConvention, NoteBenefitDaySourced,
		NoteWindowPassed, NoteStopAhead, NoteStopAheadConvention, NoteNoCoverInGap, NoteWindowUnpaid, NoteMoverStopOldCity,
		NoteLeftStopSourced47c}
	stopDatedAsks = []string{AskBackPayOver, AskSameAreaJobChange, AskGapCover, AskPromptStart, AskNotRegistered,
		AskPayBeforeStop, AskStopDay, AskGapStopDay, AskMoverStopDay}
	// Texts that name the gap's length, not known where only its first
	// month is given.
	lengthNotes = []string{NoteLateFeeUpperBound}
	lengthAsks  = []string{AskBackPayOver, AskSameAreaJobChange, AskNotRegistered, AskTransferVsRegion, AskTransferVsStart,
		AskSwitchVsRegion}
)

// endedUnknownHorizon is how many months back the month paying resumed is
// tried when the gap's first month is not given: every window and wait in
// the sources is shorter, so an older month answers as the oldest tried.
const endedUnknownHorizon = 36

// evaluateEndedUnknown answers a gap that has ended in a month not given
// (paying_again). It decides the case for every month paying can have
// resumed in and keeps only what holds for all of them: no open gap, no
// date cover came back (it depends on that month: Zhejiang art. 29 ¶2's
// third natural month for flexible workers, Shanghai's by the gap's
// length, nothing national), the stop only where the first unpaid month
// is given, and a verdict or a yes/no on the gap's months only where every
// month gives the same.
func evaluateEndedUnknown(f Facts, p Policy, today Date, fallback bool) (Outcome, error) {
	if err := Validate(f); err != nil {
		return Outcome{}, err
	}
	now := today.MonthOf()
	from := now.Add(-endedUnknownHorizon)
	if f.Since != nil {
		if now.Since(*f.Since) <= 0 {
			return Outcome{}, &InvalidFactError{Field: FieldPayingAgain, Reason: "the gap started this month; paying cannot have resumed after it yet"}
		}
		if s := f.Since.Add(1); from.Since(s) < 0 {
			from = s
		}
	}
	var o Outcome
	var firstErr error
	n := 0
	for m := from; m.Since(now) <= 0; m = m.Add(1) {
		g := f
		g.PayingAgain = nil
		end := m
		g.GapEnded = &end
		e, err := evaluateEnded(g, p, today, fallback)
		if err != nil {
			if firstErr == nil {
				firstErr = err
			}
			continue
		}
		if n == 0 {
			o = e
		} else {
			// The latest month is the base; what it says of the gap's
			// months and the verdict stands only where every month agrees.
			v, back, retro, acct, wait, maxWait := o.Verdict, o.BackPayAllowed, o.Retroactive, o.PersonalAccountUsable, o.WaitingMonths, o.WaitingIsMaximum
			if e.Verdict != v {
				v = VerdictConfirmLocally
			}
			if e.WaitingMonths != wait {
				maxWait = true
			}
			o = e
			o.Verdict = v
			o.BackPayAllowed = sameTri(back, e.BackPayAllowed)
			o.Retroactive = sameTri(retro, e.Retroactive)
			o.PersonalAccountUsable = sameTri(acct, e.PersonalAccountUsable)
			o.WaitingMonths = max(wait, e.WaitingMonths)
			o.WaitingIsMaximum = o.WaitingIsMaximum || maxWait
		}
		n++
	}
	if n == 0 {
		return Outcome{}, firstErr
	}
	o.Facts.GapEnded = nil
	o.Facts.PayingAgain = f.PayingAgain
	if f.Since == nil {
		// Only the length is known: not when the gap was, nor when cover
		// stopped.
		o.Facts.Since, o.Facts.GapMonths = nil, f.GapMonths
		o.FirstUnpaid, o.StoppedOn, o.WindowClosedOn = nil, nil, nil
	} else {
		// Only the start is known: not how long the gap was.
		o.Facts.GapMonths = nil
	}
	if f.GapMonths != nil {
		o.GapMonths = *f.GapMonths
	} else {
		// At least one month, at most the months since the first: no
		// one length to state.
		o.GapMonths = 0
		o.Notes = slicesWithout(o.Notes, lengthNotes...)
		o.AskLocally = slicesWithout(o.AskLocally, lengthAsks...)
	}
	o.ResumesOn, o.ResumesEarliest, o.ResumesLatest, o.LatestIfPaidBy = nil, nil, nil, nil
	kept := o.Deadlines[:0]
	for _, d := range o.Deadlines {
		// A dated deadline counts from a month not known.
		if d.On == nil {
			kept = append(kept, d)
		}
	}
	o.Deadlines = kept
	// No text is kept that dates cover coming back, nor, where the first
	// unpaid month is not known, one that dates the gap or the stop.
	o.Notes = slicesWithout(o.Notes, NoteGapEnded, NoteGapCoverDeadline)
	o.Notes = slicesWithout(o.Notes, resumeDatedNotes...)
	// Paying again: not told to resume paying.
	o.Steps = slicesWithout(o.Steps, StepGapEnded, StepResumePaying)
	o.AskLocally = slicesWithout(o.AskLocally, AskGapEnded)
	o.AskLocally = slicesWithout(o.AskLocally, resumeDatedAsks...)
	if f.Since == nil {
		o.Notes = slicesWithout(o.Notes, stopDatedNotes...)
		o.AskLocally = slicesWithout(o.AskLocally, stopDatedAsks...)
		o.Steps = slicesWithout(o.Steps, StepPayAfterBenefit)
	}
	o.note(NoteGapEndedUnknown)
	o.Steps = append([]string{StepGapEndedUnknown}, o.Steps...)
	if o.Path == PathUnitArrears && f.ArrearsPaid == nil && len(p.UnitArrears.Basis) > 0 && !p.UnitArrears.ResumeUnknown {
		// An employer paying again has not paid the arrears back: cover
		// returns only after the full back-payment (沪医保规〔2025〕7号
		// 三(三); Zhejiang art. 28 ¶4); ask whether and when it was
		// (audit round 7 R9-M2).
		o.note(NoteArrearsPaidUndated)
		o.citeAll(p.UnitArrears.Basis)
		o.Steps[0] = StepArrearsPaidUndated
		// Whether the arrears were paid is the question; their amount
		// only sizes fees that may be settled already.
		o.OpenQuestions = slices.DeleteFunc(o.OpenQuestions, func(q OpenQuestion) bool { return q.Fact == FieldArrears || q.Fact == FieldDueDate })
		o.AskLocally = append([]string{AskArrearsPaidUndated}, o.AskLocally...)
		return o, nil
	}
	o.AskLocally = append([]string{AskGapEndedUnknown}, o.AskLocally...)
	return o, nil
}
