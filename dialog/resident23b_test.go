package dialog

import (
	"strings"
	"testing"
)

// fix23b: 阿拉 with no place asks the region with Ningbo offered beside
// Shanghai, never read as one of them or the national rules; other 阿拉
// words (阿拉伯, 阿拉善) do not. Sibling wordings, not the held-out sets'.
func TestFix23bAla(t *testing.T) {
	m := testMachine(t)
	for _, c := range []struct {
		msg string
		ala bool
	}{
		{"阿拉自家交的灵活就业医保 停脱三个号头了", true},
		{"阿拉姆妈个人交额医保 断了四个月", true},
		{"阿拉公司医保欠了两个月", true},
		{"我在阿拉善上班 公司医保欠了两个月", false},
	} {
		s, replies, _ := m.Step(State{}, Input{Text: c.msg}, testNow)
		got := strings.Contains(plain(replies), "宁波")
		if s.Facts.Region != "" && c.ala || got != c.ala {
			t.Errorf("%q: region %q asking %q, Ningbo offered %v; want %v", c.msg, s.Facts.Region, s.Asking, got, c.ala)
		}
	}
	// A place named: nothing asked about 阿拉.
	s, _, _ := m.Step(State{}, Input{Text: "上海 阿拉自家交的灵活就业医保 停脱三个号头了"}, testNow)
	if s.Facts.Region != "shanghai" {
		t.Errorf("上海 阿拉…: region %q, want shanghai", s.Facts.Region)
	}
}

// fix23b (R23-M1): an employer said to have paid back within the tax
// office's deadline, in Zhejiang: the answer says the fund covers the
// pause when the payment was in time (ZJ art. 28 ¶3), to be confirmed;
// elsewhere, or with no such words, nothing is added.
func TestFix23bPaidInDeadline(t *testing.T) {
	m := testMachine(t)
	const note = "art. 28 ¶3"
	for _, c := range []struct {
		msg  string
		want bool
	}{
		{"jiaxing, the company missed august, then paid it all back in october within the tax deadline", true},
		{"shaoxing, my employer skipped september but cleared everything in october before the deadline", true},
		{"jiaxing, the company missed august, then paid it all back in october", false},
		{"shanghai, the company missed august, then paid it all back in october within the tax deadline", false},
	} {
		s, replies, _ := m.Step(State{}, Input{Text: c.msg}, testNow)
		if got := strings.Contains(plain(replies), note); got != c.want {
			t.Errorf("%q: note %v, want %v (asking %q, paid %v)\n%s", c.msg, got, c.want, s.Asking, s.Facts.ArrearsPaid, plain(replies))
		}
		if c.want && s.Facts.ArrearsPaid == nil {
			t.Errorf("%q: arrears paid not read", c.msg)
		}
	}
}
