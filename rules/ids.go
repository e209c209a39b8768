package rules

// IDs the rules emit. Each names a text in the knowledge base, which must
// define all of them (the loader checks against EmittedIDs).

// Verdict is the one-line answer.
type Verdict string

// Verdicts; the strings are a public JSON interface.
const (
	VerdictBackPay         Verdict = "back-pay"
	VerdictReEnroll        Verdict = "re-enroll"
	VerdictEmployerPays    Verdict = "employer-pays"
	VerdictPayShortfall    Verdict = "pay-shortfall"
	VerdictNoPaymentNeeded Verdict = "no-payment-needed"
	// VerdictConfirmLocally: the answer rests on a figure or rule the
	// sources do not give for the region, or on a fact not given; the answer
	// shows both branches and what to ask 12393.
	VerdictConfirmLocally Verdict = "confirm-locally"
	// VerdictProtectCover: the employer is gone; the person enrols on their
	// own now and claims the arrears afterwards.
	VerdictProtectCover Verdict = "protect-cover"
	// VerdictEnrol: a first enrolment (a newborn); there is no gap.
	VerdictEnrol Verdict = "enrol"
)

// Verdicts lists every verdict.
var Verdicts = []Verdict{VerdictBackPay, VerdictReEnroll, VerdictEmployerPays, VerdictPayShortfall, VerdictNoPaymentNeeded,
	VerdictConfirmLocally, VerdictProtectCover, VerdictEnrol}

// Path names the rule that decided an outcome, for scenario coverage and for
// maintainers asking "why this answer".
type Path string

// Paths.
const (
	PathUnitArrears       Path = "unit-arrears"
	PathTransferWithin    Path = "transfer-within-limit"
	PathTransferOver      Path = "transfer-over-limit"
	PathSwitchWithin      Path = "scheme-switch-within-limit"
	PathIndividualWithin  Path = "individual-within-limit"
	PathIndividualOver    Path = "individual-over-limit"
	PathNoGap             Path = "no-gap"
	PathRetired           Path = "retired"
	PathRetirementMet     Path = "retirement-met"
	PathRetirementShort   Path = "retirement-short"
	PathRetirementUnknown Path = "retirement-unknown"
	PathResidentNewborn   Path = "resident-newborn"
	PathResidentRenewal   Path = "resident-renewal"
	PathResidentWaiting   Path = "resident-waiting"
	PathJobChangeSameArea Path = "job-change-same-area"
	PathJobChangeOpen     Path = "job-change-area-unknown"
	PathSwitchOpen        Path = "scheme-switch-years-unknown"
	PathEmployerGone      Path = "employer-gone"
	PathUnemployment      Path = "unemployment-benefit"
	PathFirstEnrolment    Path = "first-enrolment"
	PathNotRegistered     Path = "employer-not-registered"
	// PathResidentWindowOpen: whether the enrolment is inside the window
	// is neither given nor in the sources; answered both ways.
	PathResidentWindowOpen Path = "resident-window-unknown"
)

// Paths lists every path.
var Paths = []Path{PathUnitArrears, PathTransferWithin, PathTransferOver, PathSwitchWithin,
	PathIndividualWithin, PathIndividualOver, PathNoGap, PathRetired, PathRetirementMet,
	PathRetirementShort, PathRetirementUnknown, PathResidentNewborn, PathResidentRenewal, PathResidentWaiting,
	PathJobChangeSameArea, PathJobChangeOpen, PathSwitchOpen, PathEmployerGone, PathUnemployment,
	PathFirstEnrolment, PathNotRegistered, PathResidentWindowOpen, PathBenefitEnded}

// Documents.
const (
	DocIDCard          = "id-card"
	DocSocialCard      = "social-security-card"
	DocTermination     = "termination-certificate"
	DocLabourContract  = "labour-relation-proof"
	DocPaymentNotice   = "payment-notice"
	DocUnitCredentials = "unit-credentials"
	DocGuarantee       = "guarantee"
	DocBirthCert       = "birth-certificate"
	DocHousehold       = "household-or-residence"
	DocContribRecord   = "contribution-record"
	DocTransferForm    = "transfer-certificate"
	DocGuardianID      = "guardian-id"
)

