package rules

// First enrolments, employers that never registered the worker, and the
// facts added by issue 18 that refine any answer (subsidised groups,
// students, a second enrolment, the year a resident payment buys). Where
// the sources say nothing, the outcome carries the exact question for
// 12393 rather than a date or a yes.

// FirstEnrolmentPolicy says when cover starts after a first registration:
// the month after (UnitMonths / IndividualMonths after the registration
// month; Zhejiang arts. 28 ¶2 and 29 ¶1: "the 2nd natural month"). Without
// a basis the sources give no start and the answer asks 12393.
type FirstEnrolmentPolicy struct {
	UnitMonths       int
	IndividualMonths int
	// UnitUnknown: the basis gives only the self-payer's start (Shanghai
	// 2025 No. 7 三(四): a flexible worker's 6-month wait); an employee's
	// first start is then not in the sources.
	UnitUnknown bool
	Basis       []Citation
}

// Sourced reports whether a source gives the start of cover.
func (fp FirstEnrolmentPolicy) Sourced() bool { return len(fp.Basis) > 0 }

// firstEnrolment answers someone who has never been enrolled: the duty to
// register (SIL arts. 23 and 58), and when cover starts where a source
// says so.
func (o *Outcome) firstEnrolment(f Facts, p Policy, today Date) {
	o.Verdict, o.Path = VerdictEnrol, PathFirstEnrolment
	o.cite(Citation{Law: LawSIL, Article: 58})
	fp := p.FirstEnrolment
	month := today.MonthOf()
	registered := f.Scheme == SchemeEmployee && (f.PayDate != nil || f.RegMonth != nil)
	done := false // registered already, not planned
	if registered {
		// The registration day told (fix32a, R25-W3): cover starts from
		// its month, not from today's; or its month alone (regmonth36a.go).
		month, done = f.registeredIn36a(today)
	}
	months, sourced := 0, fp.Sourced()
	switch {
	case f.Scheme == SchemeResident:
		o.cite(Citation{Law: LawSIL, Article: 25})
		o.citeAll(p.Resident.Basis)
		o.doc(DocIDCard, DocHousehold)
		o.channel(ChanTax, ChanOnlineMedical, ChanMedicalCentre, ChanHotline12393)
		if p.Resident.OnTimeByYearEnd && today.Month >= 10 {
			// Zhejiang near the year's end: next year's premium paid by
			// 31 December is on time (art. 23) and covers from 1 January
			// (art. 31 ¶1); art. 29 ¶1's "2nd natural month" is for
			// flexible workers, not residents (heldout AFTER.md).
			o.cite(Citation{Law: "zj-msr", Article: 23}, Citation{Law: "zj-msr", Article: 31})
			o.step(StepEnrolInWindow)
			jan := Month{today.Year + 1, 1}.FirstDay()
			end := Date{today.Year, 12, 31}
			o.ResumesOn = &jan
			o.Deadlines = append(o.Deadlines, Deadline{On: &end, ID: DeadlineResidentYearEnd})
			o.note(NoteYearEndEnrolment)
			return
		}
		o.step(StepEnrolResident)
		// 38号's waiting period is for people enrolling outside the window;
		// whether it applies to a first enrolment, and when the window is,
		// is the city's.
		sourced = false
	case f.Payer == PayerUnit:
		o.cite(Citation{Law: LawSIL, Article: 23})
		o.doc(DocIDCard, DocLabourContract)
		if done {
			o.step(StepUnitRegistered) // enrol34d.go: the employer already registered them
		} else {
			o.step(StepUnitRegister, StepCheckRecord, StepComplainRegistration)
		}
		o.channel(ChanEmployerHR, ChanMedicalCentre, ChanHotline12393, ChanHotline12333)
		months = fp.UnitMonths
		sourced = sourced && !fp.UnitUnknown
	default:
		o.cite(Citation{Law: LawSIL, Article: 23})
		o.doc(DocIDCard, DocSocialCard)
		if done {
			o.step(StepSelfRegistered, StepKeepReceipts) // enrol34d.go: registered already
		} else {
			o.step(StepRegisterSelf, StepKeepReceipts)
		}
		o.channel(ChanTax, ChanOnlineSocial, ChanMedicalCentre, ChanHotline12393, ChanHotline12333)
		months = fp.IndividualMonths
	}
	if sourced && f.Scheme == SchemeEmployee {
		o.citeAll(fp.Basis)
		// On the region's own restart day (Shanghai: the 15th).
		d := month.Add(months).Day(p.BenefitDays.Restart())
		o.ResumesOn = &d
		if !registered {
			o.note(NoteResumeAssumesNow)
		}
		if f.Payer == PayerIndividual && p.Individual.PersonalAccountFromNextMonth {
			// Shanghai 三(四): the personal account from the month after
			// payment, pooled benefits after the wait, restarted by a break.
			o.PersonalAccountUsable = TriYes
			o.step(StepUseAccountBalance)
		}
		if months > 1 {
			// A waiting period proper (Shanghai's 6 months), not the
			// "2nd natural month" of an ordinary start (Zhejiang).
			o.WaitingMonths = months
			o.note(NoteWaitingRestarts)
			o.Deadlines = append(o.Deadlines, Deadline{On: o.ResumesOn, ID: DeadlineWaitingEnds})
		}
		return
	}
	if o.firstResidentWait42a(f, p, today) { // firstres42a.go
		return
	}
	o.unsourcedStart36a(done, month, today) // regmonth36a.go
	if f.Scheme == SchemeResident {
		// Not the employee scheme's "2nd natural month" (Zhejiang art.
		// 29 ¶1 is for flexible workers).
		o.ask(AskFirstResidentStart)
		return
	}
	o.ask(AskFirstCoverStart)
}

