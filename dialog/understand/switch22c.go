package understand

import (
	"regexp"
	"strconv"
	"strings"

	"bujiao/rules"
)

// Audit round 22, R22-M3: a resident who switches to a job's employee
// insurance tells the resident years as years enrolled, not years broken
// ("been on resident medical for 3 years, starting a job on feb 1 with
// employee insurance", "我在温州交了4年居民医保 明年1月去上海上班",
// "switching from resident to employee insurance … 6 years straight").

// paidYearsBefore reports a count of years paid told just before the
// resident scheme's naming ("交了4年居民医保", "交了五年的居民"): years in
// the scheme, a past told.
func paidYearsBefore(before string) bool {
	i := strings.LastIndex(before, "缴了")
	if i < 0 {
		return false
	}
	rest := before[i+len("缴了"):]
	return strings.Contains(rest, "年") && !hasAny(rest, []string{"断", "没"})
}

// goWorkAt finds a job to go to told as "去上海上班", "到杭州上班" (a place
// between the going and the work) in s; -1 when none.
func goWorkAt(s string) int {
	for off := 0; ; {
		i := strings.Index(s[off:], "上班")
		if i < 0 {
			return -1
		}
		i += off
		if b := lastRunes(s[:i], 5); hasAny(b, []string{"去", "到"}) && !hasAny(b, []string{"不", "没"}) {
			return i
		}
		off = i + len("上班")
	}
}

// switchFromTo reads "switching from resident to employee insurance", "switch
// from the resident scheme to employee": a switching word before the first
// scheme named and "to" between the two; the second is the new one.
func switchFromTo(s string, a int, between string) bool {
	return hasAny(lastRunes(s[:a], 16)+cutRunes(s[a:], 5), []string{"switching from", "switch from", "switched from", "change from", "changing from",
		"moving from", "move from", "transfer from", "transferring from"}) && (strings.Contains(between, " to ") || strings.Contains(between, ",to "))
}

// enrolledYears: in a switch from the resident scheme to the employee one,
// whole years told with no break word and no month they began are the
// years enrolled before the switch ("resident cover 6 years straight",
// "on resident medical for 3 years"), never a gap of those years. A gap
// shorter than a year told after the job stays the switch's own gap;
// none told, it is asked.
func (x *extractor) enrolledYears(e *Extracted) {
	if e.PriorScheme != rules.SchemeResident || e.Scheme != rules.SchemeEmployee || e.ContinuousYears != nil {
		return
	}
	if hasAny(x.s, switchBreaks) || hasAny(stripNeverBroke23c(x.s), enrolledBreakWords) {
		return
	}
	if g := e.Gap; g != nil && g.Since != nil && x.jobStartTold() {
		// "starting a job in march", "job starts in february": the month
		// the job starts is no first unpaid month; the gap is asked.
		e.Gap = nil
		if m := enYearsEnrolled.FindStringSubmatch(x.s); m != nil {
			if n, ok := enSmallNumber(m[1]); ok && n > 0 && n <= rules.MaxYears {
				e.ContinuousYears = &n
			}
		}
		return
	}
	g := e.Gap
	if g == nil || g.Since != nil || g.Months < 12 || g.Months%12 != 0 || g.Months/12 > rules.MaxYears {
		return
	}
	n := g.Months / 12
	e.ContinuousYears, e.Gap = &n, nil
	if e.Payer == "" && !x.has(lIndividual) && hasAny(x.s, enJobFound) {
		e.Payer = rules.PayerUnit
	}
	x.switchJobReason(e)
}

// enrolledBreakWords tell years without cover: such years stay a gap.
var enrolledBreakWords = []string{"断", "没交", "没缴", "停", "without", "no cover", "not covered", "uninsured", "didn't pay", "did not pay",
	"stopped", "broken", "break", "lapse", "missed", "unpaid", "gap of", "not paid", "haven't paid", "no insurance"}

// jobStartTold reports a job told as starting ("starting a job in march",
// "明年1月去上海上班").
func (x *extractor) jobStartTold() bool {
	return hasAny(x.s, enJobFound) || hasAny(x.s, zhJobFound) || goWorkAt(x.s) >= 0
}

// enYearsEnrolled: "resident cover for 5 years straight", "resident insurance
// for three years".
var enYearsEnrolled = regexp.MustCompile(`resident[a-z ]{0,20}? (?:for )?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten) years?\b`)

func enSmallNumber(w string) (int, bool) {
	if n, err := strconv.Atoi(w); err == nil {
		return n, true
	}
	for i, v := range []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"} {
		if v == w {
			return i + 1, true
		}
	}
	return 0, false
}
