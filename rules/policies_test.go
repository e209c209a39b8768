package rules_test

import (
	"time"

	"bujiao/rules"

	"github.com/shopspring/decimal"
)

// The four policies below mirror knowledge/kb/regions/*.yaml by hand: the
// national baseline first, then each region's overrides on top of a fresh
// copy, exactly as the loader layers them. Expected values in the tests come
// from /work/shared/domain.md §1–3, not from the code.

func dec(s string) *decimal.Decimal { d := decimal.RequireFromString(s); return &d }
func ip(n int) *int                 { return &n }
func bp(b bool) *bool               { return &b }
func day(y int, m time.Month, d int) rules.Date {
	return rules.Date{Year: y, Month: m, Day: d}
}
func dayp(y int, m time.Month, d int) *rules.Date { x := day(y, m, d); return &x }
func mon(y int, m time.Month) rules.Month         { return rules.Month{Year: y, Month: m} }
func monp(y int, m time.Month) *rules.Month       { x := mon(y, m); return &x }

// today is the fixed date of every case that does not need another.
var today = day(2026, time.November, 25)

func cite(law string, art int) rules.Citation { return rules.Citation{Law: law, Article: art} }
func sect(law, s string) rules.Citation       { return rules.Citation{Law: law, Section: s} }

// nationalPolicy mirrors knowledge/kb/regions/national.yaml.
func nationalPolicy() rules.Policy {
	return rules.Policy{
		Region: rules.NationalRegion,
		Transfer: rules.GapPolicy{
			LimitMonths:              3,
			WithinLimit:              rules.GapTreatment{BackPay: rules.TriYes, WaitingMonths: 0, Retroactive: rules.TriYes},
			OverLimit:                rules.GapTreatment{BackPay: rules.TriUnknown, WaitingMonths: 6, WaitingIsMaximum: true, Retroactive: rules.TriNo},
			SwitchMinContinuousYears: 2,
			Basis: []rules.Citation{sect("ybbf-2021-43", "1"), sect("ybbf-2021-43", "2"),
				sect("ybbf-2021-43", "3"), cite("sihr", 13)},
		},
		Individual: rules.IndividualPolicy{
			GapPolicy: rules.GapPolicy{
				// No 3-month cliff for self-payers: no source gives one.
				LimitMonths: 0,
				OverLimit:   rules.GapTreatment{BackPay: rules.TriUnknown, WaitingMonths: 6, WaitingIsMaximum: true, Retroactive: rules.TriUnknown},
				Basis:       []rules.Citation{sect("ybbf-2021-43", "3")},
			},
		},
		UnitArrears: rules.UnitArrearsPolicy{
			ResumeMonthsAfterPayment: 1,
			ResumeUnknown:            true,
			GapCover:                 rules.GapCoverUnknown,
		},
		LateFee: rules.LateFeePolicy{
			RatePerDay:         decimal.RequireFromString("0.0005"),
			FineMultipleMin:    1,
			FineMultipleMax:    3,
			UndeclaredMultiple: decimal.RequireFromString("1.10"),
		},
		Retirement: rules.RetirementPolicy{Basis: []rules.Citation{cite("sil", 27)}},
		Resident: rules.ResidentPolicy{
			AppliesFrom:                 day(2025, time.January, 1),
			FixedWaitingMonths:          3,
			VariableMonthsPerBrokenYear: 1,
			RepairMonthsPerYear:         1,
			FloorBrokenYears:            4,
			FloorMonths:                 6,
			Basis:                       []rules.Citation{sect("gbf-2024-38", "waiting")},
		},
		PersonalAccountUsable: rules.TriUnknown,
	}
}

