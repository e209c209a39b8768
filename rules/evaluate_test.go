package rules_test

import (
	"slices"
	"testing"
	"time"

	"bujiao/rules"
)

// evalCase is one decision with its full expectation. Every case states the
// verdict, path, dates, waiting months, retroactivity and back-payment; the
// optional fields are checked only when set.
type evalCase struct {
	name   string
	policy rules.Policy
	today  rules.Date // zero: the package-level today
	facts  rules.Facts

	verdict    rules.Verdict
	path       rules.Path
	stopped    string // StoppedOn, "" for nil
	resumes    string // ResumesOn, "" for nil
	latest     string // ResumesLatest, checked when set
	waiting    int
	waitingMax bool
	retro      bool
	backPay    bool
	// retroUnknown and backPayUnknown expect TriUnknown instead.
	retroUnknown   bool
	backPayUnknown bool

	lateFee   string // "" means LateFee must be nil
	lateDays  int
	estimate  string // checked when set
	agreement string
	required  string // RequiredYears, checked when set ("-" for nil)
	shortfall int    // -1: checked by check only
	reqMax    bool

	cites    []rules.Citation // must all be present
	notes    []string         // must all be present
	notNotes []string         // must be absent
	steps    []string
	cons     []string
	notCons  []string
	docs     []string
	check    func(t *testing.T, o rules.Outcome)
}

var (
	sil86 = cite("sil", 86)
	sil27 = cite("sil", 27)
)

