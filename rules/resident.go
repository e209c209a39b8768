package rules

// The urban and rural resident scheme: windows, waiting periods, repair.

import "slices"

// ResidentRulesFrom begins the reason given for a date before the
// resident-scheme rules apply; the date follows it.
const ResidentRulesFrom = "the resident-scheme rules in the knowledge base apply from"

func (o *Outcome) resident(f Facts, p Policy, today, pay Date) error {
	rp := p.Resident
	payMonth := today.MonthOf()
	o.cite(Citation{Law: LawSIL, Article: 25})
	o.citeAll(rp.Basis)
	o.channel(ChanTax, ChanOnlineMedical, ChanMedicalCentre, ChanHotline12393)
	if today.Before(rp.AppliesFrom) {
		return &InvalidFactError{Field: FieldScheme, Reason: ResidentRulesFrom + " " + rp.AppliesFrom.String()}
	}
	if f.switching() {
		o.GapMonths = *f.GapMonths
		first := *f.Since
		o.FirstUnpaid = &first
		if o.GapMonths > 0 {
			// Employee cover stops on the region's own day (Shanghai: the
			// 15th); the resident scheme's dates below use the 1st.
			stop := first.Add(1).Day(p.BenefitDays.Stop())
			o.StoppedOn = &stop
			o.benefitDays(p)
			o.stopAhead()
		}
		if o.GapMonths == 0 {
			o.Verdict, o.Path = VerdictNoPaymentNeeded, PathNoGap
			o.step(StepPayCurrentMonth)
			o.doc(DocIDCard, DocHousehold)
			return nil
		}
		// The resident scheme's dates fall on the 1st: the regional day
		// rule is for the employee scheme.
		p.BenefitDays = BenefitDayPolicy{}
		if o.switchWithin(f, p, payMonth) {
			return nil
		}
		o.note(NoteSwitchTooShort)
		// Too short a record or too long a gap: an ordinary late
		// enrolment, the gap counted in whole years.
		no := false
		broken := o.GapMonths / 12
		f.Newborn, f.BrokenYears = &no, &broken
		if f.InWindow == nil {
			f.InWindow = &no
		}
	}
	if *f.Newborn {
		// A first enrolment: no gap, nothing to pay back, and a newborn has
		// no ID card yet, so the papers are the baby's and the guardian's.
		o.Verdict, o.Path = VerdictEnrol, PathResidentNewborn
		o.doc(DocBirthCert, DocHousehold, DocGuardianID)
		o.step(StepEnrolNewborn)
		return nil
	}
	o.doc(DocIDCard, DocHousehold)
	broken := *f.BrokenYears
	repay := 0
	if f.RepayYears != nil && broken > 0 {
		repay = *f.RepayYears
	}
	if repay > broken {
		repay = broken
		o.note(NoteRepayCapped)
	}
	inWindow := *f.InWindow
	// Enrolment in the autumn window buys cover for the next calendar year;
	// windows that run on into the new year (to February in Fujian) buy the
	// current year, from the payment at the earliest.
	start := payMonth
	// Only a window running into January and February is sourced (Fujian,
	// to February); one in spring or summer is not: see unsourcedWindow.
	currentYear := inWindow && today.Month <= 2
	unsourced := inWindow && today.Month > 2 && today.Month <= 8
	if inWindow {
		if currentYear {
			o.note(NoteWindowCurrentYear)
		} else {
			start = Month{today.Year + 1, 1}
			o.note(NoteWindowStart)
		}
		o.Deadlines = append(o.Deadlines, Deadline{ID: DeadlineResidentWindow})
	}
	if inWindow && broken == 0 {
		o.Verdict, o.Path = VerdictReEnroll, PathResidentRenewal
		d := start.FirstDay()
		if currentYear {
			d = pay
		}
		o.ResumesOn = &d
		if !currentYear && !unsourced && rp.NextYearNoDay {
			// "自下一年度起" (Shanghai art. 17) names the next insurance
			// year, not its first day: only Zhejiang's art. 31 ¶1 gives 1
			// January. No date, the start day for 12393 (audit round 14,
			// R14-U1).
			o.ResumesOn = nil
			o.Notes = slicesWithout(o.Notes, NoteWindowStart)
			o.note(NoteResidentYearUnsourced)
			o.ask(AskResidentYearStart)
		}
		o.step(StepEnrolInWindow)
		if unsourced {
			o.unsourcedWindow(pay)
		}
		return nil
	}
	o.Path = PathResidentWaiting
	fixed := rp.FixedWaitingMonths
	variable := broken*rp.VariableMonthsPerBrokenYear - repay*rp.RepairMonthsPerYear
	if variable < 0 {
		variable = 0
	}
	total := fixed + variable
	if rp.FloorBrokenYears > 0 && broken >= rp.FloorBrokenYears && total < rp.FloorMonths {
		total = rp.FloorMonths
	}
	if rp.LateFullYear && !inWindow {
		// Zhejiang art. 31: the 3rd natural month counting the payment
		// month; the later of that and the national wait applies.
		total = max(total, 2)
	}
	o.WaitingMonths = total
	d := start.Add(total).FirstDay()
	o.ResumesOn = &d
	if total > 0 {
		o.Deadlines = append(o.Deadlines, Deadline{On: &d, ID: DeadlineResidentWaiting})
		// 38号 says "3 months after enrolment"; counting from the payment
		// day instead would end the wait up to a month later.
		o.note(NoteWaitingFromPayDay)
	}
	o.note(NoteWaitingConvention)
	if !inWindow {
		o.note(NoteResumeAssumesNow)
	}
	if rp.LateFullYear && !inWindow && d.Year > today.Year {
		o.note(NoteLateYearBuysLittle)
	}
	if broken > 0 {
		o.BackPayAllowed = TriYes
		o.consequence(ConsResidentIncentiv)
	}
	if repay > 0 {
		o.Verdict = VerdictBackPay
		o.step(StepRepairYears)
	} else {
		o.Verdict = VerdictReEnroll
		if broken > 0 {
			o.step(StepRepairYears)
		}
	}
	if inWindow {
		o.step(StepEnrolInWindow)
	} else {
		o.step(StepEnrolResident)
	}
	if inWindow && !currentYear && total > 0 {
		// Enrolled in the window after a break: whether the wait runs
		// from the enrolment or from 1 January is not in the sources, and
		// paying inside the window must not come out later than outside
		// it without a source saying so.
		o.waitFromWindow(payMonth, start, total)
		if rp.OnTimeByYearEnd {
			// Zhejiang art. 31 ¶1: on time is 1 January, with no
			// exception for past breaks; 38号 adds a wait after one.
			// Both named, never the national dates alone (audit round
			// 4, R4-M3).
			o.onTimeVsNational(start.FirstDay())
		}
	}
	if !inWindow && total > 0 {
		o.waitFromPayDay(pay, total)
	}
	if rp.LateFullYear && !inWindow && !f.switching() {
		// Zhejiang art. 31 ¶2: the 3rd natural month counting the payment
		// month (December → 1 February); 38号's wait may be longer. Where
		// they differ both are named, never the later one alone (audit
		// round 2 W-R2-1).
		o.lateVsNational(payMonth.Add(2).FirstDay())
	}
	if slices.Contains(o.Notes, NoteLateYearBuysLittle) {
		// This year's premium with cover from next year at the earliest:
		// no source says it covers next year's days (art. 31 ¶1: 当年度),
		// so which year to pay for is the question, before any date
		// (audit round 5, R5-M2).
		o.AskLocally = append([]string{AskLateYearWhichYear}, slicesWithout(o.AskLocally, AskLateYearWhichYear)...)
		o.Verdict = VerdictConfirmLocally
		// The first step fits both readings: which year to pay for, before
		// paying (audit round 5, N1).
		o.Steps = append([]string{StepAskWhichYear}, slicesWithout(o.Steps, StepAskWhichYear)...)
	}
	if unsourced {
		o.unsourcedWindow(pay)
	}
	return nil
}

