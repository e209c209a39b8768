package understand

import (
	"regexp"
	"strings"
	"time"

	"bujiao/rules"
)

// Audit round 25 (fix32a): first enrolments told as such, and a gap told
// as a range of months between two jobs.
//
//   - R25-W3: "just signed up … as a freelancer for the first time on nov
//     28": a first enrolment, never a gap; the day named with the sign-up
//     is the registration day (pay_date: cover starts from its month,
//     Zhejiang art. 29 ¶1), never a day of treatment.
//   - R25-W7: "first job ever, starting in wuhan on dec 14": a first job is
//     a first enrolment by the employer (SIL art. 58), not a job change
//     with no gap; the job's first day is neither a gap nor a treatment.
//   - R25-W1: "医保交到6月 7到9月没交 10月去了东莞新公司": the gap is July to
//     September (the last month paid, when told, must be the month before
//     it) and paying resumed with the new job in October.

var (
	// enSignUp32a: a sign-up told as the first ever.
	enSignUp32a = regexp.MustCompile(`\b(?:signed up|sign up|signing up|registered|register|registering|enrolled|enroll|enrol|enrolling|joined|joining)\b` +
		`[a-z ,'-]{0,80}?\b(?:for the (?:very )?first time|first time ever|for the first time ever)\b` +
		`|\b(?:first time|first-time|first ever time)(?: ever)? (?:signing up|registering|enrolling|joining)\b`)
	// enFirstJob32a: a first job ever.
	enFirstJob32a = regexp.MustCompile(`\b(?:first (?:ever |real |proper |full[- ]time )?job(?: ever)?|first-ever job|never (?:had|worked) (?:a )?(?:job|before))\b`)
	// enPriorCover32a: words of cover that ran before, or of an employer
	// that has not registered the worker yet.
	enPriorCover32a = []string{"quit", "left ", "previous", "old job", "last job", "changed job", "owe", "arrears", "stopped", "gap",
		"lapsed", "again", "back-pay", "pay back", "paid back", "before that", "used to", "havent enrolled", "haven't enrolled",
		"hasnt enrolled", "hasn't enrolled", "not enrolled me", "still no insurance", "resident insurance", "since i left"}
	// zhRegDay32a: a day told with the registration ("12月2号刚办的登记",
	// "11月28号参保的").
	zhRegDay32a = regexp.MustCompile(`(1[0-2]|[1-9])月([12][0-9]|3[01]|[1-9])[号日](?:刚|才|去)?(?:办的?|办理了?|做了?)?(?:参保)?(?:登记|参保|开户)`)
	// zhFirstTime32a / zhPriorCover32a: a first enrolment told in Chinese,
	// and words of cover that ran before.
	zhFirstTime32a  = []string{"第一次参", "第一次以", "第一次交", "第一次缴", "第一次办", "首次参", "首次以", "首次办", "头一回参", "头一回交"}
	zhPriorCover32a = []string{"断", "停", "补缴", "以前交", "之前交", "以前缴", "之前缴", "离职", "辞职", "又", "重新"}
	// zhNewJob32a: a month that starts a new job, a place allowed before
	// "新" ("10月去了东莞新公司").
	zhNewJob32a = regexp.MustCompile(zhMonth25b + `月份?(?:初|中|底)?(?:又|就|才)?(?:去了?|到了?|进了?|换到了?|换了|找到了?|入职了?|在)?` +
		`\p{Han}{0,5}?新的?(?:公司|单位|工作|厂|东家|老板)|` + zhMonth25b + `月份?(?:初|中|底)?(?:又|就|才)?(?:入职|开始上班|到岗)`)
	// zhPaidTo32a / zhRange32a: "交到6月", "7到9月没交".
	zhPaidTo32a = regexp.MustCompile(`(?:交|缴|买|上)(?:到|至)了?` + zhMonth25b + `月`)
	zhRange32a  = regexp.MustCompile(zhMonth25b + `月?份?\s*(?:到|至|-|~|－|—)\s*` + zhMonth25b + `月份?\s*(?:都|全|一直|也)?(?:没有?交|没有?缴|未缴|断了|断缴|没买|没上|空着|空了|停了|停缴)`)
)

// round32a runs fix32a's late readings (called from round25a).
func (x *extractor) round32a(e *Extracted) {
	x.firstSignUp32a(e)
	x.firstJob32a(e)
	x.rangeGap32a(e)
}

// regDay32a is the day of a month-day told with a registration: this
// year's, or last year's when it would be more than a month ahead.
func (x *extractor) regDay32a(md MonthDay) rules.Date {
	d := rules.Date{Year: x.today.Year, Month: time.Month(md.Month), Day: md.Day}
	if x.today.AddDays(31).Before(d) {
		d.Year--
	}
	return d
}

// firstSignUp32a reads a first sign-up and the day it was made.
func (x *extractor) firstSignUp32a(e *Extracted) {
	if x.today.IsZero() || e.Scheme == rules.SchemeResident || e.Child || e.Student || e.PriorScheme != "" {
		return
	}
	s := x.s
	loc := enSignUp32a.FindStringIndex(s)
	zhFirst := (e.FirstEnrolment || hasAny(s, zhFirstTime32a) && !hasAny(s, zhPriorCover32a)) && zhRegDay32a.MatchString(s)
	if loc == nil && !zhFirst {
		return
	}
	if loc != nil && hasAny(s, enPriorCover32a) {
		return
	}
	e.FirstEnrolment = true
	e.Gap, e.GapEnded, e.Resumed, e.GapConflict = nil, false, nil, false
	if e.Reason == rules.ReasonJobChange {
		e.Reason = ""
	}
	var reg *rules.Date
	if loc != nil {
		// The first day named within the sign-up or just after it ("for
		// the first time on nov 28"; "signed up on nov 28 for the first
		// time").
		for _, d := range daysIn30c(s) {
			if d.start >= loc[0]-4 && d.start <= loc[1]+12 {
				r := x.regDay32a(d.md)
				reg = &r
				break
			}
		}
	} else if m := zhRegDay32a.FindStringSubmatch(s); m != nil {
		r := x.regDay32a(MonthDay{Month: zhMonthNumber24(m[1]), Day: atoi32a(m[2])})
		reg = &r
	}
	if reg == nil {
		return
	}
	e.PayPlanned = reg
	if e.Treatment != nil && *e.Treatment == *reg {
		e.Treatment, e.TreatmentUntil = nil, nil
	}
}

