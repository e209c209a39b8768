package understand

import (
	"time"

	"bujiao/rules"
)

// fix35c (audit round 28, R28-W4 friction): a job start, registration or
// payment day is never a treatment day. When the day read as the treatment
// is tied to such a word ("started in guangzhou nov 1", "11月1号入职") and
// the message names another day that is not, that other day is the
// treatment ("had an MRI on oct 12"). With no such day the reading stays
// (the tying words are loose: "due to give birth on Dec 28").

// round35c runs fix35c's readings (called from round25a, read25a.go).
func (x *extractor) round35c(e *Extracted) {
	x.treatNotJobDay35c(e)
}

// treatNotJobDay35c moves the treatment off a day of starting, paying or
// registering.
func (x *extractor) treatNotJobDay35c(e *Extracted) {
	if e.Treatment == nil || e.TreatmentUntil != nil {
		return
	}
	if e.FirstEnrolment && e.PayPlanned != nil && (e.PayPlanned.Month != e.Treatment.Month || e.PayPlanned.Day != e.Treatment.Day) {
		// The registration reading (read35b) has told the registration
		// day from the visits already: a visit next to "paid" is not a
		// payment day.
		return
	}
	s := x.s
	days := daysIn30c(s)
	tied := false
	for _, d := range days {
		if d.md.Month == int(e.Treatment.Month) && d.md.Day == e.Treatment.Day {
			if treatLike30c(s, d) && !regDay33b(s, d) {
				return // the day is told as a treatment somewhere
			}
			tied = true
		}
	}
	if !tied {
		return
	}
	for _, d := range days {
		if d.md.Month == int(e.Treatment.Month) && d.md.Day == e.Treatment.Day || !treatLike30c(s, d) || regDay33b(s, d) {
			continue
		}
		t := rules.Date{Year: e.Treatment.Year, Month: time.Month(d.md.Month), Day: d.md.Day}
		if !x.today.IsZero() && x.today.Before(t) && !x.today.Before(*e.Treatment) {
			t.Year-- // told beside a past day: the past one
		}
		e.Treatment = &t
		return
	}
	// No other day: the words near the only one are too loose ("due",
	// "没交") to drop it; it stays.
}
