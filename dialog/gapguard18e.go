package dialog

import (
	"bujiao/dialog/understand"
	"bujiao/rules"
)

// A stated gap is never overwritten by a bare time phrase (audit round 8
// re-check R10-W1). After "杭州灵活就业 断了4个月" has been answered, a
// follow-up "这个月", "this month", "since this month" or "they started
// paying this month" was read as a gap starting this month, "0 months",
// and the answer became "nothing unpaid; covered". The product's worst
// failure: a day in the wait called covered.
//
// A gap the person stated is replaced by "no gap" only on an explicit
// correction ("不对 是两个月", "actually no gap") or as the answer to the
// gap question itself. Otherwise a month named after a gap is the month
// paying resumed (the answer's own offer: "resumes on … if paid this
// month"), which ends the gap without shortening it; and a "no gap" with
// no month is left out.

// monthAsked reports whether the question on screen takes a month or a
// day as its answer: a month typed then answers it, and is no gap.
func (t *turn) monthAsked() bool {
	switch t.s.Asking {
	case rules.FieldGap, rules.FieldSince, rules.FieldGapEnded, rules.FieldBenefitEnded, rules.FieldArrearsPaid,
		rules.FieldPaidBack, rules.FieldTreatmentDate, rules.FieldDueDate, rules.FieldPayDate:
		return true
	}
	return false
}

// statedGap is the number of months of the gap already taken, 0 when none.
func (t *turn) statedGap() int {
	f := t.s.Facts
	switch {
	case f.GapMonths != nil:
		return *f.GapMonths
	case f.Since != nil:
		return t.today.MonthOf().Since(*f.Since)
	}
	return 0
}

// guardGap keeps a stated gap from a message that would empty it without
// correcting it: ex.Gap is dropped, and a month named is read as the
// month paying resumed when none is known yet.
func (t *turn) guardGap(ex *understand.Extracted, a understand.Analysis) {
	t.resumedAsGap(ex, a)
	if a.Correction || t.gapAsked() || t.statedGap() <= 0 || ex.Gap == nil {
		return
	}
	g := ex.Gap
	n := g.Months
	if g.Since != nil {
		n = t.today.MonthOf().Since(*g.Since)
	}
	if n > 0 {
		return
	}
	ex.Gap = nil
	if g.Since != nil && t.s.Facts.GapEnded == nil && ex.Resumed == nil {
		m := *g.Since
		ex.Resumed, ex.GapEnded = &m, true
	}
}

// resumedFollowUp reads "这个月开始交了", "they started paying this month"
// after a stated gap as the month paying resumed: alone, such a message
// tells of no gap, so the readings leave it out (and the chat answered
// "not found").
//
// A first unpaid month that gives another non-zero gap than the one
// stated ("since October" after "4 month gap") is asked about with one
// tap ("a gap of 1 month, right?"), not taken: a shorter gap can bring a
// waiver or an earlier cover date, so only the person's yes replaces it.
func (t *turn) resumedFollowUp(r *Route, msg string) {
	if g := r.Facts.Gap; g != nil && g.Since != nil && !r.Analysis.Correction && !t.gapAsked() && t.statedGap() > 0 {
		if n := t.today.MonthOf().Since(*g.Since); n > 0 && n != t.statedGap() && r.ConfirmGap == nil {
			d := *g
			r.ConfirmGap, r.Facts.Gap = &d, nil
			switch r.Kind {
			case RouteUnknown, RouteMiss, RouteDontKnow, RouteSmallTalk:
				r.Kind = RouteFacts
			}
			return
		}
	}
	if t.statedGap() <= 0 || t.s.Facts.GapEnded != nil || r.Analysis.Correction || t.monthAsked() ||
		r.Facts.Resumed != nil {
		return
	}
	m, ok := understand.ResumedAlone(msg, t.today)
	if !ok {
		return
	}
	r.Facts.Resumed, r.Facts.GapEnded, r.Facts.Gap = &m, true, nil
	switch r.Kind {
	case RouteUnknown, RouteMiss, RouteFAQ, RouteDontKnow, RouteSmallTalk:
		r.Kind = RouteFacts
	}
}

// unitPaidGap reads a new employer's back-payment of the months between
// jobs ("新单位上个月把那俩月补缴了", audit round 8 re-check R7-M5⁗) as
// paying resumed that month: 43号 ① lets a gap of up to 3 months be paid
// at the new place, cover starting in the month of payment and the gap
// covered back. It is no employer's arrears (a deadline to pay a gap
// already paid, and the answer's "not used: the month the employer paid").
func (t *turn) unitPaidGap(ex *understand.Extracted) {
	if ex.ArrearsPaid == nil || ex.Resumed != nil {
		return
	}
	reason := ex.Reason
	if reason == "" {
		reason = t.s.Facts.Reason
	}
	if reason != rules.ReasonJobChange {
		return
	}
	m := *ex.ArrearsPaid
	ex.Resumed, ex.GapEnded, ex.ArrearsPaid = &m, true, nil
}

// ownCaseTimes18e copies into the facts of a run-on question the month an
// employer paid the missed months back ("新单位上个月把那俩月补缴了 12月20号
// 住院能报吗"), as ownCaseTimes does the other months of the case.
func ownCaseTimes18e(f *understand.Extracted, e understand.Extracted) {
	if f.ArrearsPaid == nil && !f.ArrearsPaidSaid && (e.ArrearsPaid != nil || e.ArrearsPaidSaid) {
		f.ArrearsPaid, f.ArrearsPaidSaid = e.ArrearsPaid, e.ArrearsPaidSaid
	}
}
