package dialog

import (
	"strings"
	"testing"
	"time"

	"bujiao/knowledge"
)

// auditNow is the day of the first audit's chats (AUDIT-ROUND1, c01–c21):
// a Shanghai flexible worker who missed November has cover to 12-14.
var auditNow = time.Date(2026, time.December, 6, 12, 0, 0, 0, knowledge.China)

// TestAuditInTime: M7. The chat started in Chinese, the person writes
// pinyin syllable by syllable and asks whether paying before the 15th is
// in time. The chat stays Chinese, reads the case, and the answer says the
// sources do not settle it and what to ask 12393; a question that does not
// ask it gets no such note, nor does one whose stop day has passed.
func TestAuditInTime(t *testing.T) {
	m := testMachine(t)
	cases := []struct {
		name, text string
		now        time.Time
		note       bool
	}{
		{"pinyin, stop ahead", "wo zai shanghai ling huo jiu ye 11 yue mei jiao, 12 yue 15 hao zhi qian jiao hai lai de ji ma", auditNow, true},
		{"characters, stop ahead", "我在上海灵活就业 11月没交，12月15号之前交还来得及吗", auditNow, true},
		{"not asked", "我在上海灵活就业 11月没交", auditNow, false},
		{"stop passed", "我在上海灵活就业 10月没交，现在交还来得及吗", auditNow, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, _, _ := m.Step(State{}, Input{Text: "/start", LangHint: "zh"}, c.now)
			s, replies, _ := m.Step(s, Input{Text: c.text}, c.now)
			var all strings.Builder
			for _, r := range replies {
				all.WriteString(r.PlainText())
			}
			out := all.String()
			if s.Lang != knowledge.Zh {
				t.Fatalf("language switched to %q:\n%s", s.Lang, out)
			}
			if !strings.Contains(out, "个案：") {
				t.Fatalf("no case answer:\n%s", out)
			}
			has := strings.Contains(out, "没有写明在此之前补上欠缴的月份能否让待遇不停")
			if has != c.note {
				t.Fatalf("in-time note shown = %v, want %v:\n%s", has, c.note, out)
			}
			if c.note && !strings.Contains(out, "2026-12-15之前拨打12393") {
				t.Fatalf("the note does not name the stop day:\n%s", out)
			}
		})
	}
}
