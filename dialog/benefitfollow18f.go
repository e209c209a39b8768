package dialog

import (
	"bujiao/dialog/understand"
	"bujiao/rules"
)

// A follow-up after an answer about an ended unemployment benefit (audit
// round 9 re-check R9-W1‴): "10月开始自己交了", "I started paying as a
// freelancer in October", "I have been paying as a freelancer since
// October" tell the month paying resumed, which Zhejiang art. 30 ¶3
// counts the wait from. Alone, such a message states no gap, so the
// readings left it out and the answer stayed "not covered".
//
// The month is a new fact (gap_ended), not a replacement of the benefit's
// end or of a stated gap (gapguard18e.go): it is taken only when none is
// known yet and it falls after the benefit's last month.
func (t *turn) resumedAfterBenefit(r *Route, msg string) {
	f := t.s.Facts
	if f.BenefitEnded == nil || f.GapEnded != nil || t.monthAsked() || r.Facts.Resumed != nil || r.Facts.BenefitEnded != nil {
		return
	}
	m, ok := understand.ResumedAfter(msg, t.today)
	if !ok || m.Since(*f.BenefitEnded) <= 0 {
		return
	}
	r.Facts.Resumed, r.Facts.GapEnded, r.Facts.Gap = &m, true, nil
	switch r.Kind {
	case RouteUnknown, RouteMiss, RouteFAQ, RouteDontKnow, RouteSmallTalk:
		r.Kind = RouteFacts
	}
}

// stillDrawingFollowUp takes a follow-up saying the benefit is still
// being drawn ("sorry, I mean I am still getting unemployment benefit
// until January", R9-W1‴ Q12) as a correction of the benefit's end: the
// end month and any resumption month after it are dropped, and the case
// is answered again as one drawing the benefit (社会保险法 art. 48).
func (t *turn) stillDrawingFollowUp(r *Route, msg string) {
	f := &t.s.Facts
	if f.BenefitEnded == nil || t.monthAsked() || !understand.StillDrawing(msg) {
		return
	}
	f.BenefitEnded, f.GapEnded = nil, nil
	t.s.Answered = false
	r.Facts.BenefitEnded, r.Facts.BenefitEndedSaid, r.Facts.Resumed, r.Facts.GapEnded = nil, false, nil, false
	r.Facts.Reason = rules.ReasonUnemployment
	r.Kind = RouteFacts
}
