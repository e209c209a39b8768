package rules

import (
	"github.com/shopspring/decimal"
)

// Outcome is the decision for one case: IDs into the knowledge base, dates
// and amounts. It carries no sentences.
type Outcome struct {
	Verdict Verdict
	Path    Path
	// Facts are the facts the decision used, with the gap normalised.
	Facts Facts
	// Region is the policy's region; RegionFallback says the asked-for region
	// was unknown and the national baseline was used instead.
	Region         string
	RegionFallback bool
	Today          Date

	BackPayAllowed bool
	LateFeeApplies bool
	LateFee        *decimal.Decimal
	LateFeeDays    int
	FineMin        *decimal.Decimal
	FineMax        *decimal.Decimal
	// Estimate is what the person (or unit) will pay: the back-payment when
	// it is allowed, otherwise one month's contribution to restart;
	// EstimateMonths says how many months it covers.
	Estimate       *decimal.Decimal
	EstimateMonths int
	MonthlyAmount  *decimal.Decimal

	GapMonths   int
	FirstUnpaid *Month
	// StoppedOn is the 1st day of the month after the first unpaid month.
	StoppedOn *Date
	// ResumesOn assumes payment in the current month.
	ResumesOn        *Date
	WaitingMonths    int
	WaitingIsMaximum bool
	Retroactive      bool
	// PersonalAccountUsable: the personal account balance stays usable.
	PersonalAccountUsable bool

	RequiredYears        *decimal.Decimal
	RequirementIsMaximum bool
	ShortfallMonths      int

	Documents    []string
	Channels     []string
	Steps        []string
	Agreement    string
	Consequences []string
	Notes        []string
	Citations    []Citation
}

// Statutory citations used on every path of a kind. Law IDs name documents
// in the knowledge base.
const (
	LawSIL      = "sil"          // 社会保险法
	LawHandling = "sihr"         // 社会保险经办条例
	LawTransfer = "ybbf-2021-43" // 医保办发〔2021〕43号
	LawResident = "gbf-2024-38"  // 国办发〔2024〕38号
)

// Evaluate decides a case. today is the date the answer is for; payment is
// assumed to happen in today's month unless Facts.PayDate says otherwise.
// fallback marks that p is the national baseline standing in for an unknown
// region. Missing facts give a *MissingFactsError, bad ones an
// *InvalidFactError.
func Evaluate(f Facts, p Policy, today Date, fallback bool) (Outcome, error) {
	if err := Validate(f); err != nil {
		return Outcome{}, err
	}
	if need := Needed(f, InputsOf(p)); len(need) > 0 {
		return Outcome{}, &MissingFactsError{Fields: need}
	}
	// Facts that do not matter for the others (a payer given by someone
	// who then said they are retired) must not steer the decision.
	f = Prune(f, InputsOf(p))
	if (f.Scheme == SchemeEmployee && f.Retirement == RetirementWorking) || (f.Scheme == SchemeResident && f.switching()) {
		if err := normalizeGap(&f, today); err != nil {
			return Outcome{}, err
		}
	}
	o := Outcome{Facts: f, Region: p.Region, RegionFallback: fallback, Today: today,
		// Sized for the longest path so appends never regrow.
		Documents: make([]string, 0, 8), Channels: make([]string, 0, 8), Steps: make([]string, 0, 8),
		Consequences: make([]string, 0, 8), Notes: make([]string, 0, 8), Citations: make([]Citation, 0, 10)}
	if fallback || p.Region == NationalRegion {
		o.note(NoteRegionFallback)
	}
	pay := today
	if f.PayDate != nil {
		pay = *f.PayDate
		if f.Since != nil && pay.MonthOf().Since(*f.Since) < 0 {
			return Outcome{}, &InvalidFactError{Field: "pay_date", Reason: "the payment date is before the first unpaid month"}
		}
	}
	payMonth := pay.MonthOf()

	switch {
	case f.Scheme == SchemeResident:
		if err := o.resident(f, p, today, payMonth); err != nil {
			return Outcome{}, err
		}
	case f.Retirement == RetirementRetired:
		o.Verdict, o.Path = VerdictNoPaymentNeeded, PathRetired
		o.PersonalAccountUsable = p.PersonalAccountUsable
		o.step(StepNothingToPay)
		o.cite(Citation{Law: LawSIL, Article: 27})
		o.channel(ChanMedicalCentre, ChanHotline12393)
	case f.Retirement == RetirementAtAge:
		o.retirement(f, p, today)
	default:
		o.working(f, p, pay, payMonth)
	}
	o.note(NoteConfirmLocally)
	o.channel(p.Channels...)
	return o, nil
}

