package rules

import (
	"slices"

	"github.com/shopspring/decimal"
)

// Employers that owe contributions: the employer's deadline and late fee,
// employers that are gone, and people on unemployment benefit.

func (o *Outcome) unitArrears(f Facts, p Policy, pay Date, payMonth Month) {
	o.Verdict, o.Path = VerdictEmployerPays, PathUnitArrears
	o.BackPayAllowed = TriYes
	ua := p.UnitArrears
	if o.GapMonths > 0 {
		resume := payMonth.Add(ua.ResumeMonthsAfterPayment).Day(p.BenefitDays.Restart())
		if ua.ResumeUnknown {
			o.ResumesEarliest = &resume
			o.ask(AskGapCover)
		} else {
			o.WaitingMonths = ua.ResumeMonthsAfterPayment
			o.ResumesOn = &resume
			o.note(NoteWaitingConvention, NoteResumeAssumesNow)
		}
	}
	switch ua.GapCover {
	case GapCoverIfPaidByDeadline:
		// Covered only if the unit pays by the ordered deadline, which the
		// person cannot know in advance.
		o.Retroactive = TriUnknown
		o.note(NoteGapCoverDeadline)
	case GapCoverNone:
		o.Retroactive = TriNo
	default:
		o.Retroactive = TriUnknown
		o.ask(AskGapCover)
	}
	if f.UnitStatus == "" {
		o.open(FieldUnitStatus, WhyUnitStatus)
		o.note(NoteUnitStatusAssumed)
	}
	// Press the employer in writing first, then where to complain (SIL
	// arts. 63, 82); the record backs both.
	o.step(StepAskUnitToPay, StepComplain, StepCheckRecord, StepKeepReceipts)
	if o.PersonalAccountUsable.Yes() {
		o.step(StepUseAccountBalance)
	}
	o.doc(DocIDCard, DocSocialCard, DocLabourContract, DocPaymentNotice, DocUnitCredentials)
	o.channel(ChanEmployerHR, ChanTax, ChanMedicalCentre, ChanHotline12393, ChanHotline12333)
	o.employerOrder(p)
	switch f.UnitStatus {
	case UnitHardship:
		o.Agreement = AgreementInstalment
		o.doc(DocGuarantee)
	case UnitMerged:
		o.Agreement = AgreementMerged
	case UnitDivided:
		o.Agreement = AgreementDivided
	case UnitAuctioned:
		o.Agreement = AgreementAuctioned
	default:
		o.Agreement = AgreementNotice
	}
	o.consequence(ConsLateFee, ConsFine, ConsUndeclared, ConsEnforcement, ConsCredit)
	if ua.EmployerBearsCostsWhenLate {
		o.consequence(ConsEmployerBears)
	}
	o.arrearsMoney(f, p, pay)
}

func (o *Outcome) employerOrder(p Policy) {
	ua := p.UnitArrears
	o.LateFeeApplies = true
	o.cite(Citation{Law: LawSIL, Article: 60}, Citation{Law: LawSIL, Article: 62},
		Citation{Law: LawSIL, Article: 63}, Citation{Law: LawSIL, Article: 86},
		Citation{Law: LawHandling, Article: 45})
	o.citeAll(ua.Basis)
	id := DeadlineEmployerOrder
	if ua.OrderDeadlineDays > 0 {
		id = DeadlineEmployerOrderDays
	}
	o.Deadlines = append(o.Deadlines, Deadline{ID: id})
}

// employerGone handles a bankrupt, closed or vanished employer: the person
// protects their own cover now under the rules for people paying
// themselves, and the arrears are claimed afterwards.
func (o *Outcome) employerGone(f Facts, p Policy, pay Date) {
	o.individual(f, p, o.Today.MonthOf())
	o.Verdict, o.Path = VerdictProtectCover, PathEmployerGone
	// The months unpaid are the employer's, whichever self-payer question
	// the region's gap rules chose: "can I pay back the months I missed"
	// (Zhejiang, Shanghai) invites the person to pay what the employer
	// owes (SIL arts. 63, 86; audit round 21, R21-M5).
	if i := slices.IndexFunc(o.AskLocally, func(id string) bool { return id == AskIndividualGap || id == AskBackPayOver }); i >= 0 {
		o.AskLocally[i] = AskEmployerGoneGap
		o.AskLocally = append(o.AskLocally[:i+1], slicesWithout(o.AskLocally[i+1:], AskIndividualGap, AskBackPayOver, AskEmployerGoneGap)...)
	}
	// Whether the gap itself is ever covered depends on the unit or its
	// liquidator paying, which nobody can promise.
	switch p.UnitArrears.GapCover {
	case GapCoverNone:
		o.Retroactive = TriNo
	case GapCoverIfPaidByDeadline:
		o.Retroactive = TriUnknown
		o.note(NoteGapCoverDeadline)
	default:
		o.Retroactive = TriUnknown
		o.ask(AskGapCover)
	}
	// Enrolling now replaces resuming or back-paying on one's own account;
	// the account balance, where usable, still helps meanwhile.
	account := slices.Contains(o.Steps, StepUseAccountBalance)
	o.Steps = []string{StepProtectCover, StepConsiderResident, StepCheckRecord, StepClaimArrears, StepComplain, StepKeepReceipts}
	if account {
		o.step(StepUseAccountBalance)
	}
	o.doc(DocLabourContract)
	o.channel(ChanHotline12333)
	o.employerOrder(p)
	switch f.UnitStatus {
	case UnitBankrupt:
		o.Agreement = AgreementBankrupt
		o.consequence(ConsBankruptAudit)
	}
	o.consequence(ConsLateFee, ConsFine, ConsEnforcement)
	if p.UnitArrears.EmployerBearsCostsWhenLate {
		o.consequence(ConsEmployerBears)
	}
	monthly, est, months := o.MonthlyAmount, o.Estimate, o.EstimateMonths
	o.arrearsMoney(f, p, pay)
	if f.Arrears == nil && f.ArrearsMonthly == nil {
		o.MonthlyAmount, o.Estimate, o.EstimateMonths = monthly, est, months
	}
}

