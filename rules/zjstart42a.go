package rules

import "slices"

// fix42a (audit round 31, R31-W1): a move into Zhejiang after a gap of up
// to 3 months that a new employer's registration ended ("北京干到5月底 6月
// 7月啥也没交 8月20号杭州公司给俺上的保险", dentist 9/5). 43号 ① (no wait,
// the gap back-paid) and art. 28 ¶2 (cover from the 2nd natural month
// counting the registration month) are both named and the resume dates are
// a range; its latest is art. 28 ¶2's day. A day on or after it, with the
// registration made in a month already past, is covered under both rules:
// nothing the person still has to do decides it (art. 28 ¶3 stops cover
// only from the 2nd natural month of any later arrears). So the day is
// covered, not "covered only if you pay as set out above".

// TreatAfterRegistered42a: on or after the region's start counted from a
// registration already made.
const TreatAfterRegistered42a = "after-registered-start"

func init() { TreatIDs = append(TreatIDs, TreatAfterRegistered42a) }

// registeredStart42a reports whether d is on or after art. 28 ¶2's start
// for the month paying resumed, that month past.
func (o *Outcome) registeredStart42a(d Date) bool {
	e := o.Facts.GapEnded
	switch {
	case e == nil, o.ResumesLatest == nil, o.LatestIfPaidBy != nil, !slices.Contains(o.Notes, NoteStartDisagree):
		return false
	case o.Facts.Payer != PayerUnit, o.Facts.Reason != ReasonJobChange, e.Since(o.Today.MonthOf()) >= 0:
		return false
	case *o.ResumesLatest != e.Add(1).FirstDay():
		return false
	}
	return !d.Before(*o.ResumesLatest)
}
