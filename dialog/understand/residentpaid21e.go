package understand

import (
	"strconv"
	"strings"
	"time"

	"bujiao/rules"
)

// Audit round 21, R21-M3 (C6b): a resident who says they have already paid,
// and in which month: "i forgot to pay my resident medical insurance for
// 2026, paid it in march", "居民医保今年忘了交，3月份补交了", "今年3月交上了".
// The month is when they paid (rules.FieldGapEnded for the resident
// scheme: the wait counts from it), never the first month of a gap, and
// paying this year's premium late leaves no year without cover. Paid with
// no month named: the month is asked.

// 交 is already 缴 here.
var (
	// After "N月(份)": the payment made.
	zhResidentPaidAfter = []string{"补缴了", "补缴的", "补缴上", "缴上了", "缴上的", "才缴", "缴了", "缴的", "补上了", "补上的",
		"续上了", "续上的", "补齐了", "续费了", "买了", "买上了", "缴完了", "缴好了", "就缴了", "已经缴了", "已缴"}
	// Before the pay word in its clause: no payment made.
	zhResidentPaidNot = []string{"没", "未", "不", "想", "要", "打算", "准备", "能", "可以", "该", "还得", "得"}
	// English pay words, past.
	enResidentPaid = []string{"paid", "enrolled", "re-enrolled", "reenrolled", "renewed", "signed up", "topped up", "bought it",
		"made the payment", "did pay"}
	enResidentPaidNot = []string{"n't", "nt ", "not ", "never", "want", "plan", "will ", "going to", "if i", "if we", "can i", "could i",
		"should", "how ", "unpaid", "forgot", "missed"}
	// "forgot to pay ... for 2026", "didn't pay this year's": this year's
	// premium missed in its window.
	enYearMissedWords = []string{"forgot to pay", "forget to pay", "forgotten to pay", "forgot to renew", "did not pay", "didnt pay",
		"missed", "skipped", "lapsed", "didnt renew", "did not renew"}
)

// residentPaid21e applies the reading above; it runs after every other
// pass (persona_r17b.go).
func (x *extractor) residentPaid21e(e *Extracted) {
	if x.today.IsZero() || e.Scheme != rules.SchemeResident || e.PriorScheme != "" || e.FirstEnrolment {
		return
	}
	m, ok := residentPaidMonth(x.s, x.cur)
	if !ok && e.PaidBack != nil {
		m, ok = *e.PaidBack, true
	}
	if !ok && e.Resumed != nil {
		m, ok = *e.Resumed, true
	}
	if !ok {
		if e.PaidBackSaid {
			// "居民医保已经补缴了" with no month: the month is asked.
			e.PaidBackSaid, e.GapEnded = false, true
		}
		return
	}
	if x.cur.Since(m) < 0 {
		return
	}
	if g := e.Gap; g != nil && g.Since != nil && *g.Since == m {
		// "paid it in march" is no gap since March.
		e.Gap = nil
	}
	if m.Year == x.cur.Year && (thisYearMissed(x.s) || enThisYearMissedSaid(x.s, x.cur.Year)) &&
		(e.Gap == nil || e.Gap.Since == nil && e.Gap.Months == 12) {
		// This year's premium missed in the window and paid late: no year
		// went without cover, and someone enrolled before is no newborn.
		e.Gap = &Duration{}
		if e.Newborn == nil {
			no := false
			e.Newborn = &no
		}
	}
	e.Resumed = &m
	e.PaidBack, e.PaidBackSaid = nil, false
}

// residentPaidMonth reads the month a payment was made: "3月份补缴了",
// "今年3月缴上了", "三月份才缴", "paid it in march", "paid for 2026 in
// March", "renewed last month".
func residentPaidMonth(s string, cur rules.Month) (rules.Month, bool) {
	for k := 0; k < len(s); k++ {
		mo, end, ok := monthNumberAt(s, k)
		if !ok {
			continue
		}
		a := strings.TrimLeft(strings.TrimPrefix(s[end:], "份"), " ")
		a = strings.TrimPrefix(a, "的时候")
		a = strings.TrimPrefix(strings.TrimPrefix(a, "就"), "已经")
		if j := strings.IndexAny(a, ",.;!?"); j >= 0 {
			a = a[:j]
		}
		a = cutRunes(a, 8)
		i := firstIndexAny(a, zhResidentPaidAfter)
		before := lastRunes(s[strings.LastIndexAny(s[:k], ",.;!?")+1:k], 4)
		if i < 0 || hasAny(a[:i], zhResidentPaidNot) || hasAny(before, zhWishBefore) || hasAny(before, []string{"每"}) {
			k = end - 1
			continue
		}
		return pastMonth(cur, mo, s[:k]), true
	}
	for _, c := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(",.;!?", r) }) {
		c = " " + strings.TrimSpace(c) + " "
		i, w := firstOf(c, enResidentPaid)
		if i < 0 {
			continue
		}
		pre := c[:i]
		for _, j := range []string{" and ", " but ", " then ", " so ", " later "} {
			// "forgot to pay for 2026 and only paid it in may": what was
			// forgotten came first.
			if k := strings.LastIndex(pre, j); k >= 0 {
				pre = pre[k:]
			}
		}
		if hasAny(pre, enResidentPaidNot) || hasAny(c[i:], []string{"n't", "nt ", "not ", "never"}) {
			continue
		}
		after := c[i+len(w):]
		switch {
		case strings.Contains(after, "last month"):
			return cur.Add(-1), true
		case strings.Contains(after, "this month"):
			return cur, true
		}
		for j := 0; j < len(after); {
			if !isLetter(after[j]) || j > 0 && isAlnum(after[j-1]) {
				j++
				continue
			}
			wd := wordAt(after, j)
			if mo, ok := enMonths[wd]; ok && (wd != "may" || strings.HasSuffix(after[:j], " in ")) {
				if y := strings.TrimPrefix(after[j+len(wd):], " "); yearDigits(y) {
					// "paid in march 2026".
					n, _ := strconv.Atoi(y[:4])
					return rules.Month{Year: n, Month: time.Month(mo)}, true
				}
				return pastMonth(cur, mo, after[:j]), true
			}
			j += max(len(wd), 1)
		}
	}
	return rules.Month{}, false
}

// enThisYearMissedSaid: "forgot to pay ... for 2026" (this year named by
// its number) in one clause, or "forgot to pay ... this year"
// (readings_h10p.go).
func enThisYearMissedSaid(s string, year int) bool {
	y := strconv.Itoa(year)
	for _, c := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(",.;!?", r) }) {
		if hasAny(c, enYearMissedWords) && (strings.Contains(c, "for "+y) || strings.Contains(c, y+"s ") || strings.HasSuffix(c, " "+y)) {
			return true
		}
	}
	return enThisYearMissed(s)
}
