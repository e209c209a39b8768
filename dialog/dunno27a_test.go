package dialog

import (
	"strings"
	"testing"

	"bujiao/dialog/understand"
	"bujiao/rules"
)

// TestDontKnowUnitGone27a: words of an employer gone, then "not sure" at
// the employer's status, are never answered "your employer must pay": the
// answer is for an employer gone, and says how it differs if it is still
// trading. Without such words, "not sure" keeps the plain assumption.
func TestDontKnowUnitGone27a(t *testing.T) {
	m := testMachine(t)
	for _, c := range []struct {
		first, dunno string
		gone         bool
	}{
		{"我在厂里上班 老板欠了大家的工资还有社保 听说跑去深圳了 医保断了3个月 温州", "不知道", true},
		{"在公司上班 公司欠了医保四个月 老板好像跑回湖南了 东莞", "不清楚", true},
		{"义乌 公司好几个月没交医保了 老板说在想办法|6个月", "不知道", false},
	} {
		var (
			s       State
			replies []Reply
		)
		for _, line := range strings.Split(c.first, "|") {
			s, _, _ = m.Step(s, Input{Text: line}, testNow)
		}
		if s.Asking != rules.FieldUnitStatus {
			t.Errorf("%q: asking %q, want unit status", c.first, s.Asking)
			continue
		}
		s, replies, _ = m.Step(s, Input{Text: c.dunno}, testNow)
		all := plain(replies)
		if got := s.Facts.UnitStatus.Gone(); got != c.gone {
			t.Errorf("%q: unit status %q after %q, gone want %v", c.first, s.Facts.UnitStatus, c.dunno, c.gone)
		}
		if c.gone && (strings.Contains(all, "应由单位补缴\n") || !strings.Contains(all, "正常经营")) {
			t.Errorf("%q: reply %q", c.first, all)
		}
	}
}

// TestRunningJobNoGone: a job told with 跑 ("跑业务") is no hint of a boss
// who ran; a boss who ran still is.
func TestRunningJobNoGone(t *testing.T) {
	for _, c := range []struct {
		text string
		gone bool
	}{
		{"我是跑业务的 公司欠了两个月医保", false},
		{"我老公跑外卖的 之前公司欠了医保", false},
		{"为这事我跑了好几趟社保局 公司还是没交", false},
		{"老板跑了 公司欠了两个月医保", true},
		{"跑业务的 老板卷钱跑路了", true},
	} {
		if got := understand.TellsUnitGone(c.text); got != c.gone {
			t.Errorf("%q: gone hint %v, want %v", c.text, got, c.gone)
		}
	}
}
