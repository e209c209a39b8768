package rules

import "github.com/shopspring/decimal"

// Working employees: job changes between pooling areas, people who pay
// themselves, and switches between schemes.

func (o *Outcome) working(f Facts, p Policy, pay Date, payMonth Month) {
	o.GapMonths = *f.GapMonths
	first := *f.Since
	o.FirstUnpaid = &first
	o.personalAccount(p)
	o.cite(Citation{Law: LawSIL, Article: 23})
	if o.GapMonths > 0 {
		stop := first.Add(1).Day(p.BenefitDays.Stop())
		o.StoppedOn = &stop
		if d := leftGapStop47c(f, p, first); d != nil { // leftstop47c.go
			// The old city is known and its own stop day is sourced
			// (Shanghai S7): it dates the stop of its cover (R34-W2).
			o.StoppedOn = d
			o.citeAll(p.LeftDays.Basis)
			o.note(NoteLeftStopSourced47c)
		} else if f.movedIn() && !f.gapBeganHere35c() { // oldcity35c.go
			// A move between pooling areas: the unpaid months are the old
			// city's cover, whose stop day no source gives; the region's
			// own stop day (Shanghai's 15th, S7) and its no-cover-in-gap
			// rule (Zhejiang art. 29 ¶2) govern its own insured, not the
			// old city's (audit round 14, R14-W2). The convention's 1st,
			// and no day of the first unpaid month is promised cover.
			stop = first.Add(1).FirstDay()
			o.StoppedOn = &stop
			o.note(NoteMoverStopOldCity)
		} else if f.Payer == PayerIndividual && p.Individual.NoCoverInGap {
			// No benefits in the unpaid months themselves (Zhejiang art.
			// 29 ¶2): never a day of cover inside the gap. The source
			// gives no day, so the answer says so and asks.
			stop = first.FirstDay()
			o.StoppedOn = &stop
			o.citeAll(p.Individual.Basis)
			o.note(NoteNoCoverInGap)
		} else {
			o.benefitDays(p)
		}
		o.stopAhead()
	}

	// An arrears case with nothing unpaid before this month and no amount
	// owed says so, rather than late fees and fines (issue 18 item 5); an
	// amount given means this month's contribution is already overdue.
	nothingOwed := o.GapMonths == 0 && !f.UnitStatus.Gone() && f.Arrears == nil && f.ArrearsMonthly == nil
	if f.Payer == PayerUnit && f.Reason == ReasonArrears && !nothingOwed {
		o.arrearsStopSourced(p)
		if f.UnitStatus.Gone() {
			o.employerGone(f, p, pay)
			return
		}
		o.unitArrears(f, p, pay, payMonth)
		return
	}
	// A payment date matters for an employer's late fee; elsewhere the
	// gap is counted to this month, so the answer is for paying now,
	// unless a self-payer plans to restart in a later month: then the
	// wait counts from that month, as it would from this one (audit round
	// 14, R14-M2; Zhejiang art. 29 ¶2 counts the payment month).
	payMonth = o.Today.MonthOf()
	if pd := f.PayDate; pd != nil && pd.MonthOf().Since(payMonth) > 0 && !f.switching() &&
		!(f.Payer == PayerUnit && f.Reason == ReasonJobChange) {
		payMonth = pd.MonthOf()
		o.planPay = pd
		o.note(NotePayDatePlan)
	}
	if o.GapMonths == 0 {
		o.Verdict, o.Path = VerdictNoPaymentNeeded, PathNoGap
		if f.Reason == ReasonArrears {
			// Nothing unpaid before this month: no late fee, no fine.
			o.note(NoteNothingUnpaid)
			if f.Payer != PayerUnit {
				o.step(StepCheckRecord)
			}
			if f.Payer == PayerUnit {
				// This month's premium is the employer's to pay: the
				// verdict and the first step say so, not "nothing to pay"
				// beside a stop date (audit round 15, R15-M3).
				o.Verdict = VerdictEmployerPays
				// This month unpaid by the employer: the stop that follows
				// if it stays unpaid is ahead, and the person cannot pay
				// it themselves (SIL art. 60; audit round 1, M12).
				stop := first.Add(1).Day(p.BenefitDays.Stop())
				o.StoppedOn = &stop
				o.benefitDays(p)
				// The region's own arrears rule dates this stop too
				// (Zhejiang art. 28), not the convention (R16-U1).
				o.arrearsStopSourced(p)
				o.stopAhead()
				switch p.UnitArrears.GapCover {
				case GapCoverIfPaidByDeadline:
					o.Retroactive = TriUnknown
					o.note(NoteGapCoverDeadline)
				case GapCoverNone:
					o.Retroactive = TriNo
				default:
					o.Retroactive = TriUnknown
				}
				o.step(StepAskUnitToPay)
				o.doc(DocIDCard, DocSocialCard)
				o.channel(ChanEmployerHR, ChanMedicalCentre, ChanHotline12393)
				return
			}
		}
		if f.CrossCity != nil && *f.CrossCity {
			// Years count in the new place only once the record moves
			// (SIL art. 32).
			o.step(StepTransferApply)
			o.cite(Citation{Law: LawSIL, Article: 32})
			o.doc(DocTransferForm)
		}
		o.step(StepPayCurrentMonth)
		o.doc(DocIDCard, DocSocialCard)
		o.channel(ChanTax, ChanOnlineSocial, ChanMedicalCentre, ChanHotline12393)
		return
	}

	if f.switching() {
		if o.switchWithin(f, p, payMonth) {
			o.estimateIndividual(f, p)
			return
		}
		o.note(NoteSwitchTooShort)
	}

	switch {
	case f.Payer == PayerUnit && f.Reason == ReasonJobChange:
		o.jobChange(f, p, payMonth)
	case f.CrossCity != nil && *f.CrossCity:
		// 43号 ① covers every employee-scheme member who moves, people
		// paying for themselves and people between jobs included.
		o.mover(f, p, payMonth)
	default: // individual payer, or left a job with no new employer
		o.individual(f, p, payMonth)
		if f.Reason == ReasonLeftJob {
			o.doc(DocTermination)
			o.step(StepUnemploymentFund)
		}
		if f.Reason == ReasonLeftJob || f.Payer == PayerUnit {
			o.step(StepRegisterFlexible)
		}
		o.step(StepConsiderResident, StepKeepReceipts)
		o.note(NoteNoLateFeeIndiv)
		o.estimateIndividual(f, p)
	}
}