// shanghaiPolicy mirrors knowledge/kb/regions/shanghai.yaml over the baseline.
func shanghaiPolicy() rules.Policy {
	p := nationalPolicy()
	p.Region = "shanghai"
	p.Individual.LimitMonths = 3
	p.Individual.WithinLimit = rules.GapTreatment{BackPay: rules.TriUnknown, WaitingMonths: 1, Retroactive: rules.TriNo}
	p.Individual.OverLimit = rules.GapTreatment{BackPay: rules.TriUnknown, WaitingMonths: 6, WaitingIsMaximum: false, Retroactive: rules.TriNo}
	p.Individual.PersonalAccountFromNextMonth = true
	p.Individual.WindowFromStop = true
	p.SwitchGapConflict = []rules.Citation{sect("sh-2025-7", "三(三)"), cite("sh-msr", 15), cite("sh-msr", 17)}
	p.FirstEnrolment = rules.FirstEnrolmentPolicy{IndividualMonths: 6, UnitMonths: 1,
		Basis: []rules.Citation{sect("sh-2025-7", "三(四)"), sect("sh-qa-2026", "timing")}}
	p.Individual.ContributionRate = dec("0.10")
	p.Individual.BaseMin = dec("7546")
	p.Individual.BaseMax = dec("37731")
	p.Individual.BaseFrom = dayp(2026, time.July, 1)
	p.Individual.Basis = []rules.Citation{sect("sh-2025-7", "三(四)"), cite("sh-msr", 15), sect("sh-flex-2024", "medical")}
	p.UnitArrears.ResumeMonthsAfterPayment = 1
	p.UnitArrears.ResumeUnknown = false
	p.UnitArrears.GapCover = rules.GapCoverNone
	p.UnitArrears.Basis = []rules.Citation{sect("sh-2025-7", "三(三)"), cite("sh-msr", 15), sect("sh-qa-2026", "timing")}
	p.Retirement.RequiredYears = dec("15")
	p.Retirement.StrictlyMore = true
	p.Retirement.LocalYearsRequired = true
	p.BenefitDays = rules.BenefitDayPolicy{StopDay: 15, RestartDay: 15, Basis: []rules.Citation{sect("sh-qa-2026", "timing")}}
	p.Unemployment.Basis = []rules.Citation{cite("sh-msr", 15)}
	p.Retirement.Basis = []rules.Citation{cite("sil", 27), sect("sh-qa-2026", "retirement"), cite("sh-msr", 16)}
	p.Resident.Basis = []rules.Citation{sect("gbf-2024-38", "waiting"), cite("sh-msr", 17)}
	p.Channels = []string{"shanghai-yiwangtongban"}
	return p
}

// zhejiangPolicy mirrors knowledge/kb/regions/zhejiang.yaml over the baseline.
func zhejiangPolicy() rules.Policy {
	p := nationalPolicy()
	p.Region = "zhejiang"
	p.Individual.LimitMonths = 0
	p.Individual.OverLimit = rules.GapTreatment{BackPay: rules.TriUnknown, WaitingMonths: 2, WaitingIsMaximum: false, Retroactive: rules.TriNo}
	p.Individual.NoCoverInGap = true
	p.Resident.LateFullYear = true
	p.Resident.OnTimeByYearEnd = true
	p.Resident.SubsidyBasis = []rules.Citation{cite("zj-msr", 22)}
	p.Resident.Basis = []rules.Citation{sect("gbf-2024-38", "waiting"), cite("zj-msr", 31)}
	p.FirstEnrolment = rules.FirstEnrolmentPolicy{UnitMonths: 1, IndividualMonths: 1,
		Basis: []rules.Citation{cite("zj-msr", 28), cite("zj-msr", 29)}}
	p.OneSchemeBasis = []rules.Citation{cite("zj-msr", 24)}
	p.Unemployment.Basis = []rules.Citation{cite("zj-msr", 30)}
	p.Unemployment.PromptStartUnknown = true
	p.Individual.Basis = []rules.Citation{cite("zj-msr", 29), cite("zj-msr", 30)}
	p.UnitArrears.ResumeMonthsAfterPayment = 1
	p.UnitArrears.GapCover = rules.GapCoverIfPaidByDeadline
	p.UnitArrears.ResumeUnknown = false
	p.UnitArrears.EmployerBearsCostsWhenLate = true
	p.UnitArrears.OrderDeadlineDays = 60
	p.UnitArrears.Basis = []rules.Citation{cite("zj-msr", 28)}
	p.Retirement.RequiredYears = dec("20")
	p.Retirement.Monthly = true
	p.Retirement.LumpSum = true
	p.Retirement.Basis = []rules.Citation{cite("sil", 27), cite("zj-msr", 21)}
	return p
}

