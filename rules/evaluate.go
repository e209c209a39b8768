package rules

import (
	"slices"

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

	// BackPayAllowed, Retroactive and PersonalAccountUsable are unknown
	// where the sources do not settle them for the region; AskLocally then
	// says what to ask.
	BackPayAllowed Tri
	LateFeeApplies bool
	LateFee        *decimal.Decimal
	LateFeeDays    int
	// LateFeeIsMaximum: the fee counts every month from the first due date,
	// an upper bound when several months are owed.
	LateFeeIsMaximum bool
	FineMin          *decimal.Decimal
	FineMax          *decimal.Decimal
	// Estimate is what the person (or unit) will pay: the back-payment when
	// it is allowed, otherwise one month's contribution to restart;
	// EstimateMonths says how many months it covers.
	Estimate       *decimal.Decimal
	EstimateMonths int
	MonthlyAmount  *decimal.Decimal

	GapMonths   int
	FirstUnpaid *Month
	// StoppedOn is the region's stop day in the month after the first
	// unpaid month.
	StoppedOn *Date
	// ResumesOn assumes payment in the current month; nil when it depends on
	// something unsettled, with ResumesEarliest and ResumesLatest (nil when
	// no source bounds it) the range.
	ResumesOn        *Date
	ResumesEarliest  *Date
	ResumesLatest    *Date
	WaitingMonths    int
	WaitingIsMaximum bool
	Retroactive      Tri
	// PersonalAccountUsable: the personal account balance stays usable.
	PersonalAccountUsable Tri

	RequiredYears        *decimal.Decimal
	RequirementIsMaximum bool
	ShortfallMonths      int
	// ShortfallIsMinimum: the shortfall may be larger (local years not given).
	ShortfallIsMinimum bool

	// Deadlines are in date order, undated ones last, none before Today.
	Deadlines []Deadline
	// WindowClosedOn is when a window that has already passed closed.
	WindowClosedOn *Date
	// OpenQuestions are facts not given that the outcome depends on.
	OpenQuestions []OpenQuestion
	// AskLocally names the questions to put to 12393 (IDs of texts).
	AskLocally []string

	Documents    []string
	Channels     []string
	Steps        []string
	Agreement    string
	Consequences []string
	Notes        []string
	Citations    []Citation
}

// Deadline is a date by which something must be done to keep a better
// treatment. On is nil when it runs from a date the person has not given
// (the tax authority's order, the end of a benefit) or that only the city
// sets (its enrolment window); IfLate is when cover would resume if paid
// just after On, when that is known.
type Deadline struct {
	On     *Date
	ID     string
	IfLate *Date
}

// OpenQuestion is a fact the outcome depends on that was not given; Why
// names the text that explains both branches.
type OpenQuestion struct {
	Fact Field
	Why  string
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
// *InvalidFactError. Facts listed by Decisive may be absent: the outcome
// then carries both branches and the fact as an open question.
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
	if (f.Scheme == SchemeEmployee && f.Retirement == RetirementWorking && f.Reason != ReasonUnemployment) ||
		(f.Scheme == SchemeResident && f.switching()) {
		if err := normalizeGap(&f, today); err != nil {
			return Outcome{}, err
		}
	}
	gapped := f.GapMonths != nil && ((f.Scheme == SchemeEmployee && f.Retirement == RetirementWorking) || f.Scheme == SchemeResident)
	if gapped && f.switching() && f.ContinuousYears == nil && *f.GapMonths > 0 && *f.GapMonths <= p.Transfer.LimitMonths {
		return evaluateBoth(f, p, today, fallback, PathSwitchOpen, OpenQuestion{FieldContinuousYears, WhyContinuousYears},
			func(g *Facts, yes bool) {
				n := 0
				if yes {
					n = MaxYears
				}
				g.ContinuousYears = &n
			})
	}
	return evaluate(f, p, today, fallback)
}