// Channels.
const (
	ChanEmployerHR    = "employer-hr"
	ChanTax           = "tax-bureau"
	ChanMedicalCentre = "medical-insurance-centre"
	ChanHotline12393  = "hotline-12393"
	ChanHotline12333  = "hotline-12333"
	ChanOnlineMedical = "online-medical"
	ChanOnlineSocial  = "online-social"
)

// Steps.
const (
	StepCheckRecord      = "check-record"
	StepAskUnitToPay     = "ask-unit-to-pay"
	StepComplain         = "complain-to-collector"
	StepKeepReceipts     = "keep-receipts"
	StepTransferApply    = "apply-transfer"
	StepBackPayGap       = "back-pay-gap"
	StepResumePaying     = "resume-paying"
	StepRegisterFlexible = "register-flexible"
	StepConsiderResident = "consider-resident"
	StepUnemploymentFund = "unemployment-fund"
	StepConfirmYears     = "confirm-years"
	StepPayShortfall     = "pay-shortfall"
	StepNothingToPay     = "nothing-to-pay"
	StepEnrolNewborn     = "enrol-newborn"
	StepEnrolInWindow    = "enrol-in-window"
	StepEnrolResident    = "enrol-resident"
	// StepAskWhichYear: before paying this year's resident premium late
	// near the year's end, ask which year to pay for (audit round 5).
	StepAskWhichYear      = "ask-which-year"
	StepRepairYears       = "repair-years"
	StepPayCurrentMonth   = "pay-current-month"
	StepClaimGapCosts     = "claim-gap-costs"
	StepUseAccountBalance = "use-account-balance"
	StepProtectCover      = "protect-cover-now"
	StepClaimArrears      = "claim-arrears"
	StepAfterBenefit      = "after-unemployment-benefit"
	// A first registration: by the employer within 30 days of hiring (SIL
	// art. 58 ¶1), or by the person (art. 58 ¶2); a complaint where the
	// employer does not (art. 84).
	StepUnitRegister         = "ask-unit-to-register"
	StepRegisterSelf         = "register-yourself"
	StepComplainRegistration = "complain-not-registered"
	// StepFundPaysNow: someone already drawing unemployment benefit is not
	// told to apply for it.
	StepFundPaysNow = "unemployment-fund-pays"
	// StepSwitchEnrol: enrol in the other scheme and ask for the gap to be
	// paid under the switching rule (43号 ②), not "apply to transfer".
	StepSwitchEnrol = "switch-enrol"
)

// Agreements a unit in each situation signs (seed 000).
const (
	AgreementNotice     = "payment-notice"
	AgreementInstalment = "instalment-agreement"
	AgreementMerged     = "merged-successor"
	AgreementDivided    = "divided-successors"
	AgreementBankrupt   = "bankrupt-liquidation"
	AgreementAuctioned  = "auctioned-department"
)

// Consequences of not paying.
const (
	ConsLateFee           = "late-fee"
	ConsFine              = "fine"
	ConsUndeclared        = "undeclared-110"
	ConsEnforcement       = "enforcement"
	ConsCredit            = "credit"
	ConsEmployerBears     = "employer-bears-costs"
	ConsBankruptAudit     = "bankrupt-audit"
	ConsLostCoverage      = "lost-coverage"
	ConsResidentIncentiv  = "resident-incentive-reset"
	ConsNotRegisteredFine = "not-registered-fine"
)

