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
)

// Verdicts lists every verdict.
var Verdicts = []Verdict{VerdictBackPay, VerdictReEnroll, VerdictEmployerPays, VerdictPayShortfall, VerdictNoPaymentNeeded}

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
)

// Paths lists every path.
var Paths = []Path{PathUnitArrears, PathTransferWithin, PathTransferOver, PathSwitchWithin,
	PathIndividualWithin, PathIndividualOver, PathNoGap, PathRetired, PathRetirementMet,
	PathRetirementShort, PathRetirementUnknown, PathResidentNewborn, PathResidentRenewal, PathResidentWaiting}

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
	StepCheckRecord       = "check-record"
	StepAskUnitToPay      = "ask-unit-to-pay"
	StepComplain          = "complain-to-collector"
	StepKeepReceipts      = "keep-receipts"
	StepTransferApply     = "apply-transfer"
	StepBackPayGap        = "back-pay-gap"
	StepResumePaying      = "resume-paying"
	StepRegisterFlexible  = "register-flexible"
	StepConsiderResident  = "consider-resident"
	StepUnemploymentFund  = "unemployment-fund"
	StepConfirmYears      = "confirm-years"
	StepPayShortfall      = "pay-shortfall"
	StepNothingToPay      = "nothing-to-pay"
	StepEnrolNewborn      = "enrol-newborn"
	StepEnrolInWindow     = "enrol-in-window"
	StepEnrolResident     = "enrol-resident"
	StepRepairYears       = "repair-years"
	StepPayCurrentMonth   = "pay-current-month"
	StepClaimGapCosts     = "claim-gap-costs"
	StepUseAccountBalance = "use-account-balance"
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
	ConsLateFee          = "late-fee"
	ConsFine             = "fine"
	ConsUndeclared       = "undeclared-110"
	ConsEnforcement      = "enforcement"
	ConsCredit           = "credit"
	ConsEmployerBears    = "employer-bears-costs"
	ConsBankruptAudit    = "bankrupt-audit"
	ConsLostCoverage     = "lost-coverage"
	ConsResidentIncentiv = "resident-incentive-reset"
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
)

// EmittedIDs lists, by kind, every ID the rules can put into an Outcome, so
// the knowledge loader can prove each has a text in both languages.
func EmittedIDs() map[string][]string {
	return map[string][]string{
		"documents": {DocIDCard, DocSocialCard, DocTermination, DocLabourContract, DocPaymentNotice,
			DocUnitCredentials, DocGuarantee, DocBirthCert, DocHousehold, DocContribRecord, DocTransferForm},
		"channels": {ChanEmployerHR, ChanTax, ChanMedicalCentre, ChanHotline12393, ChanHotline12333,
			ChanOnlineMedical, ChanOnlineSocial},
		"steps": {StepCheckRecord, StepAskUnitToPay, StepComplain, StepKeepReceipts, StepTransferApply,
			StepBackPayGap, StepResumePaying, StepRegisterFlexible, StepConsiderResident, StepUnemploymentFund,
			StepConfirmYears, StepPayShortfall, StepNothingToPay, StepEnrolNewborn, StepEnrolInWindow,
			StepEnrolResident, StepRepairYears, StepPayCurrentMonth, StepClaimGapCosts, StepUseAccountBalance},
		"agreements": {AgreementNotice, AgreementInstalment, AgreementMerged, AgreementDivided,
			AgreementBankrupt, AgreementAuctioned},
		"consequences": {ConsLateFee, ConsFine, ConsUndeclared, ConsEnforcement, ConsCredit,
			ConsEmployerBears, ConsBankruptAudit, ConsLostCoverage, ConsResidentIncentiv},
		"notes": {NoteRegionFallback, NoteConfirmLocally, NoteStopConvention, NoteWaitingConvention,
			NoteWaitingMaximum, NoteLateFeeDays, NoteNoLateFeeIndiv, NoteResumeAssumesNow,
			NoteGapCoverDeadline, NoteRequirementCeiling, NoteRequirementLocal, NoteLocalYears,
			NoteWaitingRestarts, NoteRepayCapped, NoteWindowStart, NoteBaseAdjusted, NoteNoRate,
			NoteSwitchTooShort, NoteShortfallModes, NoteDueDateNeeded},
		"verdicts": verdictStrings(),
	}
}

func verdictStrings() []string {
	s := make([]string, len(Verdicts))
	for i, v := range Verdicts {
		s[i] = string(v)
	}
	return s
}
