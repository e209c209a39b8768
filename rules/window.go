package rules

import "slices"

// The resident scheme's calendar (issue 18 item 6): the enrolment window is
// derived from the date where the region's calendar is in the sources
// (Zhejiang arts. 23, 31), answered both ways where it is not, and never
// invented.

// residentWindow settles a resident's in_window before the decision:
// from the region's calendar where the sources give one, or both ways.
// It reports whether the outcome was decided here.
func residentWindow(f Facts, p Policy, today Date, fallback bool) (Outcome, bool, error) {
	if f.Scheme != SchemeResident || f.switching() || f.Newborn == nil || *f.Newborn ||
		(f.FirstEnrolment != nil && *f.FirstEnrolment) {
		return Outcome{}, false, nil
	}
	rp := p.Resident
	if rp.OnTimeByYearEnd {
		// Zhejiang: next year's premium is due by 31 December (art. 23)
		// and on-time payers are covered from 1 January (art. 31 ¶1);
		// paying for this year is a late payment (art. 31 ¶2).
		derived := f.PremiumYear != nil && *f.PremiumYear == today.Year+1
		if f.PremiumYear == nil && today.Month >= 11 {
			// From November a payment for this year would only start
			// cover in the 3rd natural month (art. 31 ¶2), that is next
			// year: the payment that matters is next year's, on time
			// until 31 December (art. 23). Audit round 2 W-R2-1; from 1
			// November, not 1 December (audit round 4, R4-M4: 30
			// November is as much on time as 1 December).
			derived = true
		}
		g := f
		contradicted := false
		switch {
		case g.InWindow == nil:
			g.InWindow = &derived
		case f.PremiumYear != nil && *g.InWindow != derived,
			f.PremiumYear == nil && *g.InWindow && today.Month <= 8:
			// Zhejiang has no window from January to August: this year's
			// premium was due by last 31 December (art. 23), so a payment
			// now is late (art. 31 ¶2). The sourced calendar decides the
			// dates and the answer says the given value was not used
			// (audit round 3 R3-M3); never an earlier day than art. 31
			// allows.
			contradicted = true
			g.InWindow = &derived
		}
		o, err := evaluate(g, p, today, fallback)
		if err != nil {
			return Outcome{}, true, err
		}
		o.Facts = f
		if today.Month > 8 {
			// The window's end is in the sources: 31 December (art. 23),
			// not "ask 12393 for the dates" (audit round 2 M11).
			for i, d := range o.Deadlines {
				if d.ID == DeadlineResidentWindow {
					end := Date{today.Year, 12, 31}
					id := DeadlineResidentYearEnd
					if slices.Contains(o.AskLocally, AskOnTimeVsNational) {
						// After a break 1 January is art. 31 ¶1's day,
						// not a settled one (R4-M3).
						id = DeadlineResidentYearEndWait
					}
					o.Deadlines[i] = Deadline{On: &end, ID: id}
				}
			}
		}
		if f.InWindow == nil {
			o.note(NoteWindowFromCalendar)
		}
		if contradicted {
			o.note(NoteWindowContradicted)
		}
		if f.PremiumYear == nil && !derived && f.InWindow == nil && today.Month >= 9 && today.Month <= 10 &&
			f.BrokenYears != nil && *f.BrokenYears == 0 {
			// September and October: a payment now could be this year's,
			// late (art. 31 ¶2, cover within this year), or next year's,
			// on time (art. 23). The dates are for this year's; the
			// answer says so and gives next year's too (R4-M4).
			o.note(NotePremiumThisYear)
		}
		if today.Month >= 10 {
			// Late in the year: next year's premium is due by 31
			// December, or a new break starts on 1 January.
			o.note(NoteYearEndEnrolment)
			if f.BrokenYears != nil && *f.BrokenYears == 0 &&
				!slices.ContainsFunc(o.Deadlines, func(d Deadline) bool { return d.ID == DeadlineResidentYearEnd }) {
				// Also where this year's premium is paid late: the
				// short answer names next year's deadline (audit round
				// 3 R3-M2: "is 31 December in time for 1 January?").
				// Not after a break: 38号's wait may apply even then.
				end := Date{today.Year, 12, 31}
				o.Deadlines = append(o.Deadlines, Deadline{On: &end, ID: DeadlineResidentYearEnd})
				o.finish()
			}
		}
		o.cite(Citation{Law: "zj-msr", Article: 23})
		return o, true, nil
	}
	if f.InWindow != nil {
		return Outcome{}, false, nil
	}
	o, err := evaluateBoth(f, p, today, fallback, PathResidentWindowOpen, OpenQuestion{FieldInWindow, WhyInWindow},
		func(g *Facts, yes bool) { g.InWindow = &yes })
	if err != nil {
		return Outcome{}, true, err
	}
	o.note(NoteWindowOpen)
	return o, true, nil
}

// unsourcedWindow: an "in window" in spring or summer is a window no source
// gives; whether the payment buys this year from now or next year from 1
// January is asked, and the date is a range.
func (o *Outcome) unsourcedWindow(pay Date) {
	if o.ResumesOn == nil {
		return
	}
	latest := *o.ResumesOn
	earliest := pay
	if !earliest.Before(latest) {
		return
	}
	o.ResumesOn, o.ResumesEarliest, o.ResumesLatest = nil, &earliest, &latest
	o.Notes = slicesWithout(o.Notes, NoteWindowStart, NoteResumeAssumesNow, NoteWaitingConvention, NoteWaitingFromPayDay)
	o.Deadlines = slicesWithoutDeadline(o.Deadlines, DeadlineResidentWaiting)
	o.ask(AskPremiumYear)
	o.Verdict = VerdictConfirmLocally
}

// waitFromWindow: a wait after a break, enrolled in the window for next
// year. Counted from the enrolment it may end before 1 January is even
// reached (then cover starts 1 January); counted from 1 January it ends
// total months later. The sources do not say which; paying inside the
// window is never later than paying outside it, where the wait runs from
// the payment.
func (o *Outcome) waitFromWindow(payMonth, start Month, total int) {
	fromJan := start.Add(total).FirstDay()
	fromPay := payMonth.Add(total).FirstDay()
	if jan := start.FirstDay(); fromPay.Before(jan) {
		fromPay = jan
	}
	if !fromPay.Before(fromJan) {
		return
	}
	o.ResumesOn, o.ResumesEarliest, o.ResumesLatest = nil, &fromPay, &fromJan
	o.Notes = slicesWithout(o.Notes, NoteWaitingConvention, NoteWaitingFromPayDay, NoteResumeAssumesNow)
	o.Deadlines = slicesWithoutDeadline(o.Deadlines, DeadlineResidentWaiting)
	o.ask(AskResidentWaitStart)
	o.Verdict = VerdictConfirmLocally
}
