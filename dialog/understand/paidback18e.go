package understand

import (
	"strings"

	"bujiao/rules"
)

// Audit round 8 re-check R7-M5⁗, kept apart to ease merging: more ways
// to say the missed months were paid back ("补缴完了", "上礼拜补缴完了", "I
// back paid the 2 months I missed in November"), and a back-payment dated
// by the week ("上礼拜", "上周", "last week": the month of seven days ago,
// this month or the last by today's date).

func init() {
	zhPaidBack = append(zhPaidBack, "补缴完了", "补缴完", "补缴好了", "补缴上了", "补缴齐了", "都补缴了", "全补缴了", "补办完了",
		"一次性补上", "一次性补缴", "一次补上")
	enPaidBack = append(enPaidBack, "back paid", "backpaid", "paid up the", "paid up both", "paid up all", "settled the missed",
		"paid for the missed", "paid the missing")
}

// Words that date a back-payment by the week.
var (
	zhLastWeek = []string{"上礼拜", "上周", "上星期", "上个礼拜", "上个星期", "前几天", "前两天", "前些天"}
	enLastWeek = []string{"last week", "few days ago", "couple of days ago", "days ago", "the other day"}
	zhThisWeek = []string{"这礼拜", "这周", "本周", "这星期", "这个礼拜", "这个星期", "昨天", "今天", "刚刚", "刚"}
	enThisWeek = []string{"this week", "yesterday", "today", "just now"}
)

// zhCountMonths are counts of months that monthInClause would take for a
// calendar month ("断了俩月 已经补缴完了" is no February).
var zhCountMonths = strings.NewReplacer("俩月", "俩个月", "仨月", "仨个月", "两月", "两个月")

// paidBackWeek fills the month of a back-payment said with no month but
// dated by the week, and mends a month misread from a count.
func (x *extractor) paidBackWeek(e *Extracted) {
	if x.today.IsZero() {
		return
	}
	if e.PaidBack != nil && zhCountMonths.Replace(x.s) != x.s {
		if m, said := paidBackMonth(zhCountMonths.Replace(x.s), x.cur); said {
			e.PaidBack, e.PaidBackSaid = m, m == nil
		}
	}
	x.paidMonthNear(e)
	if e.PaidBackSaid && strings.Contains(x.s, "back") {
		// "I back paid the 2 months I missed (Sep, Oct) in November": the
		// month closes the sentence.
		if m, ok := enPaidBackIn(x.s, x.cur); ok {
			e.PaidBack, e.PaidBackSaid = &m, false
			return
		}
	}
	if !e.PaidBackSaid && !e.ArrearsPaidSaid {
		return
	}
	var m rules.Month
	switch {
	case hasAny(x.s, zhLastWeek) || hasAny(x.s, enLastWeek):
		m = x.today.AddDays(-7).MonthOf()
		if m != x.today.AddDays(-1).MonthOf() {
			// The week straddles two months: the month is asked.
			return
		}
	case hasAny(x.s, zhThisWeek) || hasAny(x.s, enThisWeek):
		m = x.cur
		if strings.Contains(x.s, "昨天") || strings.Contains(x.s, "yesterday") {
			m = x.today.AddDays(-1).MonthOf()
		}
	default:
		return
	}
	if e.PaidBackSaid {
		e.PaidBack, e.PaidBackSaid = &m, false
	} else {
		e.ArrearsPaid, e.ArrearsPaidSaid = &m, false
	}
}

// enPaidBackIn reads "… in November" in the sentence of a back-payment.
func enPaidBackIn(s string, cur rules.Month) (rules.Month, bool) {
	i, _ := firstOf(s, enPaidBack)
	if i < 0 {
		return rules.Month{}, false
	}
	sent := s[i:]
	if len(sent) > 64 {
		// Punctuation is commas here: the month is near the words.
		sent = sent[:64]
	}
	for _, p := range []string{" in ", ",in ", " during ", ",during "} {
		k := strings.LastIndex(sent, p)
		if k < 0 {
			continue
		}
		w := wordAt(sent, k+len(p))
		if mo, ok := enMonths[w]; ok && len(w) > 3 {
			m := pastMonth(cur, mo, "")
			return m, cur.Since(m) >= 0
		}
	}
	return rules.Month{}, false
}

// paidMonthNear mends the month of a back-payment when the clause names
// two ("新单位11月把这两个月都补缴了 12月20号住院"): the month right before
// the words of paying back is when it was paid, not a later day of
// treatment.
func (x *extractor) paidMonthNear(e *Extracted) {
	target := &e.ArrearsPaid
	if e.PaidBack != nil {
		target = &e.PaidBack
	}
	if *target == nil {
		return
	}
	s := zhCountMonths.Replace(x.s)
	i, _ := firstOf(s, zhPaidBack)
	if i < 0 {
		return
	}
	lo := max(0, i-36)
	if hasAny(s[lo:i], []string{"上个月", "上月", "这个月", "本月"}) {
		return
	}
	var near *rules.Month
	for k := lo; k < i; k++ {
		if mo, end, ok := monthNumberAt(s, k); ok && end <= i {
			m := pastMonth(x.cur, mo, s[:k])
			near, k = &m, end-1
		}
	}
	if near == nil || *near == **target || x.cur.Since(*near) < 0 {
		return
	}
	*target = near
}
