package understand

import (
	"regexp"
	"strings"
	"time"

	"bujiao/rules"
)

// Audit round 29, R29-W4 (fix38a): an employer in arrears that paid them
// back in one sum, the payment's day told next to the words of paying it
// all ("company in ningbo hasnt paid my insurance since august … they
// finally paid everything in one go nov 20", "nov 20 they paid it all in
// one go", "11月20号公司才一次性全部补上"). The month of that day is the
// back-payment month (Zhejiang art. 28 ¶4: cover back from the 2nd natural
// month counting it), never the month the arrears began ("since august")
// nor a treatment day told after it. Read from the structure: a lump-sum
// phrase, and the nearest month on either side of it within a few words,
// not across a treatment word and not a month the arrears ran "since".

var (
	// enLump38a: paying all the arrears at once.
	enLump38a = regexp.MustCompile(`\b(?:in one go|in one lump(?: sum)?|as a lump sum|in a lump sum|lump[- ]sum|all at once|in one payment|in a single payment|in one shot|paid (?:it |them |everything |all )?(?:all |everything |in full )?(?:back|off|up)?\s*(?:in full|at once)|paid (?:everything|it all|all of it|them all|all the arrears|all the missed months|the arrears|the whole (?:amount|thing|lot)|everything they owed|all they owed|what they owed)|settled (?:everything|it all|all of it|the arrears))\b`)
	// zhLump38a: 一次性补齐, 全部补上, 都补缴了, 一下子补齐.
	zhLump38a = regexp.MustCompile(`(?:一次性|一下子|一口气|全部|全都|统统|都)(?:给我?|帮我)?(?:补齐|补缴|补交|补上|交齐|缴齐|补足|补清|结清|缴清|交清|还清)`)
	// enDay38a: a month with or without a day: "nov 20", "20 nov", "november", "11/20".
	enDay38a = regexp.MustCompile(`\b(?:(\d{1,2})(?:st|nd|rd|th)?(?: of)? )?` + enMonthRe25b + `(?: (\d{1,2})(?:st|nd|rd|th)?\b)?|\b(1[0-2]|0?[1-9])/(3[01]|[12]\d|0?[1-9])\b`)
	// zhDay38a: "11月", "11月20号", "十一月".
	zhDay38a = regexp.MustCompile(zhMonth25b + `月份?(?:(\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])(?:号|日))?`)
	// treat38a: a treatment word between the phrase and a month cuts it off.
	treat38a = []string{"hospital", "appointment", "doctor", "surgery", "dentist", "clinic", "operation", "treatment", "sick", "ill ",
		"看病", "住院", "门诊", "手术", "复查", "就诊", "看医生", "生病", "体检", "预约", "开刀"}
	// since38a: a month the arrears ran from, not the payment's.
	since38a        = regexp.MustCompile(`(?:\b(?:since|from|starting|start(?:ed)? in|beginning)\s+(?:the )?(?:start of |beginning of |end of )?$|从$|自$)`)
	zhSinceAfter38a = []string{"开始", "起", "以来", "就没", "就不", "就欠", "没交", "没缴", "欠", "断"}
)

// lumpMonth38a finds the month of the lump back-payment: the month nearest
// the phrase, after it or before it, within a few words, with no treatment
// word or clause end between and not a month the arrears ran since.
func (x *extractor) lumpMonth38a(s string) (rules.Month, bool) {
	var spans [][]int
	spans = append(spans, enLump38a.FindAllStringIndex(s, -1)...)
	spans = append(spans, zhLump38a.FindAllStringIndex(s, -1)...)
	best, bestDist, found := rules.Month{}, 1<<30, false
	const window = 40
	for _, sp := range spans {
		for _, cand := range x.months38a(s) {
			var between string
			dist := 0
			switch {
			case cand.start >= sp[1]:
				between, dist = s[sp[1]:cand.start], cand.start-sp[1]
			case cand.end <= sp[0]:
				between, dist = s[cand.end:sp[0]], sp[0]-cand.end
			default:
				continue
			}
			if dist > window || hasAny(between, treat38a) || strings.ContainsAny(between, ".;!?。；！？") {
				continue
			}
			if cand.end <= sp[0] && hasAny(between, []string{"since", "from "}) {
				continue
			}
			if since38a.MatchString(s[:cand.start]) || hasPrefixAny(strings.TrimSpace(s[cand.end:]), zhSinceAfter38a) && cand.end <= sp[0] {
				continue
			}
			if hasAny(s[max(0, cand.start-14):cand.start], treat38a) || hasAny(s[cand.end:min(len(s), cand.end+14)], treat38a) {
				continue
			}
			if dist < bestDist {
				best, bestDist, found = cand.m, dist, true
			}
		}
	}
	return best, found
}