func (o *Outcome) jobChange(f Facts, p Policy, payMonth Month) {
	t := p.Transfer
	o.cite(Citation{Law: LawSIL, Article: 32})
	o.doc(DocIDCard, DocSocialCard, DocTransferForm)
	o.channel(ChanEmployerHR, ChanMedicalCentre, ChanOnlineMedical, ChanHotline12393)
	if f.CrossCity == nil || !*f.CrossCity {
		// The transfer rule is written for moves between pooling areas; a
		// gap between two jobs in the same area is the city's own matter.
		o.Path, o.Verdict = PathJobChangeSameArea, VerdictConfirmLocally
		o.BackPayAllowed, o.Retroactive = TriUnknown, TriUnknown
		e := payMonth.Day(p.BenefitDays.Restart())
		o.ResumesEarliest = &e
		o.ask(AskSameAreaJobChange)
		if f.Payer == PayerUnit && len(p.TransferStartConflict) > 0 && f.CrossCity != nil {
			// The region's start of cover for an employee its employer
			// registers applies to a new job in the same city too: from
			// the 2nd natural month, so never this month (audit round 5,
			// N5).
			o.citeAll(p.TransferStartConflict)
			o.note(NoteSameAreaStart)
			if n := payMonth.Add(1).FirstDay(); e.Before(n) {
				o.ResumesEarliest = &n
			}
		}
		// No source makes either employer liable for the months between
		// jobs: the record first, then the city's answer on back-payment.
		o.step(StepCheckRecord, StepBackPayGap, StepKeepReceipts)
		o.sameAreaNoGapCover(f, p)
		if f.CrossCity == nil {
			o.Path = PathJobChangeOpen
			o.open(FieldCrossCity, WhyCrossCity)
			// What the transfer branch would give, so the answer can show it.
			o.citeAll(t.Basis)
			o.transferWindow(t, DeadlineTransferWindow, p)
		}
		return
	}
	// No source makes either employer liable for the months between jobs:
	// the transfer comes first, not the old employer.
	o.transfer(p, payMonth)
}

