package understand

import (
	"regexp"
	"strings"
	"time"

	"bujiao/rules"
)

// Audit round 26 (fix33b).
//
//   - R26-W3 (M2b): "had no employer in sept and oct, new job in nov and HR
//     back-paid sept+oct": the gap is September and October; paying resumed
//     with the new job in November; the months named with "back-paid" are
//     the months paid back, never the month paying resumed (Shanghai: cover
//     stops from the 15th of the month after the first unpaid month, and
//     back-paid months are not reimbursed, SH art. 15, 沪医保规〔2025〕7号 三(三)).
//   - R26-W4 (M6b): "paid up to and including july": July is the last month
//     paid; the gap begins in August.
//   - R26-W2 (W3b): "never had insurance before, registered as a flexible
//     worker nov 30": a first enrolment, 11-30 its registration day
//     (ZJ 29 ¶1), never a treatment day; "11月30号办了参保登记" too.
//   - R26-W1 (W1a): "交到5月份 6月到8月都没交 9月去佛山上班了": the new job's
//     month ends the gap (rangeGap32a, widened to "9月去佛山上班了").

var (
	// enNoJob33b: "had no employer in sept and oct", "no job sep and oct",
	// "unemployed in sept and oct".
	enNoJob33b = regexp.MustCompile(`\b(?:had no (?:employer|job|work|insurance|coverage|cover)|no (?:employer|job|work)|was unemployed|unemployed|between jobs|not working|wasn'?t working)(?: (?:in|during|for))? ` +
		enMonthRe25b + `\s*(?:,|and|&|\+|-|to|through|thru)\s*` + enMonthRe25b)
	// enNewJobIn33b: "new job in nov", "started a new job in november".
	enNewJobIn33b = regexp.MustCompile(`\bnew (?:job|employer|company|position|boss)(?: started| began| starting)? (?:in|from|since|starting) ` + enMonthRe)
	// enBackPaidMonths33b: "back-paid sept+oct", "back paid both", "paid
	// back sept and oct".
	enBackPaidMonths33b = regexp.MustCompile(`\b(?:back-paid|backpaid|back paid|paid back|paid up|made up)\b`)
	// enPaidIncl33b: "paid up to and including july", "paid through and
	// including july", "paid til july".
	enPaidIncl33b = regexp.MustCompile(`\bpaid\b[a-z ]{0,12}? (?:(?:up to|until|till|til|through|thru) and including|up to and incl\.?|inclusive of|til) ` + enMonthRe)
	// enNeverIns33b / enRegAs33b: never insured before, and a registration.
	enNeverIns33b = regexp.MustCompile(`\bnever (?:had|been on|been covered by|bought|paid for|paid into) (?:any |medical |health |social )?(?:insurance|medical insurance)(?: before| ever| in my life)?\b|\bnever been insured\b|\bnever insured\b`)
	enRegAs33b    = regexp.MustCompile(`\b(?:registered|signed up|enrolled)\b`)
	// zhRegDayAfter33b: "登记了 11月30号", "办了参保登记 是11月30号".
	zhRegDayAfter33b = regexp.MustCompile(`(?:登记|参保登记|开户)(?:了|的|是|在|时间是|日期是|\s|，|,)*(1[0-2]|[1-9])月([12][0-9]|3[01]|[1-9])[号日]`)
	// zhRegDayBefore33b: "11月30号办了参保登记", "11月30号登记的".
	zhRegDayBefore33b = regexp.MustCompile(`(1[0-2]|[1-9])月([12][0-9]|3[01]|[1-9])[号日](?:刚|才|去)?(?:办了?的?|办理了?|做了?)?(?:参保|灵活就业)?(?:登记|参保|开户)`)
	// zhWentToWork33b: "9月去佛山上班了", "9月到深圳上班".
	// zhList33b: "9、10月没交", "9月和10月都没交".
	zhList33b = regexp.MustCompile(zhMonth25b + `月?份?\s*(?:、|，|,|和|跟|与)\s*` + zhMonth25b + `月份?\s*(?:都|全|一直|也)?(?:没有?交|没有?缴|未缴|断了|断缴|没买|没上|空着|空了|停了|停缴)`)
	// enStartedJobIn33b: "started a job in suzhou in august", "started
	// working in hangzhou in october".
	enStartedJobIn33b = regexp.MustCompile(`\b(?:started|began|got|took|found) (?:a |the |my |another )?(?:new )?(?:job|work|working|position)\b[a-z ]{0,24}? in ` + enMonthRe)
	zhWentToWork33b   = regexp.MustCompile(zhMonth25b + `月份?(?:初|中|底)?(?:又|就|才)?(?:去|到|回|来)了?\p{Han}{1,4}?(?:上班|工作|打工)`)
)

