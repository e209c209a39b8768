package dialog

import (
	"slices"
	"strings"
	"testing"
)

// fix30c (R24-M3): every treatment day named is judged in the reply, both
// days of one message and a day named in a follow-up after the answer.
func TestMoreDays30c(t *testing.T) {
	m := testMachine(t)
	for _, c := range []struct {
		in   []string
		want []string
	}{
		{[]string{"上海 公司从8月开始没缴医保 我8月3号看了门诊 9月20号又住了院 能报吗"},
			[]string{"2026-08-03在待遇停止", "2026-09-20在断缴期间"}},
		{[]string{"shanghai, my employer stopped paying in august. i saw a doctor on aug 3 and had stitches on sept 20. covered?"}, // fix35a: told as past, no year question
			[]string{"2026-08-03 is before", "2026-09-20 falls in the gap"}},
		{[]string{"上海 公司从8月开始没缴医保 我8月3号看了门诊 能报吗", "今年", "那9月20号那次呢"},
			[]string{"2026-08-03在待遇停止", "2026-09-20在断缴期间"}},
		{[]string{"shanghai, my employer stopped paying in august. i saw a doctor on aug 3, covered?", "and the sept 20 stitches?"},
			[]string{"2026-08-03 is before", "2026-09-20 falls in the gap"}},
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
	}
	// A stored state with a bad day is refused.
	if err := validMoreDays([]string{"13-01"}); err == nil {
		t.Error("13-01 accepted")
	}
	if err := validMoreDays(slices.Repeat([]string{"01-01"}, maxMoreDays+1)); err == nil {
		t.Error("too many days accepted")
	}
}

// TestMoreDaysYear: a day beside the treatment day is put in the year
// nearest it (audit round 25, W6: a stay "dec 20 to jan 5" had 01-05 judged
// as 2026-01-05, "before benefits stopped: covered").
func TestMoreDaysYear(t *testing.T) {
	m := testMachine(t)
	for _, c := range []struct {
		in      string
		want    []string
		mustNot string
	}{
		{"wenzhou, employer owes nov premiums. ill be in hospital from dec 20 to jan 5, will it be covered?", nil, "2026-01-05"},
		{"温州 单位11月的医保没交 我12月20号住院 到1月5号出院 能报吗", nil, "2026-01-05"},
		{"宁波 公司欠了三个月医保 老板还在 我10月20号去看过一次 2027年1月12号要复查 这两次能报吗", []string{"2026-10-20", "2027-01-12"}, "2027-10-20"},
		{"hangzhou, my employer owes 3 months. i saw a doctor on oct 20 and have a checkup on jan 12 2027, covered?", []string{"2026-10-20", "2027-01-12"}, "2027-10-20"},
	} {
		var s State
		var replies []Reply
		for _, in := range []string{"/start", c.in} {
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
		if strings.Contains(text, c.mustNot) {
			t.Errorf("%q: reply judges %s:\n%s", c.in, c.mustNot, text)
		}
	}
}
