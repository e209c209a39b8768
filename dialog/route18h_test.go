package dialog

import (
	"testing"

	"bujiao/dialog/understand"
	"bujiao/rules"
)

// TestBenefitEndNoPlace18h is audit round 11 R9-W1⁵ over the engine: a
// first message telling the month a benefit ended and a day, with no
// place, keeps both; after the place, "10月份就开始自己交了" is the month
// paying resumed (浙江条例 art. 30 ¶3), not the start of a gap.
func TestBenefitEndNoPlace18h(t *testing.T) {
	m := testMachine(t)
	for _, c := range []struct {
		first, place, follow string
	}{
		{"失业金8月领完了 12月20号住院能报吗", "宁波", "10月份就开始自己交了 灵活就业"},
		{"失业金8月领完了 12月20号住院能报吗", "宁波", "10月开始自己交了"},
		{"失业金领到8月 12月18号住院能报吗", "丽水", "我十月份就开始自己交了"},
	} {
		var s State
		s, _, _ = m.Step(s, Input{Text: c.first}, testNow)
		f := s.Facts
		if f.BenefitEnded == nil || f.BenefitEnded.String() != "2026-08" || f.TreatmentDate == nil {
			t.Fatalf("%q: benefit_ended %v treatment %v; want 2026-08 and the day", c.first, f.BenefitEnded, f.TreatmentDate)
		}
		s, _, _ = m.Step(s, Input{Text: c.place}, testNow)
		if !s.Answered {
			t.Fatalf("%q then %q: not answered", c.first, c.place)
		}
		s, _, _ = m.Step(s, Input{Text: c.follow}, testNow)
		f = s.Facts
		if f.GapEnded == nil || f.GapEnded.String() != "2026-10" || f.Since != nil && f.Since.String() == "2026-10" {
			t.Errorf("%q then %q: gap_ended %v since %v; want gap_ended 2026-10", c.first, c.follow, f.GapEnded, f.Since)
		}
	}
}

// TestBenefitEndToldOwn18h: the reading that keeps such a first message's
// facts; a supposed case is not one's own.
func TestBenefitEndToldOwn18h(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"失业金8月领完了 12月20号住院能报吗", true},
		{"失业金领到8月 下周一看病能报不", true},
		{"如果失业金8月领完了 12月20号住院能报吗", false},
		{"失业金领完了能自己交吗", false},
		{"断缴3个月能补吗", false},
	} {
		e := understand.Analyze(c.in, rules.Date{Year: 2026, Month: 11, Day: 25}, nil, "").Extracted
		if got := benefitEndToldOwn(c.in, e); got != c.want {
			t.Errorf("benefitEndToldOwn(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