// evaluateBoth answers a case whose outcome depends on a fact not given:
// it decides both ways and keeps only what holds in both, so nothing is
// promised that one branch denies.
func evaluateBoth(f Facts, p Policy, today Date, fallback bool, path Path, q OpenQuestion, set func(*Facts, bool)) (Outcome, error) {
	yf, nf := f, f
	set(&yf, true)
	set(&nf, false)
	yes, err := evaluate(yf, p, today, fallback)
	if err != nil {
		return Outcome{}, err
	}
	no, err := evaluate(nf, p, today, fallback)
	if err != nil {
		return Outcome{}, err
	}
	o := yes
	o.Facts = f
	o.Path = path
	if yes.Verdict != no.Verdict {
		o.Verdict = VerdictConfirmLocally
	}
	o.BackPayAllowed = sameTri(yes.BackPayAllowed, no.BackPayAllowed)
	o.Retroactive = sameTri(yes.Retroactive, no.Retroactive)
	o.PersonalAccountUsable = sameTri(yes.PersonalAccountUsable, no.PersonalAccountUsable)
	if !sameDate(yes.ResumesOn, no.ResumesOn) || yes.ResumesOn == nil {
		o.ResumesOn = nil
		o.ResumesEarliest = earliest(yes, no)
		o.ResumesLatest = latest(yes, no)
	}
	if yes.WaitingMonths != no.WaitingMonths {
		o.WaitingMonths = max(yes.WaitingMonths, no.WaitingMonths)
		o.WaitingIsMaximum = true
	}
	o.Notes = slicesWithout(o.Notes, NoteResumeAssumesNow, NoteWaitingConvention)
	o.step(no.Steps...)
	o.doc(no.Documents...)
	o.cite(no.Citations...)
	o.AskLocally = appendUnique(o.AskLocally, no.AskLocally...)
	for _, d := range no.Deadlines {
		if !slices.ContainsFunc(o.Deadlines, func(e Deadline) bool { return e.ID == d.ID }) {
			o.Deadlines = append(o.Deadlines, d)
		}
	}
	o.OpenQuestions = append([]OpenQuestion{q}, o.OpenQuestions...)
	o.finish()
	return o, nil
}

func sameTri(a, b Tri) Tri {
	if a == b {
		return a
	}
	return TriUnknown
}

func sameDate(a, b *Date) bool { return (a == nil && b == nil) || (a != nil && b != nil && *a == *b) }

func lo(o Outcome) *Date {
	if o.ResumesOn != nil {
		return o.ResumesOn
	}
	return o.ResumesEarliest
}

func hi(o Outcome) *Date {
	if o.ResumesOn != nil {
		return o.ResumesOn
	}
	return o.ResumesLatest
}

func earliest(a, b Outcome) *Date {
	x, y := lo(a), lo(b)
	switch {
	case x == nil:
		return y
	case y == nil || x.Before(*y):
		return x
	}
	return y
}

// latest is nil when either branch has no known latest date.
func latest(a, b Outcome) *Date {
	x, y := hi(a), hi(b)
	if x == nil || y == nil {
		return nil
	}
	if x.Before(*y) {
		return y
	}
	return x
}

func slicesWithout(s []string, drop ...string) []string {
	out := s[:0:0]
	for _, x := range s {
		if !slices.Contains(drop, x) {
			out = append(out, x)
		}
	}
	return out
}

func evaluate(f Facts, p Policy, today Date, fallback bool) (Outcome, error) {
	o := Outcome{Facts: f, Region: p.Region, RegionFallback: fallback, Today: today,
		// Nothing to pay back and no gap to cover unless a path says so;
		// unknown only where a path finds the sources silent.
		BackPayAllowed: TriNo, Retroactive: TriNo, PersonalAccountUsable: TriNo,
		// Sized for the longest path so appends never regrow.
		Documents: make([]string, 0, 8), Channels: make([]string, 0, 8), Steps: make([]string, 0, 10),
		Consequences: make([]string, 0, 8), Notes: make([]string, 0, 10), Citations: make([]Citation, 0, 12)}
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
		if err := o.resident(f, p, today, pay); err != nil {
			return Outcome{}, err
		}
	case f.Retirement == RetirementRetired:
		o.Verdict, o.Path = VerdictNoPaymentNeeded, PathRetired
		o.personalAccount(p)
		o.step(StepNothingToPay)
		o.cite(Citation{Law: LawSIL, Article: 27})
		o.channel(ChanMedicalCentre, ChanHotline12393)
	case f.Retirement == RetirementAtAge:
		o.retirement(f, p, today)
	case f.Reason == ReasonUnemployment:
		o.unemployment(p)
	default:
		o.working(f, p, pay, payMonth)
	}
	o.note(p.Notes...)
	o.note(NoteConfirmLocally)
	o.channel(p.Channels...)
	o.finish()
	return o, nil
}

