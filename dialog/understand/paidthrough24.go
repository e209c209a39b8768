package understand

import (
	"strconv"
	"time"

	"bujiao/rules"
)

// zhPaidThrough: "公司说社保交到11月", "医保缴到了十月底", "单位交到10月份就没交了":
// the month named is the last one paid, so the gap begins the month after
// it. Read as the first unpaid month, the cover would stop a month early
// (or, worse, the other way round with a leaving month).
var zhPaidThrough = zhPaidThrough46a // read46a.go: also 缴纳到, 缴费到, 交了到, 缴至

// paidThrough24 is paidThrough (paidthrough22c.go) for Chinese.
func (x *extractor) paidThrough24(e *Extracted) {
	if x.today.IsZero() || e.Scheme == rules.SchemeResident || e.PriorScheme != "" || e.ArrearsPaid != nil || e.ArrearsPaidSaid {
		return
	}
	m := zhPaidThrough.FindStringSubmatchIndex(x.s)
	if m == nil {
		return
	}
	n := zhMonthNumber24(x.s[m[2]:m[3]])
	if n == 0 {
		return
	}
	last := rules.Month{Year: x.cur.Year, Month: time.Month(n)}
	if x.cur.Since(last) < 0 {
		last.Year--
	}
	first := last.Add(1)
	if x.cur.Since(first) <= 0 {
		// Paid through last month: this month is still due, and whether
		// a leaver is covered meanwhile is the local office's matter; the
		// reading made otherwise (the more cautious one) stands.
		return
	}
	if g := e.Gap; g != nil && (g.Since == nil || *g.Since != last && *g.Since != first) {
		return // a gap told otherwise is left as told
	}
	e.Gap = &Duration{Since: &first}
	e.GapTooLong, e.GapConflict = false, false
}

func zhMonthNumber24(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	if n, ok := HanNumber(s); ok && n >= 1 && n <= 12 { // numbers.go
		return int(n)
	}
	return 0
}

// movedLongAgo24: the move is told as done long before ("I moved from
// Beijing to Hangzhou last year and my insurance lapsed in September",
// "前年就搬到杭州了"): the gap began in the new place, so no transfer
// spans it and the new place's own rules hold.
func movedLongAgo24(s string) bool {
	return hasAny(s, []string{"last year", "years ago", "year ago", "a while ago", "long ago", "years back", "for years",
		"去年", "前年", "年前", "好几年", "几年了", "早就搬", "早就来", "早就到", "一直住在", "一直在这边"})
}

// plannedTreat24: the treatment is told as planned ("要做手术", "准备住院",
// "is scheduled", "going to have"), so its day is not in the past.
func plannedTreat24(s string) bool {
	return hasAny(s, []string{"要做", "要住院", "要手术", "要开刀", "要去医院", "要生", "准备做", "准备住院", "打算做", "打算住院",
		"预约了", "约了", "排了", "安排了", "定了", "will have", "will be", "going to", "scheduled", "booked", "planned",
		"is due", "due on", "coming up"})
}
