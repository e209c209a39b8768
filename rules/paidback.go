package rules

import "slices"

// A self-payer who has paid the missed months back (audit round 7 re-check
// R7-M5‴): "上个月已经全部补齐了", "paid them all back in November".
// Paying the missed months back is not resuming: Zhejiang art. 29 ¶2's
// third natural month is for resuming, and art. 29 ¶3 lets the city's own
// rules on a flexible worker's back-payment prevail where they favour the
// worker; Shanghai's 三(三) is written for employers and their employees,
// 三(四) for a flexible worker's wait; no national text dates cover after
// a self-payer's back-payment. So whether the back-paid months restore
// cover, and from which day, is the local office's answer: no date of
// cover coming back, no yes or no for a day from the stop on, and no
// question whether the months can still be paid.

// FieldPaidBack is the month a self-payer paid the missed months back.
const FieldPaidBack Field = "paid_back"

// IDs for a self-payer's back-payment.
const (
	NotePaidBack = "paid-back"
	StepPaidBack = "paid-back-check"
	AskPaidBack  = "paid-back"
)

// whenPaidBack: a working self-payer with a gap, or someone paying
// themselves after an ended unemployment benefit.
var whenPaidBack = When{
	and(is(FieldRetirement, string(RetirementWorking)), is(FieldPayer, string(PayerIndividual)),
		notRaw(FieldReason, string(ReasonUnemployment)), notFirst),
	{{Fact: FieldReason, Values: []string{string(ReasonUnemployment)}, Raw: true}, {Fact: FieldBenefitEnded, Values: []string{""}, Not: true, Raw: true}},
	whenPaidBackUnit, // paidback36a.go
}

// evaluatePaidBack answers a gap whose months the person paid back in
// f.PaidBack: the case as it stood with the gap ended by then at the
// latest, without any date or yes/no the back-payment may change.
func evaluatePaidBack(f Facts, p Policy, today Date, fallback bool) (Outcome, error) {
	pb := *f.PaidBack
	if today.MonthOf().Since(pb) < 0 {
		return Outcome{}, &InvalidFactError{Field: FieldPaidBack, Reason: "the month the missed months were paid back is after the current month"}
	}
	if f.Since != nil && pb.Since(*f.Since) <= 0 {
		return Outcome{}, &InvalidFactError{Field: FieldPaidBack, Reason: "the month the missed months were paid back is not after the first unpaid month"}
	}
	if f.BenefitEnded != nil && pb.Since(*f.BenefitEnded) <= 0 {
		return Outcome{}, &InvalidFactError{Field: FieldPaidBack, Reason: "the month the missed months were paid back is not after the benefit's last month"}
	}
	g := f
	g.PaidBack = nil
	if g.GapEnded == nil && !g.EndedMonthUnknown() {
		// Paying the gap back ends it, by that month at the latest.
		g.GapEnded = &pb
	}
	if g.GapEnded != nil && g.GapEnded.Since(pb) > 0 {
		return Outcome{}, &InvalidFactError{Field: FieldPaidBack, Reason: "the month the missed months were paid back is before the month paying resumed"}
	}
	o, err := Evaluate(g, p, today, fallback)
	if err != nil {
		return o, err
	}
	resume := o.ResumesOn
	o.paidBack(f)
	o.paidBackResumeCap(p, resume)
	o.judgeTreatment()
	return o, nil
}

// paidBack takes out of o everything the back-payment may change.
func (o *Outcome) paidBack(f Facts) {
	o.Facts.PaidBack = f.PaidBack
	o.Facts.GapEnded, o.Facts.PayingAgain = f.GapEnded, f.PayingAgain
	o.Verdict = VerdictConfirmLocally
	o.ResumesOn, o.ResumesEarliest, o.ResumesLatest, o.LatestIfPaidBy = nil, nil, nil, nil
	o.WaitingMonths, o.WaitingIsMaximum = 0, false
	o.Retroactive = TriUnknown
	o.BackPayAllowed = TriUnknown
	// No dated deadline about the gap or the wait stands: both depend on
	// what the back-payment does.
	o.Deadlines = slices.DeleteFunc(o.Deadlines, func(d Deadline) bool { return d.ID != DeadlineBenefitEnds })
	o.Notes = slicesWithout(o.Notes, resumeDatedNotes...)
	o.Notes = slicesWithout(o.Notes, NoteGapEnded, NoteGapEndedUnknown, NoteNoCoverInGap, NoteGapCoverDeadline, NoteWindowPassed,
		NoteWindowUnpaid, NoteWindowOpen)
	o.note(NotePaidBack)
	// "Costs in the gap are generally not paid" is what the back-payment
	// may change: never said here.
	o.Consequences = slicesWithout(o.Consequences, ConsLostCoverage)
	o.Steps = slicesWithout(o.Steps, StepGapEnded, StepGapEndedUnknown, StepResumePaying, StepBackPayGap, StepPayAfterBenefit)
	o.Steps = append([]string{StepPaidBack}, o.Steps...)
	o.AskLocally = slicesWithout(o.AskLocally, resumeDatedAsks...)
	o.AskLocally = slicesWithout(o.AskLocally, AskGapEnded, AskGapEndedUnknown, AskBackPayOver, AskGapCover, AskGapStopDay,
		AskPayBeforeStop, AskStopDay)
	o.AskLocally = append([]string{AskPaidBack}, o.AskLocally...)
}
