package rules

import "github.com/shopspring/decimal"

// Policy holds one region's parameters. The knowledge base fills it from YAML:
// the national baseline first, then the region's overrides on top, so a
// region states only where it differs. Field names map to snake_case keys.
type Policy struct {
	// Region is the ID of the region the policy belongs to.
	Region string
	// Transfer applies to job changes (转移接续) and scheme switches.
	Transfer GapPolicy
	// Individual applies to flexible workers and others who pay themselves.
	Individual IndividualPolicy
	// UnitArrears applies while an employer owes contributions.
	UnitArrears UnitArrearsPolicy
	// LateFee is the statutory late fee and fine for employers.
	LateFee LateFeePolicy
	// Retirement sets the contribution years needed at retirement.
	Retirement RetirementPolicy
	// Resident sets the resident-scheme waiting periods.
	Resident ResidentPolicy
	// PersonalAccountUsable says whether the balance already in an employee's
	// personal medical account stays usable while pooled benefits are stopped;
	// unknown unless a source says so.
	PersonalAccountUsable Tri
	// BenefitDays is the day of the month employee benefits stop and restart.
	BenefitDays BenefitDayPolicy
	// LeftDays is the benefit days of the region paying stopped in
	// (Facts.LeftRegion), set by the caller that knows the regions; empty
	// otherwise (leftcity45a.go).
	LeftDays BenefitDayPolicy
	// Unemployment cites the regional rules for people on unemployment
	// benefit (the fund pays their premiums).
	Unemployment struct {
		// PromptStartUnknown: the region lets people continue promptly as
		// flexible workers with benefits "according to the rules" but
		// gives no first day (Zhejiang art. 30 ¶2).
		PromptStartUnknown bool
		Basis              []Citation
	}
	// TransferGapConflict cites the region's own rule that denies cover
	// for a gap the national transfer rule restores (Shanghai art. 15,
	// Zhejiang art. 29): both are named and the case is confirm-locally.
	TransferGapConflict []Citation
	// TransferStartConflict cites the region's rule for when an
	// employer-registered worker's cover starts (Zhejiang art. 28 ¶2: the
	// 2nd natural month after registration), which is what 43号 ① meets
	// for a mover whose new employer pays; TransferGapConflict (a
	// self-payer's "no cover in the gap") is for the others.
	TransferStartConflict []Citation
	// SwitchGapConflict cites the region's rules that point away from 43号
	// ②'s cover for a short gap when switching schemes (Shanghai 2025 No. 7
	// 三(三), regulation arts. 15 and 17); TransferGapConflict when unset.
	SwitchGapConflict []Citation
	// FirstEnrolment says when cover starts after a first registration.
	FirstEnrolment FirstEnrolmentPolicy
	// OneSchemeBasis cites the region's rule that a person is enrolled in
	// one basic medical insurance at a time (Zhejiang art. 24 ¶2).
	OneSchemeBasis []Citation
	// Notes are caveats every answer for the region carries, such as a
	// source whose validity has not been confirmed.
	Notes []string
	// Channels lists regional channels offered on top of the national ones.
	Channels []string
}

// BenefitDayPolicy is the day of the month on which employee-scheme benefits
// stop and restart. Zero means the 1st, our convention where no source gives
// a day; a region with a source sets the day and cites it.
type BenefitDayPolicy struct {
	StopDay    int
	RestartDay int
	Basis      []Citation
}

// Stop is the stop day, 1 when not set.
func (b BenefitDayPolicy) Stop() int { return max(b.StopDay, 1) }

// Restart is the restart day, 1 when not set.
func (b BenefitDayPolicy) Restart() int { return max(b.RestartDay, 1) }

// Sourced reports whether a source gives the days.
func (b BenefitDayPolicy) Sourced() bool { return len(b.Basis) > 0 }

// GapPolicy says what a gap in contributions leads to: within LimitMonths
// the gap can be healed, beyond it only a fresh start with a waiting period.
type GapPolicy struct {
	// LimitMonths is the longest gap treated as WithinLimit; 0 means every
	// gap is treated as OverLimit.
	LimitMonths int
	WithinLimit GapTreatment
	OverLimit   GapTreatment
	// SwitchMinContinuousYears is the continuous enrolment needed before a
	// switch between schemes is treated like a transfer (43号: 2 years).
	SwitchMinContinuousYears int
	// WindowFromStop: the LimitMonths run from the day benefits stopped
	// (Shanghai 2025 No. 7 三(四): "中断享受…待遇后的3个月内"). Otherwise they
	// count unpaid months (43号: "中断缴费3个月(含)以内"), whatever the
	// region's stop day.
	WindowFromStop bool
	Basis          []Citation
}

// GapPolicyOf returns the gap policy itself (a switch reads the transfer's).
func (g GapPolicy) GapPolicyOf() GapPolicy { return g }

// GapTreatment is the consequence of a gap of a given length.
type GapTreatment struct {
	// BackPay says whether the missed months may be paid afterwards;
	// unknown where the sources do not settle it.
	BackPay Tri
	// WaitingMonths counts the payment month as the first: paying in month M,
	// benefits resume in month M+WaitingMonths.
	WaitingMonths int
	// WaitingIsMaximum says the figure is a ceiling the city may set lower.
	WaitingIsMaximum bool
	// WaitingUnknown says no source gives the wait; WaitingMonths is then
	// the earliest possible.
	WaitingUnknown bool
	// Retroactive says medical costs during the gap are covered once paid.
	Retroactive Tri
}