// round33b runs fix33b's late readings (called from round25a).
func (x *extractor) round33b(e *Extracted) {
	if x.today.IsZero() || e.Scheme == rules.SchemeResident || e.PriorScheme != "" {
		return
	}
	x.noJobBackPaid33b(e)
	x.paidIncl33b(e)
	x.neverRegistered33b(e)
	x.wentToWork33b(e)
}

// noJobBackPaid33b reads a gap named by months with no job, ended by a
// new job in a later month, the months paid back by the new employer.
func (x *extractor) noJobBackPaid33b(e *Extracted) {
	m := enNoJob33b.FindStringSubmatch(x.s)
	if m == nil {
		return
	}
	a, ok1 := x.pastMonth(m[1])
	b, ok2 := x.pastMonth(m[2])
	if !ok1 || !ok2 || b.Since(a) < 0 || b.Since(a) > 11 {
		return
	}
	n := enNewJobIn33b.FindStringSubmatch(x.s)
	if n == nil {
		return
	}
	r, ok := x.pastMonth(n[1])
	if !ok || r != b.Add(1) {
		return
	}
	since, rr := a, r
	e.Gap = &Duration{Months: r.Since(a), Since: &since}
	e.GapTooLong, e.GapConflict = false, false
	e.Resumed, e.GapEnded = &rr, true
	if e.Reason == "" || e.Reason == rules.ReasonJobChange {
		e.Reason = rules.ReasonJobChange
		e.Payer = rules.PayerUnit
	}
	if enBackPaidMonths33b.MatchString(x.s) {
		p := r
		e.ArrearsPaid, e.ArrearsPaidSaid = &p, false
	} else if e.ArrearsPaid != nil && e.ArrearsPaid.Since(r) < 0 {
		e.ArrearsPaid = nil
	}
}

// paidIncl33b: "paid up to and including july" names the last month paid.
func (x *extractor) paidIncl33b(e *Extracted) {
	m := enPaidIncl33b.FindStringSubmatch(x.s)
	if m == nil || e.FirstEnrolment {
		return
	}
	last, ok := x.pastMonth(m[1])
	if !ok {
		return
	}
	first := last.Add(1)
	if x.cur.Since(first) <= 0 {
		return
	}
	if g := e.Gap; g != nil && (g.Since == nil || *g.Since != last && *g.Since != first) {
		return // a gap told otherwise is left as told
	}
	if e.Resumed != nil && e.Resumed.Since(first) <= 0 {
		return
	}
	n := 0
	if e.Resumed != nil {
		n = e.Resumed.Since(first)
	}
	e.Gap = &Duration{Months: n, Since: &first}
	if n == 0 {
		e.Gap = &Duration{Since: &first}
	}
	e.GapTooLong, e.GapConflict = false, false
}