// mover applies the transfer rule to an employee-scheme member who moved
// to another pooling area without an employer's job change: a self-payer
// or someone between jobs.
func (o *Outcome) mover(f Facts, p Policy, payMonth Month) {
	o.cite(Citation{Law: LawSIL, Article: 32})
	o.doc(DocIDCard, DocSocialCard, DocTransferForm)
	o.channel(ChanMedicalCentre, ChanOnlineMedical, ChanTax, ChanHotline12393)
	if f.Reason == ReasonLeftJob {
		o.doc(DocTermination)
	}
	o.transfer(p, payMonth)
	o.moverFlexWait39b(f, p, payMonth) // mover39b.go
	o.step(StepRegisterFlexible)
	o.note(NoteNoLateFeeIndiv)
	o.estimateIndividual(f, p)
}

// transfer applies 43号 ①③ to a move between pooling areas. Where the
// region's own regulation denies cover for the gap, both are named and
// the case is confirm-locally (issue 18).
func (o *Outcome) transfer(p Policy, payMonth Month) {
	t := p.Transfer
	o.citeAll(t.Basis)
	within := o.withinWindow(t)
	if within {
		o.Path = PathTransferWithin
		o.gap(t.WithinLimit, payMonth, p)
		o.step(StepTransferApply, StepBackPayGap, StepClaimGapCosts)
	} else {
		o.Path = PathTransferOver
		o.gap(t.OverLimit, payMonth, p)
		o.step(StepTransferApply, StepCheckRecord)
		o.consequence(ConsLostCoverage)
		if o.Facts.Payer == PayerUnit && o.Facts.Reason == ReasonJobChange && len(p.TransferStartConflict) > 0 {
			o.startOverCeiling(p, payMonth)
		}
		o.startOverRegion42a(p, payMonth) // newstart42a.go
	}
	o.transferWindow(t, DeadlineTransferWindow, p)
	o.shiftNote(t)
	o.gapVerdict(within)
	if within && o.Retroactive.Yes() && len(p.TransferGapConflict) > 0 {
		o.Retroactive = TriUnknown
		o.Verdict = VerdictConfirmLocally
		if o.Facts.Payer == PayerUnit && o.Facts.Reason == ReasonJobChange && len(p.TransferStartConflict) > 0 {
			// The new employer registers the mover: the region's start
			// of cover is the rule that meets 43号 ① (heldout AFTER.md),
			// and the note names it, not the flexible workers' rule
			// (audit round 4, R4-U1).
			o.citeAll(p.TransferStartConflict)
			o.ask(AskTransferVsStart)
			o.note(NoteStartDisagree)
		} else {
			o.citeAll(p.TransferGapConflict)
			o.ask(AskTransferVsRegion)
			o.note(NoteRulesDisagree)
		}
		o.conflictRange(p, payMonth)
	}
	o.step(StepKeepReceipts)
}

// conflictRange turns the national rule's resume date into a range where
// the region's own rule points elsewhere: the national date at the
// earliest (never before today), the region's date after a back-payment
// at the latest, or no latest where the region gives none (audit round 1,
// M3: a conflict is never stated as one date).
func (o *Outcome) conflictRange(p Policy, payMonth Month) {
	if o.ResumesOn == nil {
		return
	}
	e := *o.ResumesOn
	if e.Before(o.Today) {
		e = o.Today
	}
	o.ResumesOn, o.ResumesEarliest, o.ResumesLatest = nil, &e, nil
	// Into the resident scheme the region's own wait (38号, Shanghai art.
	// 17) has no date we can give: no latest rather than a made-up one.
	if ua := p.UnitArrears; !ua.ResumeUnknown && o.Facts.Scheme == SchemeEmployee {
		months := max(ua.ResumeMonthsAfterPayment, 1)
		if o.Facts.Payer == PayerIndividual {
			// A self-payer's own restart rule where it is a settled wait
			// (Zhejiang art. 29: the 3rd natural month).
			ip := p.Individual
			t := ip.OverLimit
			if o.withinWindow(ip.GapPolicy) {
				t = ip.WithinLimit
			}
			if !t.WaitingUnknown && !t.WaitingIsMaximum {
				months = max(months, t.WaitingMonths)
			}
		}
		l := payMonth.Add(months).Day(p.BenefitDays.Restart())
		o.ResumesLatest = &l
		// The region's date holds only for paying (registering) this
		// month; a treatment day after it is "covered" under the region's
		// rule only if paid in time for it (audit round 4, R4-M1).
		by := payMonth.LastDay()
		o.LatestIfPaidBy, o.latestLag = &by, months
	}
	o.Notes = slicesWithout(o.Notes, NoteResumeAssumesNow, NoteWaitingConvention)
}

