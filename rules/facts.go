// Package rules decides what a person with interrupted medical insurance can
// do. It is pure: facts, the region's policy and today's date go in; an
// Outcome of IDs, dates and decimals comes out. It has no I/O, no clock and no
// sentences, so every surface (CLI, chat, web) gets the same decision and the
// knowledge base alone owns the wording.
package rules

import (
	"errors"
	"fmt"
	"slices"

	"github.com/shopspring/decimal"
)

// Scheme is the insurance scheme a person is in.
type Scheme string

// The two basic medical insurance schemes.
const (
	SchemeEmployee Scheme = "employee" // 职工基本医疗保险
	SchemeResident Scheme = "resident" // 城乡居民基本医疗保险
)

// Payer is who pays employee-scheme contributions.
type Payer string

// Payers.
const (
	PayerUnit       Payer = "unit"       // the employer (用人单位)
	PayerIndividual Payer = "individual" // flexible employment, self-employed without employees
)

// Reason is why a unit-paid person's contributions stopped.
type Reason string

// Reasons.
const (
	ReasonArrears   Reason = "arrears"    // the unit owes contributions
	ReasonJobChange Reason = "job-change" // moved to a new employer, perhaps in another city
	ReasonLeftJob   Reason = "left-job"   // left the job with no new employer
	// ReasonUnemployment: drawing unemployment benefit, during which the
	// unemployment fund pays the premiums (SIL art. 48); no payer is asked.
	ReasonUnemployment Reason = "unemployment-benefit"
	// ReasonNotRegistered: the employer never registered the worker for
	// social insurance (SIL arts. 58 ¶1, 84), so there was no cover to stop.
	ReasonNotRegistered Reason = "not-registered"
)

// Subsidy is a group whose resident-scheme individual share the government
// subsidises (SIL art. 25 ¶3; Zhejiang art. 22 ¶2). How much, and whether
// the group is spared the waiting period, is set locally.
type Subsidy string

// Subsidised groups.
const (
	SubsidyNone             Subsidy = "none"
	SubsidyMinimumLiving    Subsidy = "minimum-living"     // 最低生活保障
	SubsidyDisabled         Subsidy = "disabled"           // 丧失劳动能力的残疾人
	SubsidyLowIncomeElderly Subsidy = "low-income-elderly" // 低收入家庭60周岁以上的老年人
	SubsidyMinor            Subsidy = "minor"              // 未成年人
)

// UnitStatus is what happened to a unit that owes contributions; it decides
// who signs which payment agreement.
type UnitStatus string

// Unit statuses.
const (
	UnitNormal    UnitStatus = "normal"
	UnitHardship  UnitStatus = "hardship" // cannot pay in full at once
	UnitMerged    UnitStatus = "merged"
	UnitDivided   UnitStatus = "divided"
	UnitBankrupt  UnitStatus = "bankrupt"
	UnitAuctioned UnitStatus = "auctioned" // sold or leased by auction
	UnitClosed    UnitStatus = "closed"    // shut down or deregistered
	UnitAbsconded UnitStatus = "absconded" // the boss has disappeared
)

// Gone reports a unit that will not pay in the ordinary course: the person
// must protect their own cover first and claim the arrears afterwards.
func (u UnitStatus) Gone() bool { return u == UnitBankrupt || u == UnitClosed || u == UnitAbsconded }

// Retirement is where a person stands relative to retirement.
type Retirement string

// Retirement statuses.
const (
	RetirementWorking Retirement = "working"
	RetirementAtAge   Retirement = "at-age"  // reached statutory age, not yet drawing benefits
	RetirementRetired Retirement = "retired" // drawing retirement benefits
)

// Sex matters only where a region's retirement requirement differs by sex.
type Sex string

// Sexes.
const (
	SexMale   Sex = "male"
	SexFemale Sex = "female"
)

// NationalRegion is the ID of the national baseline, used when the region is
// unknown or has no rules of its own in the knowledge base.
const NationalRegion = "national"