// arrearsMoney works out the unit's late fee and fine.
func (o *Outcome) arrearsMoney(f Facts, p Policy, pay Date) {
	if f.Arrears == nil && f.ArrearsMonthly == nil {
		o.open(FieldArrears, WhyArrears)
		if f.DueDate == nil {
			o.open(FieldDueDate, WhyDueDate)
		}
		return
	}
	lf := p.LateFee
	owed := o.GapMonths
	if ahead := pay.MonthOf().Since(o.Today.MonthOf()); ahead > 0 {
		// A payment date ahead is a plan: the months owed by then, as
		// the late fee already counts them (issue 18 item 8).
		owed += ahead
		o.note(NotePlanMonths)
	}
	months := max(owed, 1)
	total := f.Arrears
	if total == nil {
		total = money(f.ArrearsMonthly.Mul(decimal.NewFromInt(int64(months))))
	}
	o.FineMin = money(total.Mul(decimal.NewFromInt(int64(lf.FineMultipleMin))))
	o.FineMax = money(total.Mul(decimal.NewFromInt(int64(lf.FineMultipleMax))))
	o.EstimateMonths = owed
	if f.DueDate == nil {
		o.Estimate = money(*total)
		o.note(NoteDueDateNeeded)
		o.open(FieldDueDate, WhyDueDate)
		return
	}
	if f.ArrearsMonthly != nil {
		// Each month's contribution falls due a month after the previous
		// one, so each accrues from its own due date.
		o.LateFeeDays, o.LateFee = LateFeeMonthly(*f.ArrearsMonthly, *f.DueDate, months, pay, lf.RatePerDay)
		o.note(NoteLateFeeMonthly)
	} else {
		o.LateFeeDays, o.LateFee = LateFee(*total, *f.DueDate, pay, lf.RatePerDay)
		o.note(NoteLateFeeDays)
		if owed > 1 {
			o.LateFeeIsMaximum = true
			o.note(NoteLateFeeUpperBound)
		}
	}
	o.Estimate = money(total.Add(*o.LateFee))
}

// LateFeeMonthly is the late fee on months owed one after another: month i
// (from 0) falls due on the same day i months after firstDue (the month's
// last day when shorter) and accrues from then to paid. days is the first
// month's count.
func LateFeeMonthly(perMonth decimal.Decimal, firstDue Date, months int, paid Date, ratePerDay decimal.Decimal) (days int, fee *decimal.Decimal) {
	sum := decimal.Zero
	m0 := firstDue.MonthOf()
	for i := range months {
		due := m0.Add(i).Day(firstDue.Day)
		d := max(paid.DaysAfter(due), 0)
		if i == 0 {
			days = d
		}
		sum = sum.Add(perMonth.Mul(ratePerDay).Mul(decimal.NewFromInt(int64(d))))
	}
	return days, money(sum)
}

func (o *Outcome) unemployment(p Policy) {
	o.Verdict, o.Path = VerdictNoPaymentNeeded, PathUnemployment
	o.personalAccount(p)
	o.cite(Citation{Law: LawSIL, Article: 48})
	o.citeAll(p.Unemployment.Basis)
	// Already drawing the benefit: nothing to apply for; what matters is
	// the day it ends.
	o.step(StepFundPaysNow, StepAfterBenefit, StepKeepReceipts)
	if len(p.Unemployment.Basis) > 0 && p.Unemployment.PromptStartUnknown {
		o.ask(AskAfterBenefitStart)
	}
	o.doc(DocIDCard, DocSocialCard)
	o.channel(ChanHotline12333, ChanOnlineSocial, ChanMedicalCentre, ChanHotline12393)
	o.Deadlines = append(o.Deadlines, Deadline{ID: DeadlineBenefitEnds})
}

// LateFee computes the employer's late fee: rate per day on the amount owed,
// for each calendar day from the due date (exclusive) to the payment date
// (inclusive), rounded half-up to 0.01 yuan. A payment on or before the due
// date owes nothing.
func LateFee(owed decimal.Decimal, due, paid Date, ratePerDay decimal.Decimal) (days int, fee *decimal.Decimal) {
	days = paid.DaysAfter(due)
	if days < 0 {
		days = 0
	}
	return days, money(owed.Mul(ratePerDay).Mul(decimal.NewFromInt(int64(days))))
}

// money rounds half-up (away from zero for the non-negative amounts used
// here) to 0.01 yuan.
func money(d decimal.Decimal) *decimal.Decimal {
	r := d.Round(2)
	return &r
}
