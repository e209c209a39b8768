package dialog

import "bujiao/dialog/understand"

// boundedGap42a (fix42a, audit round 31 R31-W1): a gap named inside a
// question whose first month and the month paying resumed are both told
// ("北京干到5月底 6月7月啥也没交 8月20号杭州公司给俺上的保险 … 能报不")
// is told by both its ends: confirming it counted to today ("你断缴了7个
// 月，对吗？") asks about a gap the person did not have.
func (t *turn) boundedGap42a(d understand.Duration) bool {
	e := t.s.Facts.GapEnded
	return d.Since != nil && e != nil && e.Since(*d.Since) > 0
}
