package rules

// An employer in arrears that has paid the missed months back (audit round
// 6, R7-M2/R7-M5). Resuming the current month's contributions is not paying
// back the arrears: Shanghai (沪医保规〔2025〕7号 三(三), 上海条例 art. 15)
// restores cover "在足额补缴医疗保险费的次月", Zhejiang (art. 28 ¶4)
// "自补缴的第二个自然月起" after "一次性足额补缴". So a gap_ended alone never
// dates the return of cover for an employer's arrears; arrears_paid, the
// month the employer paid the missed months in full, does.

// FieldArrearsPaid is the month the employer paid back the missed months
// in full.
const FieldArrearsPaid Field = "arrears_paid"

// IDs for arrears paid back, or not known to be.
const (
	// NoteArrearsPaid: the employer paid the missed months back in the
	// month given; cover returns from the region's date after it.
	NoteArrearsPaid = "arrears-paid"
	// NoteArrearsPaidUnknown: paying resumed, but nothing says the missed
	// months were paid back; cover returns only after they are.
	NoteArrearsPaidUnknown = "arrears-paid-unknown"
	// AskArrearsPaid: whether the employer has paid back the missed months
	// in full, and so from when cover returns.
	AskArrearsPaid = "arrears-paid"
	// NoteArrearsPaidUndated, AskArrearsPaidUndated: the same for an
	// employer paying again since a month not given: no date to name
	// (audit round 7 R9-M2).
	NoteArrearsPaidUndated = "arrears-paid-unknown-undated"
	AskArrearsPaidUndated  = "arrears-paid-undated"
	StepArrearsPaidUndated = "arrears-paid-undated-check"
)

// arrearsEnd is the month an employer-arrears gap ended: the month paying
// resumed, or else the month the arrears were paid back in full.
func arrearsEnd(f Facts) *Month {
	if f.GapEnded != nil {
		return f.GapEnded
	}
	return f.ArrearsPaid
}

// arrearsPaidBack dates the return of cover for an employer-arrears gap
// that has ended, from the month the missed months were paid back; where
// that month is not given, cover returns at the earliest from the region's
// date for a back-payment in the month paying resumed, and no latest is
// known (the employer may not have paid back yet).
func (o *Outcome) arrearsPaidBack(f Facts, p Policy, end Month) {
	if o.Path != PathUnitArrears || o.GapMonths <= 0 {
		return
	}
	ua := p.UnitArrears
	// An employer paying again is operating: whether it is gone is no
	// longer the question.
	kept := o.OpenQuestions[:0]
	for _, q := range o.OpenQuestions {
		if q.Fact != FieldUnitStatus && (f.ArrearsPaid == nil || q.Fact != FieldArrears && q.Fact != FieldDueDate) {
			kept = append(kept, q)
		}
	}
	o.OpenQuestions = kept
	o.Notes = slicesWithout(o.Notes, NoteUnitStatusAssumed)
	if f.ArrearsPaid == nil {
		if o.ResumesOn != nil {
			o.ResumesEarliest = o.ResumesOn
		}
		o.ResumesOn, o.ResumesLatest, o.WaitingMonths = nil, nil, 0
		o.Notes = slicesWithout(o.Notes, NoteWaitingConvention)
		o.note(NoteArrearsPaidUnknown)
		o.citeAll(ua.Basis)
		o.AskLocally = append([]string{AskArrearsPaid}, slicesWithout(o.AskLocally, AskArrearsPaid)...)
		return
	}
	paid := *f.ArrearsPaid
	resume := paid.Add(ua.ResumeMonthsAfterPayment).Day(p.BenefitDays.Restart())
	if ua.ResumeUnknown {
		o.ResumesEarliest = &resume
	} else {
		o.ResumesOn = &resume
	}
	// The employer has paid: nothing is left to pay back.
	o.Verdict = VerdictNoPaymentNeeded
	o.note(NoteArrearsPaid)
	o.citeAll(ua.Basis)
	// Nothing is left to press the employer for; the record shows whether
	// the back-payment arrived.
	o.Steps = slicesWithout(o.Steps, StepAskUnitToPay, StepComplain)
	o.Deadlines = slicesWithoutDeadline(o.Deadlines, DeadlineEmployerOrder)
	o.Deadlines = slicesWithoutDeadline(o.Deadlines, DeadlineEmployerOrderDays)
	o.AskLocally = slicesWithout(o.AskLocally, AskGapEnded)
	// What the employer owed no longer changes anything.
	o.Agreement = ""
	o.Notes = slicesWithout(o.Notes, NoteDueDateNeeded)
}