// windowCloses is the last day of a gap policy's short-gap window: LimitMonths
// months from the day cover stopped, on the region's own stop day (a stop on
// 2027-03-15 with 3 months: up to and including 2027-06-14). With a stop on
// the 1st it is the last day of the LimitMonths-th unpaid month.
//
// A window that counts unpaid months (43号 ①②: "中断缴费3个月(含)以内", not
// WindowFromStop) closes on the last day of the LimitMonths-th month after
// the first unpaid one, whatever the region's stop day: a later stop day
// (Shanghai's 15th) must not stretch it (audit round 1, M2).
func (o *Outcome) windowCloses(gp GapPolicy) *Date {
	if gp.LimitMonths <= 0 || o.StoppedOn == nil {
		return nil
	}
	if !gp.WindowFromStop && o.FirstUnpaid != nil {
		c := o.FirstUnpaid.Add(gp.LimitMonths).LastDay()
		return &c
	}
	c := o.StoppedOn.MonthOf().Add(gp.LimitMonths).Day(o.StoppedOn.Day).AddDays(-1)
	return &c
}

// withinWindow reports whether paying now falls inside the short-gap window.
func (o *Outcome) withinWindow(gp GapPolicy) bool {
	c := o.windowCloses(gp)
	return c != nil && !c.Before(o.payRef())
}

// payRef is the day the payment is counted on: today, or a planned later
// payment day.
func (o *Outcome) payRef() Date {
	if o.planPay != nil && o.Today.Before(*o.planPay) {
		return *o.planPay
	}
	return o.Today
}

// stopAhead: on a day before the stop date the person is still covered;
// whether paying before it avoids the stop is not in the sources.
// arrearsStopSourced marks an employer-arrears stop as the region's own
// rule where it suspends benefits from the second natural month (Zhejiang
// art. 28): the stop on the 1st of the month after the first unpaid one is
// then sourced, not our convention.
func (o *Outcome) arrearsStopSourced(p Policy) {
	if p.UnitArrears.SuspendFromSecondMonth && o.StoppedOn != nil && !p.BenefitDays.Sourced() {
		o.Notes = slicesWithout(o.Notes, NoteStopConvention)
		o.note(NoteArrearsStopSourced)
		o.citeAll(p.UnitArrears.Basis)
	}
}

func (o *Outcome) stopAhead() {
	if o.StoppedOn != nil && o.Today.Before(*o.StoppedOn) {
		o.note(NoteStopAhead)
		o.ask(AskPayBeforeStop)
	}
}

// gapVerdict sets the verdict from a gap treatment: unknown resumption is
// confirm-locally; otherwise back-pay where the sources allow it.
func (o *Outcome) gapVerdict(within bool) {
	switch {
	case o.ResumesOn == nil && !o.WaitingIsMaximum, !o.BackPayAllowed.Known() && !o.Retroactive.Known():
		// No date, or neither back-payment nor gap cover settled.
		o.Verdict = VerdictConfirmLocally
	case o.BackPayAllowed.Yes():
		o.Verdict = VerdictBackPay
	default:
		o.Verdict = VerdictReEnroll
	}
	switch {
	case o.ResumesOn == nil && within:
		// Whether and from when: the whole answer turns on it.
		o.ask(AskIndividualGap)
	case !o.BackPayAllowed.Known() && !o.Retroactive.Known():
		// Neither the back-payment nor cover for the gap is settled.
		o.ask(AskIndividualGap)
	case !o.BackPayAllowed.Known():
		// The dates hold either way; paying the old months may still count
		// towards the years or shorten the wait.
		o.ask(AskBackPayOver)
	}
	if o.ResumesOn == nil && o.WaitingIsMaximum {
		// Only a ceiling: the city's own wait is the question.
		o.ask(AskWaitingCeiling)
	}
}

