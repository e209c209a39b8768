package dialog

import "testing"

// TestPlaceKeptAcrossAnswers: the place a person named stays in the case
// while they answer the other questions (a bug once cleared it on every
// answer, so the answer's case line lost "Chengdu").
func TestPlaceKeptAcrossAnswers(t *testing.T) {
	m := testMachine(t)
	var s State
	for _, in := range []string{"/start", "I have resident insurance in Chengdu, didn't pay for 2 years", "no", "not sure"} {
		s, _, _ = m.Step(s, Input{Text: in, LangHint: "en"}, testNow)
		if in != "/start" && s.Facts.Place != "成都市" {
			t.Fatalf("after %q: place %q, want 成都市 (region %q)", in, s.Facts.Place, s.Facts.Region)
		}
	}
	if !s.Answered {
		t.Fatalf("no answer: asking %q", s.Asking)
	}
}