func (o *Outcome) working(f Facts, p Policy, pay Date, payMonth Month) {
	o.GapMonths = *f.GapMonths
	first := *f.Since
	o.FirstUnpaid = &first
	o.PersonalAccountUsable = p.PersonalAccountUsable
	o.cite(Citation{Law: LawSIL, Article: 23})
	if o.GapMonths > 0 {
		stop := first.Add(1).FirstDay()
		o.StoppedOn = &stop
		o.note(NoteStopConvention)
	}

	if f.Payer == PayerUnit && f.Reason == ReasonArrears {
		o.unitArrears(f, p, pay, payMonth)
		return
	}
	// A payment date matters only for an employer's late fee; elsewhere the
	// gap is counted to this month, so the answer is for paying now.
	payMonth = o.Today.MonthOf()
	if o.GapMonths == 0 {
		o.Verdict, o.Path = VerdictNoPaymentNeeded, PathNoGap
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
		t := p.Transfer
		o.cite(Citation{Law: LawSIL, Article: 32})
		o.citeAll(t.Basis)
		o.doc(DocIDCard, DocSocialCard, DocTransferForm)
		o.channel(ChanEmployerHR, ChanMedicalCentre, ChanOnlineMedical, ChanHotline12393)
		if t.LimitMonths > 0 && o.GapMonths <= t.LimitMonths {
			o.Path = PathTransferWithin
			o.gap(t.WithinLimit, payMonth)
			o.step(StepAskUnitToPay, StepTransferApply, StepBackPayGap, StepClaimGapCosts)
		} else {
			o.Path = PathTransferOver
			o.gap(t.OverLimit, payMonth)
			o.step(StepAskUnitToPay, StepTransferApply, StepCheckRecord)
			o.consequence(ConsLostCoverage)
		}
		o.Verdict = VerdictReEnroll
		if o.BackPayAllowed {
			o.Verdict = VerdictBackPay
		}
		o.step(StepKeepReceipts)
	default: // individual payer, or left a job with no new employer
		ip := p.Individual
		o.cite(Citation{Law: LawSIL, Article: 60})
		o.citeAll(ip.Basis)
		o.doc(DocIDCard, DocSocialCard)
		if f.Reason == ReasonLeftJob {
			o.doc(DocTermination)
			o.step(StepUnemploymentFund)
		}
		o.channel(ChanTax, ChanOnlineSocial, ChanMedicalCentre, ChanHotline12393, ChanHotline12333)
		if ip.LimitMonths > 0 && o.GapMonths <= ip.LimitMonths {
			o.Path = PathIndividualWithin
			o.gap(ip.WithinLimit, payMonth)
		} else {
			o.Path = PathIndividualOver
			o.gap(ip.OverLimit, payMonth)
			o.consequence(ConsLostCoverage)
		}
		if f.Reason == ReasonLeftJob || f.Payer == PayerUnit {
			o.step(StepRegisterFlexible)
		}
		if o.BackPayAllowed {
			o.Verdict = VerdictBackPay
			o.step(StepBackPayGap)
			if o.Retroactive {
				o.step(StepClaimGapCosts)
			}
		} else {
			o.Verdict = VerdictReEnroll
			o.step(StepResumePaying)
			if o.WaitingMonths > 1 {
				o.note(NoteWaitingRestarts)
			}
		}
		if ip.PersonalAccountFromNextMonth {
			o.PersonalAccountUsable = true
			o.step(StepUseAccountBalance)
		}
		o.step(StepConsiderResident, StepKeepReceipts)
		o.note(NoteNoLateFeeIndiv)
		o.estimateIndividual(f, p)
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
	if cont < p.Transfer.SwitchMinContinuousYears || o.GapMonths > p.Transfer.LimitMonths {
		return false
	}
	o.Path, o.Verdict = PathSwitchWithin, VerdictBackPay
	o.gap(p.Transfer.WithinLimit, payMonth)
	o.citeAll(p.Transfer.Basis)
	o.step(StepTransferApply, StepBackPayGap, StepClaimGapCosts)
	o.doc(DocIDCard, DocSocialCard, DocTransferForm)
	o.channel(ChanMedicalCentre, ChanOnlineMedical, ChanTax, ChanHotline12393)
	return true
}

// gap applies a gap treatment, paying in payMonth.
func (o *Outcome) gap(t GapTreatment, payMonth Month) {
	o.BackPayAllowed = t.BackPay
	o.Retroactive = t.Retroactive
	o.WaitingMonths = t.WaitingMonths
	o.WaitingIsMaximum = t.WaitingIsMaximum
	resume := payMonth.Add(t.WaitingMonths).FirstDay()
	o.ResumesOn = &resume
	o.note(NoteWaitingConvention, NoteResumeAssumesNow)
	if t.WaitingIsMaximum {
		o.note(NoteWaitingMaximum)
	}
}

func (o *Outcome) unitArrears(f Facts, p Policy, pay Date, payMonth Month) {
	o.Verdict, o.Path = VerdictEmployerPays, PathUnitArrears
	o.BackPayAllowed = true
	o.LateFeeApplies = true
	ua := p.UnitArrears
	o.cite(Citation{Law: LawSIL, Article: 60}, Citation{Law: LawSIL, Article: 62},
		Citation{Law: LawSIL, Article: 63}, Citation{Law: LawSIL, Article: 86},
		Citation{Law: LawHandling, Article: 45})
	o.citeAll(ua.Basis)
	if o.GapMonths > 0 {
		o.WaitingMonths = ua.ResumeMonthsAfterPayment
		resume := payMonth.Add(ua.ResumeMonthsAfterPayment).FirstDay()
		o.ResumesOn = &resume
		o.note(NoteWaitingConvention, NoteResumeAssumesNow)
	}
	switch ua.GapCover {
	case GapCoverIfPaidByDeadline:
		o.Retroactive = true
		o.note(NoteGapCoverDeadline)
	}
	o.step(StepCheckRecord, StepAskUnitToPay, StepComplain, StepKeepReceipts)
	if o.PersonalAccountUsable {
		o.step(StepUseAccountBalance)
	}
	o.doc(DocIDCard, DocSocialCard, DocLabourContract, DocPaymentNotice, DocUnitCredentials)
	o.channel(ChanEmployerHR, ChanTax, ChanMedicalCentre, ChanHotline12393, ChanHotline12333)

	switch f.UnitStatus {
	case UnitHardship:
		o.Agreement = AgreementInstalment
		o.doc(DocGuarantee)
	case UnitMerged:
		o.Agreement = AgreementMerged
	case UnitDivided:
		o.Agreement = AgreementDivided
	case UnitBankrupt:
		o.Agreement = AgreementBankrupt
		o.consequence(ConsBankruptAudit)
	case UnitAuctioned:
		o.Agreement = AgreementAuctioned
	default:
		o.Agreement = AgreementNotice
	}
	o.consequence(ConsLateFee, ConsFine, ConsUndeclared, ConsEnforcement, ConsCredit)
	if ua.EmployerBearsCostsWhenLate {
		o.consequence(ConsEmployerBears)
	}

	if f.Arrears != nil {
		lf := p.LateFee
		o.FineMin = money(f.Arrears.Mul(decimal.NewFromInt(int64(lf.FineMultipleMin))))
		o.FineMax = money(f.Arrears.Mul(decimal.NewFromInt(int64(lf.FineMultipleMax))))
		if f.DueDate != nil {
			o.LateFeeDays, o.LateFee = LateFee(*f.Arrears, *f.DueDate, pay, lf.RatePerDay)
			o.Estimate = money(f.Arrears.Add(*o.LateFee))
			o.note(NoteLateFeeDays)
		} else {
			o.Estimate = money(*f.Arrears)
			o.note(NoteDueDateNeeded)
		}
		o.EstimateMonths = o.GapMonths
	}
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

func (o *Outcome) estimateIndividual(f Facts, p Policy) {
	ip := p.Individual
	if f.Base == nil {
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
	if o.BackPayAllowed {
		months = o.GapMonths
	}
	o.EstimateMonths = months
	o.Estimate = money(monthly.Mul(decimal.NewFromInt(int64(months))))
}

func (o *Outcome) retirement(f Facts, p Policy, today Date) {
	r := p.Retirement
	o.cite(Citation{Law: LawSIL, Article: 27})
	o.citeAll(r.Basis)
	o.PersonalAccountUsable = p.PersonalAccountUsable
	o.doc(DocIDCard, DocSocialCard, DocContribRecord)
	o.channel(ChanMedicalCentre, ChanOnlineMedical, ChanHotline12393, ChanHotline12333)

	required := r.RequiredYears
	if r.BySex() {
		required = r.RequiredYearsFemale
		if f.Sex == SexMale {
			required = r.RequiredYearsMale
		}
	}
	if required == nil {
		o.Verdict, o.Path = VerdictPayShortfall, PathRetirementUnknown
		o.note(NoteRequirementLocal)
		o.step(StepConfirmYears, StepPayShortfall)
		return
	}
	o.RequiredYears = required
	if r.FullFrom != nil && today.Before(*r.FullFrom) {
		o.RequirementIsMaximum = true
		o.note(NoteRequirementCeiling)
	}
	twelve := decimal.NewFromInt(12)
	met := f.YearsPaid.GreaterThanOrEqual(*required)
	if r.StrictlyMore {
		met = f.YearsPaid.GreaterThan(*required)
	}
	// Shortfall in whole months; "more than N years" needs a month past N.
	short := required.Sub(*f.YearsPaid).Mul(twelve).Ceil().IntPart()
	if r.StrictlyMore {
		short = required.Sub(*f.YearsPaid).Mul(twelve).Floor().IntPart() + 1
	}
	if r.MinLocalYears != nil {
		o.note(NoteLocalYears)
		if f.LocalYearsPaid != nil && f.LocalYearsPaid.LessThan(*r.MinLocalYears) {
			local := r.MinLocalYears.Sub(*f.LocalYearsPaid).Mul(twelve).Ceil().IntPart()
			met = false
			short = max(short, local)
		}
	}
	if met {
		o.Verdict, o.Path = VerdictNoPaymentNeeded, PathRetirementMet
		o.step(StepConfirmYears, StepNothingToPay)
		return
	}
	o.Verdict, o.Path = VerdictPayShortfall, PathRetirementShort
	o.ShortfallMonths = int(short)
	o.BackPayAllowed = true
	o.step(StepConfirmYears, StepPayShortfall)
	if r.Monthly || r.LumpSum {
		o.note(NoteShortfallModes)
	}
}

func (o *Outcome) resident(f Facts, p Policy, today Date, payMonth Month) error {
	rp := p.Resident
	o.cite(Citation{Law: LawSIL, Article: 25})
	o.citeAll(rp.Basis)
	o.channel(ChanTax, ChanOnlineMedical, ChanMedicalCentre, ChanHotline12393)
	o.doc(DocIDCard, DocHousehold)
	if today.Before(rp.AppliesFrom) {
		return &InvalidFactError{Field: FieldScheme, Reason: "the resident-scheme rules in the knowledge base apply from " + rp.AppliesFrom.String()}
	}
	if f.switching() {
		o.GapMonths = *f.GapMonths
		first := *f.Since
		o.FirstUnpaid = &first
		if o.GapMonths > 0 {
			stop := first.Add(1).FirstDay()
			o.StoppedOn = &stop
			o.note(NoteStopConvention)
		}
		if o.GapMonths == 0 {
			o.Verdict, o.Path = VerdictNoPaymentNeeded, PathNoGap
			o.step(StepPayCurrentMonth)
			return nil
		}
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
		o.Verdict, o.Path = VerdictReEnroll, PathResidentNewborn
		o.doc(DocBirthCert)
		o.step(StepEnrolNewborn)
		return nil
	}
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
	// Enrolment in the annual window buys cover for the next calendar year,
	// so that is when benefits, and any waiting period, start.
	start := payMonth
	if inWindow {
		start = Month{today.Year + 1, 1}
		o.note(NoteWindowStart)
	}
	if inWindow && broken == 0 {
		o.Verdict, o.Path = VerdictReEnroll, PathResidentRenewal
		d := start.FirstDay()
		o.ResumesOn = &d
		o.step(StepEnrolInWindow)
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
	o.WaitingMonths = total
	d := start.Add(total).FirstDay()
	o.ResumesOn = &d
	o.note(NoteWaitingConvention)
	if broken > 0 {
		o.BackPayAllowed = true
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
	return nil
}

func (o *Outcome) step(ids ...string)        { o.Steps = appendUnique(o.Steps, ids...) }
func (o *Outcome) channel(ids ...string)     { o.Channels = appendUnique(o.Channels, ids...) }
func (o *Outcome) doc(ids ...string)         { o.Documents = appendUnique(o.Documents, ids...) }
func (o *Outcome) note(ids ...string)        { o.Notes = appendUnique(o.Notes, ids...) }
func (o *Outcome) consequence(ids ...string) { o.Consequences = appendUnique(o.Consequences, ids...) }
func (o *Outcome) citeAll(cs []Citation)     { o.cite(cs...) }
func (o *Outcome) cite(cs ...Citation) {
	for _, c := range cs {
		dup := false
		for _, have := range o.Citations {
			if have == c {
				dup = true
				break
			}
		}
		if !dup {
			o.Citations = append(o.Citations, c)
		}
	}
}

func appendUnique(s []string, ids ...string) []string {
next:
	for _, id := range ids {
		for _, have := range s {
			if have == id {
				continue next
			}
		}
		s = append(s, id)
	}
	return s
}