// firstJob32a reads a first job ever as the employer's first enrolment.
func (x *extractor) firstJob32a(e *Extracted) {
	if x.today.IsZero() || e.Scheme == rules.SchemeResident || e.Child || e.Student || e.PriorScheme != "" ||
		e.Payer == rules.PayerIndividual || e.Reason == rules.ReasonNotRegistered || e.Reason == rules.ReasonArrears {
		return
	}
	s := x.s
	if !enFirstJob32a.MatchString(s) || hasAny(s, enPriorCover32a) || e.YearsPaid != nil {
		return
	}
	e.FirstEnrolment = true
	e.Payer, e.Reason = rules.PayerUnit, ""
	if e.Scheme == "" {
		e.Scheme = rules.SchemeEmployee
	}
	e.Gap, e.GapEnded, e.Resumed, e.GapConflict, e.SinceLeaving = nil, false, nil, false, false
}

// atoi32a reads a small decimal number.
func atoi32a(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

// rangeGap32a reads "交到6月 7到9月没交 10月去了新公司".
func (x *extractor) rangeGap32a(e *Extracted) {
	if x.today.IsZero() || e.Scheme == rules.SchemeResident || e.PriorScheme != "" || e.FirstEnrolment ||
		e.Payer == rules.PayerIndividual {
		return
	}
	s := x.s
	r := zhRange32a.FindStringSubmatchIndex(s)
	if r == nil || strings.Count(s, "没交")+strings.Count(s, "没缴") > 1 {
		return
	}
	a, okA := x.zhPastMonth25b(s[r[2]:r[3]])
	b, okB := x.zhPastMonth25b(s[r[4]:r[5]])
	if !okA || !okB || b.Since(a) < 0 || b.Since(a) > 11 {
		return
	}
	if p := zhPaidTo32a.FindStringSubmatchIndex(s[:r[0]]); p != nil {
		if last, ok := x.zhPastMonth25b(s[p[2]:p[3]]); !ok || last.Add(1) != a {
			return // the last month paid is not the one before: ask
		}
	}
	resumed := x.newJobMonth32a(s[r[1]:])
	if resumed == nil {
		return // only with a new job: the month it began ends the gap
	}
	if *resumed != b.Add(1) || x.cur.Since(*resumed) < 0 {
		return
	}
	n := b.Since(a) + 1
	e.Gap = &Duration{Months: n, Since: &a}
	e.GapTooLong, e.GapConflict = false, false
	rm := *resumed
	e.Resumed, e.GapEnded = &rm, true
	if e.Reason == "" {
		e.Reason = rules.ReasonJobChange
	}
}

// newJobMonth32a finds the month a new job began in s.
func (x *extractor) newJobMonth32a(s string) *rules.Month {
	m := zhNewJob32a.FindStringSubmatch(s)
	if m == nil {
		return nil
	}
	n := m[1]
	if n == "" {
		n = m[2]
	}
	if r, ok := x.zhPastMonth25b(n); ok {
		return &r
	}
	return nil
}

// rangeUnread32a is hasRangeOrNegative, except that a month range read
// as a job change's gap (rangeGap32a) is no range of numbers to distrust.
func rangeUnread32a(s string, e Extracted) bool {
	if e.Gap != nil && e.Gap.Since != nil && e.Resumed != nil {
		if loc := zhRange32a.FindStringIndex(s); loc != nil {
			s = s[:loc[0]] + "，" + s[loc[1]:]
		}
	}
	return hasRangeOrNegative(s)
}

// enGapRange32a: months named as a gap in English ("jun-aug nothing",
// "july to september unpaid").
var enGapRange32a = regexp.MustCompile(`\b` + enMonthRe25b + `\s*(?:-|\x{2013}|to|through|thru|until|till)\s*` + enMonthRe25b +
	`\s*(?:were |was )?(?:nothing|unpaid|not paid|no pay|no payments?|no insurance|missed|without insurance|gap|empty|blank)`)

// GapFromSaid32a is the first month a message's words place in a gap
// ("7到9月没交", "jun-aug nothing"), for the engine's safety net on a
// gap known only as a count (dialog/gapnet32a.go).
func GapFromSaid32a(text string, today rules.Date) (rules.Month, bool) {
	n := normalizeText(text)
	var x extractor
	x.s, x.cur, x.today = n.s, today.MonthOf(), today
	s := x.s
	if r := zhRange32a.FindStringSubmatch(s); r != nil {
		return x.zhPastMonth25b(r[1])
	}
	if r := enGapRange32a.FindStringSubmatch(strings.ToLower(s)); r != nil {
		if k, ok := enMonths[r[1]]; ok {
			m := rules.Month{Year: x.cur.Year, Month: time.Month(k)}
			if x.cur.Since(m) < 0 {
				m.Year--
			}
			return m, true
		}
	}
	return rules.Month{}, false
}

func init() {
	// A day told with a first sign-up is the registration day, never a
	// treatment day ("for the first time on nov 28").
	notTreat30c = append(notTreat30c, "first time", "signed up", "sign up", "signing up", "enrol")
}
