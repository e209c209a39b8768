package rules

// A person who left (or changed) a job whose former employer had not paid
// the last months before they left (audit round 17, R17-W1, R17-M2). Two
// things hold at once: the months owed while they worked there are the
// former employer's arrears (SIL arts. 58, 60, 63, 86; Zhejiang art. 28
// where it applies: the employer pays, or bears the benefits), and the
// months since leaving are the person's own cover to restore (a new
// employer's enrolment and transfer, or enrolling themselves). The former
// employer paying never restores cover for the months after leaving.

// FieldArrearsBeforeLeaving counts the last months before leaving that the
// former employer did not pay; they are the first months of the gap.
const FieldArrearsBeforeLeaving Field = "arrears_before_leaving"

// IDs for a former employer's arrears.
const (
	// NoteFormerArrears: the months owed before leaving are the former
	// employer's to pay; its paying does not cover the months since.
	NoteFormerArrears = "former-employer-arrears"
	// StepFormerArrearsLeft, StepFormerArrearsJobChange: both things at
	// once, the former employer's months and the person's own cover.
	StepFormerArrearsLeft      = "former-employer-arrears-left"
	StepFormerArrearsJobChange = "former-employer-arrears-job-change"
	// AskFormerArrears: whether costs in the months the former employer
	// owed are covered once it pays, and by when it must.
	AskFormerArrears = "former-employer-arrears"
)

// formerEmployerOwes: the facts name months a former employer owed.
func (f Facts) formerEmployerOwes() bool {
	return f.ArrearsBeforeLeaving != nil && *f.ArrearsBeforeLeaving > 0 && f.Payer == PayerUnit &&
		(f.Reason == ReasonLeftJob || f.Reason == ReasonJobChange)
}

// formerArrears adds the former employer's months to a left-job or
// job-change answer. The first months of the gap are the employer's
// arrears: the region's arrears stop day and gap cover apply to them
// (Zhejiang art. 28), and the first step says both things.
func (o *Outcome) formerArrears(f Facts, p Policy) {
	if !f.formerEmployerOwes() || o.GapMonths <= 0 {
		return
	}
	if n := *f.ArrearsBeforeLeaving; n > o.GapMonths {
		o.invalid = &InvalidFactError{Field: FieldArrearsBeforeLeaving,
			Reason: "the months the former employer owed are more than the months unpaid"}
		return
	}
	ua := p.UnitArrears
	// The first unpaid month is the employer's: its stop day is the
	// region's arrears rule where there is one (Zhejiang art. 28).
	if !f.movedIn() {
		o.arrearsStopSourced(p)
	}
	o.cite(Citation{Law: LawSIL, Article: 58}, Citation{Law: LawSIL, Article: 60},
		Citation{Law: LawSIL, Article: 63}, Citation{Law: LawSIL, Article: 86})
	o.citeAll(ua.Basis)
	// Costs in the months owed: never a plain "not covered" where the
	// region makes the employer pay or bear them.
	switch ua.GapCover {
	case GapCoverIfPaidByDeadline:
		o.Retroactive = TriUnknown
		o.note(NoteGapCoverDeadline)
	case GapCoverNone:
	default:
		o.Retroactive = TriUnknown
	}
	if ua.EmployerBearsCostsWhenLate {
		o.consequence(ConsEmployerBears)
	}
	if *f.ArrearsBeforeLeaving == o.GapMonths {
		// Every unpaid month is the former employer's: the person is not
		// asked to pay them back themselves (R17-M1's kind).
		o.AskLocally = slicesWithout(o.AskLocally, AskIndividualGap, AskBackPayOver)
		o.Steps = slicesWithout(o.Steps, StepBackPayGap)
	}
	o.note(NoteFormerArrears)
	o.AskLocally = append([]string{AskFormerArrears}, o.AskLocally...)
	first := StepFormerArrearsLeft
	if f.Reason == ReasonJobChange {
		first = StepFormerArrearsJobChange
	}
	o.Steps = append([]string{first}, slicesWithout(o.Steps, first)...)
	o.step(StepComplain)
	o.doc(DocLabourContract, DocPaymentNotice)
	o.channel(ChanEmployerHR, ChanTax)
}
