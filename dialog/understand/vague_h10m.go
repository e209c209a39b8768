package understand

import "strings"

// A count of years told roughly ("一年多", "两年多", "半年多", "一年多点",
// "一年零几个月", "more than a year", "over two years", "a year or so",
// "a year and a few months") is no count of
// months: from twelve to twenty-three for "一年多", and the waiting time
// and what can be paid back turn on which. gapDuration leaves such a gap
// unset, so that it is asked; an exact count told beside it ("断了一年多
// 大概十四个月") is read instead (sift.go). A rough count of months
// ("一个多月") stays its whole months: the part is less than one.

// roughYears reports a count of years (or half a year) told roughly.
func roughYears(s string, q qty) bool {
	if q.kind != qDuration || !q.hasYears || q.hasMonths {
		return false
	}
	if roughCount(s, q) {
		return true
	}
	before := strings.TrimRight(s[:q.start], " ")
	after := strings.TrimLeft(s[q.end:], " ")
	if (strings.HasSuffix(before, "大") || strings.HasSuffix(before, "小")) && strings.HasPrefix(s[q.start:q.end], "半年") {
		// "辞职大半年了": more than half a year, how much more unsaid
		// (heldout12).
		return true
	}
	for _, w := range []string{"more than", "over", "upwards of", "at least", "just over", "a bit over", "little over", "超过", "不止", "一年以上"} {
		if strings.HasSuffix(before, w) && (w[0] >= 0x80 || before == w || len(before) > len(w) && before[len(before)-len(w)-1] == ' ') {
			return true
		}
	}
	for _, w := range []string{"or so", "or more", "and a bit", "plus", "ish", "and a few months", "and some months", "and a couple of months",
		"and a few more months", "以上", "出头", "还多", "多点", "多一点", "几个月", "零几个月", "零几个", "又几个月"} {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	return false
}