// Values lists the valid values of each enumerated fact, in the order they
// are offered to people.
var (
	Schemes      = []Scheme{SchemeEmployee, SchemeResident}
	Payers       = []Payer{PayerUnit, PayerIndividual}
	Reasons      = []Reason{ReasonArrears, ReasonJobChange, ReasonLeftJob, ReasonUnemployment, ReasonNotRegistered}
	Subsidies    = []Subsidy{SubsidyNone, SubsidyMinimumLiving, SubsidyDisabled, SubsidyLowIncomeElderly, SubsidyMinor}
	UnitStatuses = []UnitStatus{UnitNormal, UnitHardship, UnitMerged, UnitDivided, UnitBankrupt, UnitAuctioned,
		UnitClosed, UnitAbsconded}
	Retirements = []Retirement{RetirementWorking, RetirementAtAge, RetirementRetired}
	Sexes       = []Sex{SexMale, SexFemale}
)

// Facts is what is known about one person's case. Pointer and empty fields are
// unknown; Needed says which of them a decision still requires, Decisive which
// ones the decision would still change (they are answered both ways).
type Facts struct {
	Scheme Scheme `json:"scheme,omitempty"`
	// FirstEnrolment: the person has never been enrolled (a first
	// registration, SIL arts. 23, 58), so there is no gap to pay back.
	FirstEnrolment *bool      `json:"first_enrolment,omitempty"`
	Payer          Payer      `json:"payer,omitempty"`
	Reason         Reason     `json:"reason,omitempty"`
	UnitStatus     UnitStatus `json:"unit_status,omitempty"`

	// GapMonths counts unpaid calendar months before the current month; the
	// current month is never counted because it can still be paid on time.
	GapMonths *int `json:"gap_months,omitempty"`
	// Since is the first unpaid month; an alternative to GapMonths.
	Since *Month `json:"since,omitempty"`

	Region string `json:"region,omitempty"`
	// Place is the name the person gave when it is not the region itself
	// ("成都" answered by the national rules, "海宁" by Zhejiang's).
	Place      string           `json:"place,omitempty"`
	Retirement Retirement       `json:"retirement,omitempty"`
	YearsPaid  *decimal.Decimal `json:"years_paid,omitempty"`
	// LocalYearsPaid is the actual years paid in the retirement city, which
	// some regions (Guangdong) require on top of the cumulative years.
	LocalYearsPaid *decimal.Decimal `json:"local_years_paid,omitempty"`
	Sex            Sex              `json:"sex,omitempty"`

	// Resident scheme.
	BrokenYears *int  `json:"broken_years,omitempty"`
	RepayYears  *int  `json:"repay_years,omitempty"`
	InWindow    *bool `json:"in_window,omitempty"`
	Newborn     *bool `json:"newborn,omitempty"`
	// Subsidised names a group whose individual share is subsidised;
	// Student says the person is a student; PremiumYear is the calendar
	// year the resident payment is for.
	Subsidised  Subsidy `json:"subsidised,omitempty"`
	Student     *bool   `json:"student,omitempty"`
	PremiumYear *int    `json:"premium_year,omitempty"`

	// EnrolledElsewhere: the person is (or was, for the months asked
	// about) enrolled in another scheme or place at the same time.
	EnrolledElsewhere *bool `json:"enrolled_elsewhere,omitempty"`

	// PriorScheme is set when the person switches scheme (employee ⇄
	// resident); ContinuousYears is how long they were enrolled before.
	PriorScheme     Scheme `json:"prior_scheme,omitempty"`
	ContinuousYears *int   `json:"continuous_years,omitempty"`

	// CrossCity says a job change moved the person to another pooling area
	// (usually another city); only then does the transfer rule (43号) apply.
	CrossCity *bool `json:"cross_city,omitempty"`
	// GapBeganHere: with CrossCity, Region is the city the gap began in
	// (the person moved on from it), not the new one: the stop day is the
	// region's own (oldcity35c.go).
	GapBeganHere *bool `json:"gap_began_here,omitempty"`
	// LeftRegion: with CrossCity, the region paying stopped in (the old
	// city) when Region is the new one: its own sourced stop day judges the
	// days before the new place's start (leftcity45a.go).
	LeftRegion string `json:"left_region,omitempty"`

	// Money, all optional.
	Arrears *decimal.Decimal `json:"arrears,omitempty"`
	// ArrearsMonthly is what the unit owes for each unpaid month; with it the
	// late fee runs from each month's own due date.
	ArrearsMonthly *decimal.Decimal `json:"arrears_monthly,omitempty"`
	DueDate        *Date            `json:"due_date,omitempty"`
	PayDate        *Date            `json:"pay_date,omitempty"`
	// RegMonth is a first enrolment's registration month told without a
	// day ("registered in october", "公司11月份给我参的保"): the month-based
	// starts need no day, and none is invented (regmonth36a.go).
	RegMonth *Month           `json:"reg_month,omitempty"`
	Base     *decimal.Decimal `json:"base,omitempty"`

	// Time the person states (ended.go): the month paying resumed after a
	// gap, and a day they plan to be treated.
	GapEnded *Month `json:"gap_ended,omitempty"`
	// PayingAgain: the gap is over and paying has resumed, but the month
	// it resumed is not known (ended.go); it answers the gap_ended
	// question in place of a month. False says the gap is still open.
	PayingAgain *bool `json:"paying_again,omitempty"`
	// ArrearsPaid is the month an employer in arrears paid the missed
	// months back in full (arrearspaid.go).
	ArrearsPaid *Month `json:"arrears_paid,omitempty"`
	// PaidBack is the month a self-payer paid the missed months back
	// (paidback.go).
	PaidBack      *Month `json:"paid_back,omitempty"`
	TreatmentDate *Date  `json:"treatment_date,omitempty"`
	// TreatmentUntil ends a span named instead of a day ("下周"); the
	// treatment is on some day from TreatmentDate to it.
	TreatmentUntil *Date `json:"treatment_until,omitempty"`
	// ArrearsBeforeLeaving counts the last months before the person left
	// (or changed) a job that the former employer did not pay: the first
	// months of the gap (formerarrears_r17a.go).
	ArrearsBeforeLeaving *int `json:"arrears_before_leaving,omitempty"`
	// BenefitEnded is the last month unemployment benefit was paid
	// (benefitended.go): from the month after, the person pays.
	BenefitEnded *Month `json:"benefit_ended,omitempty"`
}

