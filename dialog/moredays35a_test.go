package dialog

import (
	"strings"
	"testing"
	"time"

	"bujiao/knowledge"
)

// fix35a (R28-W3): each more treatment day takes the year its own clause
// tells, not the year nearest the treatment day.
func TestMoreDaysOwnYear35a(t *testing.T) {
	m := testMachine(t)
	now := time.Date(2026, time.December, 7, 12, 0, 0, 0, knowledge.China)
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"shanghai employer stopped paying in october. i had a checkup on march 5 and my surgery is scheduled for dec 20, covered?",
			[]string{"2026-03-05 is before", "2026-12-20 falls in the gap"}},
		{"上海 公司10月开始没交了，我3月5号看过门诊，12月20号准备做手术，能报吗",
			[]string{"2026-03-05在待遇停止", "2026-12-20在断缴期间"}},
	} {
		var s State
		var replies []Reply
		for _, in := range []string{"/start", c.in} {
			s, replies, _ = m.Step(s, Input{Text: in}, now)
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
}
