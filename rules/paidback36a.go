package rules

// Audit round 28, R28-M2 (fix36a): a job change inside a city whose rule
// restarts cover the month after full payment, on a set day (Shanghai
// 沪医保规〔2025〕7号 三(三): "用人单位和职工在足额补缴医疗保险费的次月，
// 职工方可继续享受医疗保险待遇"; the 医保局 Q&A S7: "次月15日"), where the
// missed months were paid back in month B (by the new employer or the
// person) and the month the new job's payments began is not told. Paying
// the gap back in full ends it by B at the latest, so cover is back by the
// restart day of the month after B at the latest ("they back-paid oct+nov
// in december" → 2027-01-15 at the latest, never 2026-12-15); where the
// new employer began paying earlier, sameAreaResume32b dates it from that
// month instead. The stopped time stays unpaid (上海条例 art. 15).

// whenPaidBackUnit: an employee's same-city job change, where the
// back-payment month dates the return of cover.
var whenPaidBackUnit = []Cond{{Fact: FieldPayer, Values: []string{string(PayerUnit)}, Raw: true},
	{Fact: FieldReason, Values: []string{string(ReasonJobChange)}, Raw: true},
	{Fact: FieldCrossCity, Values: []string{"false"}, Raw: true}, notFirst[0]}

// paidBackUnit dates the return of cover from the back-payment month where
// the new employer's first month is not known.
func (o *Outcome) paidBackUnit(f Facts, p Policy) {
	if f.GapEnded != nil || f.PaidBack == nil || f.Payer != PayerUnit || p.BenefitDays.RestartDay == 0 {
		return
	}
	r := f.PaidBack.Add(max(p.UnitArrears.ResumeMonthsAfterPayment, 1)).Day(p.BenefitDays.Restart())
	// The gap runs, as told, until the back-payment ends it: the new
	// employer's payments began by then.
	o.ResumesOn, o.ResumesEarliest, o.ResumesLatest = &r, nil, nil
	o.citeAll(p.BenefitDays.Basis)
	o.citeAll(p.UnitArrears.Basis)
}
