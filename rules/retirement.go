package rules

import "github.com/shopspring/decimal"

// People at retirement age: the years required, locally and in all.

func (o *Outcome) retirement(f Facts, p Policy, today Date) {
	r := p.Retirement
	o.cite(Citation{Law: LawSIL, Article: 27})
	o.citeAll(r.Basis)
	o.personalAccount(p)
	o.doc(DocIDCard, DocSocialCard, DocContribRecord)
	o.channel(ChanMedicalCentre, ChanOnlineMedical, ChanHotline12393, ChanHotline12333)
	// SIL art. 27: someone short may pay up to the requirement.
	o.BackPayAllowed = TriYes
	if f.LocalYearsPaid != nil && f.LocalYearsPaid.GreaterThan(*f.YearsPaid) {
		// Impossible whatever the region: refused, not answered.
		o.invalid = &InvalidFactError{Field: FieldLocalYearsPaid, Reason: ReasonLocalAboveTotal}
		return
	}

	required := r.RequiredYears
	if r.BySex() {
		required = r.RequiredYearsFemale
		if f.Sex == SexMale {
			required = r.RequiredYearsMale
		}
	}
	if required == nil {
		o.Verdict, o.Path = VerdictConfirmLocally, PathRetirementUnknown
		o.note(NoteRequirementLocal)
		o.ask(AskRetirementYears)
		o.step(StepConfirmYears, StepPayShortfall)
		return
	}
	o.RequiredYears = required
	ceiling := r.FullFrom != nil && today.Before(*r.FullFrom)
	if ceiling {
		o.RequirementIsMaximum = true
		o.note(NoteRequirementCeiling)
	}
	twelve := decimal.NewFromInt(12)
	met := f.YearsPaid.GreaterThanOrEqual(*required)
	if r.StrictlyMore {
		met = f.YearsPaid.GreaterThan(*required)
	}
	// Shortfall in whole months; "more than N years" needs a month past N.
	short := required.Sub(*f.YearsPaid).Mul(twelve).Ceil().IntPart()
	if r.StrictlyMore {
		short = required.Sub(*f.YearsPaid).Mul(twelve).Floor().IntPart() + 1
	}
	if met {
		short = 0
	}
	localUnknown, localShort := false, int64(0)
	if r.MinLocalYears != nil {
		o.note(NoteLocalYears)
		switch {
		case f.LocalYearsPaid == nil:
			localUnknown = true
			o.open(FieldLocalYearsPaid, WhyLocalYears)
		case f.LocalYearsPaid.LessThan(*r.MinLocalYears):
			localShort = r.MinLocalYears.Sub(*f.LocalYearsPaid).Mul(twelve).Ceil().IntPart()
		}
	}
	if r.LocalYearsRequired && r.MinLocalYears == nil {
		o.note(NoteLocalYears)
		// No figure in the sources: only years all paid locally and
		// meeting the cumulative figure are sure to be enough.
		if f.LocalYearsPaid == nil || f.LocalYearsPaid.LessThan(*f.YearsPaid) || !met {
			localUnknown = true
			o.ask(AskLocalYearsFigure)
			if f.LocalYearsPaid == nil {
				o.open(FieldLocalYearsPaid, WhyLocalYears)
			}
		}
	}
	switch {
	case localShort > 0:
		// Short of a settled local figure: short whatever the cumulative
		// figure turns out to be.
		o.Verdict, o.Path = VerdictPayShortfall, PathRetirementShort
		o.ShortfallMonths = int(localShort)
		// Short of local years: paid in the retirement city (Guangdong
		// art. 8), whatever the cumulative figure.
		o.LocalShortfallMonths = int(localShort)
		if !ceiling {
			o.ShortfallMonths = int(max(localShort, short))
		} else if !met && short > localShort {
			o.ShortfallIsMinimum = true
			o.ask(AskRetirementCeiling)
		}
		o.step(StepConfirmYears, StepPayShortfall)
	case met && !localUnknown && !ceiling:
		o.Verdict, o.Path = VerdictNoPaymentNeeded, PathRetirementMet
		o.BackPayAllowed = TriNo
		o.step(StepConfirmYears, StepNothingToPay)
		return
	case met || ceiling:
		// Met only if the local years are enough, or short only of a
		// ceiling the city may not have reached yet: the sources cannot say.
		o.Verdict, o.Path = VerdictConfirmLocally, PathRetirementUnknown
		if ceiling {
			// Even meeting the final figure settles nothing while cities
			// still move towards it (Guangdong art. 6): the city's figure
			// for that year is not in the sources (audit round 1, U3).
			o.ask(AskRetirementCeiling)
		}
		o.ShortfallMonths = int(short)
		// Short of a ceiling the figure is an upper bound; it cannot also be
		// called a lower one (the local-years question says what may add).
		o.ShortfallIsMinimum = localUnknown && !ceiling
		o.step(StepConfirmYears, StepPayShortfall)
	default:
		o.Verdict, o.Path = VerdictPayShortfall, PathRetirementShort
		o.ShortfallMonths = int(short)
		// Short of a ceiling the figure is an upper bound; it cannot also be
		// called a lower one (the local-years question says what may add).
		o.ShortfallIsMinimum = localUnknown && !ceiling
		o.step(StepConfirmYears, StepPayShortfall)
	}
	if r.Monthly || r.LumpSum {
		o.note(NoteShortfallModes)
	}
}