func evalCases() []evalCase {
	nat, sh, zj, gd := nationalPolicy(), shanghaiPolicy(), zhejiangPolicy(), guangdongPolicy()
	cases := []evalCase{
		// ---- Transfer / job change (43号 ①③) ----
		{name: "transfer/national/gap3-within", policy: nat, facts: jobChange("national", 3),
			verdict: rules.VerdictBackPay, path: rules.PathTransferWithin,
			stopped: "2026-09-01", resumes: "2026-11-01", waiting: 0, retro: true, backPay: true,
			cites: []rules.Citation{cite("sil", 32), sect("ybbf-2021-43", "1")},
			steps: []string{rules.StepBackPayGap, rules.StepClaimGapCosts}, docs: []string{rules.DocTransferForm},
			notes: []string{rules.NoteRegionFallback, rules.NoteMoverStopOldCity}},
		{name: "transfer/national/gap4-over", policy: nat, facts: jobChange("national", 4),
			backPayUnknown: true,
			verdict:        rules.VerdictReEnroll, path: rules.PathTransferOver,
			stopped: "2026-08-01", resumes: "", latest: "2027-06-01", waiting: 6, waitingMax: true,
			cites: []rules.Citation{cite("sil", 32), sect("ybbf-2021-43", "3")},
			notes: []string{rules.NoteWaitingMaximum}, cons: []string{rules.ConsLostCoverage}},
		{name: "transfer/national/gap1", policy: nat, facts: jobChange("national", 1),
			verdict: rules.VerdictBackPay, path: rules.PathTransferWithin,
			stopped: "2026-11-01", resumes: "2026-11-01", retro: true, backPay: true},
		{name: "transfer/shanghai/gap3-within", policy: sh, facts: jobChange("shanghai", 3),
			verdict: rules.VerdictBackPay, path: rules.PathTransferWithin,
			stopped: "2026-09-01", resumes: "2026-11-15", retro: true, backPay: true,
			notes:    []string{rules.NoteMoverStopOldCity},
			notNotes: []string{rules.NoteRegionFallback, rules.NoteBenefitDaySourced}},
		{name: "transfer/shanghai/gap4-over", policy: sh, facts: jobChange("shanghai", 4),
			backPayUnknown: true,
			verdict:        rules.VerdictReEnroll, path: rules.PathTransferOver,
			stopped: "2026-08-01", resumes: "", latest: "2027-06-15", waiting: 6, waitingMax: true},
		{name: "transfer/guangdong/gap3-within", policy: gd, facts: jobChange("guangdong", 3),
			verdict: rules.VerdictBackPay, path: rules.PathTransferWithin,
			stopped: "2026-09-01", resumes: "2026-11-01", retro: true, backPay: true,
			cites: []rules.Citation{cite("gd-2022-6", 12), cite("sil", 32)}},
		{name: "transfer/zhejiang/gap4-over", policy: zj, facts: jobChange("zhejiang", 4),
			backPayUnknown: true,
			verdict:        rules.VerdictReEnroll, path: rules.PathTransferOver,
			stopped: "2026-08-01", resumes: "", latest: "2027-06-01", waiting: 6, waitingMax: true},
		{name: "transfer/national/gap0", policy: nat, facts: jobChange("national", 0),
			verdict: rules.VerdictNoPaymentNeeded, path: rules.PathNoGap,
			steps: []string{rules.StepPayCurrentMonth}, notNotes: []string{rules.NoteStopConvention}},

		// ---- Individuals (flexible workers) ----
		{name: "individual/national/gap3-no-cliff", policy: nat, facts: individual("national", 3),
			retroUnknown:   true,
			backPayUnknown: true,
			verdict:        rules.VerdictConfirmLocally, path: rules.PathIndividualOver,
			stopped: "2026-09-01", resumes: "", latest: "2027-06-01", waiting: 6, waitingMax: true,
			cites: []rules.Citation{cite("sil", 60), sect("ybbf-2021-43", "3")},
			notes: []string{rules.NoteNoLateFeeIndiv}},
		{name: "individual/national/gap4-over", policy: nat, facts: individual("national", 4),
			retroUnknown: true, backPayUnknown: true,
			verdict: rules.VerdictConfirmLocally, path: rules.PathIndividualOver,
			stopped: "2026-08-01", resumes: "", latest: "2027-06-01", waiting: 6, waitingMax: true,
			cons: []string{rules.ConsLostCoverage}, notes: []string{rules.NoteNoLateFeeIndiv}},
		{name: "individual/national/gap0", policy: nat, facts: individual("national", 0),
			verdict: rules.VerdictNoPaymentNeeded, path: rules.PathNoGap},
		{name: "individual/national/since-current-month", policy: nat,
			facts: func() rules.Facts {
				f := individual("national", 0)
				f.GapMonths, f.Since = nil, monp(2026, 11)
				return f
			}(),
			verdict: rules.VerdictNoPaymentNeeded, path: rules.PathNoGap},
		// Shanghai 沪医保规〔2025〕7号 三(四): joining within 3 months of losing
		// benefits waives the 6-month wait; benefits from the month after payment.
		{name: "individual/shanghai/gap3-within", policy: sh, facts: individual("shanghai", 3),
			backPayUnknown: true,
			verdict:        rules.VerdictConfirmLocally, path: rules.PathIndividualWithin,
			stopped: "2026-09-15", resumes: "2026-12-15", waiting: 1,
			cites: []rules.Citation{sect("sh-2025-7", "三(四)")},
			steps: []string{rules.StepUseAccountBalance, rules.StepResumePaying},
			check: func(t *testing.T, o rules.Outcome) {
				if !o.PersonalAccountUsable.Yes() {
					t.Error("Shanghai flexible worker: personal account usable from the month after payment")
				}
			}},
		{name: "individual/shanghai/gap1-within", policy: sh, facts: individual("shanghai", 1),
			backPayUnknown: true,
			verdict:        rules.VerdictConfirmLocally, path: rules.PathIndividualWithin,
			stopped: "2026-11-15", resumes: "2026-12-15", waiting: 1},
		{name: "individual/shanghai/gap4-over", policy: sh, facts: individual("shanghai", 4),
			backPayUnknown: true,
			verdict:        rules.VerdictReEnroll, path: rules.PathIndividualOver,
			stopped: "2026-08-15", resumes: "2027-05-15", waiting: 6,
			notes: []string{rules.NoteWaitingRestarts}, notNotes: []string{rules.NoteWaitingMaximum},
			cons: []string{rules.ConsLostCoverage}, steps: []string{rules.StepUseAccountBalance}},
		{name: "individual/shanghai/gap0", policy: sh, facts: individual("shanghai", 0),
			verdict: rules.VerdictNoPaymentNeeded, path: rules.PathNoGap},
		// Zhejiang art. 29: interrupted flexible workers get benefits from the
		// 3rd natural month counting the payment month (Nov → 1 Jan), and
		// none in the unpaid months themselves (¶2; audit round 1, W3).
		{name: "individual/zhejiang/gap1", policy: zj, facts: individual("zhejiang", 1),
			backPayUnknown: true,
			verdict:        rules.VerdictReEnroll, path: rules.PathIndividualOver,
			stopped: "2026-10-01", resumes: "2027-01-01", waiting: 2,
			cites: []rules.Citation{cite("zj-msr", 29)}, notes: []string{rules.NoteNoCoverInGap},
			notNotes: []string{rules.NoteStopConvention}},
		{name: "individual/zhejiang/gap3", policy: zj, facts: individual("zhejiang", 3),
			backPayUnknown: true,
			verdict:        rules.VerdictReEnroll, path: rules.PathIndividualOver,
			stopped: "2026-08-01", resumes: "2027-01-01", waiting: 2},
		{name: "individual/zhejiang/gap4", policy: zj, facts: individual("zhejiang", 4),
			backPayUnknown: true,
			verdict:        rules.VerdictReEnroll, path: rules.PathIndividualOver,
			stopped: "2026-07-01", resumes: "2027-01-01", waiting: 2},
		// No statutory late fee for individuals (SIL 86 binds employers only).
		{name: "individual/national/no-late-fee", policy: nat,
			facts:          withMoney(individual("national", 2), "3000", dayp(2026, 10, 15), nil),
			retroUnknown:   true,
			backPayUnknown: true,
			verdict:        rules.VerdictConfirmLocally, path: rules.PathIndividualOver,
			stopped: "2026-10-01", resumes: "", latest: "2027-06-01", waiting: 6, waitingMax: true,
			notes: []string{rules.NoteNoLateFeeIndiv}, notCons: []string{rules.ConsLateFee, rules.ConsFine},
			check: func(t *testing.T, o rules.Outcome) {
				if o.LateFeeApplies || o.FineMin != nil || o.FineMax != nil || slices.Contains(o.Citations, sil86) {
					t.Errorf("individual charged as an employer: applies=%v fine=%v..%v cites=%v",
						o.LateFeeApplies, o.FineMin, o.FineMax, o.Citations)
				}
			}},
		{name: "left-job/national/gap2", policy: nat, facts: leftJob("national", 2),
			retroUnknown:   true,
			backPayUnknown: true,
			verdict:        rules.VerdictConfirmLocally, path: rules.PathIndividualOver,
			stopped: "2026-10-01", resumes: "", latest: "2027-06-01", waiting: 6, waitingMax: true,
			docs:  []string{rules.DocTermination},
			steps: []string{rules.StepRegisterFlexible, rules.StepUnemploymentFund}},
		{name: "left-job/shanghai/gap2", policy: sh, facts: leftJob("shanghai", 2),
			backPayUnknown: true,
			verdict:        rules.VerdictReEnroll, path: rules.PathIndividualWithin,
			stopped: "2026-10-15", resumes: "2026-12-15", waiting: 1},
		{name: "left-job/shanghai/gap5", policy: sh, facts: leftJob("shanghai", 5),
			backPayUnknown: true,
			verdict:        rules.VerdictReEnroll, path: rules.PathIndividualOver,
			stopped: "2026-07-15", resumes: "2027-05-15", waiting: 6},

		// ---- Scheme switch (43号 ②: ≥ 2 years continuous, gap ≤ 3) ----
		// 43号 ② against Shanghai's own 三(三) and arts. 15, 17: both named,
		// a range from the national date to the month after back-payment
		// (audit round 1, M1/M3).
		{name: "switch/shanghai/2-years", policy: sh,
			facts:   switching(individual("shanghai", 3), rules.SchemeResident, 2),
			verdict: rules.VerdictConfirmLocally, path: rules.PathSwitchWithin,
			stopped: "2026-09-15", resumes: "", latest: "2026-12-15", retroUnknown: true, backPay: true,
			cites: []rules.Citation{sect("ybbf-2021-43", "2"), sect("sh-2025-7", "三(三)"), cite("sh-msr", 15), cite("sh-msr", 17)},
			notes: []string{rules.NoteSwitchDisagree}, steps: []string{rules.StepSwitchEnrol, rules.StepBackPayGap}},
		{name: "switch/shanghai/1-year-too-short", policy: sh,
			facts:          switching(individual("shanghai", 3), rules.SchemeResident, 1),
			backPayUnknown: true,
			verdict:        rules.VerdictConfirmLocally, path: rules.PathIndividualWithin,
			stopped: "2026-09-15", resumes: "2026-12-15", waiting: 1,
			notes: []string{rules.NoteSwitchTooShort}},
		{name: "switch/national/job-change-2-years", policy: nat,
			facts:   switching(jobChange("national", 2), rules.SchemeResident, 2),
			verdict: rules.VerdictBackPay, path: rules.PathSwitchWithin,
			stopped: "2026-10-01", resumes: "2026-11-01", retro: true, backPay: true},
		{name: "switch/national/gap4-over", policy: nat,
			facts:        switching(individual("national", 4), rules.SchemeResident, 5),
			retroUnknown: true, backPayUnknown: true,
			verdict: rules.VerdictConfirmLocally, path: rules.PathIndividualOver,
			stopped: "2026-08-01", resumes: "", latest: "2027-06-01", waiting: 6, waitingMax: true,
			notes: []string{rules.NoteSwitchTooShort}},
		{name: "switch/same-scheme-is-no-switch", policy: sh,
			facts:          switching(individual("shanghai", 3), rules.SchemeEmployee, 9),
			backPayUnknown: true,
			verdict:        rules.VerdictConfirmLocally, path: rules.PathIndividualWithin,
			stopped: "2026-09-15", resumes: "2026-12-15", waiting: 1,
			notNotes: []string{rules.NoteSwitchTooShort}},
		// Regression (BUG found by these tests, fixed in 4f0b9ed): the issue
		// and 医保办发〔2021〕43号 ② (domain.md §2.5; 粤医保规〔2022〕6号
		// art. 13) give the same treatment to a switch in EITHER direction
		// between the employee and resident schemes: after ≥ 2 years'
		// continuous enrolment and a gap ≤ 3 months, back-pay, benefits from
		// the payment month, the gap covered, no waiting period. Evaluate's
		// resident branch ignored PriorScheme/ContinuousYears/GapMonths, so a
		// person leaving 5 years of employee cover for the resident scheme
		// got the 3-month 38号 fixed wait (ResumesOn 2027-02-01).
		{name: "switch/employee-to-resident-2-years", policy: nat,
			facts: func() rules.Facts {
				f := switching(resident("national", false, false, 0, 0), rules.SchemeEmployee, 5)
				f.GapMonths = ip(2)
				return f
			}(),
			verdict: rules.VerdictBackPay, path: rules.PathSwitchWithin,
			stopped: "2026-10-01", resumes: "2026-11-01", retro: true, backPay: true},

		// Only the facts Needed asks for a switch into the resident scheme.
		{name: "switch/employee-to-resident-minimal-facts", policy: sh,
			facts: rules.Facts{Scheme: rules.SchemeResident, PriorScheme: rules.SchemeEmployee,
				ContinuousYears: ip(2), Since: monp(2026, 8), Region: "shanghai"},
			verdict: rules.VerdictConfirmLocally, path: rules.PathSwitchWithin,
			// Employee cover stops on Shanghai's 15th (issue 18 item 2);
			// the resident dates use the 1st; art. 17's wait has no date.
			stopped: "2026-09-15", resumes: "", retroUnknown: true, backPay: true,
			cites: []rules.Citation{sect("ybbf-2021-43", "2"), cite("sil", 25)}},
		// Too short a record: an ordinary late enrolment (fixed 3 months).
		{name: "switch/employee-to-resident-1-year", policy: nat,
			facts: rules.Facts{Scheme: rules.SchemeResident, PriorScheme: rules.SchemeEmployee,
				ContinuousYears: ip(1), GapMonths: ip(2), Region: "national"},
			verdict: rules.VerdictReEnroll, path: rules.PathResidentWaiting,
			stopped: "2026-10-01", resumes: "2027-02-01", waiting: 3,
			notes: []string{rules.NoteSwitchTooShort}},
		// Gap too long: 30 months = 2 full broken years → 3 + 2 months.
		{name: "switch/employee-to-resident-gap30", policy: nat,
			facts: rules.Facts{Scheme: rules.SchemeResident, PriorScheme: rules.SchemeEmployee,
				ContinuousYears: ip(9), GapMonths: ip(30), Region: "national"},
			verdict: rules.VerdictReEnroll, path: rules.PathResidentWaiting,
			stopped: "2024-06-01", resumes: "2027-04-01", waiting: 5, backPay: true,
			notes: []string{rules.NoteSwitchTooShort}, cons: []string{rules.ConsResidentIncentiv}},
		{name: "switch/employee-to-resident-gap4-repair", policy: nat,
			facts: rules.Facts{Scheme: rules.SchemeResident, PriorScheme: rules.SchemeEmployee,
				ContinuousYears: ip(9), GapMonths: ip(4), Region: "national", RepayYears: ip(1)},
			verdict: rules.VerdictReEnroll, path: rules.PathResidentWaiting,
			stopped: "2026-08-01", resumes: "2027-02-01", waiting: 3,
			notes: []string{rules.NoteSwitchTooShort}, notNotes: []string{rules.NoteRepayCapped}},

		// ---- Unit arrears (SIL 60/63/86) ----
		{name: "arrears/shanghai/no-retroactive", policy: sh, facts: arrears("shanghai", rules.UnitNormal, 2),
			verdict: rules.VerdictEmployerPays, path: rules.PathUnitArrears,
			stopped: "2026-10-15", resumes: "2026-12-15", waiting: 1, backPay: true,
			agreement: rules.AgreementNotice,
			cites:     []rules.Citation{sil86, cite("sil", 63), sect("sh-2025-7", "三(三)")},
			cons:      []string{rules.ConsLateFee, rules.ConsFine}, notCons: []string{rules.ConsEmployerBears},
			notNotes: []string{rules.NoteGapCoverDeadline}},
		{name: "arrears/zhejiang/retroactive-employer-bears", policy: zj, facts: arrears("zhejiang", rules.UnitNormal, 2),
			retroUnknown: true,
			verdict:      rules.VerdictEmployerPays, path: rules.PathUnitArrears,
			stopped: "2026-10-01", resumes: "2026-12-01", waiting: 1, backPay: true,
			agreement: rules.AgreementNotice,
			cites:     []rules.Citation{sil86, cite("zj-msr", 28)},
			notes:     []string{rules.NoteGapCoverDeadline},
			cons:      []string{rules.ConsEmployerBears, rules.ConsLateFee}},
		// This month unpaid by the employer: the stop that follows is ahead
		// (audit round 1, M12).
		{name: "arrears/shanghai/gap0-nothing-owed", policy: sh, facts: arrears("shanghai", rules.UnitNormal, 0),
			verdict: rules.VerdictEmployerPays, path: rules.PathNoGap, stopped: "2026-12-15",
			notes: []string{rules.NoteNothingUnpaid, rules.NoteStopAhead}, notCons: []string{rules.ConsLateFee, rules.ConsFine},
			steps: []string{rules.StepAskUnitToPay}},
		{name: "arrears/shanghai/gap0", policy: sh,
			facts:   withMoney(arrears("shanghai", rules.UnitNormal, 0), "1000", dayp(2026, 11, 15), nil),
			verdict: rules.VerdictEmployerPays, path: rules.PathUnitArrears, backPay: true,
			agreement: rules.AgreementNotice, lateFee: "5.00", lateDays: 10, estimate: "1005.00"},

		// ---- Late fee: 0.05 %/day, due date exclusive, payment inclusive ----
		{name: "latefee/across-month-end", policy: nat,
			facts:        withMoney(arrears("national", rules.UnitNormal, 2), "10000", dayp(2026, 10, 15), nil),
			retroUnknown: true,
			verdict:      rules.VerdictEmployerPays, path: rules.PathUnitArrears,
			stopped: "2026-10-01", resumes: "", backPay: true,
			agreement: rules.AgreementNotice, lateFee: "205.00", lateDays: 41, estimate: "10205.00",
			notes: []string{rules.NoteLateFeeDays},
			check: func(t *testing.T, o rules.Outcome) {
				wantDec(t, "FineMin", o.FineMin, "10000")
				wantDec(t, "FineMax", o.FineMax, "30000")
				if o.EstimateMonths != 2 {
					t.Errorf("EstimateMonths = %d, want 2", o.EstimateMonths)
				}
			}},
		{name: "latefee/pay-date-given", policy: nat,
			facts:        withMoney(arrears("national", rules.UnitNormal, 2), "10000", dayp(2026, 10, 31), dayp(2026, 11, 30)),
			retroUnknown: true,
			verdict:      rules.VerdictEmployerPays, path: rules.PathUnitArrears,
			stopped: "2026-10-01", resumes: "", backPay: true,
			agreement: rules.AgreementNotice, lateFee: "150.00", lateDays: 30, estimate: "10150.00"},
		{name: "latefee/over-29-feb-2028", policy: nat, today: day(2028, 3, 15),
			facts: func() rules.Facts {
				f := withMoney(arrears("national", rules.UnitNormal, 0), "10000", dayp(2028, 2, 15), nil)
				f.GapMonths, f.Since = nil, monp(2028, 1)
				return f
			}(),
			retroUnknown: true,
			verdict:      rules.VerdictEmployerPays, path: rules.PathUnitArrears,
			stopped: "2028-02-01", resumes: "", backPay: true,
			agreement: rules.AgreementNotice, lateFee: "145.00", lateDays: 29},
		{name: "latefee/28-feb-to-1-mar-2028", policy: nat, today: day(2028, 3, 1),
			facts:        withMoney(arrears("national", rules.UnitNormal, 1), "10000", dayp(2028, 2, 28), nil),
			retroUnknown: true,
			verdict:      rules.VerdictEmployerPays, path: rules.PathUnitArrears,
			stopped: "2028-03-01", resumes: "", backPay: true,
			agreement: rules.AgreementNotice, lateFee: "10.00", lateDays: 2},
		{name: "latefee/28-feb-to-1-mar-2027", policy: nat, today: day(2027, 3, 1),
			facts:        withMoney(arrears("national", rules.UnitNormal, 1), "10000", dayp(2027, 2, 28), nil),
			retroUnknown: true,
			verdict:      rules.VerdictEmployerPays, path: rules.PathUnitArrears,
			stopped: "2027-03-01", resumes: "", backPay: true,
			agreement: rules.AgreementNotice, lateFee: "5.00", lateDays: 1},
		{name: "latefee/on-due-date", policy: nat,
			facts:        withMoney(arrears("national", rules.UnitNormal, 2), "10000", dayp(2026, 11, 25), nil),
			retroUnknown: true,
			verdict:      rules.VerdictEmployerPays, path: rules.PathUnitArrears,
			stopped: "2026-10-01", resumes: "", backPay: true,
			agreement: rules.AgreementNotice, lateFee: "0", lateDays: 0, estimate: "10000"},
		{name: "latefee/before-due-date", policy: nat,
			facts:        withMoney(arrears("national", rules.UnitNormal, 2), "10000", dayp(2026, 11, 15), dayp(2026, 11, 10)),
			retroUnknown: true,
			verdict:      rules.VerdictEmployerPays, path: rules.PathUnitArrears,
			stopped: "2026-10-01", resumes: "", backPay: true,
			agreement: rules.AgreementNotice, lateFee: "0", lateDays: 0},
		// 24690 × 0.0005 × 1 = 12.345 exactly: half-up gives 12.35 (banker's 12.34).
		{name: "latefee/rounding-half-up", policy: nat,
			facts:        withMoney(arrears("national", rules.UnitNormal, 2), "24690", dayp(2026, 11, 24), nil),
			retroUnknown: true,
			verdict:      rules.VerdictEmployerPays, path: rules.PathUnitArrears,
			stopped: "2026-10-01", resumes: "", backPay: true,
			agreement: rules.AgreementNotice, lateFee: "12.35", lateDays: 1, estimate: "24702.35"},
		// 10 × 0.0005 × 1 = 0.005: half-up gives 0.01.
		{name: "latefee/rounding-half-up-small", policy: nat,
			facts:        withMoney(arrears("national", rules.UnitNormal, 2), "10", dayp(2026, 11, 24), nil),
			retroUnknown: true,
			verdict:      rules.VerdictEmployerPays, path: rules.PathUnitArrears,
			stopped: "2026-10-01", resumes: "", backPay: true,
			agreement: rules.AgreementNotice, lateFee: "0.01", lateDays: 1, estimate: "10.01"},
		{name: "latefee/no-due-date", policy: nat,
			facts:        withMoney(arrears("national", rules.UnitNormal, 2), "10000", nil, nil),
			retroUnknown: true,
			verdict:      rules.VerdictEmployerPays, path: rules.PathUnitArrears,
			stopped: "2026-10-01", resumes: "", backPay: true,
			agreement: rules.AgreementNotice, estimate: "10000",
			notes: []string{rules.NoteDueDateNeeded}, notNotes: []string{rules.NoteLateFeeDays}},
	}
	cases = append(cases, retirementResidentEstimateCases(nat, sh, zj, gd)...)

	// Issue 18 item 11: a first enrolment (SIL art. 58; Zhejiang art. 29 ¶1:
	// the 2nd natural month) and an employer that never registered the
	// worker (SIL arts. 58 ¶1, 84).
	first := func(region string, scheme rules.Scheme, payer rules.Payer) rules.Facts {
		yes := true
		f := rules.Facts{Scheme: scheme, FirstEnrolment: &yes, Region: region}
		if scheme == rules.SchemeEmployee {
			f.Retirement, f.Payer = rules.RetirementWorking, payer
		}
		return f
	}
	cases = append(cases,
		evalCase{name: "first-enrolment/zhejiang/individual", policy: zj, facts: first("zhejiang", rules.SchemeEmployee, rules.PayerIndividual),
			verdict: rules.VerdictEnrol, path: rules.PathFirstEnrolment, resumes: "2026-12-01",
			cites: []rules.Citation{cite("sil", 58), cite("zj-msr", 29)}, steps: []string{rules.StepRegisterSelf}},
		evalCase{name: "first-enrolment/national/unit", policy: nat, facts: first("national", rules.SchemeEmployee, rules.PayerUnit),
			verdict: rules.VerdictEnrol, path: rules.PathFirstEnrolment, resumes: "",
			steps: []string{rules.StepUnitRegister, rules.StepComplainRegistration},
			check: func(t *testing.T, o rules.Outcome) {
				if !slices.Contains(o.AskLocally, rules.AskFirstCoverStart) {
					t.Errorf("no start date in the sources, yet no question for 12393: %v", o.AskLocally)
				}
			}},
		evalCase{name: "first-enrolment/shanghai/resident", policy: sh, facts: first("shanghai", rules.SchemeResident, ""),
			verdict: rules.VerdictEnrol, path: rules.PathFirstEnrolment, resumes: "",
			steps: []string{rules.StepEnrolResident}},
		evalCase{name: "not-registered/national", policy: nat,
			facts: func() rules.Facts {
				f := working("national")
				f.Payer, f.Reason, f.GapMonths = rules.PayerUnit, rules.ReasonNotRegistered, ip(4)
				return f
			}(),
			verdict: rules.VerdictEmployerPays, path: rules.PathNotRegistered, backPay: true, retroUnknown: true,
			cites: []rules.Citation{cite("sil", 58), cite("sil", 84)},
			steps: []string{rules.StepUnitRegister, rules.StepComplainRegistration},
			cons:  []string{rules.ConsNotRegisteredFine}},
	)

	cases = append(cases,
		// Item 3: before Shanghai's stop day the person is still covered.
		evalCase{name: "stop-ahead/shanghai", policy: sh, facts: individual("shanghai", 1),
			today:   day(2026, time.November, 10),
			verdict: rules.VerdictConfirmLocally, path: rules.PathIndividualWithin, backPayUnknown: true,
			stopped: "2026-11-15", resumes: "2026-12-15", waiting: 1,
			notes: []string{rules.NoteStopAhead},
			check: func(t *testing.T, o rules.Outcome) {
				if !slices.Contains(o.AskLocally, rules.AskPayBeforeStop) {
					t.Errorf("stop ahead, yet no question whether paying before it avoids it: %v", o.AskLocally)
				}
			}},
		// Item 2: a stop on 2027-03-15 keeps the waiver for payments up to
		// and including 2027-06-14, though the gap is then 4 months.
		evalCase{name: "window-from-stop-day/shanghai", policy: sh,
			facts: func() rules.Facts {
				f := individual("shanghai", 0)
				f.GapMonths, f.Since = nil, monp(2027, 2)
				return f
			}(),
			today:   day(2027, time.June, 14),
			verdict: rules.VerdictConfirmLocally, path: rules.PathIndividualWithin, backPayUnknown: true,
			stopped: "2027-03-15", resumes: "2027-07-15", waiting: 1},
		evalCase{name: "window-from-stop-day/shanghai-day-after", policy: sh,
			facts: func() rules.Facts {
				f := individual("shanghai", 0)
				f.GapMonths, f.Since = nil, monp(2027, 2)
				return f
			}(),
			today:   day(2027, time.June, 15),
			verdict: rules.VerdictReEnroll, path: rules.PathIndividualOver, backPayUnknown: true,
			stopped: "2027-03-15", resumes: "2027-12-15", waiting: 6},
	)

	// Every unit status → its agreement (seed 000), national, gap 2.
	agreements := map[rules.UnitStatus]string{
		rules.UnitNormal:    rules.AgreementNotice,
		rules.UnitHardship:  rules.AgreementInstalment,
		rules.UnitMerged:    rules.AgreementMerged,
		rules.UnitDivided:   rules.AgreementDivided,
		rules.UnitBankrupt:  rules.AgreementBankrupt,
		rules.UnitAuctioned: rules.AgreementAuctioned,
	}
	for _, st := range rules.UnitStatuses {
		if st.Gone() {
			// A gone employer: the person's own cover first, under the
			// individual rules (unknown nationally for a 2-month gap).
			cases = append(cases, evalCase{name: "arrears/national/" + string(st), policy: nat, facts: arrears("national", st, 2),
				verdict: rules.VerdictProtectCover, path: rules.PathEmployerGone,
				stopped: "2026-10-01", retroUnknown: true, backPayUnknown: true, agreement: agreements[st],
				latest: "2027-06-01", waiting: 6, waitingMax: true,
				steps: []string{rules.StepProtectCover, rules.StepClaimArrears, rules.StepConsiderResident},
				cons:  []string{rules.ConsLateFee, rules.ConsFine},
				check: func(t *testing.T, o rules.Outcome) {
					if o.Steps[0] != rules.StepProtectCover {
						t.Errorf("first step %q, want %q", o.Steps[0], rules.StepProtectCover)
					}
					if o.ResumesOn != nil {
						t.Errorf("ResumesOn %s assumes a gone employer pays", o.ResumesOn)
					}
				}})
			continue
		}
		c := evalCase{name: "arrears/national/" + string(st), policy: nat, facts: arrears("national", st, 2),
			verdict: rules.VerdictEmployerPays, path: rules.PathUnitArrears, retroUnknown: true,
			stopped: "2026-10-01", backPay: true,
			agreement: agreements[st],
			cites:     []rules.Citation{sil86, cite("sil", 60), cite("sil", 62), cite("sil", 63), cite("sihr", 45)},
			cons:      []string{rules.ConsLateFee, rules.ConsFine, rules.ConsUndeclared},
			notCons:   []string{rules.ConsEmployerBears}}
		switch st {
		case rules.UnitHardship:
			c.docs = []string{rules.DocGuarantee}
		}
		cases = append(cases, c)
	}
	return cases
}

