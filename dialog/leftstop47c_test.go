package dialog

import (
	"testing"

	"bujiao/rules"
)

// TestLeftStop47c (fix47c, R34-W2): a move from Shanghai with months unpaid
// before the new city's start; a day in Shanghai before Shanghai's own stop
// (S7: unpaid from July → stop 08-15) is covered, a day from 08-15 is not.
// Sibling wordings written for this test (en/zh, orders, no punctuation).
func TestLeftStop47c(t *testing.T) {
	m := testMachine(t)
	kb := testKB(t)
	today := rules.Date{Year: 2026, Month: 12, Day: 8}
	for _, c := range []struct {
		msg     string
		day     rules.Date
		covered rules.Tri
	}{
		{"left my shanghai job end of june, they paid through june. started at a chengdu company in november and they pay from november", rules.Date{Year: 2026, Month: 8, Day: 10}, rules.TriYes},
		{"shanghai employer paid thru june, then nothing till my wuhan job started in november", rules.Date{Year: 2026, Month: 7, Day: 20}, rules.TriYes},
		{"我在上海上班社保交到6月 后来11月去了成都的公司 中间断了4个月", rules.Date{Year: 2026, Month: 8, Day: 10}, rules.TriYes},
		{"quit my shanghai job in june (paid through june), joined a nanjing company in november", rules.Date{Year: 2026, Month: 8, Day: 3}, rules.TriYes},
		{"quit my shanghai job in june (paid through june), joined a nanjing company in november", rules.Date{Year: 2026, Month: 8, Day: 14}, rules.TriYes},
		{"left my shanghai job end of june, they paid through june. started at a chengdu company in november and they pay from november", rules.Date{Year: 2026, Month: 8, Day: 15}, rules.TriNo},
		{"我在上海上班社保交到6月 后来11月去了成都的公司 中间断了4个月", rules.Date{Year: 2026, Month: 9, Day: 20}, rules.TriNo},
		{"shanghai employer paid thru june, then nothing till my wuhan job started in november", rules.Date{Year: 2026, Month: 10, Day: 2}, rules.TriNo},
	} {
		s, _ := steps(t, m, Input{Text: c.msg})
		f := s.Facts
		if f.LeftRegion != "shanghai" {
			t.Errorf("%q: left_region %q, want shanghai", c.msg, f.LeftRegion)
			continue
		}
		d := c.day
		f.TreatmentDate = &d
		o, err := kb.Evaluate(f, today)
		if err != nil || o.Treatment == nil {
			t.Errorf("%q: %v", c.msg, err)
			continue
		}
		if got := o.Treatment.Covered; got != c.covered {
			t.Errorf("%q %s: covered %v (%s), want %v", c.msg, d, got, o.Treatment.Why, c.covered)
		}
		if so := o.StoppedOn; so == nil || so.String() != "2026-08-15" {
			t.Errorf("%q: stopped on %v, want 2026-08-15", c.msg, so)
		}
	}
}
