package knowledge

import (
	"slices"

	"bujiao/rules"
)

// resumedVerdictItem names the re-enroll verdict for someone who has already
// started paying again: "enrol and pay to restart cover" reads as an order
// to someone who did so months ago (heldout10's labeller, issue 18).
const resumedVerdictItem = "re-enroll-resumed"

// waitOverVerdictItem names the verdict for a resident whose wait, counted
// from the month they paid, is over under every reading (audit round 21,
// R21-M3): "nothing to pay back" says too little.
const waitOverVerdictItem = "resident-wait-over"

// coverResumedVerdictItem names the verdict for an ended gap whose wait,
// dated by the region's own rule from the month paying resumed, is over by
// today (fix40a): "nothing to pay back" says too little.
const coverResumedVerdictItem = "cover-resumed"

// verdictItem is the verdict's name and text for this outcome.
func (b *Base) verdictItem(o *rules.Outcome) (*Item, bool) {
	if o.Verdict == rules.VerdictNoPaymentNeeded && slices.Contains(o.Notes, rules.NoteResidentWaitOver) {
		if vi, ok := b.items["verdicts"][waitOverVerdictItem]; ok {
			return vi, true
		}
	}
	if o.Verdict == rules.VerdictReEnroll && slices.Contains(o.Notes, rules.NoteCoverResumed40a) {
		// An ended gap whose dated wait is over by today (fix40a).
		if vi, ok := b.items["verdicts"][coverResumedVerdictItem]; ok {
			return vi, true
		}
	}
	if o.Verdict == rules.VerdictReEnroll && (o.Facts.GapEnded != nil || (o.Facts.PayingAgain != nil && *o.Facts.PayingAgain)) {
		if vi, ok := b.items["verdicts"][resumedVerdictItem]; ok {
			return vi, true
		}
	}
	vi, ok := b.items["verdicts"][string(o.Verdict)]
	return vi, ok
}
