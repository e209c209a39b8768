package understand

import (
	"regexp"
	"strings"
	"time"

	"bujiao/rules"
)

// Audit round 7 re-check readings (R9-W1′, R9-M1′, §5 n1), kept apart to
// ease merging:
//
//   - a named month paying resumed after a gap or an ended unemployment
//     benefit: "10月开始交的", "10月起自己以灵活就业身份交了", "从10月开始
//     自己交", "started paying myself as a freelancer in October", "since
//     October I pay it myself", "new job pays from this month", "new
//     employer started paying this month", "my new job covers me from this
//     month on";
//   - a treatment day asked about in English with no treatment word:
//     "Covered on Dec 20?", "covered Dec 20?", "doctor visit Dec 3".

// 交 is already 缴 here.
var (
	// Words after "N月开始/起" that are no resumption: a gap, a wish, a
	// benefit drawn.
	zhResumeNot = []string{"一直", "没", "未", "不", "断", "停", "欠", "想", "打算", "准备", "要", "领", "失业", "退", "离职", "辞"}
	// A wish right before the month: "想从10月开始自己缴".
	zhWishBefore = []string{"想", "打算", "准备", "要", "计划", "希望"}
	// A clause that tells paying started (again).
	enResumeStart = []string{"started paying", "start paying", "began paying", "begun paying", "restarted", "resumed",
		"pay it myself", "pay myself", "paying myself", "pay for myself", "paying for myself", "pays from", "paying from",
		"pays starting", "paying starting", "started to pay", "covers me from", "covering me from", "insures me from",
		"pays since", "paying since", "paid since", "started contributing", "contributing since", "contributions since",
		"pays for me from", "pays for me since", "pays me in from", "new job pays", "new employer pays", "new company pays"}
	enResumeNot = []string{"stop", "n't", "not ", "no ", "never", "missed", "unpaid", "without", "finished", "ended",
		"ran out", "run out", "want", "plan", "will ", "going to", "gap", "lapse", "quit", "left ", "lost", "should",
		"can i", "could i", "how "}
	// A day asked about as covered with the month first: "covered on Dec
	// 20?", "covered Dec 20?", "covered for December 3".
	enCoveredDay = regexp.MustCompile(`\bcovered,? (on |for |by )?(the )?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{1,2}\b`)
	// A visit named without a treatment word.
	enVisitWords = []string{"doctor visit", "doctor's visit", "doctors visit", "visit the doctor", "visit a doctor",
		"see the doctor", "seeing the doctor", "seeing a doctor", "clinic visit", "appointment", "checkup", "check-up",
		"check up", "outpatient"}
)

// round18d applies the readings above; it runs after round6.
func (x *extractor) round18d(e *Extracted) {
	if x.today.IsZero() {
		return
	}
	if e.Treatment == nil && (enCoveredDay.MatchString(x.s) || hasAny(x.s, enVisitWords)) {
		if d, ok := x.plannedMore(); ok {
			e.Treatment = &d
		}
	}
	if e.Resumed != nil || e.ArrearsPaid != nil || e.ArrearsPaidSaid {
		return
	}
	// A gap, or a benefit that ended, is what paying resumed after.
	if e.Gap == nil && e.BenefitEnded == nil && !e.BenefitEndedSaid && !e.GapEnded &&
		e.Reason != rules.ReasonJobChange && e.Reason != rules.ReasonLeftJob && e.Reason != rules.ReasonUnemployment {
		return
	}
	m, ok := zhResumedMonth(x.s, x.cur)
	if !ok {
		m, ok = enResumedMonth(x.s, x.cur)
	}
	if !ok || x.cur.Since(m) < 0 || e.BenefitEnded != nil && m.Since(*e.BenefitEnded) <= 0 {
		return
	}
	if g := e.Gap; g != nil && g.Since == nil && g.Months > 0 && m.Since(x.cur.Add(-g.Months)) <= 0 {
		// "从2020年3月开始正常交 最近断了两个月": paying began before the
		// gap; it is no resumption.
		return
	}
	e.Resumed = &m
}