// Notes: conventions and caveats the answer must state.
const (
	NoteRegionFallback     = "region-fallback"
	NoteConfirmLocally     = "confirm-locally"
	NoteStopConvention     = "stop-convention"
	NoteWaitingConvention  = "waiting-convention"
	NoteWaitingMaximum     = "waiting-maximum"
	NoteLateFeeDays        = "late-fee-days"
	NoteNoLateFeeIndiv     = "no-statutory-late-fee-individual"
	NoteResumeAssumesNow   = "resume-assumes-payment-now"
	NoteGapCoverDeadline   = "gap-cover-if-paid-by-deadline"
	NoteRequirementCeiling = "requirement-ceiling"
	NoteRequirementLocal   = "requirement-local"
	NoteLocalYears         = "local-years"
	NoteWaitingRestarts    = "waiting-restarts"
	NoteRepayCapped        = "repay-capped"
	NoteWindowStart        = "window-start"
	NoteBaseAdjusted       = "base-adjusted"
	NoteNoRate             = "no-rate"
	NoteSwitchTooShort     = "switch-too-short"
	NoteShortfallModes     = "shortfall-modes"
	NoteDueDateNeeded      = "due-date-needed"
	NoteBenefitDaySourced  = "benefit-day-sourced"
	// NoteArrearsStopSourced: benefits pause from the 2nd natural month of
	// a unit's arrears (Zhejiang art. 28), so the stop day is sourced.
	NoteArrearsStopSourced = "arrears-stop-sourced"
	NoteWindowPassed       = "window-passed"
	NoteLateFeeUpperBound  = "late-fee-upper-bound"
	NoteLateFeeMonthly     = "late-fee-monthly"
	NoteWindowCurrentYear  = "window-current-year"
	NoteLateYearBuysLittle = "late-year-buys-little"
	NoteUnitStatusAssumed  = "unit-status-assumed"
	NoteWaitingFromPayDay  = "waiting-from-pay-day"
	NoteSubsidised         = "subsidised"
	NoteOneScheme          = "one-scheme-at-a-time"
	NoteStopAhead          = "stop-ahead"
	// NoteStopAheadConvention replaces NoteStopAhead where the stop day is
	// the convention's (NoteStopConvention), not a source's: the days
	// before it are not called covered (audit round 16, R16-U1).
	NoteStopAheadConvention = "stop-ahead-convention"
	// NoteMoverStopOldCity: a mover's unpaid months are the old city's
	// cover, whose stop day no source gives (audit round 14, R14-W2).
	NoteMoverStopOldCity = "mover-stop-old-city"
	// NoteResidentYearUnsourced: cover "from the next year" with no source
	// for the day that year starts (audit round 14, R14-U1).
	NoteResidentYearUnsourced = "resident-year-unsourced"
	// NotePayDatePlan: a self-payer's restart dated from a planned
	// payment month after this one (audit round 14, R14-M2).
	NotePayDatePlan        = "pay-date-plan"
	NoteRulesDisagree      = "national-regional-disagree"
	NoteYearEndEnrolment   = "year-end-enrolment"
	NoteWindowFromCalendar = "window-from-calendar"
	NoteWindowContradicted = "window-contradicted"
	NoteWindowOpen         = "window-open"
	NoteNothingUnpaid      = "nothing-unpaid"
	NoteMonthlyMinimum     = "monthly-minimum"
	NotePlanMonths         = "plan-months"
	NoteFiguresNotForDate  = "figures-not-for-date"
	// Audit round 1.
	NoteNoCoverInGap   = "no-cover-in-gap"
	NoteSwitchDisagree = "switch-regional-disagree"
	NoteRetiredShort   = "retired-short"
	NoteWindowUnpaid   = "window-counts-unpaid-months"
	// NoteStartDisagree: 43号 ① against the region's start of cover for
	// an employer-registered worker (Zhejiang art. 28 ¶2), not the
	// flexible workers' no-cover-in-the-gap rule (audit round 4, R4-U1).
	NoteStartDisagree = "national-regional-start"
	// NoteStartOverCeiling: a gap over the transfer window, employer-paid:
	// the national rule lets the area set a wait of at most 6 months (43号
	// ③), and the region starts an employer-registered worker's cover in
	// the 2nd natural month (Zhejiang art. 28 ¶2): the earliest is that
	// month, never today (audit re-check C, R6-U1).
	NoteStartOverCeiling = "national-regional-start-over"
	// NoteSameAreaStart: a job change within one city where the region
	// gives the employer-paid start of cover (Zhejiang art. 28 ¶2: the
	// 2nd natural month counting the month of registration; audit round
	// 5, N5).
	NoteSameAreaStart = "same-area-start"
	// NotePremiumThisYear: Zhejiang in September or October, no premium
	// year given: the dates are for this year's premium paid late; next
	// year's, paid by 31 December, is on time (audit round 4, R4-M4).
	NotePremiumThisYear = "premium-this-year"
)

