package understand

import (
	"strings"
	"time"
	"unicode/utf8"

	"bujiao/rules"
)

// A bureau's text names the benefit's last month with its year and 至
// (heldout9: "您的失业保险金已发放至2026年9月，领取期满"): the year
// written before the month is taken off (and used), and 至 reads as 到.

// benefitYearBefore strips a written year ("2026年", or "去年"/"前年"/"今年"
// counted from cur) from the end of before and returns it, 0 when there is
// none.
func benefitYearBefore(before string, cur rules.Month) (string, int) {
	b := strings.TrimRight(before, " ")
	// "去年12月失业金就领完了": a year told relative to this one.
	for _, r := range []struct {
		word string
		back int
	}{{"前年", 2}, {"去年", 1}, {"今年", 0}} {
		if strings.HasSuffix(b, r.word) {
			return strings.TrimRight(strings.TrimSuffix(b, r.word), " "), cur.Year - r.back
		}
	}
	if !strings.HasSuffix(b, "年") {
		return before, 0
	}
	d := strings.TrimSuffix(b, "年")
	if len(d) < 4 {
		return before, 0
	}
	y := d[len(d)-4:]
	for i := 0; i < 4; i++ {
		if !isDigit(y[i]) {
			return before, 0
		}
	}
	if len(d) > 4 && isDigit(d[len(d)-5]) {
		return before, 0
	}
	return strings.TrimRight(d[:len(d)-4], " "), atoi(y)
}

// benefitMonthOf is the month m of the written year y, or past(m) with none;
// nil for a month after cur.
func benefitMonthOf(y, m int, cur rules.Month, past func(int) *rules.Month) *rules.Month {
	if y == 0 {
		return past(m)
	}
	got := rules.Month{Year: y, Month: time.Month(m)}
	if got.Since(cur) > 0 {
		return nil
	}
	return &got
}

// halfOfYear: 半年 at s[i] is a half of the calendar year ("上半年辞职了",
// "下半年", "今年上半年"), a time, not six months (heldout9).
func halfOfYear(s string, i int) bool {
	p, _ := utf8.DecodeLastRuneInString(s[:i])
	return (p == '上' || p == '下') && strings.HasPrefix(s[i:], "半年") && !strings.HasPrefix(s[i:], "半年多") &&
		!strings.HasSuffix(s[:i], "上上") && !hasSuffixWord(s[:i], []string{"交上", "缴上", "补上", "停下", "断下", "剩下", "留下", "欠下", "攒下"})
}

func hasSuffixWord(s string, ws []string) bool {
	_, ok := hasSuffixAny(s, ws)
	return ok
}

// stayUnpaid: months of a stay at home, then the insurance unpaid
// ("回老家待了五个月医保就一直没人缴", heldout9): the stay is the gap.
// Only a stay (待, 呆, 住, 歇), only months, and the unpaid verb within a
// few characters after.
func stayUnpaid(s string, q qty) bool {
	if q.hasYears || !q.hasMonths {
		return false
	}
	before := lastRunes(s[:q.start], 3)
	if !hasAny(before, []string{"待了", "呆了", "住了", "歇了", "待", "呆", "歇"}) {
		return false
	}
	after := cutRunes(s[q.end:], 12)
	return hasAny(after, []string{"没人缴", "没缴", "没有缴", "断了", "断缴", "停了", "没人管", "都没缴", "一直没"})
}
