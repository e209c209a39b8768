package understand

import (
	"regexp"
	"strings"

	"bujiao/rules"
)

// fix46a: moves between cities (heldout31, 2026-12-08).
//
//   - The month an employer paid through, with words between the pay verb
//     and "until" ("my old company paid my insurance until the end of
//     july", "shenzhen employer paid for me thru july", "paid contributions
//     in shenzhen up to end of july"): that month is the last one paid, the
//     gap begins the month after. enPaidThrough (paidthrough22c.go) only
//     read the verb right before "until"; with words between, the scanner
//     read the month as the first unpaid one, a month too early.
//   - A treatment day without a year that is later this month is this
//     year's, whatever the verb's tense ("got a checkup dec 28" on 12-08):
//     the past reading put it almost a year back. An adverb of a done visit
//     ("already", "ago", "已经", "上次") keeps the past.
//   - Two employers told apart by their cities ("my beijing employer paid
//     through april, my shanghai employer started paying in august",
//     "北京的公司交到4月 上海的公司8月开始交"), the later one paying again:
//     a job change, not asked.

// enPaidThrough46a: a pay verb, up to five words, then "until" and the
// month ("paid my insurance until the end of july").
var enPaidThrough46a = regexp.MustCompile(`\b(?:paid|payed|pays|paying|contributed)\b((?: [a-z']+){0,5}?) (?:through|thru|until|untill|till|til|up to|up until|upto|up through)(?: and including)? (?:the )?(?:end of |end |last day of |close of )?(?:the month of )?` + enMonthRe)

// zhPaidThrough46a: zhPaidThrough with the verb's longer forms and 至
// ("社保缴纳到7月底", "缴费到7月份", "只交了到7月", "缴至七月").
var zhPaidThrough46a = regexp.MustCompile(`(?:缴纳|缴费|交费|缴|交)了?(?:到|至)了?(?:今年)?(?:的)?(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月`)

// notPaid46a: words between the verb and "until" that make the months not
// paid ("paid nothing from march until july", "stopped paying until").
var notPaid46a = []string{" nothing", " not", " never", " no", " none", " from", " since", " didnt", " stopped", " zero"}

// enPaidThroughMatch46a is enPaidThrough's match, or the wider one's when
// the words between tell no unpaid months: [whole, month].
func enPaidThroughMatch46a(s string) []string {
	if m := enPaidThrough.FindStringSubmatch(s); m != nil {
		return m
	}
	for _, m := range enPaidThrough46a.FindAllStringSubmatch(s, -1) {
		if hasAny(m[1]+" ", notPaid46a) {
			continue
		}
		return []string{m[0], m[2]}
	}
	return nil
}

// doneAdverbs46a tell a visit as done, whatever the day.
var doneAdverbs46a = regexp.MustCompile(`\b(already|ago|last (?:year|time))\b|已经|上次|那次|去年`)

// laterThisMonth46a reports that a day read as the past occurrence should
// be next: next is later in this month, and the clause says no "already".
func laterThisMonth46a(today, next rules.Date, own, cl string) bool {
	if next.Year != today.Year || next.Month != today.Month || !today.Before(next) {
		return false
	}
	return !doneAdverbs46a.MatchString(own) && !doneAdverbs46a.MatchString(cl)
}

// enGotNoun46a: "got a checkup", "i've got an appointment", "got my
// surgery": "got" with a noun is having a visit (planned or past), no
// tense; "got checked", "got admitted" are past and stay so.
var enGotNoun46a = regexp.MustCompile(`\b(?:(?:i've|ive|i have|have|has|we've|weve) )?got (?:a|an|the|my|some|another|one|two|his|her|our)\b`)

// gotNoun46a blanks "got" with a noun in a clause, unless "already" or
// "ago" tells it done.
func gotNoun46a(c string) string {
	if strings.Contains(c, "already") || strings.Contains(c, " ago") {
		return c
	}
	return enGotNoun46a.ReplaceAllString(c, " ")
}

