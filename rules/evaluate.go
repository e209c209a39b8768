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
	// RegionAssumed: no region was given and the national rules answered;
	// set by whoever answers a case without asking (ask, the API).
	RegionAssumed bool
	// RepayAssumed: a resident's years to pay back were not given and
	// none was counted (NoteRepayAssumed); set as RegionAssumed is.
	RepayAssumed bool
	Today        Date

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
	// MonthlyIsMinimum: no base was given; MonthlyAmount is the least a
	// month costs, on the region's lowest base.
	MonthlyIsMinimum bool

	GapMonths   int
	FirstUnpaid *Month
	// StoppedOn is the region's stop day in the month after the first
	// unpaid month.
	StoppedOn *Date
	// ResumesOn assumes payment in the current month; nil when it depends on
	// something unsettled, with ResumesEarliest and ResumesLatest (nil when
	// no source bounds it) the range.
	ResumesOn       *Date
	ResumesEarliest *Date
	ResumesLatest   *Date
	// LatestIfPaidBy: ResumesLatest is the region's date for paying (or,
	// for an employer-paid mover, being registered) by this day, the end
	// of the month the answer assumes; a later payment moves the region's
	// date later (audit round 4, R4-M1). Nil where the latest does not
	// depend on it.
	LatestIfPaidBy *Date
	// latestLag is the region's months from the payment month to
	// ResumesLatest, where LatestIfPaidBy is set.
	latestLag int
	// moveStart / moveStop: the days a move with no gap is judged by
	// (movestart41a.go).
	moveStart, moveStop *Date
	// planPay is a planned payment day after this month that an
	// individual path dates the restart from (audit round 14, R14-M2).
	planPay          *Date
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
	// LocalShortfallMonths is what is missing of the years to be paid in
	// the retirement city itself (Guangdong art. 8: 10 years).
	LocalShortfallMonths int

	// invalid is set by a path that finds the facts impossible together.
	invalid *InvalidFactError

	// Deadlines are in date order, undated ones last, none before Today.
	Deadlines []Deadline
	// WindowClosedOn is when a window that has already passed closed.
	WindowClosedOn *Date
	// OpenQuestions are facts not given that the outcome depends on.
	OpenQuestions []OpenQuestion
	// AskLocally names the questions to put to 12393 (IDs of texts).
	AskLocally []string
	// Unused are facts the person gave that this answer does not use,
	// each with why; nothing given is dropped silently.
	Unused []UnusedFact

	Documents    []string
	Channels     []string
	Steps        []string
	Agreement    string
	Consequences []string
	Notes        []string
	Citations    []Citation
	// Treatment says whether a planned treatment day is covered (ended.go);
	// nil when no day was given.
	Treatment *Treatment
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
	var o Outcome
	var err error
	if f.PaidBack != nil && Relevant(f, InputsOf(p), FieldPaidBack) && (f.Payer != PayerUnit || f.Reason != ReasonJobChange) {
		// The missed months paid back by a self-payer (paidback.go).
		return evaluatePaidBack(f, p, today, fallback)
	}
	if f.moveNoGap41a() { // movestart41a.go
		o, err = evaluateMoveNoGap41a(f, p, today, fallback)
		if err != nil {
			return o, err
		}
		o.judgeTreatment()
		o.reportUnused(f)
		return o, nil
	}
	if g, ok := afterBenefit(f, today); ok && (f.GapEnded != nil || f.EndedMonthUnknown()) {
		// Paying again after an ended benefit: the person resumed as a
		// self-payer after an interruption since the month after the
		// benefit (Zhejiang art. 30 ¶3: the third natural month from the
		// month paid; elsewhere the region's self-payer rules) (audit
		// round 7 R9-W1).
		g.GapEnded, g.PayingAgain = f.GapEnded, f.PayingAgain
		if f.GapEnded != nil && *f.GapEnded == f.BenefitEnded.Add(1) {
			// Paid from the month after the benefit: no interruption,
			// the prompt continuation of Zhejiang art. 30 ¶2 as it
			// stood in that month.
			if today.MonthOf().Since(*f.GapEnded) < 0 {
				return Outcome{}, &InvalidFactError{Field: FieldGapEnded, Reason: "the month paying resumed is after the current month"}
			}
			h := f
			h.GapEnded, h.PayingAgain = nil, nil
			o, err = evaluateCase(h, p, f.GapEnded.FirstDay(), fallback)
			if err != nil {
				return o, err
			}
			o.Today, o.Verdict = today, VerdictConfirmLocally
			o.Facts.GapEnded, o.Facts.TreatmentDate, o.Facts.TreatmentUntil, o.Facts.PayDate = f.GapEnded, f.TreatmentDate, f.TreatmentUntil, f.PayDate
			o.Steps = slicesWithout(o.Steps, StepPayAfterBenefit)
			o.Deadlines = slices.DeleteFunc(o.Deadlines, func(d Deadline) bool { return d.ID == DeadlineBenefitEnds })
			o.dropWaitingEndsOffRange()
			o.judgeTreatment()
			o.reportUnused(f)
			return o, nil
		}
		o, err = Evaluate(g, p, today, fallback)
		if err == nil {
			o.afterBenefitNoted(f, p)
		}
		return o, err
	}
	if f.Reason == ReasonUnemployment {
		// A benefit that ended this month or last: paying again is the
		// prompt continuation itself, nothing ended (R9-W1).
		h := f
		h.GapEnded, h.PayingAgain = nil, nil
		o, err = evaluateCase(h, p, today, fallback)
	} else if f.residentPaid() && Relevant(f, InputsOf(p), FieldGapEnded) {
		// A resident who has paid: the wait runs from that month
		// (residentpaid_r21.go).
		o, err = evaluateResidentPaid(f, p, today, fallback)
	} else if (f.GapEnded != nil && Relevant(f, InputsOf(p), FieldGapEnded)) ||
		(f.ArrearsPaid != nil && Relevant(f, InputsOf(p), FieldArrearsPaid) && Relevant(f, InputsOf(p), FieldGapEnded)) {
		o, err = evaluateEnded(f, p, today, fallback)
		if err == nil {
			o.openAreaLatest40a(f, p, today, fallback) // resumed40a.go
			o.coverResumed40a(today)
		}
	} else if f.EndedMonthUnknown() && Relevant(f, InputsOf(p), FieldPayingAgain) {
		o, err = evaluateEndedUnknown(f, p, today, fallback)
	} else {
		o, err = evaluateCase(f, p, today, fallback)
	}
	if err != nil {
		return o, err
	}
	o.restartNewCity36b(f) // oldcity36b.go
	o.dropWaitingEndsOffRange()
	o.judgeTreatment()
	o.reportUnused(f)
	return o, nil
}

