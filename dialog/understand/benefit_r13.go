package understand

import (
	"strings"
	"time"

	"bujiao/rules"
)

// Audit round 13 R13-W1″: "shanghai unemployment benefit stopped a few
// months back not sure when. hospital 15 dec ok?" took the month of the
// treatment day ("15 dec") as the benefit's last month, so a benefit said
// to be over was read as running this month and the day was called covered
// (SIL art. 48). A month that is part of a day ("dec 15", "15 dec", "the
// 9th of december", "12月9号") or that follows a treatment word ("hospital
// in december", "surgery next march") names the treatment, not the end of
// the benefit: it is never the benefit's last month, unless an end word
// stands right before it ("ended on nov 30"). "a few months back / ago"
// rules out this month as the end. With no month left, the end is asked.

var (
	// Words right before a day-form month that make it the benefit's end.
	enEndBeforeDay = []string{"ended", "stopped", "finished", "expired", "ceased", "terminated", "out", "over", "done",
		"until", "till", "to", "through", "thru", "since", "paid", "last"}
	// Words before a month that make it a treatment's month.
	enTreatBeforeMonth = map[string]bool{"hospital": true, "hospitalised": true, "hospitalized": true, "doctor": true,
		"doc": true, "surgery": true, "op": true, "operation": true, "clinic": true, "treatment": true, "appointment": true,
		"appt": true, "visit": true, "checkup": true, "admitted": true, "admission": true, "birth": true, "delivery": true,
		"dentist": true, "scan": true, "next": true, "see": true, "seeing": true, "stay": true, "procedure": true}
	// Filler words skipped when looking back from a month.
	enMonthFiller = map[string]bool{"in": true, "on": true, "for": true, "the": true, "of": true, "early": true, "late": true,
		"mid": true, "end": true, "around": true, "about": true, "at": true, "a": true}
	// The benefit ended some time ago: not this month.
	enEndedAgo = []string{" ago", " back", "long time", "a while", "long since", "some time", "sometime"}
)

// benefitEnMonth finds the English month that names the benefit's last
// month in s: the first month word that is neither a treatment day nor a
// treatment's month (see above). may is a month only with "in may" / "of
// may". It returns the month number, 0 when none.
func benefitEnMonth(s string, cur rules.Month) int {
	ago := containsAny(s, enEndedAgo)
	for i := 0; i < len(s); i++ {
		if !isLetter(s[i]) || i > 0 && isLetter(s[i-1]) {
			continue
		}
		w := wordAt(s, i)
		m, ok := enMonths[w]
		if !ok || w == "may" && !strings.Contains(s, "in may") && !strings.Contains(s, "of may") {
			continue
		}
		if enMonthIsTreatment(s, i, w) || enMonthIsPaying(s, i) {
			continue
		}
		if ago && m == int(cur.Month) {
			continue // "stopped a few months back … in december": not this month
		}
		return m
	}
	return 0
}

// enMonthIsTreatment reports whether the month word w at s[i] is part of a
// day ("dec 15", "15 dec", "9th of december") with no end word before it,
// or follows a treatment word ("hospital in december", "next march").
func enMonthIsTreatment(s string, i int, w string) bool {
	day := enDayAfterMonth(s[i+len(w):]) || enDayBeforeMonth(s, i)
	p := enDayStart(s, i)
	for n := 0; n < 4; n++ {
		q, k := prevWord(s, p)
		if q == "" {
			break
		}
		if day && hasSuffixAnyStr(q, enEndBeforeDay) {
			return false
		}
		if enTreatBeforeMonth[q] {
			return true
		}
		if !enMonthFiller[q] {
			break
		}
		p = k
	}
	return day
}

// enDayStart is where the day before the month word at s[i] starts
// ("15 dec", "15th of december"), or i when there is none.
func enDayStart(s string, i int) int {
	if !enDayBeforeMonth(s, i) {
		return i
	}
	q, k := prevWord(s, i)
	if q == "of" {
		_, k = prevWord(s, k)
	}
	return k
}

// zhMonthIsDay reports whether the Chinese month m ending at s[end] is
// followed by a day ("12月9号", "12月15日") that is not before today (read
// as the past month's when m is after this month, as the benefit's end
// would be): a treatment day, never the benefit's last month.
func zhMonthIsDay(s string, end int, m int, today rules.Date) bool {
	d, n := leadingDigits(s[end:])
	if n == 0 || n > 2 {
		return false
	}
	rest := s[end+n:]
	if !strings.HasPrefix(rest, "号") && !strings.HasPrefix(rest, "日") {
		return false
	}
	if today.IsZero() {
		return true
	}
	y := today.Year
	if m > int(today.Month) {
		y--
	}
	return !(rules.Date{Year: y, Month: time.Month(m), Day: d}).Before(today)
}

// enUnsure are words saying something is not known: "not sure when",
// "dont remember which month" tell a missing fact, they ask nothing.
var enUnsure = []string{"not sure", "unsure", "no idea", "dont know", "don't know", "do not know", "dunno", "dont remember",
	"don't remember", "do not remember", "cant remember", "can't remember", "cannot remember", "forgot", "forget",
	"not certain", "cant recall", "can't recall", "don't recall", "dont recall"}

// unsureBefore reports an English question word at s[i] told as not known
// ("not sure when", "no idea which month").
func unsureBefore(s string, i int) bool {
	b := strings.TrimRight(s[:i], " ")
	return hasSuffixAnyStr(b, enUnsure)
}

// Audit round 13 n28: "benefits ran out in august" (no "unemployment") was
// read as a gap from August, where "失业金8月停了" is a benefit whose last
// month is August. An entitlement that runs out is the unemployment
// benefit: medical cover stops, it does not run out.
var benefitRanOut = []string{"benefits ran out", "benefit ran out", "benefits run out", "benefits have run out",
	"benefit has run out", "benefits had run out", "benefits were used up", "benefits used up", "benefit used up",
	"benefits got used up", "benefits all used", "benefit payments ended",
	"benefit payments stopped", "benefit payments ran out"}

func init() { benefitWords = append(benefitWords, benefitRanOut...) }
