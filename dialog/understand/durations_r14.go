package understand

import "strings"

// Audit round 14 n34: a gap told in the first message was asked again
// when a month later in the message named a treatment ("断了4个月 3月份要
// 做手术"): the month was read as the gap's first month, disagreed with the
// count, and both were dropped. A treatment's month starts no gap. (A month
// paying resumed, "11月又开始交了", stays: it is read as the resumption.)
var (
	monthTreatAfter = []string{"要做手术", "做手术", "手术", "要住院", "住院", "看病", "就医", "去医院", "要看病", "生孩子", "要生"}
)

// monthNotGapStart reports whether the words after a month (rest) make it
// a treatment's month, not a gap's start.
func monthNotGapStart(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	rest = strings.TrimPrefix(rest, "份")
	rest = strings.TrimLeft(rest, " ")
	for _, w := range []string{"起", "开始就", "就", "的时候", "再", "打算", "准备", "要"} {
		if strings.HasPrefix(rest, w) && !strings.HasPrefix(rest, "起断") && !strings.HasPrefix(rest, "就断") &&
			!strings.HasPrefix(rest, "就没") && !strings.HasPrefix(rest, "就停") {
			if w == "要" && (strings.HasPrefix(rest, "要做手术") || strings.HasPrefix(rest, "要住院") || strings.HasPrefix(rest, "要看病") || strings.HasPrefix(rest, "要生")) {
				break
			}
			rest = strings.TrimPrefix(rest, w)
			break
		}
	}
	for _, w := range monthTreatAfter {
		if strings.HasPrefix(rest, w) {
			// "上个月住院了": a stay already had, kept as before (the
			// month may be read with the case); a planned one is not a gap.
			after := rest[len(w):]
			return !strings.HasPrefix(after, "了") && !strings.HasPrefix(after, "过")
		}
	}
	return false
}

// enMonthAfterTreatment reports an English month at s[i] right after a
// treatment word ("surgery in january", "hospital next march"): the
// treatment's month, not a gap's start (n35: "first time getting medical
// insurance … surgery in january" became an 11-month gap).
func enMonthAfterTreatment(s string, i int) bool {
	if i >= len(s) || !isLetter(s[i]) {
		return false
	}
	if _, ok := enMonths[wordAt(s, i)]; !ok {
		return false
	}
	p := i
	for n := 0; n < 4; n++ {
		q, k := prevWord(s, p)
		if q == "" {
			return false
		}
		if enTreatBeforeMonth[q] {
			return true
		}
		if !enMonthFiller[q] && q != "next" {
			return false
		}
		p = k
	}
	return false
}
