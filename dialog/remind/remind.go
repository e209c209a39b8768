// Package remind is the reminder domain, pure and clock-driven: when each
// reminder of a deadline fires, what "later" means, the quiet hours, the
// cap, and the record a reminder keeps. It does no I/O and never reads the
// clock: every function takes "now". The conversation (dialog) offers and
// explains reminders; a store keeps them as scheduled inbox entries.
//
// The rules, all in Beijing time (knowledge.China), which decides the day:
//   - a reminder fires on its day (7 days before the deadline, the day
//     before, or the day itself) between 08:00 and 09:00 — spread over the
//     hour so thousands due on one day do not arrive as one burst;
//   - a day that has already begun is not reminded (the person is reading
//     the answer today);
//   - nothing is sent between 21:00 and 08:00: a reminder that falls due
//     then (the bot was down, the queue was long) is held until 08:00;
//   - "later" is the next day between 08:00 and 09:00;
//   - at most MaxPerDeadline reminders per person and deadline, "later"
//     included.
package remind

import (
	"encoding/binary"
	"hash/fnv"
	"time"

	"bujiao/knowledge"
	"bujiao/rules"
)

// MaxPerDeadline caps the reminders one person gets for one deadline,
// those asked with "later" included.
const MaxPerDeadline = 3

// Quiet hours, Beijing time: nothing is sent from QuietFrom until
// QuietUntil the next morning. Reminders are scheduled in the hour after
// QuietUntil.
const (
	QuietFrom  = 21
	QuietUntil = 8
)

// When is a set of reminder times relative to a deadline.
type When uint8

// The reminder times a person can choose.
const (
	OnTheDay   When = 1 << iota // the deadline's own day
	DayBefore                   // the day before
	WeekBefore                  // 7 days before
)

// All is every reminder time.
const All = WeekBefore | DayBefore | OnTheDay

// Offsets lists the reminder times earliest first, with their distance
// from the deadline in days.
var Offsets = []struct {
	When When
	Days int
}{{WeekBefore, 7}, {DayBefore, 1}, {OnTheDay, 0}}

// Count is how many times w holds.
func (w When) Count() int {
	n := 0
	for _, o := range Offsets {
		if w&o.When != 0 {
			n++
		}
	}
	return n
}

// Valid reports whether w is a non-empty set of known times.
func (w When) Valid() bool { return w != 0 && w&^All == 0 }

// Default is the choice offered first for a deadline kind. A window that
// closes (pay by D or the gap counts as long) gets all three: a week to
// arrange the payment, a nudge the day before, and the day itself. The end
// of a waiting period is good news that needs no preparation beyond paying
// on time: the day before (plan treatment from the next day) and the day.
func Default(deadlineID string) When {
	switch deadlineID {
	case rules.DeadlineWaitingEnds, rules.DeadlineResidentWaiting:
		return DayBefore | OnTheDay
	}
	return All
}

// Today is the Beijing date of now.
func Today(now time.Time) rules.Date { return knowledge.Today(now) }

// Available is the subset of w whose days have not begun at now: a
// reminder for today or a past day is not offered.
func Available(deadline rules.Date, w When, now time.Time) When {
	today := Today(now)
	var out When
	for _, o := range Offsets {
		if w&o.When != 0 && today.Before(deadline.AddDays(-o.Days)) {
			out |= o.When
		}
	}
	return out
}

// Times returns when the reminders of w for deadline fire, earliest
// first: on each chosen day whose day has not begun at now, at 08:00
// Beijing plus a spread of up to 59 minutes taken from salt (a reminder's
// identity), so the same reminder always gets the same minute.
func Times(deadline rules.Date, w When, now time.Time, salt string) []time.Time {
	var out []time.Time
	for i, o := range Offsets {
		if Available(deadline, w, now)&o.When == 0 {
			continue
		}
		out = append(out, morning(deadline.AddDays(-o.Days), salt, i))
	}
	return out
}

// morning is 08:00–08:59 Beijing on day d, the minute taken from salt.
func morning(d rules.Date, salt string, n int) time.Time {
	h := fnv.New64a()
	h.Write([]byte(salt))
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], uint64(n))
	h.Write(b[:])
	minute := int(h.Sum64() % 60)
	return time.Date(d.Year, d.Month, d.Day, QuietUntil, minute, 0, 0, knowledge.China)
}

// Quiet reports whether t falls in the quiet hours (21:00–08:00 Beijing).
func Quiet(t time.Time) bool {
	h := t.In(knowledge.China).Hour()
	return h >= QuietFrom || h < QuietUntil
}

// Hold returns when a reminder due at t may be sent: t itself outside the
// quiet hours, else 08:00 Beijing on the morning that ends them.
func Hold(t time.Time) time.Time {
	if !Quiet(t) {
		return t
	}
	c := t.In(knowledge.China)
	d := rules.DateOf(c)
	if c.Hour() >= QuietFrom {
		d = d.AddDays(1)
	}
	return time.Date(d.Year, d.Month, d.Day, QuietUntil, 0, 0, 0, knowledge.China)
}

// Later is when "remind me later" fires: the next Beijing day between
// 08:00 and 09:00.
func Later(now time.Time, salt string) time.Time {
	return morning(Today(now).AddDays(1), salt, len(Offsets))
}