// finish orders deadlines by date, undated last, and drops those already
// past (a passed window is explained by a note where it was found).
func (o *Outcome) finish() {
	kept := o.Deadlines[:0]
	for _, d := range o.Deadlines {
		if d.On == nil || !d.On.Before(o.Today) {
			kept = append(kept, d)
		}
	}
	o.Deadlines = kept
	slices.SortStableFunc(o.Deadlines, func(a, b Deadline) int {
		switch {
		case a.On == nil && b.On == nil:
			return 0
		case a.On == nil:
			return 1
		case b.On == nil:
			return -1
		case a.On.Before(*b.On):
			return -1
		case b.On.Before(*a.On):
			return 1
		}
		return 0
	})
}

// personalAccount sets whether the account balance stays usable; the
// question is worth asking 12393 only while pooled benefits are stopped.
func (o *Outcome) personalAccount(p Policy) {
	o.PersonalAccountUsable = p.PersonalAccountUsable
	if !p.PersonalAccountUsable.Known() && o.GapMonths > 0 {
		o.ask(AskPersonalAccount)
	}
}

// benefitDays states which day of the month the dates use, and on what basis.
func (o *Outcome) benefitDays(p Policy) {
	if p.BenefitDays.Sourced() {
		o.note(NoteBenefitDaySourced)
		o.citeAll(p.BenefitDays.Basis)
		return
	}
	o.note(NoteStopConvention)
}

func (o *Outcome) working(f Facts, p Policy, pay Date, payMonth Month) {
	o.GapMonths = *f.GapMonths
	first := *f.Since
	o.FirstUnpaid = &first
	o.personalAccount(p)
	o.cite(Citation{Law: LawSIL, Article: 23})
	if o.GapMonths > 0 {
		stop := first.Add(1).Day(p.BenefitDays.Stop())
		o.StoppedOn = &stop
		o.benefitDays(p)
	}

	if f.Payer == PayerUnit && f.Reason == ReasonArrears {
		if f.UnitStatus.Gone() {
			o.employerGone(f, p, pay)
			return
		}
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
		o.jobChange(f, p, payMonth)
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
		o.step(StepCheckRecord, StepAskUnitToPay, StepBackPayGap, StepKeepReceipts)
		if f.CrossCity == nil {
			o.Path = PathJobChangeOpen
			o.open(FieldCrossCity, WhyCrossCity)
			// What the transfer branch would give, so the answer can show it.
			o.citeAll(t.Basis)
			o.transferWindow(t, DeadlineTransferWindow, p)
		}
		return
	}
	o.citeAll(t.Basis)
	within := t.LimitMonths > 0 && o.GapMonths <= t.LimitMonths
	if within {
		o.Path = PathTransferWithin
		o.gap(t.WithinLimit, payMonth, p)
		o.step(StepAskUnitToPay, StepTransferApply, StepBackPayGap, StepClaimGapCosts)
	} else {
		o.Path = PathTransferOver
		o.gap(t.OverLimit, payMonth, p)
		o.step(StepAskUnitToPay, StepTransferApply, StepCheckRecord)
		o.consequence(ConsLostCoverage)
	}
	o.transferWindow(t, DeadlineTransferWindow, p)
	o.shiftNote(t)
	o.gapVerdict(within)
	o.step(StepKeepReceipts)
}

// gapVerdict sets the verdict from a gap treatment: unknown resumption is
// confirm-locally; otherwise back-pay where the sources allow it.
func (o *Outcome) gapVerdict(within bool) {
	switch {
	case o.ResumesOn == nil:
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
	case !o.BackPayAllowed.Known():
		// The dates hold either way; paying the old months may still count
		// towards the years or shorten the wait.
		o.ask(AskBackPayOver)
	}
}

