package dialog

import "testing"

// TestBenefitFollowUps18g is audit round 10 re-check R9-W1⁗ over the
// engine: after an answer about an ended benefit, "我十月份就开始自己交了"
// is the month paying resumed, and a benefit end moved into the future
// ("runs until february", "明年2月") is the coming February.
func TestBenefitFollowUps18g(t *testing.T) {
	m := testMachine(t)
	for _, c := range []struct {
		first, follow string
		gapEnded      string
		benefitEnded  string
	}{
		{"台州 失业金领到8月 12月15号看病能报不", "我十月份就开始自己交了 灵活就业", "2026-10", "2026-08"},
		{"台州 失业金领到8月 12月15号看病能报不", "十月份就开始自己交了", "2026-10", "2026-08"},
		{"台州 失业金领到8月 12月15号看病能报不", "从十月就自己在交", "2026-10", "2026-08"},
		{"Huzhou, unemployment benefit ended in August, hospital Dec 20 covered?", "actually my unemployment benefit runs until february", "", "2027-02"},
		{"Huzhou, unemployment benefit ended in August, hospital Dec 20 covered?", "actually my unemployment benefit runs until next february", "", "2027-02"},
		{"嘉兴 失业金8月领完了 12月20号住院能报吗", "说错了 失业金要领到明年2月", "", "2027-02"},
	} {
		var s State
		s, _, _ = m.Step(s, Input{Text: c.first}, testNow)
		if !s.Answered {
			t.Fatalf("%q: not answered", c.first)
		}
		s, _, _ = m.Step(s, Input{Text: c.follow}, testNow)
		f := s.Facts
		ge, be := "", ""
		if f.GapEnded != nil {
			ge = f.GapEnded.String()
		}
		if f.BenefitEnded != nil {
			be = f.BenefitEnded.String()
		}
		if ge != c.gapEnded || be != c.benefitEnded || !s.Answered {
			t.Errorf("%q then %q: gap_ended %q benefit_ended %q answered %v; want %q %q answered", c.first, c.follow, ge, be, s.Answered, c.gapEnded, c.benefitEnded)
		}
	}
}
