package rules_test

import (
	"slices"
	"testing"
	"time"

	"bujiao/rules"
)

// retirementResidentEstimateCases is the second half of evalCases' table
// (retirement, the resident scheme, flexible workers' estimates), in its own
// file so that each stays a readable length.
func retirementResidentEstimateCases(nat, sh, zj, gd rules.Policy) []evalCase {
	return []evalCase{
		// ---- Retirement (SIL 27) ----
		// Shanghai: cumulative years must be MORE than 15.
		{name: "retirement/shanghai/exactly-15-short", policy: sh, facts: atAge("shanghai", "15", "", ""),
			verdict: rules.VerdictPayShortfall, path: rules.PathRetirementShort, backPay: true,
			required: "15", shortfall: 1, cites: []rules.Citation{sil27, sect("sh-qa-2026", "retirement")}},
		// Regression (BUG found by these tests, fixed in 4f0b9ed):
		// 15.08 years (≈ 15 years 1 month) is more than 15, which is all
		// Shanghai requires (S7 "累计超过15年", domain.md §3.1; the brief lists
		// "15.08 → met"). retirement() floors 15.08×12 = 180.96 to 180 paid
		// months and then demanded 181, so it answered "one month short".
		{name: "retirement/shanghai/15.08-met", policy: sh, facts: atAge("shanghai", "15.08", "", ""),
			verdict: rules.VerdictConfirmLocally, path: rules.PathRetirementUnknown, backPay: true,
			required: "15", cites: []rules.Citation{sil27}},
		{name: "retirement/shanghai/15.09-met", policy: sh, facts: atAge("shanghai", "15.09", "", ""),
			verdict: rules.VerdictConfirmLocally, path: rules.PathRetirementUnknown, backPay: true, required: "15"},
		{name: "retirement/shanghai/14.5-short", policy: sh, facts: atAge("shanghai", "14.5", "", ""),
			verdict: rules.VerdictPayShortfall, path: rules.PathRetirementShort, backPay: true,
			required: "15", shortfall: 7},
		{name: "retirement/zhejiang/20-met", policy: zj, facts: atAge("zhejiang", "20", "", ""),
			verdict: rules.VerdictNoPaymentNeeded, path: rules.PathRetirementMet, required: "20",
			cites: []rules.Citation{sil27, cite("zj-msr", 21)}},
		// 19.9 years = 238.8 months; 1.2 months short means 2 whole months to pay.
		// (Either whole-month reading — 1 or 2 months — is accepted.)
		{name: "retirement/zhejiang/19.9-short", policy: zj, facts: atAge("zhejiang", "19.9", "", ""),
			verdict: rules.VerdictPayShortfall, path: rules.PathRetirementShort, backPay: true,
			required: "20", shortfall: -1, notes: []string{rules.NoteShortfallModes},
			check: func(t *testing.T, o rules.Outcome) {
				if o.ShortfallMonths < 1 || o.ShortfallMonths > 2 {
					t.Errorf("ShortfallMonths = %d, want 1 or 2 for 19.9 of 20 years", o.ShortfallMonths)
				}
			}},
		// Meeting the 2030 figure before 2030 is still asked: the city's
		// figure that year is not in the sources (audit round 1, U3).
		{name: "retirement/guangdong/male-30-before-2030", policy: gd, facts: atAge("guangdong", "30", rules.SexMale, "10"),
			verdict: rules.VerdictConfirmLocally, path: rules.PathRetirementUnknown, backPay: true,
			required: "30", reqMax: true, notes: []string{rules.NoteRequirementCeiling, rules.NoteLocalYears},
			cites: []rules.Citation{sil27, cite("gd-2022-6", 6), cite("gd-2022-6", 8)}},
		{name: "retirement/guangdong/male-29-short", policy: gd, facts: atAge("guangdong", "29", rules.SexMale, "12"),
			verdict: rules.VerdictConfirmLocally, path: rules.PathRetirementUnknown, backPay: true,
			required: "30", reqMax: true, shortfall: 12},
		{name: "retirement/guangdong/male-25-uses-male-figure", policy: gd, facts: atAge("guangdong", "25", rules.SexMale, "25"),
			verdict: rules.VerdictConfirmLocally, path: rules.PathRetirementUnknown, backPay: true,
			required: "30", reqMax: true, shortfall: 60},
		{name: "retirement/guangdong/female-25-met", policy: gd, facts: atAge("guangdong", "25", rules.SexFemale, "10"),
			verdict: rules.VerdictConfirmLocally, path: rules.PathRetirementUnknown, backPay: true, required: "25", reqMax: true},
		{name: "retirement/guangdong/female-24.5-short", policy: gd, facts: atAge("guangdong", "24.5", rules.SexFemale, "10"),
			verdict: rules.VerdictConfirmLocally, path: rules.PathRetirementUnknown, backPay: true,
			required: "25", reqMax: true, shortfall: 6},
		{name: "retirement/guangdong/day-before-2030", policy: gd, today: day(2029, 12, 31),
			facts:   atAge("guangdong", "30", rules.SexMale, "10"),
			verdict: rules.VerdictConfirmLocally, path: rules.PathRetirementUnknown, backPay: true, required: "30", reqMax: true},
		{name: "retirement/guangdong/from-2030-01-01", policy: gd, today: day(2030, 1, 1),
			facts:   atAge("guangdong", "30", rules.SexMale, "10"),
			verdict: rules.VerdictNoPaymentNeeded, path: rules.PathRetirementMet, required: "30",
			notNotes: []string{rules.NoteRequirementCeiling}},
		{name: "retirement/guangdong/after-2030-female-short", policy: gd, today: day(2031, 6, 1),
			facts:   atAge("guangdong", "24", rules.SexFemale, "24"),
			verdict: rules.VerdictPayShortfall, path: rules.PathRetirementShort, backPay: true,
			required: "25", shortfall: 12},
		// Guangdong art. 8: ≥ 10 actual years in the retirement city as well.
		{name: "retirement/guangdong/local-9-short", policy: gd, facts: atAge("guangdong", "32", rules.SexMale, "9"),
			verdict: rules.VerdictPayShortfall, path: rules.PathRetirementShort, backPay: true,
			required: "30", reqMax: true, shortfall: 12},
		{name: "retirement/guangdong/local-9.5-short", policy: gd, facts: atAge("guangdong", "30", rules.SexMale, "9.5"),
			verdict: rules.VerdictPayShortfall, path: rules.PathRetirementShort, backPay: true,
			required: "30", reqMax: true, shortfall: 6},
		{name: "retirement/guangdong/local-short-and-cumulative-short", policy: gd, facts: atAge("guangdong", "20", rules.SexFemale, "8"),
			verdict: rules.VerdictPayShortfall, path: rules.PathRetirementShort, backPay: true,
			required: "25", reqMax: true, shortfall: 24},
		{name: "retirement/national/unknown", policy: nat, facts: atAge("national", "18", "", ""),
			verdict: rules.VerdictConfirmLocally, path: rules.PathRetirementUnknown, backPay: true, required: "-",
			notes: []string{rules.NoteRequirementLocal}, cites: []rules.Citation{sil27}},
		// A job change without saying where the new job is: the transfer rule
		// holds only across pooling areas, so both branches are shown.
		{name: "job-change/national/area-unknown", policy: nat,
			facts:   func() rules.Facts { f := jobChange("national", 2); f.CrossCity = nil; return f }(),
			verdict: rules.VerdictConfirmLocally, path: rules.PathJobChangeOpen, stopped: "2026-10-01",
			retroUnknown: true, backPayUnknown: true,
			check: func(t *testing.T, o rules.Outcome) {
				if len(o.OpenQuestions) == 0 || o.OpenQuestions[0].Fact != rules.FieldCrossCity {
					t.Errorf("OpenQuestions = %v, want cross_city", o.OpenQuestions)
				}
				if !slices.Contains(o.AskLocally, rules.AskSameAreaJobChange) {
					t.Errorf("AskLocally = %v lacks %q", o.AskLocally, rules.AskSameAreaJobChange)
				}
				wantDate(t, "ResumesEarliest", o.ResumesEarliest, "2026-11-01")
				if len(o.Deadlines) != 1 || o.Deadlines[0].ID != rules.DeadlineTransferWindow || o.Deadlines[0].On.String() != "2026-12-31" {
					t.Errorf("Deadlines = %+v, want the transfer window to 2026-12-31", o.Deadlines)
				}
			}},
		{name: "job-change/national/same-area", policy: nat,
			facts:   func() rules.Facts { f := jobChange("national", 2); no := false; f.CrossCity = &no; return f }(),
			verdict: rules.VerdictConfirmLocally, path: rules.PathJobChangeSameArea, stopped: "2026-10-01",
			retroUnknown: true, backPayUnknown: true,
			check: func(t *testing.T, o rules.Outcome) {
				if len(o.OpenQuestions) != 0 || len(o.Deadlines) != 0 {
					t.Errorf("same-area job change: open %v, deadlines %v; want none", o.OpenQuestions, o.Deadlines)
				}
			}},
		// A switch with continuous years not given: the 2-year condition is
		// not failed, it is open.
		{name: "switch/national/years-unknown", policy: nat,
			facts:   func() rules.Facts { f := individual("national", 2); f.PriorScheme = rules.SchemeResident; return f }(),
			verdict: rules.VerdictConfirmLocally, path: rules.PathSwitchOpen, stopped: "2026-10-01", waiting: 6, waitingMax: true,
			retroUnknown: true, backPayUnknown: true, notNotes: []string{rules.NoteSwitchTooShort},
			check: func(t *testing.T, o rules.Outcome) {
				if len(o.OpenQuestions) == 0 || o.OpenQuestions[0].Fact != rules.FieldContinuousYears {
					t.Errorf("OpenQuestions = %v, want continuous_years first", o.OpenQuestions)
				}
				wantDate(t, "ResumesEarliest", o.ResumesEarliest, "2026-11-01")
			}},
		{name: "unemployment/zhejiang", policy: zj,
			facts:   rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementWorking, Reason: rules.ReasonUnemployment, Region: "zhejiang"},
			verdict: rules.VerdictNoPaymentNeeded, path: rules.PathUnemployment,
			cites: []rules.Citation{cite("sil", 48), cite("zj-msr", 30)},
			steps: []string{rules.StepFundPaysNow, rules.StepAfterBenefit},
			check: func(t *testing.T, o rules.Outcome) {
				// Already drawing it: never told to apply for it (issue 18).
				if slices.Contains(o.Steps, rules.StepUnemploymentFund) {
					t.Errorf("someone drawing unemployment benefit told to apply for it: %v", o.Steps)
				}
				// Art. 30 ¶2 gives no first day for prompt continuers.
				if !slices.Contains(o.AskLocally, rules.AskAfterBenefitStart) {
					t.Errorf("no question for the first day after the benefit: %v", o.AskLocally)
				}
				if len(o.Deadlines) != 1 || o.Deadlines[0].ID != rules.DeadlineBenefitEnds || o.Deadlines[0].On != nil {
					t.Errorf("Deadlines = %+v, want one undated benefit-end deadline", o.Deadlines)
				}
			}},
		// Audit round 3 R3-M1: the benefit ended last month. This month is
		// the person's to pay; art. 30 ¶2 gives no first day of cover.
		{name: "unemployment-ended/zhejiang/last-month", policy: zj,
			facts: func() rules.Facts {
				m := rules.Month{Year: 2026, Month: 11}
				return rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementWorking, Reason: rules.ReasonUnemployment,
					Region: "zhejiang", BenefitEnded: &m}
			}(),
			today:   day(2026, time.December, 6),
			verdict: rules.VerdictReEnroll, path: rules.PathBenefitEnded,
			cites: []rules.Citation{cite("sil", 48), cite("zj-msr", 30)},
			steps: []string{rules.StepPayAfterBenefit},
			notes: []string{rules.NoteBenefitEnded},
			check: func(t *testing.T, o rules.Outcome) {
				if slices.Contains(o.Steps, rules.StepFundPaysNow) || o.Verdict == rules.VerdictNoPaymentNeeded {
					t.Errorf("benefit ended, yet told the fund pays: %v %v", o.Verdict, o.Steps)
				}
				if o.ResumesOn != nil || !slices.Contains(o.AskLocally, rules.AskAfterBenefitStart) {
					t.Errorf("prompt continuation: ResumesOn %v, asks %v; want no day and the art. 30 question", o.ResumesOn, o.AskLocally)
				}
				wantDate(t, "FirstUnpaid", ptrDate(o.FirstUnpaid.FirstDay()), "2026-12-01")
			}},
		// Ended in October, nothing paid in November: an interruption, so
		// art. 30 ¶3 (as art. 29 ¶2): the 3rd natural month, February.
		{name: "unemployment-ended/zhejiang/interrupted", policy: zj,
			facts: func() rules.Facts {
				m := rules.Month{Year: 2026, Month: 10}
				return rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementWorking, Reason: rules.ReasonUnemployment,
					Region: "zhejiang", BenefitEnded: &m}
			}(),
			today:   day(2026, time.December, 6),
			verdict: rules.VerdictReEnroll, path: rules.PathIndividualOver, backPayUnknown: true,
			stopped: "2026-11-01", resumes: "2027-02-01", waiting: 2,
			notes: []string{rules.NoteBenefitEnded},
			check: func(t *testing.T, o rules.Outcome) {
				if o.Facts.Reason != rules.ReasonUnemployment || o.Facts.BenefitEnded == nil {
					t.Errorf("facts as given not kept: %+v", o.Facts)
				}
			}},
		// The audit's case: Shanghai, 3 months unpaid on 31 December. The
		// waiver's 3 months run from the stop day (S6 三(四)): cover stopped
		// on 2026-10-15, so payments up to 2027-01-14 are inside it.
		{name: "individual/shanghai/gap3-new-years-eve", policy: sh, facts: individual("shanghai", 3),
			today:   day(2026, time.December, 31),
			verdict: rules.VerdictConfirmLocally, path: rules.PathIndividualWithin, backPayUnknown: true,
			stopped: "2026-10-15", resumes: "2027-01-15", waiting: 1,
			notNotes: []string{rules.NoteResumeAssumesNow},
			check: func(t *testing.T, o rules.Outcome) {
				if len(o.Deadlines) != 1 || o.Deadlines[0].On.String() != "2027-01-14" || o.Deadlines[0].IfLate.String() != "2027-07-15" {
					t.Errorf("Deadlines = %+v, want pay by 2027-01-14, else 2027-07-15", o.Deadlines)
				}
			}},
		{name: "retired/national", policy: nat,
			facts:   rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementRetired, Region: "national"},
			verdict: rules.VerdictNoPaymentNeeded, path: rules.PathRetired,
			cites: []rules.Citation{sil27}, steps: []string{rules.StepNothingToPay}},
		// A retiree's given years decide (SIL 27; audit round 1, W1): short
		// of a sourced figure is confirm-locally with the retiree's question,
		// meeting it (or a figure the sources lack) is still nothing to pay.
		{name: "retired/shanghai-exactly-15-short", policy: sh,
			facts: func() rules.Facts {
				f := atAge("shanghai", "15", "", "")
				f.Retirement = rules.RetirementRetired
				return f
			}(),
			verdict: rules.VerdictConfirmLocally, path: rules.PathRetirementShort, backPay: true, required: "15", shortfall: 1,
			notes: []string{rules.NoteRetiredShort}, steps: []string{rules.StepConfirmYears, rules.StepPayShortfall},
			check: func(t *testing.T, o rules.Outcome) {
				if len(o.AskLocally) == 0 || o.AskLocally[0] != rules.AskRetiredShort {
					t.Errorf("AskLocally = %v, want %s first", o.AskLocally, rules.AskRetiredShort)
				}
			}},
		{name: "retired/zhejiang-19-short", policy: zj,
			facts: func() rules.Facts {
				f := atAge("zhejiang", "19", "", "")
				f.Retirement = rules.RetirementRetired
				return f
			}(),
			verdict: rules.VerdictConfirmLocally, path: rules.PathRetirementShort, backPay: true, required: "20", shortfall: 12,
			notes: []string{rules.NoteRetiredShort}},
		{name: "retired/zhejiang-20-met", policy: zj,
			facts: func() rules.Facts {
				f := atAge("zhejiang", "20", "", "")
				f.Retirement = rules.RetirementRetired
				return f
			}(),
			verdict: rules.VerdictNoPaymentNeeded, path: rules.PathRetired, notNotes: []string{rules.NoteRetiredShort}},
		{name: "retired/guangdong-no-sex-short-for-a-man", policy: gd, today: day(2030, 6, 1),
			facts: func() rules.Facts {
				f := atAge("guangdong", "27", "", "27")
				f.Retirement = rules.RetirementRetired
				return f
			}(),
			verdict: rules.VerdictConfirmLocally, path: rules.PathRetirementShort, backPay: true, required: "30", shortfall: 0,
			notes: []string{rules.NoteRetiredShort}},
		{name: "retired/shanghai-ignores-gap", policy: sh,
			facts:   rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementRetired, Region: "shanghai", GapMonths: ip(30)},
			verdict: rules.VerdictNoPaymentNeeded, path: rules.PathRetired,
			cites: []rules.Citation{sil27}},

		// BUG: a retiree owes nothing (SIL 27; the issue: "Retired → nothing to
		// pay") and is never asked about gaps (Needed's contract), but since
		// 4f0b9ed Evaluate normalises the gap whenever PriorScheme differs
		// from Scheme, so an irrelevant future `since` makes it refuse the
		// case with an *InvalidFactError (gap) instead of answering.
		{name: "retired/ignores-switch-and-since", policy: nat,
			facts: rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementRetired, Region: "national",
				PriorScheme: rules.SchemeResident, Since: monp(2027, 5)},
			verdict: rules.VerdictNoPaymentNeeded, path: rules.PathRetired,
			cites: []rules.Citation{sil27}},

		// ---- Resident scheme (国办发〔2024〕38号); paying in Nov 2026 ----
		{name: "resident/newborn", policy: nat, facts: resident("national", true, false, 0, 0),
			verdict: rules.VerdictEnrol, path: rules.PathResidentNewborn,
			docs: []string{rules.DocBirthCert}, cites: []rules.Citation{cite("sil", 25)}},
		{name: "resident/renewal-in-window", policy: nat, facts: resident("national", false, true, 0, 0),
			verdict: rules.VerdictReEnroll, path: rules.PathResidentRenewal, resumes: "2027-01-01",
			steps: []string{rules.StepEnrolInWindow}},
		{name: "resident/outside-window-no-break", policy: nat, facts: resident("national", false, false, 0, 0),
			verdict: rules.VerdictReEnroll, path: rules.PathResidentWaiting, resumes: "2027-02-01", waiting: 3,
			cites: []rules.Citation{sect("gbf-2024-38", "waiting")}, steps: []string{rules.StepEnrolResident}},
		{name: "resident/break3-no-repair", policy: nat, facts: resident("national", false, false, 3, 0),
			verdict: rules.VerdictReEnroll, path: rules.PathResidentWaiting, resumes: "2027-05-01", waiting: 6,
			backPay: true, steps: []string{rules.StepRepairYears}, cons: []string{rules.ConsResidentIncentiv}},
		{name: "resident/break3-repair1", policy: nat, facts: resident("national", false, false, 3, 1),
			verdict: rules.VerdictBackPay, path: rules.PathResidentWaiting, resumes: "2027-04-01", waiting: 5, backPay: true},
		{name: "resident/break3-repair3", policy: nat, facts: resident("national", false, false, 3, 3),
			verdict: rules.VerdictBackPay, path: rules.PathResidentWaiting, resumes: "2027-02-01", waiting: 3, backPay: true},
		{name: "resident/break4-no-repair", policy: nat, facts: resident("national", false, false, 4, 0),
			verdict: rules.VerdictReEnroll, path: rules.PathResidentWaiting, resumes: "2027-06-01", waiting: 7, backPay: true},
		{name: "resident/break4-repair1", policy: nat, facts: resident("national", false, false, 4, 1),
			verdict: rules.VerdictBackPay, path: rules.PathResidentWaiting, resumes: "2027-05-01", waiting: 6, backPay: true},
		{name: "resident/break4-repair2-floor", policy: nat, facts: resident("national", false, false, 4, 2),
			verdict: rules.VerdictBackPay, path: rules.PathResidentWaiting, resumes: "2027-05-01", waiting: 6, backPay: true},
		{name: "resident/break4-repair4-floor", policy: nat, facts: resident("national", false, false, 4, 4),
			verdict: rules.VerdictBackPay, path: rules.PathResidentWaiting, resumes: "2027-05-01", waiting: 6, backPay: true},
		{name: "resident/break10-repair10-floor", policy: nat, facts: resident("national", false, false, 10, 10),
			verdict: rules.VerdictBackPay, path: rules.PathResidentWaiting, resumes: "2027-05-01", waiting: 6, backPay: true},
		{name: "resident/break2-repair5-capped", policy: nat, facts: resident("national", false, false, 2, 5),
			verdict: rules.VerdictBackPay, path: rules.PathResidentWaiting, resumes: "2027-02-01", waiting: 3, backPay: true,
			notes: []string{rules.NoteRepayCapped}},
		{name: "resident/break4-repair9-capped-floor", policy: nat, facts: resident("national", false, false, 4, 9),
			verdict: rules.VerdictBackPay, path: rules.PathResidentWaiting, resumes: "2027-05-01", waiting: 6, backPay: true,
			notes: []string{rules.NoteRepayCapped}},
		// In the window the cover year starts on 1 January; whether the
		// wait runs from the enrolment or from then is not in the sources,
		// and inside the window is never later than outside it (issue 18).
		{name: "resident/in-window-after-break2", policy: nat, facts: resident("national", false, true, 2, 0),
			verdict: rules.VerdictConfirmLocally, path: rules.PathResidentWaiting, resumes: "", latest: "2027-06-01", waiting: 5, backPay: true,
			notes: []string{rules.NoteWindowStart}, steps: []string{rules.StepEnrolInWindow},
			check: func(t *testing.T, o rules.Outcome) {
				wantDate(t, "ResumesEarliest", o.ResumesEarliest, "2027-04-01")
				if !slices.Contains(o.AskLocally, rules.AskResidentWaitStart) {
					t.Errorf("no question on when the wait starts: %v", o.AskLocally)
				}
			}},
		// Not told whether it is the window, nationally: both ways.
		{name: "resident/window-unknown", policy: nat,
			facts:   rules.Facts{Scheme: rules.SchemeResident, Newborn: bp(false), BrokenYears: ip(0), Region: "national"},
			verdict: rules.VerdictReEnroll, path: rules.PathResidentWindowOpen, resumes: "", waiting: 3, waitingMax: true,
			notes: []string{rules.NoteWindowOpen},
			check: func(t *testing.T, o rules.Outcome) {
				wantDate(t, "ResumesEarliest", o.ResumesEarliest, "2027-01-01")
				// Outside the window counted from the payment day (11-25).
				wantDate(t, "ResumesLatest", o.ResumesLatest, "2027-02-26")
				if len(o.OpenQuestions) == 0 || o.OpenQuestions[0].Fact != rules.FieldInWindow {
					t.Errorf("OpenQuestions = %v, want in_window", o.OpenQuestions)
				}
			}},
		// Zhejiang: the calendar is in the sources (arts. 23, 31), so the
		// window is derived from the date: from November a payment is
		// next year's, on time, covered from 1 January (a payment for
		// this year would start cover in the 3rd natural month, January,
		// too). Audit round 4, R4-M4: before, 25 November was late.
		{name: "resident/zhejiang-window-from-calendar", policy: zj,
			facts:   rules.Facts{Scheme: rules.SchemeResident, Newborn: bp(false), BrokenYears: ip(0), Region: "zhejiang"},
			verdict: rules.VerdictReEnroll, path: rules.PathResidentRenewal, resumes: "2027-01-01",
			notes: []string{rules.NoteWindowFromCalendar, rules.NoteYearEndEnrolment},
			check: func(t *testing.T, o rules.Outcome) {
				if slices.Contains(o.AskLocally, rules.AskLateVsNational) {
					t.Errorf("an on-time payer asked about a late payment: %v", o.AskLocally)
				}
			}},
		// After a break, paying on time: art. 31 ¶1's 1 January at the
		// earliest, 38号's wait at the latest, and the question whether
		// Zhejiang applies it (audit round 4, R4-M3).
		{name: "resident/zhejiang-on-time-after-break", policy: zj,
			facts:   rules.Facts{Scheme: rules.SchemeResident, Newborn: bp(false), BrokenYears: ip(3), RepayYears: ip(0), Region: "zhejiang"},
			verdict: rules.VerdictConfirmLocally, path: rules.PathResidentWaiting, resumes: "", waiting: 6, backPay: true,
			check: func(t *testing.T, o rules.Outcome) {
				wantDate(t, "ResumesEarliest", o.ResumesEarliest, "2027-01-01")
				wantDate(t, "ResumesLatest", o.ResumesLatest, "2027-07-01")
				if len(o.AskLocally) == 0 || o.AskLocally[0] != rules.AskOnTimeVsNational {
					t.Errorf("the question naming art. 31 ¶1 and 38号 is not first: %v", o.AskLocally)
				}
				for _, d := range o.Deadlines {
					if d.ID == rules.DeadlineResidentYearEnd {
						t.Errorf("after a break the deadline promises 1 January: %+v", d)
					}
				}
			}},
		{name: "resident/zhejiang-premium-next-year", policy: zj,
			facts: rules.Facts{Scheme: rules.SchemeResident, Newborn: bp(false), BrokenYears: ip(0), Region: "zhejiang",
				PremiumYear: ip(2027)},
			verdict: rules.VerdictReEnroll, path: rules.PathResidentRenewal, resumes: "2027-01-01",
			notes: []string{rules.NoteWindowFromCalendar}},
		{name: "resident/shanghai-break1", policy: sh, facts: resident("shanghai", false, false, 1, 0),
			verdict: rules.VerdictReEnroll, path: rules.PathResidentWaiting, resumes: "2027-03-01", waiting: 4, backPay: true,
			cites: []rules.Citation{cite("sh-msr", 17)}},

		// ---- Estimates for flexible workers ----
		{name: "estimate/shanghai/base-below-min", policy: sh, facts: withBase(individual("shanghai", 4), "5000"),
			backPayUnknown: true,
			verdict:        rules.VerdictReEnroll, path: rules.PathIndividualOver,
			stopped: "2026-08-15", resumes: "2027-05-15", waiting: 6,
			estimate: "754.60", notes: []string{rules.NoteBaseAdjusted},
			check: func(t *testing.T, o rules.Outcome) {
				wantDec(t, "MonthlyAmount", o.MonthlyAmount, "754.60")
				if o.EstimateMonths != 1 {
					t.Errorf("EstimateMonths = %d, want 1 (restart with one month)", o.EstimateMonths)
				}
			}},
		{name: "estimate/shanghai/base-above-max", policy: sh, facts: withBase(individual("shanghai", 2), "50000"),
			backPayUnknown: true,
			verdict:        rules.VerdictConfirmLocally, path: rules.PathIndividualWithin,
			stopped: "2026-10-15", resumes: "2026-12-15", waiting: 1,
			estimate: "3773.10", notes: []string{rules.NoteBaseAdjusted}},
		// 8000.05 × 10 % = 800.005 → 800.01 half-up.
		{name: "estimate/shanghai/rounding-half-up", policy: sh, facts: withBase(individual("shanghai", 2), "8000.05"),
			backPayUnknown: true,
			verdict:        rules.VerdictConfirmLocally, path: rules.PathIndividualWithin,
			stopped: "2026-10-15", resumes: "2026-12-15", waiting: 1,
			estimate: "800.01", notNotes: []string{rules.NoteBaseAdjusted}},
		{name: "estimate/shanghai/switch-back-pays-gap", policy: sh,
			facts:   withBase(switching(individual("shanghai", 3), rules.SchemeResident, 4), "10000"),
			verdict: rules.VerdictConfirmLocally, path: rules.PathSwitchWithin,
			stopped: "2026-09-15", resumes: "", retroUnknown: true, backPay: true,
			estimate: "3000.00",
			check: func(t *testing.T, o rules.Outcome) {
				if o.EstimateMonths != 3 {
					t.Errorf("EstimateMonths = %d, want 3", o.EstimateMonths)
				}
			}},
		{name: "estimate/national/no-rate", policy: nat, facts: withBase(individual("national", 2), "8000"),
			retroUnknown: true, backPayUnknown: true,
			verdict: rules.VerdictConfirmLocally, path: rules.PathIndividualOver,
			stopped: "2026-10-01", resumes: "", latest: "2027-06-01", waiting: 6, waitingMax: true,
			notes: []string{rules.NoteNoRate},
			check: func(t *testing.T, o rules.Outcome) {
				if o.Estimate != nil {
					t.Errorf("Estimate = %s, want nil without a confirmed rate", o.Estimate)
				}
			}},
	}
}