// neverRegistered33b: never insured before, then registered on a day.
func (x *extractor) neverRegistered33b(e *Extracted) {
	if e.Child || e.Student || e.Reason == rules.ReasonNotRegistered || e.Payer == rules.PayerUnit {
		return
	}
	s := x.s
	var reg *rules.Date
	if nv := enNeverIns33b.FindStringIndex(s); nv != nil {
		loc := enRegAs33b.FindStringIndex(s)
		if loc == nil || hasAny(s, enPriorCover32a) {
			return
		}
		for _, d := range daysIn30c(s) {
			if d.start >= loc[0] && d.start <= loc[1]+40 && !visitBetween34a(s, loc[1], d.start) {
				r := x.regDay32a(d.md)
				reg = &r
				break
			}
		}
	} else if m := zhRegDay33b(s); m != nil && (e.FirstEnrolment || hasAny(s, zhFirstTime32a) || hasAny(s, []string{"从来没", "从没", "没参过", "没买过", "没交过"})) && !hasAny(s, zhPriorCover32a) {
		r := x.regDay32a(MonthDay{Month: zhMonthNumber24(m[1]), Day: atoi32a(m[2])})
		reg = &r
	} else {
		return
	}
	e.FirstEnrolment = true
	e.Gap, e.GapEnded, e.Resumed, e.GapConflict, e.SinceLeaving = nil, false, nil, false, false
	if e.Reason == rules.ReasonJobChange {
		e.Reason = ""
	}
	if reg == nil {
		return
	}
	e.PayPlanned = reg
	if e.Treatment != nil && *e.Treatment == *reg {
		e.Treatment, e.TreatmentUntil = nil, nil
		// Another day named as a treatment after the registration.
		for _, d := range daysIn30c(s) {
			t := rules.Date{Year: reg.Year, Month: time.Month(d.md.Month), Day: d.md.Day}
			if reg.Before(t) && treatLike30c(s, d) && !regDay33b(s, d) {
				e.Treatment = &t
				break
			}
		}
	}
}

// wentToWork33b: "交到5月份 6月到8月都没交 9月去佛山上班了": the month the
// person went to work elsewhere ends the gap (rangeGap32a's reading).
func (x *extractor) wentToWork33b(e *Extracted) {
	if e.Resumed != nil || e.FirstEnrolment || e.Payer == rules.PayerIndividual {
		return
	}
	s := x.s
	r := zhRange32a.FindStringSubmatchIndex(s)
	if r == nil {
		r = zhList33b.FindStringSubmatchIndex(s)
	}
	if r == nil {
		x.startedJobIn33b(e)
		return
	}
	x.gapEndedByJob33b(e, s, r)
}

// gapEndedByJob33b ends the gap of months r[2..5] in s at the month named
// after it for going to work ("9月去佛山上班了") or a new job.
func (x *extractor) gapEndedByJob33b(e *Extracted, s string, r []int) {
	if w := zhWentToWork33b.FindStringSubmatch(s[r[1]:]); w != nil {
		if n, ok := x.zhPastMonth25b(w[1]); ok {
			x.endGap33b(e, s, r, n)
		}
		return
	}
	if nj := x.newJobMonth32a(s[r[1]:]); nj != nil {
		x.endGap33b(e, s, r, *nj)
	}
}

// endGap33b records the gap of months r[2..5] in s ended by month n.
func (x *extractor) endGap33b(e *Extracted, s string, r []int, n rules.Month) {
	a, okA := x.zhPastMonth25b(s[r[2]:r[3]])
	b, okB := x.zhPastMonth25b(s[r[4]:r[5]])
	if !okA || !okB || b.Since(a) < 0 || n != b.Add(1) || x.cur.Since(n) < 0 {
		return
	}
	if p := zhPaidTo32a.FindStringSubmatchIndex(s[:r[0]]); p != nil {
		if last, ok := x.zhPastMonth25b(s[p[2]:p[3]]); !ok || last.Add(1) != a {
			return
		}
	}
	since, rm := a, n
	e.Gap = &Duration{Months: b.Since(a) + 1, Since: &since}
	e.GapTooLong, e.GapConflict = false, false
	e.Resumed, e.GapEnded = &rm, true
	if e.Reason == "" {
		e.Reason = rules.ReasonJobChange
	}
	if e.Payer == "" {
		e.Payer = rules.PayerUnit
	}
}

