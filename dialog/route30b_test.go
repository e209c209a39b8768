package dialog

import (
	"strings"
	"testing"

	"bujiao/knowledge"
	"bujiao/rules"
)

// TestCaseDay30b: a job change or a move told, then "covered on <day>?"
// (sibling wordings written here): the case is what is answered, with the
// day and the story's facts taken, and the entry the story's words find
// kept for a button under the answer.
func TestCaseDay30b(t *testing.T) {
	kb := testKB(t)
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, msg := range []string{
		"深圳 7月份辞职了 9月份去了新公司上班 12月20号做手术能报吗",
		"杭州的 上个月离职 这个月入职新单位 下周三住院 医保可以用吗",
		"我8月离职 10月入职新公司 在广州 12月18号去医院能报销吗",
		"换工作中间断了两个月 现在在上海新单位 12月22号手术能不能报",
		"shenzhen, left my job in august and started a new one in october, am i covered on dec 20?",
		"quit my job in hangzhou in july, found a new job in september, will i be covered on december 18?",
		"changed jobs in guangzhou with a 2 month gap, covered on dec 21?",
	} {
		r := Decide(kb, msg, today, rules.FieldScheme, rules.Facts{})
		if r.Kind != RouteFacts || r.Facts.Treatment == nil || r.Facts.Reason != rules.ReasonJobChange || r.Facts.Region == "" ||
			r.ConfirmGap != nil {
			t.Errorf("%q: route %s, facts %+v, confirm %v; want the case with its day", msg, r.Kind, r.Facts, r.ConfirmGap)
			continue
		}
		if len(r.Also) == 0 || r.Also[0].FAQ.ID != "job-change-gap" {
			t.Errorf("%q: entry kept %v, want job-change-gap", msg, r.Also)
		}
	}
	// A job-change question with no day, and a day with no story, are
	// left as they were.
	for _, msg := range []string{"换工作中间断了两个月医保怎么办", "I had a two-month gap between jobs, what happens to my insurance?"} {
		if r := Decide(kb, msg, today, rules.FieldScheme, rules.Facts{}); r.Kind == RouteFacts && len(r.Also) > 0 {
			t.Errorf("%q: taken as a case with a day (%s)", msg, r.Kind)
		}
	}
}

// TestCaseDayOneMessage30b: told in full ("moved … for a new job, 2 months
// gap, covered on dec 20?"), the case answer judging the day is the one
// reply, the job-change entry a button under it.
func TestCaseDayOneMessage30b(t *testing.T) {
	m := testMachine(t)
	m.LastRow = func(_ *knowledge.Base, _ knowledge.Lang, _ rules.Facts) []Button {
		return []Button{{Label: "remind", Data: "c:help"}} // as the bot's keyboard has
	}
	for _, c := range []struct{ lang, in, day string }{
		{"en", "moved from beijing to shanghai for a new job, 2 months gap between jobs, am i covered on dec 20?", "2026-12-20"},
		{"zh", "从北京换工作到上海 中间断了两个月 12月20号住院能报吗", "2026-12-20"},
	} {
		_, replies, _ := m.Step(State{}, Input{Text: c.in, LangHint: measureHint(c.lang)}, testNow)
		if !isAnswer(replies) {
			t.Errorf("%s: no case answer in the first reply: %v", c.in, plain(replies))
			continue
		}
		last := replies[len(replies)-1]
		all := plain(replies)
		if !strings.Contains(all, c.day) {
			t.Errorf("%s: the day %s is not judged: %s", c.in, c.day, all)
		}
		found := false
		for _, row := range last.Buttons {
			for _, b := range row {
				found = found || b.Data == EncodeAction(Action{Kind: ActFAQ, Value: "job-change-gap"})
			}
		}
		if !found {
			t.Errorf("%s: no job-change entry under the answer", c.in)
		}
		if len(last.Buttons) > 3 {
			t.Errorf("%s: %d rows under the answer, want at most 3: %v", c.in, len(last.Buttons), last.Buttons)
		}
		if len(replies) != 1 {
			t.Errorf("%s: %d messages, want the one answer", c.in, len(replies))
		}
	}
}
