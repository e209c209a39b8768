package understand

import (
	"time"

	"bujiao/rules"
)

// weekWords name next week without a day of it.
var weekWords = []string{"下周", "下星期", "下礼拜", "下个礼拜", "下个星期", "下个周", "next week"}

// treatmentWeek reads "下周住院" / "surgery next week", with no day of the
// week named, as the span Monday to Sunday of next week: one day of it
// (the same weekday a week on, as before) could be on the wrong side of a
// stop or a restart inside the week, and the answer would call a day
// covered the person may not be treated on. d is the day planned read.
func (x *extractor) treatmentWeek(d rules.Date) (from, until rules.Date, ok bool) {
	today := x.today
	if today.IsZero() || d != today.AddDays(7) {
		return rules.Date{}, rules.Date{}, false
	}
	if _, named := weekdayPlanned(x.s, today); named {
		return rules.Date{}, rules.Date{}, false
	}
	if _, named := explicitDay(x.s, today); named {
		return rules.Date{}, rules.Date{}, false
	}
	said := false
	for _, w := range weekWords {
		if dayWordFor(x.s, w) {
			said = true
			break
		}
	}
	if !said {
		return rules.Date{}, rules.Date{}, false
	}
	wd := (int(time.Date(today.Year, today.Month, today.Day, 0, 0, 0, 0, time.UTC).Weekday()) + 6) % 7 // Monday 0
	from = today.AddDays(7 - wd)
	return from, from.AddDays(6), true
}
