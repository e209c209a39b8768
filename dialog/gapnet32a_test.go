package dialog

import (
	"strings"
	"testing"
)

// fix32a (R25-W1, R25-W3, R25-W7): a past day is never "covered, before
// the stop" when the gap was given only as a count while the person's
// words placed gap months earlier; a first sign-up and a first job are
// first enrolments whose cover starts, and no day of them is called
// covered without a source.
func TestGapNetAndFirstEnrolment32a(t *testing.T) {
	m := testMachine(t)
	for _, c := range []struct {
		in     []string
		want   []string
		absent []string
	}{
		// The last month paid and the range do not join, so the gap is
		// asked; a count is counted back from now (the test's today is
		// 2026-11-25), the words said August / June.
		{[]string{"之前在杭州上班 医保交到6月 8到9月没交 10月去了东莞新公司 8月10号在杭州看过病 能报吗", "2个月"},
			// fix36b: the day is asked of the old city (杭州), where the
			// gap began; either way it is not said covered.
			[]string{"2026-08-10", "能否报销"}, []string{"2026-08-10在待遇停止"}},
		{[]string{"以前在苏州上班 交到4月 6到8月都没缴 9月到无锡新单位 7月5号住过院 能报吗", "3个月"},
			[]string{"2026-07-05能否报销还不确定"}, []string{"2026-07-05在待遇停止"}},
		// Read whole: the gap is July to September, 08-10 inside it.
		{[]string{"之前在杭州上班 医保交到6月 7到9月没交 10月去了东莞新公司 8月10号在杭州看过病 能报吗"},
			[]string{"从2026-07起"}, []string{"2026-08-10在待遇停止"}},
		{[]string{"ningbo, just signed up for employee medical insurance as a freelancer for the first time on nov 28. when does it start? dentist dec 18"},
			[]string{"starts on 2026-12-01", "2026-12-18 is on or after the day cover starts"}, []string{"Nothing to pay back", "2026-11-28 is before benefits"}},
		{[]string{"first job ever, starting in wuhan on dec 14. when does my medical insurance start? i have a dentist dec 28"},
			[]string{"first enrolment", "whether 2026-12-28 is covered is not settled"}, []string{"Nothing to pay back", "I changed jobs"}},
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
		for _, w := range c.want {
			if !strings.Contains(text, w) {
				t.Errorf("%q: reply lacks %q:\n%s", c.in, w, text)
			}
		}
		for _, w := range c.absent {
			if strings.Contains(text, w) {
				t.Errorf("%q: reply has %q:\n%s", c.in, w, text)
			}
		}
	}
}