// Field names one fact. The names are the snake_case keys of the JSON API
// and, with dashes, the flags of `bujiao ask` (the gap's key is gap_months).
type Field string

// Fields; Schema describes each.
const (
	FieldScheme          Field = "scheme"
	FieldRetirement      Field = "retirement"
	FieldPayer           Field = "payer"
	FieldReason          Field = "reason"
	FieldUnitStatus      Field = "unit_status"
	FieldPriorScheme     Field = "prior_scheme"
	FieldGap             Field = "gap"
	FieldSince           Field = "since"
	FieldNewborn         Field = "newborn"
	FieldInWindow        Field = "in_window"
	FieldBrokenYears     Field = "broken_years"
	FieldRepayYears      Field = "repay_years"
	FieldRegion          Field = "region"
	FieldYearsPaid       Field = "years_paid"
	FieldLocalYearsPaid  Field = "local_years_paid"
	FieldSex             Field = "sex"
	FieldContinuousYears Field = "continuous_years"
	FieldArrears         Field = "arrears"
	FieldDueDate         Field = "due_date"
	FieldPayDate         Field = "pay_date"
	FieldBase            Field = "base"
	FieldCrossCity       Field = "cross_city"
	FieldArrearsMonthly  Field = "arrears_monthly"
	// FieldGapBeganHere: the region named is the old city (fix36b).
	FieldGapBeganHere Field = "gap_began_here"
	// FieldLeftRegion: the region paying stopped in (fix45a).
	FieldLeftRegion Field = "left_region"
	// Added by issue 18.
	FieldFirstEnrolment    Field = "first_enrolment"
	FieldSubsidised        Field = "subsidised"
	FieldStudent           Field = "student"
	FieldPremiumYear       Field = "premium_year"
	FieldEnrolledElsewhere Field = "enrolled_elsewhere"
)

