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
// said they are not sure. The self-payment must be told of the time before
// the move: "之前在广州上班 后来回杭州了 … 现在打算自己交" is someone who
// worked for an employer there and only plans to pay for themselves now
// (dialog/testdata/residents.yaml zh-guangzhou-to-hangzhou), left as before.
func movedAcrossCity(f *rules.Facts, movedAcross, selfPaid bool, skipped []rules.Field) bool {
	if !movedAcross || f.CrossCity != nil || slices.Contains(skipped, rules.FieldCrossCity) {
		return false
	}
	if f.Reason == rules.ReasonJobChange {
		return true
	}
	first := f.FirstEnrolment != nil && *f.FirstEnrolment
	if f.Reason == rules.ReasonLeftJob && f.GapEnded != nil && selfPaid && !first {
		// A job ended in the old city, paying resumed on one's own in the
		// new one (fix39b, R30-W1): the gap was the old city's cover.
		return true
	}
	return selfPaid && f.Payer == rules.PayerIndividual && f.Scheme == rules.SchemeEmployee && !first
}
