package rules

// fix42a (audit round 31, R31-M1): an employee who moved to a region whose
// own rule starts an employer-registered worker's cover on a set day, after
// a gap of more than 3 months. 43号 ③ lets the area set a wait of at most 6
// months, so the earliest is no wait at all; but the region's start rule
// still holds: Shanghai's bureau Q&A (S7) starts an employee's cover on the
// 15th of the month after payment starts ("次月15日"). "Resumes 08-15 at the
// earliest" for an employer paying from August is then a day Shanghai's
// rule does not cover: the earliest is 09-15. Zhejiang's art. 28 ¶2 does
// the same through TransferStartConflict (startOverCeiling); this is the
// same floor from the region's first-enrolment start where no conflict is
// listed.

// NoteStartOverRegion42a names the region's start as the earliest.
const NoteStartOverRegion42a = "regional-start-over"

// startOverRegion42a raises the earliest start to the region's employee
// start counted from the month paying began.
func (o *Outcome) startOverRegion42a(p Policy, payMonth Month) {
	fp := p.FirstEnrolment
	f := o.Facts
	if len(p.TransferStartConflict) > 0 || fp.UnitMonths <= 0 || fp.UnitUnknown || !fp.Sourced() ||
		f.Payer != PayerUnit || f.Reason != ReasonJobChange || f.Scheme != SchemeEmployee {
		return
	}
	if !o.floorResume(payMonth.Add(fp.UnitMonths).Day(p.BenefitDays.Restart())) {
		return
	}
	o.citeAll(fp.Basis)
	o.citeAll(p.BenefitDays.Basis)
	o.note(NoteStartOverRegion42a)
}
