package understand

import (
	"strings"

	"bujiao/rules"
)

// Audit round 8 re-check readings (R10-W1, R9-W1″, R9-M1″), kept apart to
// ease merging:
//
//   - a month paying resumed, told alone after a gap was stated ("这个月开始
//     交了", "they started paying this month"): ResumedAlone, which the
//     engine uses only when a gap is known;
//   - a resumption in a clause joined by "and I", "and then", "then", "so
//     I" (zh 然后, 后来, 之后就) to the clause of the gap or the ended
//     benefit: "benefit ended in August and I started paying as a
//     freelancer in October";
//   - a new employer enrolling the person in a month: "new employer
//     enrolled me in december", "新单位12月给我上的保险", "这个月新单位开始
//     交". The month is when paying resumed, not the gap's start.

func init() {
	enResumeStart = append(enResumeStart, "been paying", "enrolled me", "signed me up", "put me on", "registered me",
		"started paying for me", "started contributing for me")
}

// enJoins split one sentence into clauses where a new clause begins.
var enJoins = []string{" and then i ", " and then ", " and i ", " then i ", " then ", " so i ", " and now i ", " and since "}

// zhJoins likewise for Chinese.
var zhJoins = []string{"然后", "后来", "之后就", "之后", "接着", "随后"}

// splitJoins cuts s at the words that begin a new clause, keeping each
// word with the clause it begins.
func splitJoins(s string) []string {
	out := []string{s}
	for _, j := range append(append([]string{}, enJoins...), zhJoins...) {
		var next []string
		for _, p := range out {
			for len(p) > 1 {
				i := strings.Index(p[1:], j) + 1
				if i <= 0 {
					break
				}
				next = append(next, p[:i])
				p = p[i:]
			}
			next = append(next, p)
		}
		out = next
	}
	return out
}

// Chinese: a unit and a verb of enrolment or payment after a month.
var (
	zhNewUnit     = []string{"新单位", "新公司", "新工作", "新东家", "现在的单位", "现在的公司", "新的单位", "新的公司", "现单位"}
	zhResumeVerbs = []string{"开始缴", "起缴", "开始给我缴", "起给我缴", "开始给缴", "给我上的保险", "给我上了保险", "给我上保险", "给上的保险", "给我参保", "给我缴上", "开始参保", "开始上保险", "给我办了参保", "缴上了", "给我缴的", "开始给我上"}
	zhRelMonths   = []struct {
		w    string
		back int
	}{{"这个月", 0}, {"这月", 0}, {"本月", 0}, {"上个月", 1}, {"上月", 1}}
	zhClauseBreaks = " ,.;!?，。；？！"
)

// zhUnitResumed reads "这个月新单位开始缴", "新单位12月给我上的保险",
// "这个月开始缴了": a month (named or this/last), an optional new employer,
// then a verb of paying or enrolment, in one clause with no word of a gap
// or a wish. It returns the month and the text without that clause.
func zhUnitResumed(s string, cur rules.Month, needUnit bool) (rules.Month, string, bool) {
	for k := 0; k < len(s); k++ {
		var m rules.Month
		end := -1
		if mo, e, ok := monthNumberAt(s, k); ok {
			if b := strings.TrimRight(s[:k], " "); strings.HasSuffix(b, "年") && !strings.HasSuffix(b, "今年") && !strings.HasSuffix(b, "去年") {
				k = e - 1
				continue
			}
			m, end = pastMonth(cur, mo, s[:k]), e
		} else {
			for _, r := range zhRelMonths {
				if strings.HasPrefix(s[k:], r.w) {
					m, end = cur.Add(-r.back), k+len(r.w)
					break
				}
			}
		}
		if end < 0 {
			continue
		}
		start := strings.LastIndexAny(s[:k], zhClauseBreaks) + 1
		stop := len(s)
		if j := strings.IndexAny(s[end:], zhClauseBreaks); j >= 0 {
			stop = end + j
		}
		before, after := s[start:k], strings.TrimPrefix(s[end:stop], "份")
		if hasAny(lastRunes(before, 3), zhWishBefore) {
			k = end - 1
			continue
		}
		cut := k
		unit := false
		// "新公司是从这个月开始缴的": the unit, then 是从/从, then the month
		// (heldout9).
		b := trimFromBefore(before)
		for _, u := range zhNewUnit {
			if strings.HasSuffix(b, u) {
				cut, unit = k-(len(before)-len(b))-len(u), true
				break
			}
		}
		a := after
		for _, u := range zhNewUnit {
			if strings.HasPrefix(a, u) {
				a, unit = a[len(u):], true
				break
			}
		}
		if needUnit && !unit {
			k = end - 1
			continue
		}
		a = strings.TrimPrefix(a, "就")
		a = strings.TrimPrefix(a, "才")
		a = strings.TrimPrefix(a, "又")
		vend := -1
		for _, v := range zhResumeVerbs {
			if i := strings.Index(a, v); i >= 0 && i <= 9 && !hasAny(a[:i+len(v)], zhResumeNot) {
				vend = stop - len(a) + i + len(v)
				break
			}
		}
		if vend < 0 || cur.Since(m) < 0 {
			k = end - 1
			continue
		}
		return m, s[:cut] + " " + s[vend:], true
	}
	return rules.Month{}, "", false
}