func (o *Outcome) individual(f Facts, p Policy, payMonth Month) {
	ip := p.Individual
	o.cite(Citation{Law: LawSIL, Article: 60})
	o.citeAll(ip.Basis)
	o.doc(DocIDCard, DocSocialCard)
	o.channel(ChanTax, ChanOnlineSocial, ChanMedicalCentre, ChanHotline12393, ChanHotline12333)
	within := ip.LimitMonths > 0 && o.GapMonths <= ip.LimitMonths
	t := ip.OverLimit
	o.Path = PathIndividualOver
	if within {
		t, o.Path = ip.WithinLimit, PathIndividualWithin
	} else {
		o.consequence(ConsLostCoverage)
	}
	o.gap(t, payMonth, p)
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
	if cont < p.Transfer.SwitchMinContinuousYears || o.GapMonths > p.Transfer.LimitMonths {
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
	o.step(StepTransferApply, StepBackPayGap, StepClaimGapCosts)
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
	o.note(NoteWaitingConvention)
	if t.WaitingIsMaximum {
		o.note(NoteWaitingMaximum)
	}
}

// transferWindow adds the deadline of a gap policy whose short-gap treatment
// is better than its long-gap one: paying by the last day of the month
// LimitMonths after the first unpaid month keeps the gap short. A window
// already closed is noted instead.
func (o *Outcome) transferWindow(gp GapPolicy, id string, p Policy) {
	if gp.LimitMonths <= 0 || gp.WithinLimit == gp.OverLimit || o.FirstUnpaid == nil {
		return
	}
	closes := o.FirstUnpaid.Add(gp.LimitMonths).LastDay()
	if o.GapMonths > gp.LimitMonths {
		o.WindowClosedOn = &closes
		o.note(NoteWindowPassed)
		return
	}
	o.Deadlines = append(o.Deadlines, Deadline{On: &closes, ID: id,
		IfLate: resumeFor(gp.OverLimit, o.FirstUnpaid.Add(gp.LimitMonths+1), p)})
}

// shiftNote says paying a month later moves the date by a month, only
// where that is true: not when next month falls past a window's end.
func (o *Outcome) shiftNote(gp GapPolicy) {
	if o.ResumesOn == nil {
		return
	}
	if gp.LimitMonths > 0 && gp.WithinLimit != gp.OverLimit && o.GapMonths <= gp.LimitMonths && o.GapMonths+1 > gp.LimitMonths {
		return
	}
	o.note(NoteResumeAssumesNow)
}

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
	o.step(StepCheckRecord, StepAskUnitToPay, StepComplain, StepKeepReceipts)
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
	months := max(o.GapMonths, 1)
	total := f.Arrears
	if total == nil {
		total = money(f.ArrearsMonthly.Mul(decimal.NewFromInt(int64(months))))
	}
	o.FineMin = money(total.Mul(decimal.NewFromInt(int64(lf.FineMultipleMin))))
	o.FineMax = money(total.Mul(decimal.NewFromInt(int64(lf.FineMultipleMax))))
	o.EstimateMonths = o.GapMonths
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
		if o.GapMonths > 1 {
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
	o.step(StepUnemploymentFund, StepAfterBenefit, StepKeepReceipts)
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
	if o.BackPayAllowed.Yes() {
		months = o.GapMonths
	}
	o.EstimateMonths = months
	o.Estimate = money(monthly.Mul(decimal.NewFromInt(int64(months))))
}

func (o *Outcome) retirement(f Facts, p Policy, today Date) {
	r := p.Retirement
	o.cite(Citation{Law: LawSIL, Article: 27})
	o.citeAll(r.Basis)
	o.personalAccount(p)
	o.doc(DocIDCard, DocSocialCard, DocContribRecord)
	o.channel(ChanMedicalCentre, ChanOnlineMedical, ChanHotline12393, ChanHotline12333)
	// SIL art. 27: someone short may pay up to the requirement.
	o.BackPayAllowed = TriYes

	required := r.RequiredYears
	if r.BySex() {
		required = r.RequiredYearsFemale
		if f.Sex == SexMale {
			required = r.RequiredYearsMale
		}
	}
	if required == nil {
		o.Verdict, o.Path = VerdictConfirmLocally, PathRetirementUnknown
		o.note(NoteRequirementLocal)
		o.ask(AskRetirementYears)
		o.step(StepConfirmYears, StepPayShortfall)
		return
	}
	o.RequiredYears = required
	ceiling := r.FullFrom != nil && today.Before(*r.FullFrom)
	if ceiling {
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
	if met {
		short = 0
	}
	localUnknown, localShort := false, int64(0)
	if r.MinLocalYears != nil {
		o.note(NoteLocalYears)
		switch {
		case f.LocalYearsPaid == nil:
			localUnknown = true
			o.open(FieldLocalYearsPaid, WhyLocalYears)
		case f.LocalYearsPaid.LessThan(*r.MinLocalYears):
			localShort = r.MinLocalYears.Sub(*f.LocalYearsPaid).Mul(twelve).Ceil().IntPart()
		}
	}
	if r.LocalYearsRequired && r.MinLocalYears == nil {
		o.note(NoteLocalYears)
		// No figure in the sources: only years all paid locally and
		// meeting the cumulative figure are sure to be enough.
		if f.LocalYearsPaid == nil || f.LocalYearsPaid.LessThan(*f.YearsPaid) || !met {
			localUnknown = true
			o.ask(AskLocalYearsFigure)
			if f.LocalYearsPaid == nil {
				o.open(FieldLocalYearsPaid, WhyLocalYears)
			}
		}
	}
	switch {
	case localShort > 0:
		// Short of a settled local figure: short whatever the cumulative
		// figure turns out to be.
		o.Verdict, o.Path = VerdictPayShortfall, PathRetirementShort
		o.ShortfallMonths = int(localShort)
		if !ceiling {
			o.ShortfallMonths = int(max(localShort, short))
		} else if !met && short > localShort {
			o.ShortfallIsMinimum = true
			o.ask(AskRetirementCeiling)
		}
		o.step(StepConfirmYears, StepPayShortfall)
	case met && !localUnknown:
		// Meeting a ceiling meets whatever lower figure the city uses now.
		o.Verdict, o.Path = VerdictNoPaymentNeeded, PathRetirementMet
		o.BackPayAllowed = TriNo
		o.step(StepConfirmYears, StepNothingToPay)
		return
	case met || ceiling:
		// Met only if the local years are enough, or short only of a
		// ceiling the city may not have reached yet: the sources cannot say.
		o.Verdict, o.Path = VerdictConfirmLocally, PathRetirementUnknown
		if ceiling && !met {
			o.ask(AskRetirementCeiling)
		}
		o.ShortfallMonths = int(short)
		// Short of a ceiling the figure is an upper bound; it cannot also be
		// called a lower one (the local-years question says what may add).
		o.ShortfallIsMinimum = localUnknown && !ceiling
		o.step(StepConfirmYears, StepPayShortfall)
	default:
		o.Verdict, o.Path = VerdictPayShortfall, PathRetirementShort
		o.ShortfallMonths = int(short)
		// Short of a ceiling the figure is an upper bound; it cannot also be
		// called a lower one (the local-years question says what may add).
		o.ShortfallIsMinimum = localUnknown && !ceiling
		o.step(StepConfirmYears, StepPayShortfall)
	}
	if r.Monthly || r.LumpSum {
		o.note(NoteShortfallModes)
	}
}

func (o *Outcome) resident(f Facts, p Policy, today, pay Date) error {
	rp := p.Resident
	payMonth := today.MonthOf()
	o.cite(Citation{Law: LawSIL, Article: 25})
	o.citeAll(rp.Basis)
	o.channel(ChanTax, ChanOnlineMedical, ChanMedicalCentre, ChanHotline12393)
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
	currentYear := inWindow && today.Month <= 8
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
	return nil
}

// ask adds a question for 12393.
func (o *Outcome) ask(id string) { o.AskLocally = appendUnique(o.AskLocally, id) }

// open adds a fact the outcome depends on.
func (o *Outcome) open(fl Field, why string) {
	for _, q := range o.OpenQuestions {
		if q.Fact == fl {
			return
		}
	}
	o.OpenQuestions = append(o.OpenQuestions, OpenQuestion{Fact: fl, Why: why})
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
