package understand

import (
	"regexp"
	"strconv"
	"strings"

	"bujiao/rules"
)

// Audit round 9 re-check readings (R9-W1‴, R9-M1‴, R11-M1), kept apart to
// ease merging:
//
//   - the month paying resumed told with "since": "ive paid as flexible
//     worker since november", "have been paying myself since October",
//     "自从11月就自己交着", "11月以来一直在交";
//   - a new employer enrolling the person in a month with the everyday
//     verbs "新单位12月份给我办的医保", "新厂子12月给俺上的社保", "新公司这个
//     月给我买了社保", "new company signed me up for insurance in December",
//     "got insured by my new job in Dec";
//   - a past treatment day told in the past tense or with 今年/this year
//     ("今年10月15号看病", "the doctor visit I had on Oct 15", "10月15号住
//     的院") is this year's, not next year's.

func init() {
	zhNewUnit = append(zhNewUnit, "新厂子", "新厂", "新老板", "新单位那边", "新公司那边")
	zhResumeVerbs = append(zhResumeVerbs, "给我办的医保", "给我办了医保", "给我办的社保", "给我办了社保", "给我上的社保",
		"给我上了社保", "给我买了社保", "给我买的社保", "给我买了医保", "给我买的医保", "给我买了保险", "给我买的保险",
		"给我办的保险", "给我办了保险", "给我上的医保", "给我上了医保", "给办的医保", "给上的社保")
	for _, v := range zhResumeVerbs {
		if strings.Contains(v, "给我") {
			zhResumeVerbs = append(zhResumeVerbs, strings.Replace(v, "给我", "给俺", 1))
		}
	}
	enResumeStart = append(enResumeStart, "got insured", "insured me", "have paid", "'ve paid", "ive paid", "i paid as",
		"been paying")
}

// enSinceMonth: "(have|'ve|ive) paid/been paying ... since <month>".
var enSinceMonth = regexp.MustCompile(`\b(i have|i've|ive|i ve|have|i)( been)? (paid|paying|pay)\b[a-z' ]{0,40}? since (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b`)

// zhSinceMonth reads "自从11月就自己缴着", "11月以来一直在缴": a month
// followed by 以来, or preceded by 自从/从, then 缴 in the clause, no word
// of a gap.
func zhSinceMonth(s string, cur rules.Month) (rules.Month, bool) {
	for k := 0; k < len(s); k++ {
		mo, end, ok := monthNumberAt(s, k)
		if !ok {
			continue
		}
		b := strings.TrimRight(s[:k], " ")
		if strings.HasSuffix(b, "年") && !strings.HasSuffix(b, "今年") && !strings.HasSuffix(b, "去年") {
			k = end - 1
			continue
		}
		a := strings.TrimLeft(strings.TrimPrefix(s[end:], "份"), " ")
		since := strings.HasPrefix(a, "以来")
		if since {
			a = a[len("以来"):]
		} else if strings.HasSuffix(b, "自从") || strings.HasSuffix(b, "自打") {
			since = true
		}
		if !since {
			k = end - 1
			continue
		}
		if j := strings.IndexAny(a, zhClauseBreaks); j >= 0 {
			a = a[:j]
		}
		i := strings.Index(a, "缴")
		if i < 0 || i > 30 || hasAny(a[:i], []string{"没", "未", "不", "断", "停", "欠", "想", "打算", "准备", "领", "失业"}) {
			k = end - 1
			continue
		}
		return pastMonth(cur, mo, b), true
	}
	return rules.Month{}, false
}

// sinceResumed reads the month of either form above.
func sinceResumed(s string, cur rules.Month) (rules.Month, bool) {
	if m, ok := zhSinceMonth(s, cur); ok {
		return m, true
	}
	for _, c := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(",.;!?，。；？！", r) }) {
		sm := enSinceMonth.FindStringSubmatchIndex(c)
		if sm == nil || hasAny(c[:sm[1]], []string{"n't", "not ", "never", "stopped"}) {
			continue
		}
		w := wordAt(c, sm[8])
		if mo, ok := enMonths[w]; ok {
			return pastMonth(cur, mo, c[:sm[8]]), true
		}
	}
	return rules.Month{}, false
}

// zhPastTreat and enPastTreat tell a treatment day as past.
var (
	zhPastTreat = []string{"住的院", "看的病", "看病了", "看了病", "住院了", "住了院", "做的手术", "做了手术", "开的刀",
		"看病的钱", "看病的费用", "住院的钱", "住院的费用", "花的钱", "花了", "已经看", "已经住"}
	enPastTreat = []string{" i had ", " i had on", " had on ", " i was ", " was in hospital", " went to", " i went",
		" visited", " was admitted", " had surgery", " had an operation", " had a ", " already had", " already went",
		" this year", " earlier this year", " was hospitali"}
)