// guangdongPolicy mirrors knowledge/kb/regions/guangdong.yaml over the baseline.
func guangdongPolicy() rules.Policy {
	p := nationalPolicy()
	p.Region = "guangdong"
	p.Transfer.Basis = []rules.Citation{sect("ybbf-2021-43", "1"), sect("ybbf-2021-43", "3"),
		cite("gd-2022-6", 12), cite("gd-2022-6", 13), cite("gd-2022-6", 14)}
	p.Retirement.RequiredYearsMale = dec("30")
	p.Retirement.RequiredYearsFemale = dec("25")
	p.Retirement.FullFrom = dayp(2030, time.January, 1)
	p.Retirement.MinLocalYears = dec("10")
	p.Retirement.Monthly = true
	p.Retirement.LumpSum = true
	p.Retirement.Basis = []rules.Citation{cite("sil", 27), cite("gd-2022-6", 6), cite("gd-2022-6", 8),
		cite("gd-2022-6", 10), cite("gd-2022-6", 11)}
	return p
}

// Fact builders.

func working(region string) rules.Facts {
	return rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementWorking, Region: region}
}

func jobChange(region string, gap int) rules.Facts {
	f := working(region)
	// A move to another pooling area: the transfer rule's case.
	yes := true
	f.Payer, f.Reason, f.GapMonths, f.CrossCity = rules.PayerUnit, rules.ReasonJobChange, ip(gap), &yes
	return f
}

func leftJob(region string, gap int) rules.Facts {
	f := working(region)
	f.Payer, f.Reason, f.GapMonths = rules.PayerUnit, rules.ReasonLeftJob, ip(gap)
	return f
}

func individual(region string, gap int) rules.Facts {
	f := working(region)
	f.Payer, f.GapMonths = rules.PayerIndividual, ip(gap)
	return f
}

func arrears(region string, st rules.UnitStatus, gap int) rules.Facts {
	f := working(region)
	f.Payer, f.Reason, f.UnitStatus, f.GapMonths = rules.PayerUnit, rules.ReasonArrears, st, ip(gap)
	return f
}

func atAge(region, years string, sex rules.Sex, local string) rules.Facts {
	f := rules.Facts{Scheme: rules.SchemeEmployee, Retirement: rules.RetirementAtAge, Region: region,
		YearsPaid: dec(years), Sex: sex}
	if local != "" {
		f.LocalYearsPaid = dec(local)
	}
	return f
}

func resident(region string, newborn, inWindow bool, broken, repay int) rules.Facts {
	f := rules.Facts{Scheme: rules.SchemeResident, Region: region, Newborn: bp(newborn)}
	if !newborn {
		f.InWindow = bp(inWindow)
		f.BrokenYears = ip(broken)
		if broken > 0 {
			f.RepayYears = ip(repay)
		}
	}
	return f
}

func switching(f rules.Facts, prior rules.Scheme, continuous int) rules.Facts {
	f.PriorScheme, f.ContinuousYears = prior, ip(continuous)
	return f
}

func withMoney(f rules.Facts, owed string, due, pay *rules.Date) rules.Facts {
	f.Arrears, f.DueDate, f.PayDate = dec(owed), due, pay
	return f
}

func withBase(f rules.Facts, base string) rules.Facts {
	f.Base = dec(base)
	return f
}