// waitFromPayDay: outside the window the wait counts from the payment month
// (the earliest) or from the payment day (up to nearly a month later); 38号
// does not say which, so the answer is a range, never "claims are paid from
// the earliest day" (audit round 2 M-R2-4).
func (o *Outcome) waitFromPayDay(pay Date, total int) {
	if o.ResumesOn == nil || pay.Day == 1 {
		return
	}
	earliest := *o.ResumesOn
	latest := pay.MonthOf().Add(total).Day(pay.Day).AddDays(1)
	if !earliest.Before(latest) {
		return
	}
	o.ResumesOn, o.ResumesEarliest, o.ResumesLatest = nil, &earliest, &latest
	o.Notes = slicesWithout(o.Notes, NoteWaitingConvention, NoteWaitingFromPayDay, NoteResumeAssumesNow)
	o.Deadlines = slicesWithoutDeadline(o.Deadlines, DeadlineResidentWaiting)
	o.ask(AskResidentWaitDay)
}

// lateVsNational widens the resume date to start at art31 where the
// regional rule gives an earlier day than the national wait.
func (o *Outcome) lateVsNational(art31 Date) {
	var earliest, latest Date
	switch {
	case o.ResumesOn != nil:
		earliest, latest = *o.ResumesOn, *o.ResumesOn
	case o.ResumesEarliest != nil && o.ResumesLatest != nil:
		earliest, latest = *o.ResumesEarliest, *o.ResumesLatest
	default:
		return
	}
	if !art31.Before(earliest) {
		return
	}
	o.ResumesOn, o.ResumesEarliest, o.ResumesLatest = nil, &art31, &latest
	o.Notes = slicesWithout(o.Notes, NoteWaitingConvention, NoteWaitingFromPayDay, NoteResumeAssumesNow)
	o.Deadlines = slicesWithoutDeadline(o.Deadlines, DeadlineResidentWaiting)
	o.AskLocally = slicesWithout(o.AskLocally, AskResidentWaitDay)
	o.ask(AskLateVsNational)
	o.Verdict = VerdictConfirmLocally
}

// onTimeVsNational widens the resume date to start at jan (Zhejiang art.
// 31 ¶1: on-time payers are covered from 1 January) where 38号's wait after
// a break gives a later day; the question asks whether Zhejiang applies
// the national wait, as lateVsNational does for the late path.
func (o *Outcome) onTimeVsNational(jan Date) {
	latest := o.ResumesOn
	if latest == nil {
		latest = o.ResumesLatest
	}
	if latest == nil || !jan.Before(*latest) {
		return
	}
	l := *latest
	o.ResumesOn, o.ResumesEarliest, o.ResumesLatest = nil, &jan, &l
	o.Notes = slicesWithout(o.Notes, NoteWaitingConvention, NoteWaitingFromPayDay, NoteResumeAssumesNow)
	o.Deadlines = slicesWithoutDeadline(o.Deadlines, DeadlineResidentWaiting)
	o.AskLocally = append([]string{AskOnTimeVsNational}, slicesWithout(o.AskLocally, AskOnTimeVsNational)...)
	o.Verdict = VerdictConfirmLocally
}