var (
	// enCityEmployer46a: "my beijing employer", "the shanghai company";
	// enEmployerIn46a: "the company in hangzhou", "job at shenzhen".
	enCityEmployer46a = regexp.MustCompile(`\b([a-z']+(?: [a-z']+)?) (?:employer|company|firm|boss|job|workplace|work unit|office|factory)\b`)
	enEmployerIn46a   = regexp.MustCompile(`\b(?:employer|company|firm|boss|job|workplace|office|factory) (?:in|at) ([a-z']+(?: [a-z']+)?)\b`)
	// zhCityEmployer46a: "北京的公司", "上海这边的单位", "深圳那边公司".
	zhCityEmployer46a = regexp.MustCompile(`([\p{Han}]{2,4}?)(?:那边|这边|那里|这里|那儿|这儿)?(?:的)?(?:单位|公司|老板|厂|工厂|东家)`)
)

// employerCities46a lists the places employers are named by, in order.
func employerCities46a(s string, regions RegionMatcher) []string {
	var out []string
	add := func(w string) {
		id, ok := regions.MatchRegion(w)
		if !ok || id == "" {
			return
		}
		if cc, isCC := regions.(cityCoder); isCC {
			if code, ok := cc.CityCode(w); ok {
				id = code
			}
		}
		for _, o := range out {
			if o == id {
				return
			}
		}
		out = append(out, id)
	}
	for _, re := range []*regexp.Regexp{enCityEmployer46a, enEmployerIn46a, zhCityEmployer46a} {
		for _, m := range re.FindAllStringSubmatch(s, -1) {
			w := m[1]
			if re == zhCityEmployer46a {
				// the city is the last two or three characters
				rs := []rune(w)
				if len(rs) > 3 {
					w = string(rs[len(rs)-3:])
				}
			}
			add(w)
		}
	}
	return out
}

// twoEmployers46a reads a job change from two employers named by
// different cities, paying having resumed with the later one.
func twoEmployers46a(a *Analysis, s string, regions RegionMatcher) {
	if regions == nil || hasAny(s, residentWords36b) {
		return
	}
	e := &a.Extracted
	if e.Reason != "" || e.Payer != "" && e.Payer != rules.PayerUnit || e.Scheme == rules.SchemeResident ||
		e.Resumed == nil && !e.GapEnded || e.FirstEnrolment {
		return
	}
	if len(employerCities46a(strings.ToLower(s), regions)) < 2 {
		return
	}
	for _, x := range []*Extracted{&a.Extracted, &a.Stated} {
		if x.Reason != "" {
			continue
		}
		x.Reason = rules.ReasonJobChange
		if x.Payer == "" {
			x.Payer = rules.PayerUnit
		}
		if x.Scheme == "" {
			x.Scheme = rules.SchemeEmployee
		}
	}
}

// abbrMove46a: two different city abbreviations joined by "to" or an
// arrow ("gz to sz", "from hz -> sh", "bj→sz"): a move between two cities,
// though which ones may be asked ("sz" is Shenzhen or Suzhou, "gz"
// Guangzhou or Ganzhou, placeNicknames30b). Two different abbreviations
// are never one city.
var abbrMove46a = regexp.MustCompile(`(?:^|[^a-z])(` + cityAbbrs46a + `)\s*(?:to|->|→|=>|>|➡|➔)\s*(` + cityAbbrs46a + `)(?:[^a-z]|$)`)

const cityAbbrs46a = `sh|bj|gz|sz|hz|nb|cd|wh|xa|cq|tj|nj|xm|fz|km|cs|qd|dl|sy|hf|jn|wx|dg|fs`

// AbbrMove46a reports a move told by two city abbreviations.
func AbbrMove46a(msg string) bool {
	for _, m := range abbrMove46a.FindAllStringSubmatch(strings.ToLower(msg), -1) {
		if m[1] != m[2] {
			return true
		}
	}
	return false
}