// Deadlines: each names a rule with a time limit; its text says what paying
// by the date keeps and what happens after it.
const (
	DeadlineTransferWindow    = "transfer-window"
	DeadlineSwitchWindow      = "switch-window"
	DeadlineIndividualWindow  = "individual-window"
	DeadlineEmployerOrder     = "employer-order"
	DeadlineEmployerOrderDays = "employer-order-days"
	DeadlineResidentWindow    = "resident-window"
	// DeadlineResidentYearEnd: where the sources give the window's end
	// (Zhejiang art. 23: next year's premium by 31 December), the date.
	DeadlineResidentYearEnd = "resident-year-end"
	// DeadlineResidentYearEndWait: the same date after a break, where
	// art. 31 ¶1's 1 January and 38号's wait disagree (audit round 4,
	// R4-M3): on time, but not "covered from 1 January" flatly.
	DeadlineResidentYearEndWait = "resident-year-end-wait"
	DeadlineBenefitEnds         = "unemployment-benefit-ends"
	// DeadlineWaitingEnds and DeadlineResidentWaiting mark the end of a
	// waiting period, which a missed month can restart or a new break renew.
	DeadlineWaitingEnds     = "waiting-ends"
	DeadlineResidentWaiting = "resident-waiting-ends"
)

// Unknowns: points the sources do not settle for the region. Each text is
// the exact question to ask 12393, with what follows from either answer.
const (
	AskIndividualGap = "individual-gap"
	// AskEmployerGoneGap: the individual-gap question for someone whose
	// employer is gone: the months unpaid are the employer's, not missed
	// by a self-payer (audit round 17, R17-M1).
	AskEmployerGoneGap   = "employer-gone-gap"
	AskBackPayOver       = "back-pay-over-limit"
	AskSameAreaJobChange = "same-area-job-change"
	AskGapCover          = "gap-cover"
	AskRetirementYears   = "retirement-years"
	AskRetirementCeiling = "retirement-ceiling"
	AskLocalYearsFigure  = "local-years-figure"
	// AskRetiredLocalYears: a retiree in a region whose local-years figure
	// is sourced, who did not give their local years.
	AskRetiredLocalYears = "retired-local-years"
	// AskWaiverFlexible: whether Shanghai's 3-month waiver (written for
	// employees who become flexible workers) applies to a flexible worker
	// who interrupts and resumes.
	AskWaiverFlexible = "waiver-flexible"
	// AskRetiredLocalFigure: the same where the sources lack the figure
	// (Shanghai art. 16).
	AskRetiredLocalFigure = "retired-local-years-figure"
	AskPersonalAccount    = "personal-account"
	AskFirstCoverStart    = "first-enrolment-start"
	AskNotRegistered      = "not-registered"
	AskSubsidy            = "subsidy"
	AskStudent            = "student"
	AskDoublePayment      = "double-payment"
	AskPremiumYear        = "premium-year"
	AskPayBeforeStop      = "pay-before-stop"
	// AskStopDay replaces AskPayBeforeStop where the stop day ahead is the
	// convention's: the day itself is the question (R16-U1).
	AskStopDay          = "stop-day"
	AskTransferVsRegion = "transfer-vs-region"
	// AskTransferVsStart: 43号 ① against the region's start of cover
	// for an employer-registered worker (Zhejiang art. 28 ¶2).
	AskTransferVsStart = "transfer-vs-start"
	// AskFirstResidentStart: a resident's first enrolment, when cover
	// starts (no resident rule for it in the sources).
	AskFirstResidentStart = "first-resident-start"
	AskWaitingCeiling     = "waiting-ceiling"
	AskAfterBenefitStart  = "after-benefit-start"
	AskResidentWaitStart  = "resident-wait-start"
	// Audit round 1.
	AskGapStopDay   = "gap-stop-day"
	AskMoverStopDay = "mover-stop-day"
	// AskResidentYearStart: the first day of the next resident year.
	AskResidentYearStart = "resident-year-start"
	AskSwitchVsRegion    = "switch-vs-region"
	AskRetiredShort      = "retired-short"
	// AskResidentWaitDay: whether a wait outside the window counts from
	// the payment month or the payment day (38号 does not say).
	AskResidentWaitDay = "resident-wait-day"
	// AskLateVsNational: Zhejiang art. 31 ¶2 (3rd natural month) against
	// 38号's longer wait; both named, the earlier one the earliest.
	AskLateVsNational = "late-vs-national-wait"
	// AskOnTimeVsNational: Zhejiang art. 31 ¶1 (on time: 1 January, no
	// exception for past breaks) against 38号's wait after a break
	// (audit round 4, R4-M3).
	AskOnTimeVsNational = "on-time-vs-national-wait"
	// AskLateYearWhichYear: a Zhejiang resident paying this year's
	// premium late so near the year's end that cover would start next
	// year; art. 31 ¶1 has a premium buy that year's cover, so whether it
	// covers next year is the question (audit round 5, R5-M2).
	AskLateYearWhichYear = "late-year-which-year"
)

