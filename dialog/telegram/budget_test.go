package telegram

import (
	"strings"
	"testing"
)

// TestBudgetPaths counts the message-class calls (sends and edits) from
// /start to the first case answer for the ways people begin: one sentence,
// a question first and then their case, a move, and an employer's arrears.
// The limits are the goals (answer first, then refine).
func TestBudgetPaths(t *testing.T) {
	h := newHarness(t)
	h.configure = unlimited
	h.start()
	messages := h.api.messagesTo
	paths := []struct {
		name  string
		texts []string
		max   int
	}{
		{"one sentence", []string{"上海灵活就业，断缴8个月"}, 2},
		{"question first", []string{"医保断缴了还能补吗", "上海灵活就业，断缴8个月"}, 3},
		{"mover", []string{"从杭州换工作到上海了，中间断了2个月，新单位在交"}, 2},
		{"arrears", []string{"公司欠缴了我3个月医保，在杭州上班"}, 3},
	}
	for i, p := range paths {
		u := h.user(7100+int64(i), "zh-hans")
		u.say("/start")
		var got []apiCall
		for _, s := range p.texts {
			got = u.say(s)
		}
		for n := 0; !isAnswer(got) && n < 8; n++ {
			got = u.pressFirst()
		}
		if !isAnswer(got) {
			t.Fatalf("%s: no answer:\n%s", p.name, joined(got))
		}
		msgs := messages(u.chatID)
		t.Logf("%s: %d message-class calls to the first case answer (%d presses)", p.name, msgs, u.presses)
		if msgs > p.max {
			t.Errorf("%s: %d message-class calls, want at most %d", p.name, msgs, p.max)
		}
	}
}

// TestInlineFAQResultFirst: a question typed inline gets its FAQ entry as
// the first result, in the query's language even from an English phone.
func TestInlineFAQResultFirst(t *testing.T) {
	h, _ := inlineHarness(t)
	_, rs := h.ask("iq-faq", "医保断缴了还能补吗", "en")
	if len(rs) < 2 || !strings.HasPrefix(rs[0].ID, "faq:") {
		t.Fatalf("results %+v, want the FAQ entry first", rs)
	}
	if !strings.ContainsAny(rs[0].Title, "医保补缴") {
		t.Errorf("the FAQ result is not in the query's language: %q", rs[0].Title)
	}
}
