package dialog

import (
	"bujiao/dialog/understand"
	"bujiao/rules"
)

// benefitAheadFollowUp takes a follow-up moving the end of the
// unemployment benefit into the future ("actually my unemployment benefit
// runs until february", "说错了 失业金要领到明年2月"; audit round 10
// re-check R9-W1⁗) as a correction of its end: the coming month, not
// this year's past one. The case is answered again as one drawing the
// benefit until then (社会保险法 art. 48: the fund pays the premiums).
func (t *turn) benefitAheadFollowUp(r *Route, msg string) {
	f := &t.s.Facts
	if f.BenefitEnded == nil && f.Reason != rules.ReasonUnemployment || understand.StillDrawing(msg) {
		// "still getting it until January": stillDrawingFollowUp's.
		return
	}
	m, ok := understand.BenefitRunsUntil(msg, t.today)
	if !ok {
		return
	}
	f.BenefitEnded, f.GapEnded = nil, nil
	t.s.Answered = false
	r.Facts.BenefitEnded, r.Facts.BenefitEndedSaid = &m, false
	r.Facts.Resumed, r.Facts.GapEnded, r.Facts.Gap = nil, false, nil
	r.Facts.Reason = rules.ReasonUnemployment
	r.Kind = RouteFacts
}