// zhResumedMonth reads "10月开始缴的", "从10月起自己缴", "10月份开始以灵活
// 就业身份缴了": a month number, then 开始 or 起, then a pay word in the
// same clause with no word of a gap or a wish before it.
func zhResumedMonth(s string, cur rules.Month) (rules.Month, bool) {
	for k := 0; k < len(s); k++ {
		mo, end, ok := monthNumberAt(s, k)
		if !ok {
			continue
		}
		if b := strings.TrimRight(s[:k], " "); strings.HasSuffix(b, "年") && !strings.HasSuffix(b, "今年") && !strings.HasSuffix(b, "去年") {
			// "从2020年3月起一直在缴": a month of a named year is when
			// paying began, not a recent resumption.
			k = end - 1
			continue
		}
		if b := lastRunes(s[strings.LastIndexAny(s[:k], " ,.;!?，。；？！")+1:k], 3); hasAny(b, zhWishBefore) {
			// "想从10月开始自己缴": a wish, not a resumption.
			k = end - 1
			continue
		}
		a := strings.TrimLeft(strings.TrimPrefix(s[end:], "份"), " ")
		switch {
		case strings.HasPrefix(a, "开始"):
			a = a[len("开始"):]
		case strings.HasPrefix(a, "起"):
			a = a[len("起"):]
		default:
			k = end - 1
			continue
		}
		if j := strings.IndexAny(a, " ,.;!?，。；？！"); j >= 0 {
			a = a[:j]
		}
		i := strings.Index(a, "缴")
		if i < 0 || i > 40 || hasAny(a[:i], zhResumeNot) || strings.HasPrefix(a[i:], "缴费年限") {
			k = end - 1
			continue
		}
		return pastMonth(cur, mo, s[:k]), true
	}
	return rules.Month{}, false
}

// enResumedMonth reads the month in a clause that tells paying started:
// "started paying myself as a freelancer in October", "since October I pay
// it myself", "new job pays from this month".
func enResumedMonth(s string, cur rules.Month) (rules.Month, bool) {
	for _, c := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(",.;!?，。；？！", r) }) {
		c = " " + strings.TrimSpace(c) + " "
		if !hasAny(c, enResumeStart) || hasAny(c, enResumeNot) {
			continue
		}
		switch {
		case strings.Contains(c, "this month"):
			return cur, true
		case strings.Contains(c, "last month"):
			return cur.Add(-1), true
		}
		for i := 0; i < len(c); {
			if !isLetter(c[i]) || i > 0 && isAlnum(c[i-1]) {
				i++
				continue
			}
			w := wordAt(c, i)
			if mo, ok := enMonths[w]; ok && w != "may" && !enDayAfterMonth(c[i+len(w):]) && !yearDigits(strings.TrimPrefix(c[i+len(w):], " ")) {
				return pastMonth(cur, mo, c[:i]), true
			}
			i += max(len(w), 1)
		}
	}
	return rules.Month{}, false
}

// pastMonth is month mo as named before cur: this year's when not after
// cur, else last year's; "去年"/"last year" right before it is last year's.
func pastMonth(cur rules.Month, mo int, before string) rules.Month {
	y := cur.Year
	if mo > int(cur.Month) {
		y--
	}
	b := strings.TrimRight(before, " ")
	if strings.HasSuffix(b, "去年") || strings.HasSuffix(b, "last year") {
		y = cur.Year - 1
	}
	return rules.Month{Year: y, Month: time.Month(mo)}
}

// More ways to say one's own missed months were paid back (R7-M5‴).
func init() {
	enPaidBack = append(enPaidBack, "paid them all back", "paid both back", "paid all of them back", "paid back all",
		"paid back both", "paid back everything", "back-paid", "backpaid", "paid the missed months", "paid up the missed",
		"paid the gap", "paid the months back", "paid those months back")
}

// selfPaidBack records a self-payer's back-payment of the missed months
// in month m (nil: no month named). Paying them back is not resuming:
// whether, and from when, it restores cover is the local office's answer
// (rules.FieldPaidBack). A month after this one is no back-payment done.
func (x *extractor) selfPaidBack(e *Extracted, m *rules.Month) {
	if m != nil && x.cur.Since(*m) < 0 {
		return
	}
	if e.Resumed != nil && (m == nil || *e.Resumed != *m) {
		// Read as a resumption in another month already: left as it is.
		return
	}
	if m != nil && hasAny(x.s, []string{"开始补", "起补", "开始又补", "开始缴上", "开始续上"}) {
		// "七月开始补上了": paying from July on, a resumption.
		e.Resumed = m
		return
	}
	if e.Resumed != nil && m != nil && *e.Resumed == *m {
		// "上个月已经补齐了" read as the month paying resumed too.
		e.Resumed = nil
	}
	if m == nil {
		e.PaidBackSaid = true
		return
	}
	e.PaidBack = m
}

// paidBackBefore: the month is when the missed months were paid back
// ("paid them all back in November", "paid both back in Nov", "back-paid
// in November"), never the gap's start.
func paidBackBefore(before string) bool {
	b := strings.TrimRight(before, " ")
	for _, m := range []string{" in", " during", " on"} {
		if u, ok := strings.CutSuffix(b, m); ok {
			b = u
			break
		}
	}
	b = strings.TrimSuffix(b, " all")
	if paidOwedMonthsBefore31b(b) { // read31b.go
		return true
	}
	return (strings.HasSuffix(b, " back") || strings.HasSuffix(b, "back-paid") || strings.HasSuffix(b, "backpaid")) &&
		hasAny(b, []string{"paid", "pay"}) && !hasAny(b, enPaidBackNot)
}
