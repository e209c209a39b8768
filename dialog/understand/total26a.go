package understand

import "strings"

// totalGap26a: former arrears and a time since leaving that do not add
// up, with the whole told in so many words ("离职四个月了 走之前最后两个月
// 没交 所以现在一共断了四个月" (Chinese; the
// English "N months in total" is not read yet): the total said is the
// gap, when it covers the former arrears. Otherwise the conflict stays and
// the gap is asked.
func (x *extractor) totalGap26a(e *Extracted) {
	if !e.GapConflict || e.Gap != nil || e.ArrearsBeforeLeaving == nil {
		return
	}
	s := x.s
	n := 0
	for _, w := range []string{"一共断了", "总共断了", "加起来断了", "一共断缴了", "总共断缴了", "一共断", "总共断", "加起来一共", "一共是", "总共是", "一共", "总共"} {
		if i := strings.Index(s, w); i >= 0 {
			if v, ok := parseNumAt(s, i+len(w)); ok && v.v%1000 == 0 && strings.HasPrefix(strings.TrimLeft(s[v.end:], " "), "个月") {
				n = int(v.v / 1000)
				break
			}
		}
	}
	if n <= 0 || n < *e.ArrearsBeforeLeaving || n > 120 {
		return
	}
	e.Gap, e.GapConflict = &Duration{Months: n}, false
}