// Fields lists every field in schema order (filled from Schema).
var Fields []Field

// Decisive returns the facts not given that the outcome for f under p
// depends on, in the order a conversation should ask them once Needed is
// empty. Each may be skipped: Evaluate then answers both ways and lists the
// fact as an open question. The unit status is asked so a gone employer is
// recognised (without it the unit is taken to be operating).
func Decisive(f Facts, p Policy) []Field { return Missing(f, InputsOf(p), NeedDecisive) }

// InvalidFactError reports a fact whose value cannot be used.
type InvalidFactError struct {
	Field  Field
	Reason string
}

func (e *InvalidFactError) Error() string { return fmt.Sprintf("%s: %s", e.Field, e.Reason) }

// MissingFactsError reports facts a decision still needs.
type MissingFactsError struct{ Fields []Field }

func (e *MissingFactsError) Error() string { return fmt.Sprintf("missing facts: %v", e.Fields) }

// Validate checks every given fact against its schema row. It does not
// require completeness; Needed does that.
func Validate(f Facts) error {
	p := borrow(&f)
	defer giveBack(p)
	for _, d := range Schema {
		v := d.get(p)
		if v == "" {
			continue
		}
		if d.Kind == KindBool || d.Kind == KindEnum && slices.Contains(d.Values, v) {
			continue // what get returns for these is canonical or nothing
		}
		if _, err := d.Parse(v); err != nil {
			var ve *ValueError
			reason := err.Error()
			if errors.As(err, &ve) {
				reason = ve.Reason
			}
			return &InvalidFactError{Field: d.Question(), Reason: reason}
		}
	}
	// An end without a first day is not used (the answer says so); one
	// before it, or too far after it, is refused.
	if u, d := f.TreatmentUntil, f.TreatmentDate; u != nil && d != nil && (u.Before(*d) || d.AddDays(MaxTreatmentSpan).Before(*u)) {
		return &InvalidFactError{Field: FieldTreatmentUntil, Reason: ReasonSpanLength}
	}
	return nil
}

// MaxTreatmentSpan is the longest span named for a treatment, in days
// after its first ("下个月": a month).
const MaxTreatmentSpan = 62

// Limits on facts: generous enough for any real case, tight enough that
// arithmetic on them cannot overflow or produce absurd answers.
const (
	MaxGapMonths = 600 // 50 years
	MaxYears     = 80
)

// Reasons for facts impossible together; the surfaces say them in words.
const (
	ReasonGapBefore1990   = "the gap would start before 1990"
	ReasonLocalAboveTotal = "local years paid exceed the cumulative years paid"
	ReasonPremiumYear     = "the premium year must be a year from 1990 to next year"
	ReasonSpanLength      = "the treatment span must end 0 to 62 days after treatment_date"
)

// MaxAmount bounds money inputs (yuan).
var MaxAmount = decimal.NewFromInt(1_000_000_000)

// normalizeGap fills GapMonths and Since from each other.
func normalizeGap(f *Facts, today Date) error {
	cur := today.MonthOf()
	switch {
	case f.Since != nil:
		n := cur.Since(*f.Since)
		if n < 0 {
			return &InvalidFactError{Field: FieldGap, Reason: fmt.Sprintf("first unpaid month %s is after the current month %s", f.Since, cur)}
		}
		if n > MaxGapMonths {
			return &InvalidFactError{Field: FieldGap, Reason: fmt.Sprintf("gap must be 0 to %d months", MaxGapMonths)}
		}
		f.GapMonths = &n
	case f.GapMonths != nil:
		m := cur.Add(-*f.GapMonths)
		if m.Year < MinYear {
			return &InvalidFactError{Field: FieldGap, Reason: ReasonGapBefore1990}
		}
		f.Since = &m
	}
	return nil
}