// zhStayOnce33b: a hospital stay told with a measure word ("住过一次院",
// "住了一回院"): a day of treatment, done.
var zhStayOnce33b = []string{"住过一次院", "住了一次院", "住过一回院", "住了一回院", "住过两次院", "住了两次院", "住过几天院", "住了几天院", "住过一段时间院"}

func init() {
	zhTreatNear = append(zhTreatNear, zhStayOnce33b...)
	zhTreatDone = append(zhTreatDone, zhStayOnce33b...)
	zhPastTreat = append(zhPastTreat, zhStayOnce33b...)
	zhPastTreatForms = append(zhPastTreatForms, zhStayOnce33b...)
	// A day told with a registration is no day of treatment ("registered
	// as a flexible worker nov 30").
	notTreat30c = append(notTreat30c, "registered", "registering")
}

// regDay33b: a day told just after a registration in English ("registered
// as a flexible worker nov 30") is the registration day, not a treatment.
func regDay33b(s string, d dayAt30c) bool {
	if regDay34a(s, d) { // read34a.go
		return true
	}
	for _, loc := range zhRegDayAfter33b.FindAllStringSubmatchIndex(s, -1) {
		if d.start == loc[2] {
			return true
		}
	}
	for _, loc := range enRegAs33b.FindAllStringIndex(s, -1) {
		if d.start >= loc[1] && d.start <= loc[1]+40 && !strings.ContainsAny(s[loc[1]:d.start], ".;?!") && !visitBetween34a(s, loc[1], d.start) {
			return true
		}
	}
	return false
}

// startedJobIn33b: "paid til april. may to july nothing. started a job in
// suzhou in august": a gap from May ended by the job begun in August.
func (x *extractor) startedJobIn33b(e *Extracted) {
	if e.Gap == nil || e.Gap.Since == nil {
		return
	}
	m := enStartedJobIn33b.FindStringSubmatch(x.s)
	if m != nil && x.endGapAt32b(e, m[1], enGapRange32a) && e.Reason == "" { // read32b.go
		e.Reason = rules.ReasonJobChange
	}
}

// gapEndedStated33b: a gap read with the month a new job ended it (the
// readings above) whose new-job clause was taken as part of the question
// ("11月回长沙上班了 9月20号住院的钱还能报吗"): the facts stated are the
// whole message's.
func gapEndedStated33b(a *Analysis, s string) {
	ex, st := &a.Extracted, &a.Stated
	if !a.Asks || ex.Resumed == nil || ex.Gap == nil || ex.Gap.Since == nil || st.Resumed != nil || ex.FirstEnrolment {
		return
	}
	low := strings.ToLower(s)
	if !enNoJob33b.MatchString(low) && !enStartedJobIn33b.MatchString(low) && !zhWentToWork33b.MatchString(s) && !zhList33b.MatchString(s) {
		return
	}
	if st.Gap != nil && st.Gap.Since != nil && st.Gap.Since.Since(*ex.Gap.Since) > 0 {
		return
	}
	g := *ex.Gap
	r := *ex.Resumed
	st.Gap, st.Resumed, st.GapEnded = &g, &r, true
	st.GapTooLong, st.GapConflict, st.SinceLeaving = false, false, false
	if ex.Reason == rules.ReasonJobChange {
		st.Reason = rules.ReasonJobChange
	}
	if ex.ArrearsPaid != nil {
		p := *ex.ArrearsPaid
		st.ArrearsPaid = &p
	}
}

// zhRegDay33b finds the day told with a registration, the day before the
// word first ("11月30号办了参保登记 12月14号体检"), else the one after it.
func zhRegDay33b(s string) []string {
	if m := zhRegDayBefore33b.FindStringSubmatch(s); m != nil {
		return m
	}
	return zhRegDayAfter33b.FindStringSubmatch(s)
}