func (o *Outcome) individual(f Facts, p Policy, payMonth Month) {
	ip := p.Individual
	o.cite(Citation{Law: LawSIL, Article: 60})
	o.citeAll(ip.Basis)
	o.doc(DocIDCard, DocSocialCard)
	o.channel(ChanTax, ChanOnlineSocial, ChanMedicalCentre, ChanHotline12393, ChanHotline12333)
	within := o.withinWindow(ip.GapPolicy)
	t := ip.OverLimit
	o.Path = PathIndividualOver
	if within {
		t, o.Path = ip.WithinLimit, PathIndividualWithin
	} else {
		o.consequence(ConsLostCoverage)
	}
	o.gap(t, payMonth, p)
	if within && f.Payer == PayerIndividual && ip.WindowFromStop && o.ResumesOn != nil {
		// Shanghai 2025 No. 7 三(四) waives the wait for 在职职工 who
		// enrol as flexible workers within 3 months of losing benefits;
		// whether a flexible worker who interrupts and resumes counts is
		// not in the text. Never a firm day that may not be covered: the
		// waiver's day at the earliest, the full wait at the latest, and
		// the question for 12393 (heldout AFTER.md, en-ended).
		earliest := *o.ResumesOn
		latest := payMonth.Add(ip.OverLimit.WaitingMonths).Day(p.BenefitDays.Restart())
		if earliest.Before(latest) {
			o.ResumesOn, o.ResumesEarliest, o.ResumesLatest = nil, &earliest, &latest
			o.Notes = slicesWithout(o.Notes, NoteResumeAssumesNow, NoteWaitingConvention, NoteWaitingFromPayDay)
			o.AskLocally = append([]string{AskWaiverFlexible}, slicesWithout(o.AskLocally, AskWaiverFlexible)...)
		}
	}
	if o.ResumesOn == nil && o.WaitingIsMaximum {
		// The only ceiling is the transfer rule's (43号 ③); this person
		// did not move (audit round 6, R7-U1).
		o.note(NoteCeilingBorrowed)
	}
	if o.ResumesOn != nil && o.WaitingMonths > 1 {
		o.Deadlines = append(o.Deadlines, Deadline{On: o.ResumesOn, ID: DeadlineWaitingEnds})
	}
	o.transferWindow(ip.GapPolicy, DeadlineIndividualWindow, p)
	o.shiftNote(ip.GapPolicy)
	o.gapVerdict(within)
	switch {
	case o.Verdict == VerdictBackPay:
		o.step(StepBackPayGap)
		if o.Retroactive.Yes() {
			o.step(StepClaimGapCosts)
		}
	case o.Verdict == VerdictConfirmLocally:
		o.step(StepBackPayGap, StepResumePaying)
	default:
		o.step(StepResumePaying)
		if o.WaitingMonths > 1 {
			o.note(NoteWaitingRestarts)
		}
	}
	if ip.PersonalAccountFromNextMonth {
		o.PersonalAccountUsable = TriYes
		o.AskLocally = slicesWithout(o.AskLocally, AskPersonalAccount)
		o.step(StepUseAccountBalance)
	}
}

// switching reports a move between the employee and resident schemes.
func (f Facts) switching() bool { return f.PriorScheme != "" && f.PriorScheme != f.Scheme }

// switchWithin applies 43号's rule for switching schemes after enough
// continuous enrolment with a short gap; it reports whether it applied.
func (o *Outcome) switchWithin(f Facts, p Policy, payMonth Month) bool {
	cont := 0
	if f.ContinuousYears != nil {
		cont = *f.ContinuousYears
	}
	if cont < p.Transfer.SwitchMinContinuousYears || !o.withinWindow(p.Transfer.GapPolicyOf()) {
		return false
	}
	o.Path, o.Verdict = PathSwitchWithin, VerdictBackPay
	o.gap(p.Transfer.WithinLimit, payMonth, p)
	if !o.BackPayAllowed.Yes() {
		o.gapVerdict(true)
	}
	o.citeAll(p.Transfer.Basis)
	o.transferWindow(p.Transfer, DeadlineSwitchWindow, p)
	o.shiftNote(p.Transfer)
	// A switch is enrolling in the other scheme and asking for the gap to
	// be paid under 43号 ②; a transfer of the record only for a move.
	o.step(StepSwitchEnrol)
	if f.CrossCity != nil && *f.CrossCity {
		o.step(StepTransferApply)
	}
	o.step(StepBackPayGap)
	conflict := p.SwitchGapConflict
	if len(conflict) == 0 {
		conflict = p.TransferGapConflict
	}
	if o.Retroactive.Yes() && len(conflict) > 0 {
		// The region's own rule denies cover for the gap or makes a
		// late resident wait (Shanghai 三(三), arts. 15, 17): both are
		// named and the answer is not a plain yes (audit round 1, M1).
		o.Retroactive = TriUnknown
		o.Verdict = VerdictConfirmLocally
		o.citeAll(conflict)
		o.note(NoteSwitchDisagree)
		o.ask(AskSwitchVsRegion)
		o.conflictRange(p, payMonth)
	} else {
		o.step(StepClaimGapCosts)
	}
	o.doc(DocIDCard, DocSocialCard, DocTransferForm)
	o.channel(ChanMedicalCentre, ChanOnlineMedical, ChanTax, ChanHotline12393)
	return true
}

