package understand

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
)

// fix34d (audit round 27, brief item 3): treatment words and slash days.
//   - "ER", "A&E" (the normaliser writes "a,e"), "ER visit": treatment
//     words in English as "the ER" and 急诊 already were.
//   - A treatment day written with a slash ("went to the ER on 11/25",
//     "on 12/3", "11/25去急诊") is month/day in an English or Chinese
//     message when the first number is 12 or less, and no day-first form
//     ("25/11", "25.11") elsewhere in the message makes it ambiguous;
//     otherwise it is left unread, never guessed. The day is read as any
//     written day is (treatNear): the slash form is rewritten as
//     "nov 25" / "11月25号" on a copy of the text.

func init() {
	enTreatNear = append(enTreatNear, "er", "a,e", "er visit", "emergency visit")
	// Told as done: this year's day ("took my son to the ER on 9/14",
	// "10/18去急诊了").
	enPastTreat = append(enPastTreat, " took my ", " took him ", " took her ", " took me ", " rushed to", " ended up at")
	zhTreatDone = append(zhTreatDone, "去急诊了", "看急诊了", "看的急诊", "看的门诊")
	zhPastTreat = append(zhPastTreat, "去急诊了", "看急诊了")
}

var (
	// slashDay34d: month/day with a slash, not part of a longer run of
	// digits and slashes ("2026/11/25", "11/25/2026" are not read here).
	slashDay34d = regexp.MustCompile(`(^|[^0-9/])(1[0-2]|0?[1-9])/(3[01]|[12][0-9]|0?[1-9])($|[^0-9/])`)
	// dayFirst34d: a day written day-first ("25/11", "25.11", "25-11").
	dayFirst34d = regexp.MustCompile(`(^|[^0-9])(1[3-9]|2[0-9]|3[01])[/.](0?[1-9]|1[0-2])($|[^0-9])`)
	// slashNotDay34d: after the slash form, words that make it a share or
	// a count ("1/2 of", "3/4 months").
	slashNotDay34d = []string{" of", " month", " year", " yr", " day", " week", " time", "个月", "年", "天", "次", "的费用"}
	enMonthAbbr34d = []string{"", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}
)

// slashTreat34d reads a slash treatment day where nothing else read one.
func (x *extractor) slashTreat34d(e *Extracted) {
	if e.Treatment != nil || x.today.IsZero() || dayFirst34d.MatchString(x.s) {
		return
	}
	s := x.s
	ms := slashDay34d.FindAllStringSubmatchIndex(s, -1)
	if len(ms) == 0 {
		return
	}
	zh := strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Han, r) }) >= 0
	var b strings.Builder
	last := 0
	for _, m := range ms {
		mo, d := atoi32a(strings.TrimPrefix(s[m[4]:m[5]], "0")), atoi32a(strings.TrimPrefix(s[m[6]:m[7]], "0"))
		if hasPrefixAnyStr34d(s[m[7]:], slashNotDay34d) {
			continue
		}
		b.WriteString(s[last:m[4]])
		if zh {
			fmt.Fprintf(&b, "%d月%d号", mo, d)
		} else {
			fmt.Fprintf(&b, "%s %d", enMonthAbbr34d[mo], d)
		}
		last = m[7]
	}
	if last == 0 {
		return
	}
	b.WriteString(s[last:])
	y := *x
	y.s = b.String()
	if d, ok := y.treatNear(); ok {
		e.Treatment = &d
		x.treatThisYear(e) // resumed18f.go: told as past, this year's
	}
}

func hasPrefixAnyStr34d(s string, ps []string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// slashAmbiguous34d: a slash day read from the stated clauses alone is
// dropped where the whole message writes a day day-first elsewhere ("doctor
// on 12/3, my friend says 25/11 is the deadline"): never guessed.
func slashAmbiguous34d(a *Analysis, s string) {
	if !dayFirst34d.MatchString(s) || !slashDay34d.MatchString(s) {
		return
	}
	for _, e := range []*Extracted{&a.Extracted, &a.Stated} {
		if e.Treatment != nil && slashDayIs34d(s, int(e.Treatment.Month), e.Treatment.Day) {
			e.Treatment, e.TreatmentUntil = nil, nil
		}
	}
}

// slashDayIs34d reports whether s writes month/day m/d with a slash.
func slashDayIs34d(s string, m, d int) bool {
	for _, g := range slashDay34d.FindAllStringSubmatch(s, -1) {
		if atoi32a(strings.TrimPrefix(g[2], "0")) == m && atoi32a(strings.TrimPrefix(g[3], "0")) == d {
			return true
		}
	}
	return false
}
