package dialog

import (
	"testing"
)

// fix23c: a move between cities told in a run-on question ("我之前在X上班
// 后来换到Y来了…要不要补"), or with the place left said after it with 是
// ("调到Y上班了 原来是在X"), is a job change across pooling areas: the
// cross_city question is not asked.
func TestMoveAcross23c(t *testing.T) {
	m := testMachine(t)
	for _, msg := range []string{
		"我以前在成都上班后来调到宁波来了新公司已经给我交了但是中间断了一个月想问下那个月能不能补",
		"我原来在武汉上班后来换到上海来了新单位上个月开始交了中间空了两个月我想问这两个月要补吗",
		"换到杭州上班了 原来是在南京 换的时候医保断了一个月",
		"跳槽到深圳了 之前是在长沙 中间断了两个月医保",
	} {
		var s State
		for _, in := range []Input{{Text: "/start"}, {Text: msg}} {
			s, _, _ = m.Step(s, in, testNow)
		}
		if s.Facts.CrossCity == nil || !*s.Facts.CrossCity {
			t.Errorf("%q: cross_city %v (asking %q), want yes", msg, s.Facts.CrossCity, s.Asking)
		}
	}
}
