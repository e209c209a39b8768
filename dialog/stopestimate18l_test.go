package dialog

import (
	"strings"
	"testing"
	"time"

	"bujiao/knowledge"
)

// TestStopEstimateChat: audit round 16, R16-U1. An employer that has not
// paid this month in Guangdong or a national-baseline city: no source gives
// the day cover stops, so the chat's answer calls the day an estimate,
// never says the days before it are covered, and a question whether paying
// first is in time gets the estimate's note, not "our sources say cover
// stops on". Shanghai keeps its sourced day.
func TestStopEstimateChat(t *testing.T) {
	m := testMachine(t)
	now := time.Date(2026, time.December, 7, 12, 0, 0, 0, knowledge.China)
	cases := []struct {
		name, lang string
		turns      []string
		want, not  []string
	}{
		{"N15 guangzhou", "zh", []string{"广州 公司这个月医保没交 正常经营 下个月住院能报吗"},
			[]string{"按惯例推算2027-01-01起停止", "此前能否报销也不确定"}, []string{"为止仍有待遇", "仍有待遇。"}},
		{"chengdu in time", "zh", []string{"成都 单位这个月的医保没交 正常经营 月底前补上还来得及吗"},
			[]string{"按惯例推算2027-01-01起停止", "2027-01-01只是按惯例推算"}, []string{"为止仍有待遇", "我们的资料只写了待遇从"}},
		{"shenzhen en", "en", []string{"shenzhen, my employer did not pay this month's medical insurance, company still operating, hospital next month?", "0 months"},
			[]string{"stops 2027-01-01 (estimate; no local source)"}, []string{"covered to 2026-12-31"}},
		{"shanghai keeps the 15th", "zh", []string{"上海 公司这个月医保没交 正常经营 下个月住院能报吗"},
			[]string{"2027-01-15起停止，到2027-01-14为止仍有待遇"}, []string{"按惯例推算"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, _, _ := m.Step(State{}, Input{Text: "/start", LangHint: c.lang}, now)
			var all strings.Builder
			for _, turn := range c.turns {
				var replies []Reply
				s, replies, _ = m.Step(s, Input{Text: turn}, now)
				for _, r := range replies {
					all.WriteString(r.PlainText())
				}
			}
			out := all.String()
			for _, w := range c.want {
				if !strings.Contains(out, w) {
					t.Errorf("missing %q:\n%s", w, out)
				}
			}
			for _, n := range c.not {
				if strings.Contains(out, n) {
					t.Errorf("has %q:\n%s", n, out)
				}
			}
		})
	}
}
