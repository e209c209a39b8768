package understand

import (
	"strings"
	"time"

	"bujiao/rules"
)

// Audit round 13 n26: "老板说下个月补上" (a promise) was read as the
// employer's back-payment, in January ("1月14号去看病" is the treatment
// day): the answer then said the dates did not fit and asked the gap
// again. A payment promised, or still to come, is no payment; a month that
// is part of a day ("1月14号", "dec 3") dates the payment only when the day
// is not the treatment's.

// zhPayBackPromised before a paid-back word: told as to come. 交 is 缴 here.
var zhPayBackPromised = []string{"说下个月", "下个月", "下月", "说会", "说要", "说过几天", "过几天", "月底前", "答应", "承诺", "保证",
	"打算", "准备", "将会", "会给", "说给", "说是", "老板说", "公司说", "单位说", "说"}

// enPayBackPromised: "they say they'll pay it back", "promised to pay back".
var enPayBackPromised = []string{"will pay", "'ll pay", "ll pay", "promise", "going to pay", "say they", "says they", "said they",
	"said he", "said she", "will be paid", "next month"}

// payBackPromised reports the paid-back word at s[i] told as a promise.
func payBackPromised(s string, i int) bool {
	c := clauseAround(s, i)
	a := strings.LastIndexAny(s[:i], ",.;!?，。；") + 1
	before := s[a:i]
	if i-a > 30 {
		before = s[i-30 : i]
		for len(before) > 0 && before[0]&0xC0 == 0x80 {
			before = before[1:]
		}
	}
	if hasAny(before, zhPayBackPromised) && !strings.Contains(before, "已经") {
		return true
	}
	return hasAny(c, enPayBackPromised)
}

// treatDayAt reports a Chinese day ("14号") after the month ending at
// c[end] that is followed by a treatment word: "1月14号去看病" is the
// treatment's day, not the payment's month.
func treatDayAt(c string, end int) bool {
	_, n := leadingDigits(c[end:])
	if n == 0 || n > 2 {
		return false
	}
	r := c[end+n:]
	if !strings.HasPrefix(r, "号") && !strings.HasPrefix(r, "日") {
		return false
	}
	r = strings.TrimLeft(r[len("号"):], " ")
	r = strings.TrimPrefix(r, "去")
	r = strings.TrimPrefix(r, "要")
	return hasPrefixAny(r, zhTreatNear)
}

// enPaidOnDay reads the month of a short-named English day in c ("on dec
// 3", "3 dec") that is not next to a treatment word.
func enPaidOnDay(c string, cur rules.Month) *rules.Month {
	for i := 0; i < len(c); {
		if !isLetter(c[i]) || i > 0 && isAlnum(c[i-1]) {
			i++
			continue
		}
		w := wordAt(c, i)
		end := i + len(w)
		m, ok := enMonths[w]
		if ok && len(w) >= 3 && (enDayAfterMonth(c[end:]) || enDayBeforeMonth(c, i)) && !enTreatWordBefore(c, i) {
			y := cur.Year
			if m > int(cur.Month) {
				y--
			}
			return &rules.Month{Year: y, Month: time.Month(m)}
		}
		i = end
	}
	return nil
}

// enTreatWordBefore reports a treatment word among the few words before
// s[i] ("doctor on", "hospital in").
func enTreatWordBefore(s string, i int) bool {
	p := enDayStart(s, i)
	for n := 0; n < 4; n++ {
		q, k := prevWord(s, p)
		if q == "" {
			return false
		}
		if enTreatBeforeMonth[q] {
			return true
		}
		if !enMonthFiller[q] {
			return false
		}
		p = k
	}
	return false
}