// dropWaitingEndsOffRange removes a "waiting ends on D; claims are paid
// from that day" deadline unless D is the one resume date: where the
// answer gives a range, one end of it is not promised as the day claims
// are paid (audit round 1, M4); the benefits line carries the range.
func (o *Outcome) dropWaitingEndsOffRange() {
	kept := o.Deadlines[:0]
	for _, d := range o.Deadlines {
		if (d.ID == DeadlineWaitingEnds || d.ID == DeadlineResidentWaiting) &&
			(o.ResumesOn == nil || d.On == nil || *d.On != *o.ResumesOn) {
			continue
		}
		kept = append(kept, d)
	}
	o.Deadlines = kept
}

// evaluateCase is Evaluate for a case as of today.
func evaluateCase(f Facts, p Policy, today Date, fallback bool) (Outcome, error) {
	if err := Validate(f); err != nil {
		return Outcome{}, err
	}
	fp := borrow(&f) // scratch.go: f itself stays off the heap
	var buf [relRows]bool
	rel := relevance(fp, InputsOf(p), buf[:])
	if need := missing(fp, rel, NeedRequired); len(need) > 0 {
		giveBack(fp)
		return Outcome{}, &MissingFactsError{Fields: need}
	}
	// Facts that do not matter for the others (a payer given by someone
	// who then said they are retired) must not steer the decision.
	given := f
	prune(fp, rel)
	f = *fp
	giveBack(fp)
	if g, ok := afterBenefit(f, today); ok {
		// The benefit ended before last month: the person has
		// interrupted paying since, as a self-payer would have.
		o, err := evaluateCase(g, p, today, fallback)
		if err == nil {
			o.afterBenefitNoted(f, p)
		}
		return o, err
	}
	if f.Retirement == RetirementRetired && f.Scheme == SchemeEmployee {
		// Never asked of a retiree, but years given decide whether "no
		// more to pay" holds (SIL art. 27): kept, not dropped (audit
		// round 1, W1).
		f.YearsPaid, f.LocalYearsPaid, f.Sex = given.YearsPaid, given.LocalYearsPaid, given.Sex
	}
	if (f.Scheme == SchemeEmployee && f.Retirement == RetirementWorking && f.Reason != ReasonUnemployment) ||
		(f.Scheme == SchemeResident && f.switching()) {
		if err := normalizeGap(&f, today); err != nil {
			return Outcome{}, err
		}
	}
	if f.PremiumYear != nil && (*f.PremiumYear < MinYear || *f.PremiumYear > today.Year+1) {
		// A year is written as a year; a premium is never for a year
		// after next.
		return Outcome{}, &InvalidFactError{Field: FieldPremiumYear, Reason: ReasonPremiumYear}
	}
	if o, done, err := residentWindow(f, p, today, fallback); done {
		if err == nil && f.PremiumYear != nil && !p.Resident.OnTimeByYearEnd {
			o.ask(AskPremiumYear)
		}
		return o, err
	}
	if f.Scheme == SchemeResident && f.PremiumYear != nil && !p.Resident.OnTimeByYearEnd {
		o, err := evaluate(f, p, today, fallback)
		if err == nil {
			// Which year a payment buys is in the sources only for Zhejiang.
			o.ask(AskPremiumYear)
		}
		return o, err
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
	if !sameDate(o.ResumesLatest, yes.ResumesLatest) {
		// The pay-by day belongs to the branch whose latest it bounds.
		o.LatestIfPaidBy, o.latestLag = no.LatestIfPaidBy, no.latestLag
		if !sameDate(o.ResumesLatest, no.ResumesLatest) {
			o.LatestIfPaidBy, o.latestLag = nil, 0
		}
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
	if o.ResumesOn == nil {
		// "The wait ends on D, no claims before" holds in one branch only.
		o.Deadlines = slicesWithoutDeadline(o.Deadlines, DeadlineWaitingEnds)
		o.Deadlines = slicesWithoutDeadline(o.Deadlines, DeadlineResidentWaiting)
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
	case f.FirstEnrolment != nil && *f.FirstEnrolment && (f.Scheme == SchemeResident || f.Retirement == RetirementWorking):
		o.firstEnrolment(f, p, today)
	case f.Scheme == SchemeEmployee && f.Retirement == RetirementWorking && f.Reason == ReasonNotRegistered:
		o.notRegistered(f, p, payMonth)
	case f.Scheme == SchemeResident:
		if err := o.resident(f, p, today, pay); err != nil {
			return Outcome{}, err
		}
	case f.Retirement == RetirementRetired:
		o.retired(f, p, today)
		if o.invalid != nil {
			return Outcome{}, o.invalid
		}
	case f.Retirement == RetirementAtAge:
		o.retirement(f, p, today)
		if o.invalid != nil {
			return Outcome{}, o.invalid
		}
	case f.Reason == ReasonUnemployment && benefitEndedBefore(f, today):
		o.benefitEnded(f, p)
	case f.Reason == ReasonUnemployment:
		o.unemployment(p)
	default:
		o.working(f, p, pay, payMonth)
		o.formerArrears(f, p)
		if o.invalid != nil {
			return Outcome{}, o.invalid
		}
		if slices.Contains(o.Notes, NoteNoCoverInGap) {
			// After the path's own questions: whether the months may be
			// paid back is the more useful first one.
			o.ask(AskGapStopDay)
		}
		if slices.Contains(o.Notes, NoteMoverStopOldCity) {
			// After the path's own questions (the national and regional
			// rules, the gap): the old city's stop day (R14-W2).
			o.ask(AskMoverStopDay)
		}
	}
	o.refine(f, p)
	o.stopAheadConvention()
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

// stopAheadConvention words a stop still ahead whose day is the
// convention's, not a source's: no day before it is promised cover, and
// the day itself is what to ask 12393 (audit round 16, R16-U1). Run after
// every path has settled its notes (a region's own arrears rule removes
// the convention note after the stop was dated).
func (o *Outcome) stopAheadConvention() {
	if !slices.Contains(o.Notes, NoteStopConvention) || !slices.Contains(o.Notes, NoteStopAhead) {
		return
	}
	for i, n := range o.Notes {
		if n == NoteStopAhead {
			o.Notes[i] = NoteStopAheadConvention
		}
	}
	for i, a := range o.AskLocally {
		if a == AskPayBeforeStop {
			o.AskLocally[i] = AskStopDay
		}
	}
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