// resumeFor is when cover resumes under t when paying in payMonth; nil when
// the sources give no wait.
func resumeFor(t GapTreatment, payMonth Month, p Policy) *Date {
	if t.WaitingUnknown {
		return nil
	}
	d := payMonth.Add(t.WaitingMonths).Day(p.BenefitDays.Restart())
	return &d
}

// ceilingLatest is the latest day a wait of at most months ends when paying
// on day payDay of payMonth: the latest of the month count (payMonth+months
// on the restart day), the day count (the payment day months later, and
// cover from the day after) and whole months after the payment month
// (payMonth+months+1 on the restart day). No source says how "不超过6个月"
// is counted (43号 ③, 粤医保规〔2022〕6号 art. 12): a November payment's
// wait ends on 31 May counted by days but on 1 June in whole months after
// it, so 31 May is not settled and 1 June is the latest (audit round 13
// R13-U1), the same way for every payment month and day.
func ceilingLatest(payMonth Month, payDay, months int, p Policy) Date {
	l := payMonth.Add(months).Day(p.BenefitDays.Restart())
	if payDay > 1 {
		if d := payMonth.Add(months).Day(payDay).AddDays(1); l.Before(d) {
			l = d
		}
	}
	if d := payMonth.Add(months + 1).Day(p.BenefitDays.Restart()); l.Before(d) {
		l = d
	}
	return l
}

// gap applies a gap treatment, paying in payMonth.
func (o *Outcome) gap(t GapTreatment, payMonth Month, p Policy) {
	o.BackPayAllowed = t.BackPay
	o.Retroactive = t.Retroactive
	o.WaitingMonths = t.WaitingMonths
	o.WaitingIsMaximum = t.WaitingIsMaximum
	o.ResumesOn = resumeFor(t, payMonth, p)
	if o.ResumesOn == nil {
		e := payMonth.Add(t.WaitingMonths).Day(p.BenefitDays.Restart())
		o.ResumesEarliest = &e
		return
	}
	if t.WaitingIsMaximum {
		// A ceiling is never a date: the city may set any wait up to it,
		// so the date is the latest, and the earliest is the payment month.
		// Counted from the payment day the wait ends later than counted
		// from the payment month; neither 43号 ③ nor 粤医保规〔2022〕6号
		// art. 12 says which, so the latest is the later reading, as the
		// resident path's waitFromPayDay (audit round 5, R5-M1).
		payDay := 1
		if r := o.payRef(); payMonth == r.MonthOf() {
			payDay = r.Day
		}
		latest := ceilingLatest(payMonth, payDay, t.WaitingMonths, p)
		earliest := payMonth.Day(p.BenefitDays.Restart())
		if r := o.payRef(); earliest.Before(r) {
			earliest = r
		}
		o.ResumesOn, o.ResumesEarliest, o.ResumesLatest = nil, &earliest, &latest
		o.note(NoteWaitingMaximum)
		return
	}
	o.note(NoteWaitingConvention)
}

// transferWindow adds the deadline of a gap policy whose short-gap treatment
// is better than its long-gap one: paying by the last day of the month
// LimitMonths after the first unpaid month keeps the gap short. A window
// already closed is noted instead.
func (o *Outcome) transferWindow(gp GapPolicy, id string, p Policy) {
	if gp.LimitMonths <= 0 || gp.WithinLimit == gp.OverLimit || o.FirstUnpaid == nil {
		return
	}
	closes := o.windowCloses(gp)
	if closes == nil {
		return
	}
	if closes.Before(o.Today) {
		o.WindowClosedOn = closes
		o.note(NoteWindowPassed)
		return
	}
	ifLate := resumeFor(gp.OverLimit, closes.AddDays(1).MonthOf(), p)
	if ifLate != nil && gp.OverLimit.WaitingIsMaximum {
		// A ceiling counted from the payment day: paying late on the last
		// day of the next month is the latest (R5-M1).
		m := closes.AddDays(1).MonthOf()
		l := ceilingLatest(m, m.LastDay().Day, gp.OverLimit.WaitingMonths, p)
		ifLate = &l
	}
	o.Deadlines = append(o.Deadlines, Deadline{On: closes, ID: id, IfLate: ifLate})
	if !gp.WindowFromStop && o.StoppedOn != nil && o.StoppedOn.Day > 1 {
		// Counted in unpaid months, the window ends before the region's
		// later stop day would have it end: the safe date, and the
		// question (audit round 1, M2).
		o.note(NoteWindowUnpaid)
	}
}

