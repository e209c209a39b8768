package rules

// Audit round 25, R25-W4 (fix32b): a job change inside Shanghai whose new
// employer pays from month R. Shanghai stops cover from the month after an
// unpaid one and restarts it the month after payment, on the 15th
// (沪医保规〔2025〕7号 三(三); the 医保局 Q&A S7: "次月15日"), and pays
// nothing for the time cover was stopped (上海条例 art. 15). The months
// between the two jobs were owed by no employer, so the new employer's
// first payment is the payment cover restarts from: cover returns on the
// restart day of the month after R. A day in the stopped time stays
// uncovered (round30c.go); a day from the return is judged as after a
// resume (covered while the new employer keeps paying), never before it.

// sameAreaResume32b dates the return of cover for a same-city job change
// whose new employer's first month is known, where the region's rule pays
// nothing for the stopped time and restarts on a set day.
func (o *Outcome) sameAreaResume32b(f Facts, p Policy) {
	o.paidBackUnit(f, p) // paidback36a.go: the back-payment month
	if f.GapEnded == nil || f.Payer != PayerUnit || p.BenefitDays.RestartDay == 0 {
		return
	}
	r := f.GapEnded.Add(1).Day(p.BenefitDays.Restart())
	o.ResumesOn = &r
	o.ResumesEarliest = nil
	o.citeAll(p.BenefitDays.Basis)
}
