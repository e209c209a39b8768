package dialog

import (
	"testing"
	"time"

	"bujiao/knowledge"
	"bujiao/rules"
)

// Audit round 9 re-check R9-W1‴: after an answer about an ended
// unemployment benefit, a follow-up naming the month paying resumed is
// taken as that month (Zhejiang art. 30 ¶3), the benefit's end is kept,
// and "still getting the benefit" drops the end (社会保险法 art. 48).
func TestBenefitFollowUps18f(t *testing.T) {
	m := testMachine(t)
	now := time.Date(2026, time.December, 7, 12, 0, 0, 0, knowledge.China)
	firsts := []string{
		"宁波 失业金8月领完了 12月20号住院能报吗",
		"Ningbo, unemployment benefit ended in August. Hospital Dec 20 covered?",
	}
	for _, c := range []struct {
		msg     string
		resumed string // "": none taken
		drawing bool
	}{
		{"10月开始自己交了", "2026-10", false},
		{"我10月开始以灵活就业身份交的", "2026-10", false},
		{"自从10月就自己交着", "2026-10", false},
		{"10月以来一直在交", "2026-10", false},
		{"I started paying as a freelancer in October", "2026-10", false},
		{"I have been paying as a freelancer since October", "2026-10", false},
		{"ive paid as flexible worker since november", "2026-11", false},
		{"started paying this month", "2026-12", false},
		// No resumption: a month at or before the benefit's end, a plan, a bare word.
		{"8月开始自己交了", "", false},
		{"I will start paying next month", "", false},
		{"这个月", "", false},
		{"ok", "", false},
		// The benefit is still drawn.
		{"sorry, I mean I am still getting unemployment benefit until January", "", true},
		{"不对 失业金还在领 领到明年1月", "", true},
	} {
		for _, first := range firsts {
			var s State
			s, _, _ = m.Step(s, Input{Text: first}, now)
			if !s.Answered || s.Facts.BenefitEnded == nil || s.Facts.BenefitEnded.String() != "2026-08" {
				t.Fatalf("%q: answered %v, benefit end %v", first, s.Answered, s.Facts.BenefitEnded)
			}
			after, _, _ := m.Step(s, Input{Text: c.msg}, now)
			f := after.Facts
			switch {
			case c.drawing:
				if f.BenefitEnded != nil || f.GapEnded != nil || f.Reason != rules.ReasonUnemployment || !after.Answered {
					t.Errorf("%q then %q: benefit end %v, resumed %v, reason %q, answered %v; want the benefit drawn",
						first, c.msg, f.BenefitEnded, f.GapEnded, f.Reason, after.Answered)
				}
			case c.resumed != "":
				if f.GapEnded == nil || f.GapEnded.String() != c.resumed || f.BenefitEnded == nil || f.BenefitEnded.String() != "2026-08" || !after.Answered {
					t.Errorf("%q then %q: resumed %v, benefit end %v, answered %v; want resumed %s, end 2026-08",
						first, c.msg, f.GapEnded, f.BenefitEnded, after.Answered, c.resumed)
				}
			default:
				if f.GapEnded != nil || f.BenefitEnded == nil || f.BenefitEnded.String() != "2026-08" {
					t.Errorf("%q then %q: resumed %v, benefit end %v; want nothing changed", first, c.msg, f.GapEnded, f.BenefitEnded)
				}
			}
		}
	}
}

// R11-M1: a treatment day whose year the message leaves open is asked
// (fix35a: a day within 2 months of today is the nearest one; 9月15号 on
// 2026-12-07 is further off either way)
// about, one tap each; the past day in a 4-month cross-city gap is not
// covered, and nothing is answered on a guessed year.
func TestTreatYearAsked18f(t *testing.T) {
	m := testMachine(t)
	now := time.Date(2026, time.December, 7, 12, 0, 0, 0, knowledge.China)
	for _, first := range []string{
		"从武汉换到长沙上班 中间断了4个月 新单位上个月把这4个月都补了 9月15号看病能报吗",
		"深圳辞职去了北京 断了4个月 新单位11月给我上的保险 9月15号看病能报吗",
	} {
		var s State
		s, _, _ = m.Step(s, Input{Text: first}, now)
		if s.Asking != rules.FieldTreatmentDate || s.Facts.TreatmentDate != nil {
			t.Fatalf("%q: asking %q, treatment %v; want the year asked", first, s.Asking, s.Facts.TreatmentDate)
		}
		for _, pick := range []string{"2026-09-15", "2027-09-15"} {
			data := EncodeAction(Action{Kind: ActSet, Field: rules.FieldTreatmentDate, Value: pick})
			after, _, _ := m.Step(s, Input{Data: data}, now)
			if after.Facts.TreatmentDate == nil || after.Facts.TreatmentDate.String() != pick {
				t.Errorf("%q, pressed %s: treatment %v", first, pick, after.Facts.TreatmentDate)
			}
		}
	}
}