// notRegistered answers a worker whose employer never registered them: the
// employer must register within 30 days of hiring and owes the
// contributions the agency assesses (SIL art. 58 ¶1); failing that, the
// social insurance administration orders it and fines the employer (art.
// 84). There was no cover to stop; whether the months since hiring are
// covered once paid is not in the sources.
func (o *Outcome) notRegistered(f Facts, p Policy, payMonth Month) {
	o.Verdict, o.Path = VerdictEmployerPays, PathNotRegistered
	o.GapMonths = *f.GapMonths
	first := *f.Since
	o.FirstUnpaid = &first
	o.BackPayAllowed = TriYes
	o.Retroactive = TriUnknown
	o.cite(Citation{Law: LawSIL, Article: 23}, Citation{Law: LawSIL, Article: 58},
		Citation{Law: LawSIL, Article: 84})
	o.step(StepUnitRegister, StepComplainRegistration, StepCheckRecord, StepKeepReceipts)
	o.doc(DocIDCard, DocLabourContract)
	o.channel(ChanEmployerHR, ChanMedicalCentre, ChanHotline12333, ChanHotline12393)
	o.consequence(ConsNotRegisteredFine)
	e := payMonth.Add(1).FirstDay()
	if fp := p.FirstEnrolment; fp.Sourced() {
		o.citeAll(fp.Basis)
		e = payMonth.Add(fp.UnitMonths).FirstDay()
	}
	o.ResumesEarliest = &e
	o.ask(AskNotRegistered)
}

// refine applies the facts that add a rule to any answer.
func (o *Outcome) refine(f Facts, p Policy) {
	if f.EnrolledElsewhere != nil && *f.EnrolledElsewhere {
		o.note(NoteOneScheme)
		o.ask(AskDoublePayment)
		if p.OneSchemeBasis != nil {
			o.citeAll(p.OneSchemeBasis)
		}
	}
	if f.Scheme != SchemeResident {
		return
	}
	if f.Subsidised != "" && f.Subsidised != SubsidyNone {
		o.note(NoteSubsidised)
		o.cite(Citation{Law: LawSIL, Article: 25})
		o.citeAll(p.Resident.SubsidyBasis)
		o.ask(AskSubsidy)
		o.mayBeExempt()
	}
	if f.Student != nil && *f.Student {
		o.ask(AskStudent)
	}
}

// mayBeExempt: 38号 spares "newborns and other special groups" the
// waiting period, and the list is local; for someone who may be in such a
// group the date is only the latest, the earliest being the start.
func (o *Outcome) mayBeExempt() {
	if o.WaitingMonths == 0 {
		return
	}
	// The wait may already be a range (waitFromPayDay): its latest stays.
	var latest, first Date
	switch {
	case o.ResumesOn != nil:
		latest, first = *o.ResumesOn, *o.ResumesOn
	case o.ResumesEarliest != nil && o.ResumesLatest != nil:
		latest, first = *o.ResumesLatest, *o.ResumesEarliest
	default:
		return
	}
	earliest := first.MonthOf().Add(-o.WaitingMonths).FirstDay()
	if earliest.Before(o.Today) {
		earliest = o.Today
	}
	o.ResumesOn, o.ResumesLatest, o.ResumesEarliest = nil, &latest, &earliest
	o.Deadlines = slicesWithoutDeadline(o.Deadlines, DeadlineResidentWaiting)
	o.Notes = slicesWithout(o.Notes, NoteResumeAssumesNow, NoteWaitingConvention, NoteWaitingFromPayDay)
	if o.Verdict != VerdictEnrol {
		o.Verdict = VerdictConfirmLocally
	}
}

func slicesWithoutDeadline(ds []Deadline, id string) []Deadline {
	out := ds[:0:0]
	for _, d := range ds {
		if d.ID != id {
			out = append(out, d)
		}
	}
	return out
}
