package dialog

import (
	"testing"
)

// fix24a: a self-payer (灵活就业, freelancer) who says they moved from one
// city to another crossed pooling areas: cross_city is yes, as for a job
// changer (43号 ① covers both). A first enrolment, the resident scheme and
// a move with no place moved from are left as they were.
func TestMovedSelfPayer24a(t *testing.T) {
	m := testMachine(t)
	for _, c := range []struct {
		msg  string
		want bool // cross_city set to yes
	}{
		{"以前在南京自己交的灵活就业医保 上个月搬去苏州了 断了三个月 想接着交", true},
		{"我在武汉个人交职工医保的 现在搬到了长沙 断了四个月了", true},
		{"之前在广州以个体户身份交社保 后来搬到深圳 停了两个月", true},
		{"I paid my own employee insurance as a freelancer in Nanjing, then moved to Shanghai. 6 months unpaid now.", true},
		{"self-employed, paid my own medical insurance in Wuhan, I have moved to Hangzhou and missed 3 months", true},
		// A move told as long done: the gap may have begun in the new
		// place, so no transfer is assumed (en-moved: "moved … last year
		// and my insurance lapsed in September").
		{"I moved from Beijing to Hangzhou last year and my insurance lapsed in September, I pay it myself as a freelancer", false},
		{"前年就从南京搬到苏州了 自己交灵活就业 断了三个月", false},
		// No place moved from: a move inside the region may cross nothing.
		{"我自己交灵活就业医保 刚搬到杭州 断了两个月", false},
		// Resident scheme: no transfer between pooling areas to read.
		{"以前在南京交的居民医保 搬到苏州了 断了一年", false},
		// Worked for an employer there, only plans to pay for themselves.
		{"之前在南京上班 后来回苏州了 断了两个月 现在打算自己交", false},
		// Never insured: nothing to move.
		{"从来没交过医保 从上海搬到杭州了 想自己交灵活就业的", false},
	} {
		var s State
		for _, in := range []Input{{Text: "/start"}, {Text: c.msg}} {
			s, _, _ = m.Step(s, in, testNow)
		}
		got := s.Facts.CrossCity != nil && *s.Facts.CrossCity
		if got != c.want {
			t.Errorf("%q: cross_city %v (asking %q), want %v", c.msg, s.Facts.CrossCity, s.Asking, c.want)
		}
	}
}
