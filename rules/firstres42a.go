package rules

// fix42a (audit round 31, R31-M3): a first enrolment in the resident scheme
// outside the annual window. 国办发〔2024〕38号 sets, from 2025, a fixed
// waiting period of 3 months after enrolment for anyone "未在居民医保集中
// 参保期内参保或未连续参保" (domain.md §2.1), newborns and other special
// groups apart, the detail set by each province. A first enrolment outside
// the window is inside that sentence, so cover does not start before the
// wait: counting the enrolment as this month, not before the 1st of the
// month 3 months on. That is an estimate (provinces set the detail, and
// whether the wait counts by the month or the day is not in the sources),
// so the day is still for 12393; but a day before it is not covered.
//
// Where the window is open or its status is the person's (told in the
// window), and in Zhejiang (arts. 23, 31 ¶1 near the year's end) and
// Shanghai (art. 17: "自下一年度起", no day) with the window not told,
// the answer stays as it was.

// NoteFirstResidentWait42a says the start is 38号's wait, an estimate.
const NoteFirstResidentWait42a = "first-resident-wait"

// firstResidentWait42a sets the earliest start of a first resident
// enrolment from 38号's fixed wait; it reports whether it did.
func (o *Outcome) firstResidentWait42a(f Facts, p Policy, today Date) bool {
	rp := p.Resident
	switch {
	case f.Scheme != SchemeResident, rp.FixedWaitingMonths <= 0, rp.OnTimeByYearEnd, today.Before(rp.AppliesFrom):
		return false
	case f.Newborn != nil && *f.Newborn, f.InWindow != nil && *f.InWindow:
		return false
	case rp.NextYearNoDay && f.InWindow == nil:
		return false
	}
	d := today.MonthOf().Add(rp.FixedWaitingMonths).FirstDay()
	o.ResumesEarliest = &d
	o.note(NoteFirstResidentWait42a)
	o.ask(AskFirstResidentStart)
	return true
}