// retired answers someone already drawing retirement benefits. Only those
// who reached the required years pay nothing more (SIL art. 27; Shanghai
// art. 16 and Zhejiang art. 21: the others may pay up to the requirement,
// Shanghai's then get retiree benefits). With years given below the
// requirement, "nothing to pay" is never said: the person may have paid
// the shortfall at retirement or hold deemed years, or may have no
// retiree cover at all, which only the bureau can tell (audit round 1, W1).
func (o *Outcome) retired(f Facts, p Policy, today Date) {
	g := f
	sexUnknown := p.Retirement.BySex() && g.Sex == ""
	if sexUnknown {
		// The higher figure: met only if met whatever the sex.
		g.Sex = SexMale
		if m, w := p.Retirement.RequiredYearsMale, p.Retirement.RequiredYearsFemale; m != nil && w != nil && w.GreaterThan(*m) {
			g.Sex = SexFemale
		}
	}
	if f.YearsPaid != nil {
		// Decided on a copy: only a shortfall against a figure the sources
		// give changes the retiree's answer. Years that meet it, or a
		// figure or local count the sources lack, leave the bureau's own
		// check at retirement standing (audit round 1 found those right).
		t := *o
		t.retirement(g, p, today)
		if t.invalid != nil {
			o.invalid = t.invalid
			return
		}
		if t.ShortfallMonths > 0 || t.LocalShortfallMonths > 0 {
			*o = t
			o.Facts.Sex = f.Sex
			o.note(NoteRetiredShort)
			if sexUnknown {
				// The figure was the higher one; the shortfall may be smaller.
				o.ShortfallMonths, o.ShortfallIsMinimum = 0, false
			}
			o.Verdict = VerdictConfirmLocally
			// The retiree's own question first: it is what decides their cover.
			o.AskLocally = append([]string{AskRetiredShort}, slicesWithout(o.AskLocally, AskRetiredShort)...)
			return
		}
	}
	o.Verdict, o.Path = VerdictNoPaymentNeeded, PathRetired
	if r := p.Retirement; (r.LocalYearsRequired || r.MinLocalYears != nil) && f.YearsPaid != nil && f.LocalYearsPaid == nil {
		// The region's local-years condition is named, never dropped
		// (audit round 2): a retiree drawing benefits had it checked at
		// retirement, but whoever reads "nothing to pay" should know it.
		o.note(NoteLocalYears)
		// And in the short answer, as the at-age path does (audit round
		// 3 R3-M4): the figure to ask for where the sources lack it, the
		// check of the person's own years where they give it.
		if r.MinLocalYears == nil {
			o.ask(AskRetiredLocalFigure)
		} else {
			o.ask(AskRetiredLocalYears)
		}
	}
	o.cite(Citation{Law: LawSIL, Article: 27})
	o.personalAccount(p)
	o.step(StepNothingToPay)
	o.channel(ChanMedicalCentre, ChanHotline12393)
}
