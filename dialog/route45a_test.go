package dialog

import (
	"strings"
	"testing"
)

// fix45a family 2: after a case answered with a gap, "there was no gap" told
// again with a month named as paid corrects the case (a gap of 0) and the
// case is answered again; no FAQ card. First messages and restatements
// written for this test (zh/en).
func TestNoGapRestatedChat45a(t *testing.T) {
	m := testMachine(t)
	first := [][]string{
		{"hangzhou employer paid until may, shanghai company from july. doctor jul 20 covered?", "i changed jobs", "yes, another city"},
		{"深圳单位交到5月 7月起广州单位交 职工医保在职 7月10号住院能报吗", "换了工作"},
	}
	again := []string{
		"nope, june got paid as well, there was no gap",
		"sorry i was wrong, june was also paid, no gap at all",
		"actually there's no gap, june was paid too",
		"no gap whatsoever, june was paid too",
		"6月也交了 根本没断",
		"没有断过，6月份公司交了的",
		"其实6月也缴了 压根没断过",
		"我查了 6月也交了的 从来没断过",
	}
	for _, f := range first {
		var ins []Input
		for _, x := range f {
			ins = append(ins, Input{Text: x})
		}
		s, _ := steps(t, m, ins...)
		if !s.Answered || s.Facts.GapMonths == nil && s.Facts.Since == nil {
			t.Fatalf("%q: not answered with a gap: %+v", f, s.Facts)
		}
		if s.Facts.Since == nil && *s.Facts.GapMonths == 0 {
			t.Fatalf("%q: read with no gap already; the test needs a gap", f)
		}
		for _, g := range again {
			s, r := steps(t, m, append(ins[:len(ins):len(ins)], Input{Text: g})...)
			if s.Facts.GapMonths == nil || *s.Facts.GapMonths != 0 || s.Facts.Since != nil {
				t.Errorf("%q then %q: gap %v since %v; want none", f, g, s.Facts.GapMonths, s.Facts.Since)
			}
			if txt := plain(r); !strings.Contains(txt, "2026-07") && !strings.Contains(txt, "7月") || strings.Contains(txt, "arrears all at once") || strings.Contains(txt, "分期") {
				t.Errorf("%q then %q: not the case answered again:\n%s", f, g, txt)
			}
		}
	}
}