// round18f applies the readings above; it runs after round18e.
func (x *extractor) round18f(e *Extracted) {
	if x.today.IsZero() {
		return
	}
	x.treatThisYear(e)
	if e.Treatment == nil {
		if d, ok := pastTreatDay(x.s, x.today); ok {
			e.Treatment = &d
		}
	}
	if e.Treatment == nil {
		// Days asked about with no treatment word the readings know
		// (§6 n1′): "doctor on jan 25?", "hosptial jan 20", "clinic Dec
		// 15 ok?", "明年1月20号能报吗", "12月20号能报吗".
		if enVisitMore.MatchString(x.s) {
			if d, ok := x.plannedMore(); ok {
				e.Treatment = &d
			}
		} else if d, ok := zhDayAsked(x.s, x.today); ok {
			e.Treatment = &d
		}
	}
	if e.Resumed != nil || e.ArrearsPaid != nil || e.ArrearsPaidSaid || e.PaidBack != nil || e.PaidBackSaid {
		return
	}
	if e.Gap == nil && e.BenefitEnded == nil && !e.BenefitEndedSaid && !e.GapEnded &&
		e.Reason != rules.ReasonJobChange && e.Reason != rules.ReasonLeftJob && e.Reason != rules.ReasonUnemployment {
		return
	}
	m, ok := sinceResumed(x.s, x.cur)
	if !ok && (e.Reason == rules.ReasonJobChange || hasAny(x.s, zhNewUnit)) {
		// "歇了5个月没缴 新厂子12月给俺上的社保": the new employer's first
		// month, with the gap told apart.
		m, _, ok = zhUnitResumed(x.s, x.cur, true)
	}
	if !ok || x.cur.Since(m) < 0 || e.BenefitEnded != nil && m.Since(*e.BenefitEnded) <= 0 {
		return
	}
	if g := e.Gap; g != nil && (g.Since == nil && g.Months > 0 && m.Since(x.cur.Add(-g.Months)) <= 0 || g.Since != nil && m.Since(*g.Since) <= 0) {
		return
	}
	e.Resumed = &m
}

// treatThisYear moves a treatment day read as next year's back to this
// year when it is told as past ("今年10月15号看病", "the doctor visit I had
// on Oct 15") and next year was not said.
func (x *extractor) treatThisYear(e *Extracted) {
	t := e.Treatment
	if t == nil || t.Year != x.today.Year+1 || e.TreatmentUntil != nil {
		// A span is a month or week still to come ("下个月住院"), never
		// one told as past (audit round 14, n32).
		return
	}
	s := " " + spacePunct23d(x.s) + " " // resident23d.go
	if hasAny(s, []string{"明年", "next year", "next yr", "下年", strconv.Itoa(t.Year)}) {
		return
	}
	// "今年" counts only on the day itself ("今年1月18号看的病"): said of
	// anything else ("公司今年夏天就关门了 … 他1月18号要做手术") it would put a
	// planned operation in the past, before the cover stopped (heldout21).
	thisYear := strings.Contains(s, "今年"+strconv.Itoa(int(t.Month))+"月")
	if !thisYear && !hasAny(s, zhPastTreat) && !hasAny(s, enPastTreat) {
		return
	}
	if !thisYear && plannedTreat24(s) && !hasAny(s, zhPastTreat) {
		return // "1月18号要做个胆囊手术", "surgery is scheduled for jan 18"
	}
	if d, ok := validDay(x.today.Year, int(t.Month), t.Day); ok && !x.today.Before(d) {
		e.Treatment = &d
	}
}

// ResumedAfter reads the month paying resumed from a follow-up that says
// only that, as ResumedAlone, and in the "since" forms above ("I have been
// paying as a freelancer since October", "自从10月就自己缴着").
func ResumedAfter(text string, today rules.Date) (rules.Month, bool) {
	if m, ok := ResumedAlone(text, today); ok {
		return m, true
	}
	s, _ := normalize(text)
	if s == "" || today.IsZero() {
		return rules.Month{}, false
	}
	cur := today.MonthOf()
	if m, ok := sinceResumed(s, cur); ok && cur.Since(m) >= 0 {
		return m, true
	}
	return resumedJiu(text, today)
}

// stillDrawingWords tell the benefit is still being drawn.
var stillDrawingWords = []string{"still getting", "still drawing", "still receiving", "still claiming", "still get ",
	"still draw ", "still receive ", "still on unemployment", "still on the unemployment", "还在领", "还在拿", "还领着",
	"还拿着", "还没领完", "没领完", "还在发", "还没发完", "现在还领", "目前还领", "一直在领"}

// StillDrawing reads a message that says the unemployment benefit is
// still being drawn ("sorry, I mean I am still getting unemployment
// benefit until January", "失业金还没领完 领到明年1月"): a correction of a
// benefit said to have ended (社会保险法 art. 48: the fund pays the
// premiums while it is drawn).
func StillDrawing(text string) bool {
	s, _ := normalize(text)
	if s == "" || !containsAny(s, benefitWords) {
		return false
	}
	s = " " + s + " "
	return hasAny(s, stillDrawingWords) && !hasAny(s, []string{"not still", "no longer", "不再", "不是还在"})
}

