package dialog

import (
	"strings"
	"testing"
	"time"

	"bujiao/knowledge"
)

// TestNamedMonthsOwed30b: months named as owed are the gap's months; the
// months after them are asked once, before the answer, and each reply
// (button or typed, "not sure" included) reaches the answer (sibling
// wordings written here).
func TestNamedMonthsOwed30b(t *testing.T) {
	m := testMachine(t)
	now := time.Date(2026, time.December, 7, 12, 0, 0, 0, knowledge.China)
	for _, c := range []struct {
		first, reply, gap string
	}{
		{"广州 公司欠了8月9月两个月的医保", "[paid]", "2个月"},
		{"深圳 单位8月和9月没给交医保", "[open]", "4个月"},
		{"杭州 老板拖欠了七月到九月的社保", "[unsure]", "5个月"},
		{"广州 公司欠了8月9月两个月的医保", "10月开始又正常交了", "2个月"},
		{"广州 公司欠了8月9月两个月的医保", "没有 后面也没交", "4个月"},
		{"广州 公司欠了8月9月两个月的医保", "不知道", "4个月"},
	} {
		s, replies, _ := m.Step(State{}, Input{Text: c.first}, now)
		if !strings.Contains(plain(replies), "2026-08") && !strings.Contains(plain(replies), "2026-07") || s.NamedEnd == "" {
			t.Errorf("%q: the months after are not asked: %s", c.first, plain(replies))
			continue
		}
		in := Input{Text: c.reply}
		if strings.HasPrefix(c.reply, "[") {
			want := map[string]string{"[paid]": "k:gap_ended:" + s.NamedEnd, "[open]": "k:gap_ended:open", "[unsure]": "p:gap_ended"}[c.reply]
			in = Input{Data: want}
			found := false
			for _, b := range allButtons(replies) {
				found = found || b.Data == want
			}
			if !found {
				t.Errorf("%q: no button %s: %v", c.first, want, allButtons(replies))
				continue
			}
		}
		s, replies, _ = m.Step(s, in, now)
		if !isAnswer(replies) || s.NamedEnd != "" {
			t.Errorf("%q then %q: no answer: %s", c.first, c.reply, plain(replies))
			continue
		}
		if !strings.Contains(plain(replies), c.gap) {
			t.Errorf("%q then %q: gap %s not in the answer: %s", c.first, c.reply, c.gap, plain(replies))
		}
	}
	// Months after named too, or none after: nothing asked.
	for _, in := range []string{"广州 公司从8月开始一直没交到现在", "广州 公司欠了10月11月两个月的医保"} {
		if s, _, _ := m.Step(State{}, Input{Text: in}, now); s.NamedEnd != "" {
			t.Errorf("%q: asked about the months after", in)
		}
	}
}