// IndividualPolicy is the policy for people who pay their own employee-scheme
// contributions.
type IndividualPolicy struct {
	GapPolicy
	// PersonalAccountFromNextMonth: the personal account can be used from the
	// month after payment even during the waiting period (Shanghai).
	PersonalAccountFromNextMonth bool
	// ContributionRate is the medical share of the contribution base; nil
	// where the knowledge base has no confirmed figure.
	ContributionRate *decimal.Decimal
	// BaseMin and BaseMax bound the base a flexible worker may choose;
	// BaseFrom is the day they apply from (Shanghai: 2026-07-01). Before
	// it the knowledge base has no figures, so no amount is given.
	BaseMin  *decimal.Decimal
	BaseMax  *decimal.Decimal
	BaseFrom *Date
	// NoCoverInGap: no benefits during the unpaid months themselves
	// (Zhejiang art. 29 ¶2: "中断缴费期间不享受"), so cover is taken to end
	// with the last paid month, not on a stop day after it.
	NoCoverInGap bool
}

// UnitArrearsPolicy says what happens to employees while their unit owes
// contributions.
type UnitArrearsPolicy struct {
	// ResumeMonthsAfterPayment counts like WaitingMonths from the month the
	// unit pays in full.
	ResumeMonthsAfterPayment int
	// ResumeUnknown: no source gives when benefits resume after the unit
	// pays; ResumeMonthsAfterPayment is then only the earliest we know of.
	ResumeUnknown bool
	// GapCover says whether costs during the gap are covered: "none",
	// "if-paid-by-deadline" (the unit pays within the ordered deadline), or
	// "unknown".
	GapCover string
	// EmployerBearsCostsWhenLate: past the deadline the unit itself owes the
	// employee the benefits the fund would have paid (Zhejiang).
	EmployerBearsCostsWhenLate bool
	// SuspendFromSecondMonth: a source says benefits pause only from the
	// 2nd natural month of the arrears (Zhejiang art. 28 ¶1), so the unpaid
	// month itself is covered and the stop on the 1st of the next month is
	// sourced, not our convention (audit round 3, c08).
	SuspendFromSecondMonth bool
	// OrderDeadlineDays is the longest deadline the collector usually sets; 0
	// when unknown.
	OrderDeadlineDays int
	Basis             []Citation
}

// Gap cover values.
const (
	GapCoverNone             = "none"
	GapCoverIfPaidByDeadline = "if-paid-by-deadline"
	GapCoverUnknown          = "unknown"
)

// LateFeePolicy is the employer's late fee (SIL art. 86) and related figures.
type LateFeePolicy struct {
	RatePerDay      decimal.Decimal
	FineMultipleMin int
	FineMultipleMax int
	// UndeclaredMultiple: an undeclared unit owes this multiple of last
	// month's contribution (SIL art. 62: 110 %).
	UndeclaredMultiple decimal.Decimal
}

// RetirementPolicy sets the cumulative contribution years needed to draw
// benefits without paying after retirement (SIL art. 27 leaves it local).
type RetirementPolicy struct {
	// RequiredYears applies to everyone; nil when unknown or set by sex.
	RequiredYears       *decimal.Decimal
	RequiredYearsMale   *decimal.Decimal
	RequiredYearsFemale *decimal.Decimal
	// StrictlyMore: the years must exceed the figure (Shanghai: "more than 15").
	StrictlyMore bool
	// FullFrom is when the figures take full effect; before it, cities phase
	// them in, so the figure is only a ceiling.
	FullFrom *Date
	// MinLocalYears is the actual years required in the retirement city.
	MinLocalYears *decimal.Decimal
	// LocalYearsRequired: the region requires local years but the sources
	// give no figure (Shanghai regulation art. 16).
	LocalYearsRequired bool
	// Shortfall payment modes the region allows.
	Monthly bool
	LumpSum bool
	Basis   []Citation
}

// BySex reports whether the requirement differs by sex.
func (r RetirementPolicy) BySex() bool {
	return r.RequiredYears == nil && (r.RequiredYearsMale != nil || r.RequiredYearsFemale != nil)
}

// ResidentPolicy is the resident-scheme waiting period (国办发〔2024〕38号).
type ResidentPolicy struct {
	AppliesFrom Date
	// FixedWaitingMonths applies when enrolling outside the annual window or
	// after a break.
	FixedWaitingMonths int
	// VariableMonthsPerBrokenYear is added for each full year without cover.
	VariableMonthsPerBrokenYear int
	// RepairMonthsPerYear is removed from the variable part for each year
	// back-paid.
	RepairMonthsPerYear int
	// After a break of FloorBrokenYears or more, repair cannot bring the
	// total below FloorMonths.
	FloorBrokenYears int
	FloorMonths      int
	// LateFullYear: a late payer pays the whole year's individual share
	// within the year and is covered from the 3rd natural month counting the
	// payment month (Zhejiang art. 31).
	LateFullYear bool
	// SubsidyBasis cites the region's rule on subsidised individual shares
	// (Zhejiang art. 22 ¶2), on top of SIL art. 25.
	SubsidyBasis []Citation
	// OnTimeByYearEnd: next year's premium is due by 31 December and an
	// on-time payer is covered from 1 January (Zhejiang arts. 23, 31 ¶1).
	OnTimeByYearEnd bool
	// NextYearNoDay: an on-time, continuous payer is covered "from the next
	// year" (Shanghai art. 17) and no source gives the day that year
	// starts: no date, the day for 12393 (audit round 14, R14-U1).
	NextYearNoDay bool
	Basis         []Citation
}

// Citation points at a law article or a regional document section.
type Citation struct {
	// Law is the ID of a law or document in the knowledge base.
	Law string
	// Article is the article number, 0 when the document is cited whole or
	// by Section.
	Article int
	// Section names a part of a document without numbered articles, e.g. "三(四)".
	Section string
}
