package understand

import (
	"regexp"
	"strconv"

	"bujiao/rules"
)

// fix47a (heldout32 h32-jobchange-sz-en): a new employer's first month
// with the months missing before it, in English.
//
// "new company only started my social insurance this month, so 2 months
// missing in between": the month named is the month paying RESUMED, the
// count the months without cover between the two jobs. Main read "this
// month" as the gap's first month (gap 0: "no payment needed"), the worst
// direction. The count of months told as missing/gap/uncovered wins, with
// the month named as the new employer's start as the resumption.

var (
	// enNewStart47a: a new employer (or job) starting paying, this month or
	// in a named month.
	enNewStart47a = regexp.MustCompile(`\bnew (?:company|employer|job|firm|boss|workplace|place|work)\b[^.;!?]{0,60}?\b(?:only |just |finally )?(?:started|starts|began|begun|startd|strated)\b[^.;!?]{0,40}?\b(this month|(?:in|from|since) (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?: (20\d\d))?)\b`)
	// enMissingCount47a: "2 months missing", "two months gap in between",
	// "3 months without insurance", "a gap of 2 months", "missing 2 months".
	enMissingCount47a = regexp.MustCompile(`\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) ?(?:months?|mths?|mos?|monthes)\b ?(?:of )?(?:missing|mising|missed|gap|gaps|unpaid|uncovered|not paid|without (?:insurance|cover|coverage|any insurance)|with no (?:insurance|cover)|no insurance|blank|empty)\b|\b(?:missing|missed|gap of|a gap of|without insurance for|uninsured for|no insurance for) (\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) ?(?:months?|mths?|mos?|monthes)\b`)
)

// newStartCount47a: see above. Only when the gap read is none or starts at
// the new employer's month (the misreading), never over a count read.
func (x *extractor) newStartCount47a(e *Extracted) {
	s := x.s
	st := enNewStart47a.FindStringSubmatch(s)
	if st == nil {
		return
	}
	cm := enMissingCount47a.FindStringSubmatch(s)
	if cm == nil {
		return
	}
	w := cm[1]
	if w == "" {
		w = cm[2]
	}
	n := enCount41a(w)
	if n <= 0 || n > 24 {
		return
	}
	var resumed rules.Month
	if st[1] == "this month" {
		resumed = x.cur
	} else {
		m, ok := x.pastMonth25b(enMonthNumber45a(st[2]))
		if !ok {
			return
		}
		if st[3] != "" {
			y, _ := strconv.Atoi(st[3])
			m.Year = y
		}
		if x.cur.Since(m) < 0 {
			return // a month still to come is no resuming
		}
		resumed = m
	}
	if e.Gap != nil && e.Gap.Months > 0 && e.Gap.Months != n {
		return // another count read: leave it
	}
	if e.Gap != nil && e.Gap.Since != nil && *e.Gap.Since != resumed && resumed.Since(*e.Gap.Since) != n {
		return // a first unpaid month told that the count does not fit
	}
	e.Gap = &Duration{Months: n}
	r := resumed
	e.Resumed = &r
	e.GapEnded = true
}