// ResumedAlone reads the month paying resumed from a message that says
// only that ("这个月开始交了", "新单位这个月开始交", "they started paying
// this month", "started paying again in December"). The caller knows a
// gap was stated before; the message itself need not tell of one.
func ResumedAlone(text string, today rules.Date) (rules.Month, bool) {
	s, _ := normalize(text)
	if s == "" || today.IsZero() {
		return rules.Month{}, false
	}
	cur := today.MonthOf()
	if m, _, ok := zhUnitResumed(s, cur, false); ok {
		return m, true
	}
	for _, c := range splitJoins(s) {
		if m, ok := zhResumedMonth(c, cur); ok && cur.Since(m) >= 0 {
			return m, true
		}
		if m, ok := enResumedMonth(c, cur); ok && cur.Since(m) >= 0 {
			return m, true
		}
	}
	return rules.Month{}, false
}

// round18e applies the in-message readings above; it runs after round18d.
func (x *extractor) round18e(e *Extracted) {
	if x.today.IsZero() || e.Resumed != nil || e.ArrearsPaid != nil || e.ArrearsPaidSaid || e.PaidBack != nil || e.PaidBackSaid {
		return
	}
	unitChange := e.Reason == rules.ReasonJobChange || e.Reason == rules.ReasonLeftJob || hasAny(x.s, zhNewUnit)
	if unitChange && (e.GapConflict || e.Gap == nil || e.Gap.Since != nil && *e.Gap.Since == x.cur) {
		// "断了5个月 这个月新单位开始交": the month is the new employer's
		// first, and it made the gap disagree with itself.
		if m, rest, ok := zhUnitResumed(x.s, x.cur, true); ok {
			d, err := ParseDuration(rest, x.today)
			if err == nil && (d.Since != nil || d.Months > 0) {
				e.Gap, e.GapConflict = &d, false
			}
			if e.Gap == nil || e.Gap.Since == nil && m.Since(x.cur.Add(-e.Gap.Months)) > 0 || e.Gap.Since != nil && m.Since(*e.Gap.Since) > 0 {
				e.Resumed = &m
				if e.Reason == "" || e.Reason == rules.ReasonLeftJob {
					e.Reason = rules.ReasonJobChange
				}
			}
			return
		}
	}
	if e.Gap == nil && e.BenefitEnded == nil && !e.BenefitEndedSaid && !e.GapEnded && !unitChange && e.Reason != rules.ReasonUnemployment {
		return
	}
	for _, c := range splitJoins(x.s)[1:] {
		m, ok := zhResumedMonth(c, x.cur)
		if !ok {
			m, ok = enResumedMonth(c, x.cur)
		}
		if !ok || x.cur.Since(m) < 0 || e.BenefitEnded != nil && m.Since(*e.BenefitEnded) <= 0 {
			continue
		}
		if g := e.Gap; g != nil && (g.Since == nil && g.Months > 0 && m.Since(x.cur.Add(-g.Months)) <= 0 || g.Since != nil && m.Since(*g.Since) <= 0) {
			continue
		}
		e.Resumed = &m
		return
	}
}
