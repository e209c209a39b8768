package dialog

import (
	"os"
	"strings"
	"testing"

	"bujiao/knowledge"

	"gopkg.in/yaml.v3"
)

// TestFAQRegressionFirstReply: the FAQ regression questions of issue 17
// (knowledge/testdata/faq_regression.yaml: 18 zh, 17 en, written the way
// people type, none copied from the knowledge base) get their entry as the
// chat's first reply. knowledge's TestFAQRegression checks the search
// alone; this checks the routing too (a question told inside a story is
// not taken for a case, a Cantonese question asks, a region's own entry
// comes first for someone who named the region). Drop `refines` from
// guangdong-years and the 深圳 question fails.
func TestFAQRegressionFirstReply(t *testing.T) {
	doc := loadFAQRegression(t)
	m := testMachine(t)
	right := map[string]int{}
	total := map[string]int{}
	for _, q := range doc.Questions {
		total[q.Lang]++
		got := measureFirstReply(m, q.Text, q.Lang)
		if got != q.Want {
			t.Errorf("[%s %s] %q: first reply %s, want %s", q.Lang, q.Kind, q.Text, got, q.Want)
			continue
		}
		right[q.Lang]++
	}
	if total["zh"] < 15 || total["en"] < 15 {
		t.Errorf("%d zh and %d en questions; keep at least 15 of each", total["zh"], total["en"])
	}
	t.Logf("first reply right: zh %d/%d, en %d/%d", right["zh"], total["zh"], right["en"], total["en"])
}

// TestFAQReplyOneMessage (issue 17 §5): an FAQ answer is one message, its
// related questions buttons under it, not a second message; and so is an
// FAQ answer to a question that also states facts.
func TestFAQReplyOneMessage(t *testing.T) {
	m := testMachine(t)
	for _, c := range []struct{ lang, text string }{
		// Questions two entries answer, so related ones are offered.
		{"zh", "医保断了半年 再交要等多久才能报销"},
		{"en", "how long do I have to wait after my insurance lapsed"},
		{"en", "how many years of medical insurance for retirement, and can I pay the missing ones"},
	} {
		_, replies, events := m.Step(State{}, Input{Text: c.text, LangHint: measureHint(c.lang)}, testNow)
		id := measureClassify(events)
		if strings.HasPrefix(id, measureAsked) || id == measureMiss || id == measureOther {
			t.Fatalf("%q: first reply %s, want an FAQ entry", c.text, id)
		}
		answer := -1
		for i, r := range replies {
			for _, row := range r.Buttons {
				for _, b := range row {
					if b.Data == "f:y:"+id {
						answer = i
					}
				}
			}
		}
		if answer < 0 {
			t.Fatalf("%q: no reply carries the feedback buttons of %s", c.text, id)
		}
		related := 0
		for i, r := range replies {
			for _, row := range r.Buttons {
				for _, b := range row {
					if !strings.HasPrefix(b.Data, "q:") {
						continue
					}
					if i != answer {
						t.Errorf("%q: the related question %q is in reply %d, not under the answer (reply %d)", c.text, b.Label, i, answer)
					}
					related++
				}
			}
		}
		if related == 0 {
			t.Errorf("%q: no related question offered under the answer; pick a question two entries answer", c.text)
		}
	}
}

// TestInlineFAQLikeChat (issue 17 §6): every FAQ regression question typed
// inline gets, as its first result, the entry the chat answers with.
func TestInlineFAQLikeChat(t *testing.T) {
	doc := loadFAQRegression(t)
	m := testMachine(t)
	kb := m.Knowledge()
	today := knowledge.Today(testNow)
	for _, q := range doc.Questions {
		lang := knowledge.Zh
		if q.Lang == "en" {
			lang = knowledge.En
		}
		chat := measureFirstReply(m, q.Text, q.Lang)
		r := InlineAnswer(kb, q.Text, today, lang)
		want := ""
		for _, f := range kb.FAQs() {
			if f.ID == chat {
				want = f.Questions.Zh[0]
				if lang == knowledge.En {
					want = f.Questions.En[0]
				}
			}
		}
		if want == "" {
			t.Errorf("[%s] %q: the chat's first reply %s is no FAQ entry", q.Lang, q.Text, chat)
			continue
		}
		if r.FAQTitle != want {
			t.Errorf("[%s] %q: inline FAQ result %q, the chat answers with %q (%s)", q.Lang, q.Text, r.FAQTitle, want, chat)
		}
	}
}

// faqRegression is knowledge/testdata/faq_regression.yaml: questions as
// people type them, each with the entry it should get.
type faqRegression struct {
	Questions []struct{ Lang, Want, Kind, Text string }
}

func loadFAQRegression(t *testing.T) faqRegression {
	t.Helper()
	data, err := os.ReadFile("../knowledge/testdata/faq_regression.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var doc faqRegression
	if err := yaml.Unmarshal(data, &doc); err != nil {
		t.Fatalf("faq_regression.yaml: %v", err)
	}
	return doc
}
