package dialog

import (
	"strings"
	"testing"

	"bujiao/rules"
)

// TestDontKnowBrokenYears23a: "not sure" again and again at the
// broken-years question leads on: the outcome under each count with 12393,
// no date promised, never the question put again after the hint; a count
// told afterwards still gives the dated answer.
func TestDontKnowBrokenYears23a(t *testing.T) {
	m := testMachine(t)
	for _, c := range []struct {
		first string
		dunno []string
	}{
		{"武汉的城乡居民医保断了一段时间 现在想续上", []string{"不知道", "不清楚", "记不得了"}},
		{"老家新农合好几年没交了 河南的", []string{"不清楚", "真不知道"}},
		{"resident insurance in chengdu, lapsed for a while, want to pay again", []string{"not sure", "no idea", "not sure"}},
	} {
		var (
			s       State
			replies []Reply
		)
		s, _, _ = m.Step(s, Input{Text: c.first}, testNow)
		if s.Asking == rules.FieldNewborn {
			s, _, _ = m.Step(s, Input{Text: c.dunno[0]}, testNow)
		}
		if s.Asking != rules.FieldBrokenYears {
			t.Errorf("%q: asking %q, want broken years", c.first, s.Asking)
			continue
		}
		for _, d := range c.dunno {
			s, replies, _ = m.Step(s, Input{Text: d}, testNow)
		}
		all := plain(replies)
		if strings.Contains(all, "断保了几个整年") || strings.Contains(all, "How many full years") {
			t.Errorf("%q: the question put again after %d 'not sure': %q", c.first, len(c.dunno), all)
		}
		if !strings.Contains(all, "12393") || !strings.Contains(all, "38号") {
			t.Errorf("%q: the last reply names no 12393 or 38号: %q", c.first, all)
		}
		if strings.Contains(all, "2026-") || strings.Contains(all, "2027-") {
			t.Errorf("%q: a date promised with the years unknown: %q", c.first, all)
		}
		// A count told later gives the answer.
		s, _, _ = m.Step(s, Input{Text: "断了2年"}, testNow)
		if s.Facts.BrokenYears == nil || *s.Facts.BrokenYears != 2 {
			t.Errorf("%q: a count told after 'not sure' not taken: %v", c.first, s.Facts.BrokenYears)
		}
	}
}
