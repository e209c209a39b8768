package dialog

import (
	"slices"

	"bujiao/rules"
)

// movedAcrossCity reports whether a move the person told, with the place
// moved from in another region ("原来在上海自己交…现在搬到杭州", "paying my
// own insurance in Chengdu, now I moved to Guangzhou"), answers
// rules.FieldCrossCity: for a job change (as before), and for an
// employee-scheme member paying for themselves, whom the transfer rule
// (43号 ①) covers as well (rules/working.go mover). Never for a first
// enrolment (nothing to move), the resident scheme, or once the person
// said they are not sure.
func movedAcrossCity(f *rules.Facts, movedAcross bool, skipped []rules.Field) bool {
	if !movedAcross || f.CrossCity != nil || slices.Contains(skipped, rules.FieldCrossCity) {
		return false
	}
	if f.Reason == rules.ReasonJobChange {
		return true
	}
	first := f.FirstEnrolment != nil && *f.FirstEnrolment
	return f.Payer == rules.PayerIndividual && f.Scheme == rules.SchemeEmployee && !first
}