func TestEvaluate(t *testing.T) {
	for _, c := range evalCases() {
		t.Run(c.name, func(t *testing.T) {
			td := c.today
			if td.IsZero() {
				td = today
			}
			o, err := rules.Evaluate(c.facts, c.policy, td, false)
			if err != nil {
				t.Fatalf("Evaluate: %v", err)
			}
			if o.Verdict != c.verdict {
				t.Errorf("Verdict = %q, want %q", o.Verdict, c.verdict)
			}
			if o.Path != c.path {
				t.Errorf("Path = %q, want %q", o.Path, c.path)
			}
			wantDate(t, "StoppedOn", o.StoppedOn, c.stopped)
			resumes := o.ResumesOn
			if resumes == nil && c.resumes != "" && slices.Contains(o.AskLocally, rules.AskResidentWaitDay) {
				// A wait outside the window counted from the payment
				// month is the earliest of a range; counted from the
				// payment day, later (audit round 2 M-R2-4).
				resumes = o.ResumesEarliest
				if resumes == nil || o.ResumesLatest == nil || !resumes.Before(*o.ResumesLatest) {
					t.Errorf("wait-day range %v..%v, want earliest before latest", o.ResumesEarliest, o.ResumesLatest)
				}
			}
			if resumes == nil && c.resumes != "" && slices.Contains(o.AskLocally, rules.AskWaiverFlexible) {
				// Shanghai's 3-month waiver for a flexible worker who
				// interrupts: its day is the earliest, the full wait the
				// latest (heldout AFTER.md, en-ended).
				resumes = o.ResumesEarliest
				if resumes == nil || o.ResumesLatest == nil || !resumes.Before(*o.ResumesLatest) {
					t.Errorf("waiver range %v..%v, want earliest before latest", o.ResumesEarliest, o.ResumesLatest)
				}
			}
			wantDate(t, "ResumesOn", resumes, c.resumes)
			if c.latest != "" {
				wantDate(t, "ResumesLatest", o.ResumesLatest, c.latest)
			}
			// A ceiling is never a date (issue 18).
			if o.WaitingIsMaximum && o.ResumesOn != nil {
				t.Errorf("ResumesOn %s under a waiting ceiling; want nil with ResumesLatest", o.ResumesOn)
			}
			if o.WaitingMonths != c.waiting {
				t.Errorf("WaitingMonths = %d, want %d", o.WaitingMonths, c.waiting)
			}
			if o.WaitingIsMaximum != c.waitingMax {
				t.Errorf("WaitingIsMaximum = %v, want %v", o.WaitingIsMaximum, c.waitingMax)
			}
			wantRetro, wantBack := rules.TriOf(c.retro), rules.TriOf(c.backPay)
			if c.retroUnknown {
				wantRetro = rules.TriUnknown
			}
			if c.backPayUnknown {
				wantBack = rules.TriUnknown
			}
			if o.Retroactive != wantRetro {
				t.Errorf("Retroactive = %v, want %v", o.Retroactive, wantRetro)
			}
			if o.BackPayAllowed != wantBack {
				t.Errorf("BackPayAllowed = %v, want %v", o.BackPayAllowed, wantBack)
			}
			if c.lateFee == "" {
				if o.LateFee != nil {
					t.Errorf("LateFee = %s, want nil", o.LateFee)
				}
			} else {
				wantDec(t, "LateFee", o.LateFee, c.lateFee)
			}
			if o.LateFeeDays != c.lateDays {
				t.Errorf("LateFeeDays = %d, want %d", o.LateFeeDays, c.lateDays)
			}
			if c.estimate != "" {
				wantDec(t, "Estimate", o.Estimate, c.estimate)
			}
			if o.Agreement != c.agreement {
				t.Errorf("Agreement = %q, want %q", o.Agreement, c.agreement)
			}
			switch c.required {
			case "":
			case "-":
				if o.RequiredYears != nil {
					t.Errorf("RequiredYears = %s, want nil", o.RequiredYears)
				}
			default:
				wantDec(t, "RequiredYears", o.RequiredYears, c.required)
			}
			if c.shortfall >= 0 && o.ShortfallMonths != c.shortfall {
				t.Errorf("ShortfallMonths = %d, want %d", o.ShortfallMonths, c.shortfall)
			}
			if o.RequirementIsMaximum != c.reqMax {
				t.Errorf("RequirementIsMaximum = %v, want %v", o.RequirementIsMaximum, c.reqMax)
			}
			for _, want := range c.cites {
				if !slices.Contains(o.Citations, want) {
					t.Errorf("Citations %v lack %+v", o.Citations, want)
				}
			}
			wantAll(t, "Notes", o.Notes, c.notes)
			wantNone(t, "Notes", o.Notes, c.notNotes)
			wantAll(t, "Steps", o.Steps, c.steps)
			wantAll(t, "Consequences", o.Consequences, c.cons)
			wantNone(t, "Consequences", o.Consequences, c.notCons)
			wantAll(t, "Documents", o.Documents, c.docs)
			if c.check != nil {
				c.check(t, o)
			}

			// Invariants of every outcome.
			if o.Region != c.policy.Region || o.Today != td {
				t.Errorf("Region/Today = %q/%s, want %q/%s", o.Region, o.Today, c.policy.Region, td)
			}
			wantAll(t, "Notes", o.Notes, []string{rules.NoteConfirmLocally})
			if c.policy.Region == rules.NationalRegion {
				wantAll(t, "Notes", o.Notes, []string{rules.NoteRegionFallback})
			}
			if len(o.Citations) == 0 || len(o.Steps) == 0 || len(o.Channels) == 0 {
				t.Errorf("empty citations/steps/channels: %d/%d/%d", len(o.Citations), len(o.Steps), len(o.Channels))
			}
			for _, ch := range c.policy.Channels {
				wantAll(t, "Channels", o.Channels, []string{ch})
			}
			for _, list := range [][]string{o.Notes, o.Steps, o.Channels, o.Documents, o.Consequences} {
				seen := map[string]bool{}
				for _, id := range list {
					if seen[id] {
						t.Errorf("duplicate ID %q in %v", id, list)
					}
					seen[id] = true
				}
			}
			// Employee cover stops on the region's day, also when the
			// person switches to the resident scheme (issue 18 item 2).
			stopDay := c.policy.BenefitDays.Stop()
			want := func() rules.Date { return o.FirstUnpaid.Add(1).Day(stopDay) }
			switch {
			case o.Facts.CrossCity != nil && *o.Facts.CrossCity && o.Facts.Reason != rules.ReasonArrears:
				// A mover's unpaid months are the old city's cover, whose
				// stop day no source gives: the convention's 1st (R14-W2).
				want = func() rules.Date { return o.FirstUnpaid.Add(1).FirstDay() }
			case c.policy.Individual.NoCoverInGap && (o.Facts.Payer == rules.PayerIndividual || o.Facts.BenefitEnded != nil):
				// No cover in the unpaid months (Zhejiang art. 29 ¶2).
				want = func() rules.Date { return o.FirstUnpaid.FirstDay() }
			}
			if o.StoppedOn != nil && o.FirstUnpaid != nil && *o.StoppedOn != want() {
				t.Errorf("StoppedOn %s is not the region's stop day in the month after %s", o.StoppedOn, o.FirstUnpaid)
			}
		})
	}
}

// TestEvaluateCoversEveryVerdictAndPath keeps the table honest: every
// verdict and every path in rules.Paths has at least one case.
func TestEvaluateCoversEveryVerdictAndPath(t *testing.T) {
	paths := map[rules.Path]bool{}
	verdicts := map[rules.Verdict]bool{}
	for _, c := range evalCases() {
		paths[c.path] = true
		verdicts[c.verdict] = true
	}
	for _, p := range rules.Paths {
		if !paths[p] {
			t.Errorf("no case for path %q", p)
		}
	}
	for _, v := range rules.Verdicts {
		if !verdicts[v] {
			t.Errorf("no case for verdict %q", v)
		}
	}
}