// zhPastTreatForms are treatment words split by 的 or told as done that
// the treatment readings do not see: "10月15号住的院", "10月20号看的病",
// "上个月20号住院了".
var zhPastTreatForms = []string{"住的院", "看的病", "开的刀", "做的手术", "看的门诊", "住院了", "住了院", "看病了", "看了病",
	"做了手术", "开了刀", "就的医"}

// pastTreatDay reads a day told with a past treatment form: "上个月20号"
// is last month's, "10月15号" this year's; a day after today is none.
func pastTreatDay(s string, today rules.Date) (rules.Date, bool) {
	if !hasAny(s, zhPastTreatForms) || strings.Contains(s, "明年") {
		return rules.Date{}, false
	}
	for _, rel := range []string{"上个月", "上月"} {
		if i := strings.Index(s, rel); i >= 0 {
			if d, end, ok := digitsAfter(s, i+len(rel)); ok && (strings.HasPrefix(s[end:], "号") || strings.HasPrefix(s[end:], "日")) {
				p := today.MonthOf().Add(-1)
				return validDay(p.Year, int(p.Month), d)
			}
		}
	}
	for i := range monthMarks(s) {
		k := i + len("月")
		m, mok := digitsBefore(s, i)
		d, end, dok := digitsAfter(s, k)
		if !mok || !dok || m < 1 || m > 12 || !(strings.HasPrefix(s[end:], "号") || strings.HasPrefix(s[end:], "日")) {
			continue
		}
		if dd, ok := validDay(today.Year, m, d); ok && !today.Before(dd) {
			return dd, true
		}
		return rules.Date{}, false
	}
	return rules.Date{}, false
}

// treatFuture tell a treatment still to come.
var treatFuture = []string{"明年", "next year", "next yr", "准备", "打算", "要去", "要住", "要做", "要开", "要看", "预约", "安排",
	"计划", "will ", "going to", "plan", "scheduled", "booked", "upcoming", "coming up"}

// TreatYearUnclear reports the day of this year that a treatment day
// read as next year's (read) may be, when the message tells neither the
// tense nor the year (R11-M1: "10月15号看病能报吗" on 2026-12-07): the
// month is 2 to 6 months back, so the day may be past or next year's.
// The caller asks which.
func TreatYearUnclear(text string, today rules.Date, read rules.Date) (rules.Date, bool) {
	if alt, unclear, ok := treatYearUnclear35a(text, today, read); ok { // clauseyear35a.go
		return alt, unclear
	}
	if read.Year != today.Year+1 {
		return rules.Date{}, false
	}
	s, _ := normalize(text)
	s = " " + s + " "
	// A treatment told in the past tense ("had a scan on july 20, will
	// insurance pay?") that was still read as next year's: its "will" is
	// the question's, not the visit's, so the year is asked (audit round
	// 22, R22-M4), as far back as eleven months.
	past := hasAny(strings.ReplaceAll(s, ",", " , "), enPastTreat)
	if !past && hasAny(s, treatFuture) || strings.Contains(s, "next year") || strings.Contains(s, "明年") ||
		strings.Contains(s, "今年") || hasAny(s, zhPastTreat) || strings.Contains(s, strconv.Itoa(read.Year)) {
		return rules.Date{}, false
	}
	alt, ok := validDay(today.Year, int(read.Month), read.Day)
	if !ok || today.Before(alt) {
		return rules.Date{}, false
	}
	if back := today.MonthOf().Since(alt.MonthOf()); back < 2 || back > 6 && !past || back > 11 {
		return rules.Date{}, false
	}
	return alt, true
}

// enVisitMore name a visit with words (and typos) the treatment readings
// do not know.
var enVisitMore = regexp.MustCompile(`\b(doctor|doctor's|doctors|clinic|hosptial|hospitl|hopsital|hospial|hosiptal|op|dentist)\b`)

// zhDayAskedRe: a day asked about right before 能报/可以报/报销.
var zhDayAskedRe = regexp.MustCompile(`(明年|今年)?(\d{1,2})月(\d{1,2})[号日] ?(的话|那天|那次)?(能|可以|能不能|可不可以|可)?(报|报销)`)

// zhDayAsked reads "12月20号能报吗", "明年1月20号能报吗": the day the
// person asks about, the year as treatYear sets it (a day gone this year
// is next year's, unless told as past).
func zhDayAsked(s string, today rules.Date) (rules.Date, bool) {
	m := zhDayAskedRe.FindStringSubmatch(s)
	if m == nil {
		return rules.Date{}, false
	}
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	if mo < 1 || mo > 12 {
		return rules.Date{}, false
	}
	y := treatYear(today, mo, d, m[1] == "今年", m[1] == "明年")
	return validDay(y, mo, d)
}
