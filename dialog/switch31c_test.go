package dialog

import (
	"strings"
	"testing"
)

// fix31c (R24-M2): a switch between the schemes planned ahead is not asked
// the gap (counted back from today it lands in months paid) and never told
// to "enrol and pay to restart cover": the reply gives 43号 ②, the resident
// year and 12393. A switch already made, or a gap already begun, keeps the
// ordinary flow.
func TestPlannedSwitch31c(t *testing.T) {
	m := testMachine(t)
	for _, c := range []struct {
		in      []string
		want    []string
		planned bool
	}{
		{[]string{"my dad in wenzhou has been on resident medical insurance 4 years straight, this year is paid. he begins a warehouse job on march 1 2027 with employee insurance, jan and feb he'll have nothing. will there be a wait?"},
			[]string{"43号 ②", "31 December", "Zhejiang Medical Security Regulation art. 31", "12393"}, true},
		{[]string{"i'm in shanghai, on resident insurance for 5 years without a break. next year i'm starting at a company that will enrol me in employee insurance from february. january is empty. waiting period?"},
			[]string{"43号 ②", "usually covered to 31 December", "12393"}, true},
		{[]string{"宁波 我连续交了6年居民医保 明年2月开始新单位给我交职工医保 1月份空一个月 有等待期吗"},
			[]string{"43号第②项", "12月31日", "第三十一条", "12393"}, true},
		{[]string{"in hangzhou, resident insurance 1 year only. next year i start a job with employee insurance in march, jan and feb empty"},
			[]string{"fewer than 2 years", "12393"}, true},
	} {
		var s State
		var replies []Reply
		for _, in := range append([]string{"/start"}, c.in...) {
			s, replies, _ = m.Step(s, Input{Text: in}, testNow)
		}
		var all []string
		for _, r := range replies {
			all = append(all, r.PlainText())
		}
		text := strings.Join(all, "\n")
		if s.PlannedSwitch != c.planned {
			t.Errorf("%q: planned switch %v, want %v", c.in, s.PlannedSwitch, c.planned)
		}
		for _, w := range c.want {
			if !strings.Contains(text, w) {
				t.Errorf("%q: reply lacks %q:\n%s", c.in, w, text)
			}
		}
		for _, bad := range []string{"restart cover", "How long is the gap", "断了多久", "stopped 2026", "重新享受待遇"} {
			if strings.Contains(text, bad) {
				t.Errorf("%q: reply says %q:\n%s", c.in, bad, text)
			}
		}
	}
}
