package dialog

import (
	"strconv"

	"bujiao/dialog/understand"
	"bujiao/knowledge"
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

// treatYear18f drops from ex a treatment day whose year the message
// leaves open (audit round 9 re-check R11-M1: "10月15号看病能报吗" on
// 2026-12-07 may be the visit in October or one next October) and keeps
// both readings for askTreatYear: a past day in the gap is not covered,
// next year's may be, so the person picks.
func (t *turn) treatYear18f(ex *understand.Extracted) {
	if ex.Treatment == nil || t.typed == "" || t.s.Asking == rules.FieldTreatmentDate {
		return
	}
	alt, ok := understand.TreatYearUnclear(t.typed, t.today, *ex.Treatment)
	if !ok {
		return
	}
	t.treatYears = &[2]rules.Date{alt, *ex.Treatment}
	ex.Treatment = nil
}

// askTreatYear asks, one tap each, which year a treatment day is in.
func (t *turn) askTreatYear() bool {
	y := t.treatYears
	if y == nil {
		return false
	}
	t.treatYears = nil
	t.s.Asking, t.s.TreatYear = rules.FieldTreatmentDate, y[0].String()
	t.sayButtons([][]Button{
		{t.btn(t.kb.Msgf(t.s.Lang, "d.treat_year.past", "date", y[0].String()), Action{Kind: ActSet, Field: rules.FieldTreatmentDate, Value: y[0].String()})},
		{t.btn(t.kb.Msgf(t.s.Lang, "d.treat_year.next", "date", y[1].String()), Action{Kind: ActSet, Field: rules.FieldTreatmentDate, Value: y[1].String()})},
	}, para(text(t.kb.Msgf(t.s.Lang, "d.treat_year", "md", t.monthDay(y[0])))))
	t.event(Event{Kind: EvAsked, Question: string(rules.FieldTreatmentDate)})
	return true
}

// monthDay names a day without its year: "10月15日", "Oct 15".
func (t *turn) monthDay(d rules.Date) string {
	if t.s.Lang == knowledge.Zh {
		return strconv.Itoa(int(d.Month)) + "月" + strconv.Itoa(d.Day) + "日"
	}
	return d.Month.String()[:3] + " " + strconv.Itoa(d.Day)
}
