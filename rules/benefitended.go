package rules

import "slices"

// An unemployment benefit that has ended (audit round 3 R3-M1). While the
// benefit is drawn the unemployment fund pays the premiums (SIL art. 48);
// once it ends the person pays, and the answer must not say "nothing to
// pay". Zhejiang art. 30 ¶2 lets them continue promptly as a flexible
// worker, with benefits "according to the rules" and no first day given;
// ¶3's 3rd natural month applies only after an interruption.

// FieldBenefitEnded is the last month the unemployment benefit was paid.
const FieldBenefitEnded Field = "benefit_ended"

// IDs for an ended benefit.
const (
	// PathBenefitEnded: the benefit ended last month or earlier and this
	// month can still be paid on time: continue promptly.
	PathBenefitEnded Path = "unemployment-benefit-ended"
	// StepPayAfterBenefit: pay yourself from the month after the benefit,
	// this month, as a flexible worker or in the resident scheme.
	StepPayAfterBenefit = "pay-after-benefit"
	// NoteBenefitEnded: the fund paid to the benefit's last month; the
	// months after are the person's to pay.
	NoteBenefitEnded = "benefit-ended"
	// AskPromptStart: where no source gives the first day of cover for a
	// prompt continuation (every region but Zhejiang, which has its own).
	AskPromptStart = "prompt-start"
	// AskWaiverAfterBenefit: whether Shanghai's 3-month waiver (三(四) ¶2,
	// written for 在职职工 who lose benefits) reaches a person whose
	// unemployment benefit ended (audit round 6 re-check R8-M2).
	AskWaiverAfterBenefit = "waiver-after-benefit"
	// AskGapAfterBenefit: the individual gap question for a person whose
	// premiums the unemployment fund paid (SIL art. 48), not one who paid
	// themselves (audit round 7 R8-M2′).
	AskGapAfterBenefit = "gap-after-benefit"
)

// benefitEndedBefore reports whether the benefit's last month is before
// the current month, so the months after it are the person's to pay.
func benefitEndedBefore(f Facts, today Date) bool {
	return f.Reason == ReasonUnemployment && f.BenefitEnded != nil && f.BenefitEnded.Since(today.MonthOf()) < 0
}

// afterBenefit turns an ended benefit with unpaid months before this one
// into what it now is: a person who pays themselves and interrupted
// paying since the month after the benefit (Zhejiang art. 30 ¶3 and the
// region's self-payer rules).
func afterBenefit(f Facts, today Date) (Facts, bool) {
	if !benefitEndedBefore(f, today) {
		return f, false
	}
	first := f.BenefitEnded.Add(1)
	if today.MonthOf().Since(first) <= 0 {
		return f, false
	}
	g := f
	g.Payer, g.Reason, g.UnitStatus = PayerIndividual, "", ""
	g.Since, g.GapMonths, g.BenefitEnded = &first, nil, nil
	return g, true
}

// benefitEnded answers a benefit that ended last month: this month is the
// first the person pays, and it can still be paid on time.
func (o *Outcome) benefitEnded(f Facts, p Policy) {
	first := f.BenefitEnded.Add(1)
	o.FirstUnpaid = &first
	o.Verdict, o.Path = VerdictReEnroll, PathBenefitEnded
	o.cite(Citation{Law: LawSIL, Article: 48})
	o.citeAll(p.Unemployment.Basis)
	o.step(StepPayAfterBenefit, StepKeepReceipts)
	o.note(NoteBenefitEnded)
	if len(p.Unemployment.Basis) > 0 && p.Unemployment.PromptStartUnknown {
		o.ask(AskAfterBenefitStart)
	} else {
		o.ask(AskPromptStart)
	}
	o.doc(DocIDCard, DocSocialCard)
	o.channel(ChanOnlineMedical, ChanMedicalCentre, ChanHotline12393)
	o.Deadlines = append(o.Deadlines, Deadline{ID: DeadlineBenefitEnds})
}

// afterBenefitNoted marks an interrupted case that began with the end of
// an unemployment benefit.
func (o *Outcome) afterBenefitNoted(f Facts, p Policy) {
	o.Facts = f
	o.cite(Citation{Law: LawSIL, Article: 48})
	o.citeAll(p.Unemployment.Basis)
	o.Notes = append([]string{NoteBenefitEnded}, slicesWithout(o.Notes, NoteBenefitEnded)...)
	if i := slices.Index(o.AskLocally, AskIndividualGap); i >= 0 {
		o.AskLocally[i] = AskGapAfterBenefit
	}
	if i := slices.Index(o.AskLocally, AskWaiverFlexible); i >= 0 {
		// Not a flexible worker resuming: whether someone coming off
		// the benefit counts as a 在职职工 who lost benefits under
		// Shanghai 2025 No. 7 三(四) ¶2 is the open point (audit round 6
		// re-check R8-M2).
		o.AskLocally[i] = AskWaiverAfterBenefit
	}
}