// shiftNote says paying a month later moves the date by a month, only
// where that is true: not when next month falls past a window's end.
func (o *Outcome) shiftNote(gp GapPolicy) {
	if o.ResumesOn == nil {
		return
	}
	if c := o.windowCloses(gp); gp.WithinLimit != gp.OverLimit && c != nil && !c.Before(o.Today) &&
		c.Before(o.Today.MonthOf().Add(1).LastDay()) {
		// Next month falls past the window's end.
		return
	}
	if o.planPay != nil {
		// Dated from the planned month, not this one.
		return
	}
	o.note(NoteResumeAssumesNow)
}

func (o *Outcome) estimateIndividual(f Facts, p Policy) {
	ip := p.Individual
	if ip.BaseFrom != nil && o.Today.Before(*ip.BaseFrom) && (ip.BaseMin != nil || ip.BaseMax != nil) {
		// The figures held start later than the day asked about: no money
		// line rather than next year's figures (issue 18 item 9).
		o.note(NoteFiguresNotForDate)
		return
	}
	if f.Base == nil {
		// Without a base, the least one can pay where the knowledge base
		// holds the floor and the rate (Shanghai).
		if ip.BaseMin != nil && ip.ContributionRate != nil {
			o.MonthlyAmount = money(ip.BaseMin.Mul(*ip.ContributionRate))
			o.MonthlyIsMinimum = true
			o.note(NoteMonthlyMinimum)
		}
		return
	}
	if ip.ContributionRate == nil {
		o.note(NoteNoRate)
		return
	}
	base := *f.Base
	if ip.BaseMin != nil && base.LessThan(*ip.BaseMin) {
		base = *ip.BaseMin
		o.note(NoteBaseAdjusted)
	}
	if ip.BaseMax != nil && base.GreaterThan(*ip.BaseMax) {
		base = *ip.BaseMax
		o.note(NoteBaseAdjusted)
	}
	monthly := money(base.Mul(*ip.ContributionRate))
	o.MonthlyAmount = monthly
	months := 1
	if o.BackPayAllowed.Yes() {
		months = o.GapMonths
	}
	o.EstimateMonths = months
	o.Estimate = money(monthly.Mul(decimal.NewFromInt(int64(months))))
}

// startOverCeiling names the region's start of cover beside the national
// ceiling for an employer-registered mover whose gap is past the window:
// the new employer registers them this month at the earliest, so cover
// starts no earlier than the region's month after that (Zhejiang art. 28
// ¶2), whatever wait up to the ceiling the area sets (audit re-check C,
// R6-U1).
func (o *Outcome) startOverCeiling(p Policy, payMonth Month) {
	o.citeAll(p.TransferStartConflict)
	o.note(NoteStartOverCeiling)
	if p.UnitArrears.ResumeUnknown {
		return
	}
	o.floorResume(payMonth.Add(max(p.UnitArrears.ResumeMonthsAfterPayment, 1)).Day(p.BenefitDays.Restart()))
}

// floorResume moves the day cover resumes (or the range's earliest, and
// its latest with it) up to s, and reports whether it moved anything.
func (o *Outcome) floorResume(s Date) bool {
	switch {
	case o.ResumesOn != nil && o.ResumesOn.Before(s):
		o.ResumesOn = &s
	case o.ResumesOn == nil && o.ResumesEarliest != nil && o.ResumesEarliest.Before(s):
		o.ResumesEarliest = &s
		if o.ResumesLatest != nil && o.ResumesLatest.Before(s) {
			o.ResumesLatest = &s
		}
	default:
		return false
	}
	return true
}

// movedIn: an employee-scheme member who moved here from another pooling
// area (a cross-city job change, a self-payer or someone between jobs), not
// an employer's arrears in this city.
func (f Facts) movedIn() bool {
	return f.CrossCity != nil && *f.CrossCity && !(f.Payer == PayerUnit && f.Reason == ReasonArrears)
}