// Why an open question matters; each text shows both branches.
const (
	WhyCrossCity       = "cross-city"
	WhyContinuousYears = "continuous-years"
	WhyLocalYears      = "local-years"
	WhyArrears         = "arrears-amount"
	WhyDueDate         = "due-date"
	WhyUnitStatus      = "unit-status"
	WhyInWindow        = "in-window"
)

// EmittedIDs lists, by kind, every ID the rules can put into an Outcome, so
// the knowledge loader can prove each has a text in both languages.
func EmittedIDs() map[string][]string {
	return map[string][]string{
		"documents": {DocIDCard, DocSocialCard, DocTermination, DocLabourContract, DocPaymentNotice,
			DocUnitCredentials, DocGuarantee, DocBirthCert, DocHousehold, DocContribRecord, DocTransferForm, DocGuardianID},
		"channels": {ChanEmployerHR, ChanTax, ChanMedicalCentre, ChanHotline12393, ChanHotline12333,
			ChanOnlineMedical, ChanOnlineSocial},
		"steps": {StepCheckRecord, StepAskUnitToPay, StepComplain, StepKeepReceipts, StepTransferApply,
			StepBackPayGap, StepResumePaying, StepRegisterFlexible, StepConsiderResident, StepUnemploymentFund,
			StepConfirmYears, StepPayShortfall, StepNothingToPay, StepEnrolNewborn, StepEnrolInWindow,
			StepEnrolResident, StepAskWhichYear, StepRepairYears, StepPayCurrentMonth, StepClaimGapCosts, StepUseAccountBalance,
			StepProtectCover, StepClaimArrears, StepAfterBenefit, StepUnitRegister, StepRegisterSelf,
			StepComplainRegistration, StepFundPaysNow, StepGapEnded, StepGapEndedUnknown, StepArrearsPaidUndated, StepPayAfterBenefit, StepPaidBack,
			StepSwitchEnrol, StepFormerArrearsLeft, StepFormerArrearsJobChange, StepResidentPaid, StepUnitRegistered, StepSelfRegistered},
		"agreements": {AgreementNotice, AgreementInstalment, AgreementMerged, AgreementDivided,
			AgreementBankrupt, AgreementAuctioned},
		"consequences": {ConsLateFee, ConsFine, ConsUndeclared, ConsEnforcement, ConsCredit,
			ConsEmployerBears, ConsBankruptAudit, ConsLostCoverage, ConsResidentIncentiv, ConsNotRegisteredFine},
		"notes": {NoteRegionFallback, NoteConfirmLocally, NoteStopConvention, NoteWaitingConvention,
			NoteWaitingMaximum, NoteLateFeeDays, NoteNoLateFeeIndiv, NoteResumeAssumesNow,
			NoteGapCoverDeadline, NoteRequirementCeiling, NoteRequirementLocal, NoteLocalYears,
			NoteWaitingRestarts, NoteRepayCapped, NoteRepayAssumed, NoteWindowStart, NoteBaseAdjusted, NoteNoRate,
			NoteSwitchTooShort, NoteShortfallModes, NoteDueDateNeeded, NoteBenefitDaySourced, NoteArrearsStopSourced, NoteBenefitEnded, NoteWindowPassed,
			NoteLateFeeUpperBound, NoteLateFeeMonthly, NoteWindowCurrentYear, NoteLateYearBuysLittle,
			NoteUnitStatusAssumed, NoteWaitingFromPayDay, NoteSubsidised, NoteOneScheme, NoteStopAhead, NoteStopAheadConvention,
			NoteRulesDisagree, NoteYearEndEnrolment, NoteWindowFromCalendar,
			NoteWindowContradicted, NoteWindowOpen, NoteNothingUnpaid, NoteMonthlyMinimum,
			NotePlanMonths, NoteFiguresNotForDate, NoteGapEnded,
			NoteNoCoverInGap, NoteSwitchDisagree, NoteRetiredShort, NoteWindowUnpaid, NoteStartDisagree, NoteStartOverCeiling, NotePremiumThisYear,
			NoteSameAreaStart, NoteArrearsPaid, NoteArrearsPaidUnknown, NoteArrearsPaidUndated, NoteCeilingMonthEnd, NoteCeilingBorrowed, NoteWindowDayUnknown, NoteGapEndedUnknown, NotePaidBack, NoteMoverStopOldCity, NoteResidentYearUnsourced, NotePayDatePlan, NoteFormerArrears,
			NoteResidentPaid, NoteResidentWaitOver, NoteSameAreaNoGapCover, NotePaidBackResumeCap, NoteRestartNewCity36b, NoteCoverResumed40a,
			NoteMoveStart41a, NoteFirstResidentWait42a, NoteStartOverRegion42a, NoteLeftStopSourced47c},
		"deadlines": DeadlineIDs,
		"unknowns":  AskIDs,
		"open":      WhyIDs,
		// The question for each fact an answer can leave open, by the
		// fact's name with dashes.
		"questions": {"cross-city", "continuous-years", "local-years-paid", "arrears", "due-date", "unit-status", "in-window"},
		"verdicts":  verdictStrings(),
		"unused":    UnusedIDs,
	}
}

