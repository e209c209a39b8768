package dialog

import (
	"regexp"
	"strings"
	"testing"

	"bujiao/rules"
)

// TestDontKnowSameVerdict46c: "not sure" at how long the gap is, where
// every length gives the same verdict (an employer that owes, still
// trading): the answer comes at once, with the gap left unknown (never a
// length assumed), no date that depends on it, and the question not put
// again. Where the length changes the verdict (a self-payer), the ordinary
// reply stands. Sibling wordings written for this test.
func TestDontKnowSameVerdict46c(t *testing.T) {
	m := testMachine(t)
	for _, c := range []struct {
		lines   string // '|' between messages
		dunno   string
		verdict string // "": no answer yet
	}{
		{"公司这几个月好像没给我交医保 老板人还在 厂里也照常开工 我在杭州", "不知道", "employer-pays"},
		{"我在宁波上班 单位停交医保了 公司正常经营", "不清楚", "employer-pays"},
		{"上海浦东 我们单位没给交医保 老板天天来上班的 公司也正常", "记不得了", "employer-pays"},
		{"深圳 公司欠我的医保没交 公司还开着", "不记得", "employer-pays"},
		{"my employer in hangzhou stopped paying my medical insurance, company still operating normally", "not sure", "employer-pays"},
		{"company stopped paying my insurance but the business is running fine. shanghai", "no idea", "employer-pays"},
		{"boss is still around and the firm is open, but they quit paying my health insurance, I work in Guangzhou", "dunno", "employer-pays"},
		{"ningbo, employer owes my medical contributions, company normal", "i dont know", "employer-pays"},
		{"suzhou my company hasnt paid my insurance for a while, boss still here", "not sure", "employer-pays"},
		// Not an employer that owes and trades: the hint, no answer yet.
		{"上海 灵活就业 自己交的 断了", "不知道", ""},
		{"i pay myself in shanghai as a freelancer and stopped paying", "not sure", ""},
		{"i pay myself in hangzhou as a freelancer and stopped paying", "not sure", ""},
		// The unit's state is still to be asked: no answer before it.
		{"深圳 单位没给我交医保了", "不知道", ""},
	} {
		var s State
		for _, l := range strings.Split(c.lines, "|") {
			s, _, _ = m.Step(s, Input{Text: l}, testNow)
		}
		if s.Asking != rules.FieldGap {
			t.Errorf("%s: asking %q, want the gap", c.lines, s.Asking)
			continue
		}
		s2, replies, evs := m.Step(s, Input{Text: c.dunno}, testNow)
		got := ""
		asked := false
		for _, e := range evs {
			if e.Kind == EvAnswer {
				got = e.Verdict
			}
			if e.Kind == EvAsked && e.Question == string(rules.FieldGap) {
				asked = true
			}
		}
		if got != c.verdict {
			t.Errorf("%s / %s: verdict %q, want %q\n%s", c.lines, c.dunno, got, c.verdict, plain(replies))
			continue
		}
		if c.verdict == "" {
			continue
		}
		if s2.Facts.GapMonths != nil || s2.Facts.Since != nil {
			t.Errorf("%s: a gap was assumed: %v %v", c.lines, s2.Facts.GapMonths, s2.Facts.Since)
		}
		if asked {
			t.Errorf("%s: the gap question was put again", c.lines)
		}
		txt := plain(replies)
		if dateRe46c.MatchString(txt) {
			t.Errorf("%s: a date in an answer without the gap:\n%s", c.lines, txt)
		}
		// A length told afterwards still gives the dated answer.
		_, _, evs = m.Step(s2, Input{Text: "3"}, testNow)
		dated := false
		for _, e := range evs {
			dated = dated || e.Kind == EvAnswer
		}
		if !dated {
			t.Errorf("%s: a length told after gave no answer", c.lines)
		}
	}
}

// dateRe46c is a day or a month written as a date.
var dateRe46c = regexp.MustCompile(`20\d\d-\d\d`)