type month38a struct {
	start, end int
	m          rules.Month
}

// months38a lists the months named in s, in the latest such month not
// after this one.
func (x *extractor) months38a(s string) []month38a {
	var out []month38a
	for _, r := range enDay38a.FindAllStringSubmatchIndex(s, -1) {
		n := 0
		switch {
		case r[4] >= 0:
			name := s[r[4]:r[5]]
			if name == "may" && r[2] < 0 && r[6] < 0 {
				continue // "may" alone is a verb as often as a month
			}
			n = enMonths[name]
		case r[8] >= 0:
			n = atoi38a(s[r[8]:r[9]])
		}
		if n < 1 || n > 12 {
			continue
		}
		out = append(out, month38a{r[0], r[1], x.past38a(n)})
	}
	for _, r := range zhDay38a.FindAllStringSubmatchIndex(s, -1) {
		if m, ok := x.zhPastMonth25b(s[r[2]:r[3]]); ok {
			out = append(out, month38a{r[0], r[1], m})
		}
	}
	return out
}

func (x *extractor) past38a(n int) rules.Month {
	m := rules.Month{Year: x.cur.Year, Month: time.Month(n)}
	if x.cur.Since(m) < 0 {
		m.Year--
	}
	return m
}

func atoi38a(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

// round38a reads the lump back-payment's month as arrears_paid, over a
// month read otherwise (the month the arrears began).
func (x *extractor) round38a(e *Extracted) {
	if x.today.IsZero() || e.Reason != rules.ReasonArrears || e.Payer == rules.PayerIndividual || e.FirstEnrolment {
		return
	}
	m, ok := x.lumpMonth38a(x.s)
	if !ok || x.cur.Since(m) < 0 {
		return
	}
	if e.Gap != nil && e.Gap.Since != nil && m.Since(*e.Gap.Since) <= 0 {
		return
	}
	e.ArrearsPaid, e.ArrearsPaidSaid = &m, false
	if e.Gap == nil {
		// "hasnt paid … since august": the gap's first month, dropped
		// where the back-payment was read as that month.
		if r := sinceMonth38a.FindStringSubmatch(x.s); r != nil {
			var since rules.Month
			ok := false
			if r[1] != "" {
				since, ok = x.past38a(enMonths[r[1]]), enMonths[r[1]] > 0
			} else {
				since, ok = x.zhPastMonth25b(r[2])
			}
			if ok && m.Since(since) > 0 {
				e.Gap = &Duration{Since: &since}
				e.GapTooLong, e.GapConflict = false, false
			}
		}
	}
}

// sinceMonth38a: the month an employer's arrears began ("hasnt paid … since
// august", "从8月开始欠缴", "8月起就没交").
var sinceMonth38a = regexp.MustCompile(`\b(?:since|from|starting)\s+(?:the )?(?:start of |beginning of )?` + strings.TrimSuffix(enMonthRe25b, `\b`) + `\b|从?` + zhMonth25b + `月份?(?:开始|起|以来)?(?:就)?(?:欠|没有?交|没有?缴|断|停)`)

// enPaidLate38a, zhPaidLate38a: an employer's back-payment told as after
// the tax office's deadline ("the tax office deadline passed and they
// finally paid", "过了期限才补", "逾期才一次性补齐"): the costs of the stop
// are then the employer's (Zhejiang art. 28 ¶4).
var (
	enPaidLate38a = regexp.MustCompile(`\b(?:deadline(?: had| has|'s| was)? (?:passed|expired|gone|ran out|run out|went by|over|up)|(?:after|past|missed|passed|blew|blown|ignored) (?:the |their |its )?(?:tax (?:office |bureau )?)?deadline|(?:paid|payment) (?:was )?(?:too )?late|overdue)\b`)
	zhPaidLate38a = regexp.MustCompile(`逾期|过了(?:税务(?:局|部门|机关)?(?:的|规定的|给的|限定的)?)?(?:期限|限期|截止|最后期限)|超过(?:了)?(?:期限|限期)|(?:期限|限期|截止日期?)(?:都|早就?|已经?)?(?:过了|已过|过去了)|超期`)
)

// PaidAfterDeadline reports an employer's arrears said to be paid back
// after the tax office's deadline, in the message read as a whole.
func PaidAfterDeadline(msg string, today rules.Date) bool {
	s, _ := normalize(msg)
	if !enPaidLate38a.MatchString(s) && !zhPaidLate38a.MatchString(s) || PaidWithinDeadline(msg, today) {
		return false
	}
	a := Analyze(msg, today, nil, "")
	return a.ArrearsPaid != nil || a.ArrearsPaidSaid
}