func verdictStrings() []string {
	s := make([]string, len(Verdicts))
	for i, v := range Verdicts {
		s[i] = string(v)
	}
	return s
}

// DeadlineIDs, AskIDs and WhyIDs list every deadline, unknown and open
// question reason, for the loader and for scenario coverage.
var (
	DeadlineIDs = []string{DeadlineTransferWindow, DeadlineSwitchWindow, DeadlineIndividualWindow,
		DeadlineEmployerOrder, DeadlineEmployerOrderDays, DeadlineResidentWindow, DeadlineBenefitEnds,
		DeadlineWaitingEnds, DeadlineResidentWaiting, DeadlineResidentYearEnd, DeadlineResidentYearEndWait}
	AskIDs = []string{AskIndividualGap, AskEmployerGoneGap, AskBackPayOver, AskSameAreaJobChange, AskGapCover, AskRetirementYears,
		AskRetirementCeiling, AskLocalYearsFigure, AskRetiredLocalYears, AskRetiredLocalFigure, AskPromptStart, AskWaiverFlexible, AskWaiverAfterBenefit, AskPersonalAccount, AskFirstCoverStart, AskNotRegistered,
		AskSubsidy, AskStudent, AskDoublePayment, AskPremiumYear, AskPayBeforeStop, AskStopDay, AskTransferVsRegion, AskTransferVsStart, AskFirstResidentStart, AskWaitingCeiling,
		AskAfterBenefitStart, AskResidentWaitStart, AskGapEnded, AskGapEndedUnknown,
		AskGapStopDay, AskSwitchVsRegion, AskRetiredShort, AskResidentWaitDay, AskLateVsNational, AskOnTimeVsNational,
		AskLateYearWhichYear, AskArrearsPaid, AskArrearsPaidUndated, AskGapAfterBenefit, AskPaidBack, AskMoverStopDay, AskResidentYearStart, AskFormerArrears,
		AskResidentWaitOver}
	WhyIDs = []string{WhyCrossCity, WhyContinuousYears, WhyLocalYears, WhyArrears, WhyDueDate, WhyUnitStatus, WhyInWindow}
)
