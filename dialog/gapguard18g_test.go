package dialog

import (
	"testing"

	"bujiao/rules"
)

// TestStatedGapKeptWhileAsking is audit round 10 re-check R12-M1 over the
// engine: while any question is on screen that is not the gap question
// itself (here "which year is Jun 29?", or another the chat asks next), a
// typed message never empties or shortens a stated gap.
func TestStatedGapKeptWhileAsking(t *testing.T) {
	m := testMachine(t)
	firsts := []string{
		"relocated from hangzhou to wuhan, 4 months without insurance. next june 29 surgery covered?",
		"relocated from hangzhou to wuhan, 4 months without insurance. june 29 surgery covered?",
		"杭州灵活就业 断了4个月 现在已经又开始交了 下周一看病能报吗",
	}
	followUps := []string{"my new employer put me on their medical insurance in dec",
		"new employer enrolled me in december", "新单位12月给我上了医保", "12月新单位给交上了",
		"since this month", "这个月开始交了", "this month", "12月", "since December", "现在", "now"}
	cur := testNow.UTC()
	month := rules.Month{Year: cur.Year(), Month: cur.Month()}
	gapOf := func(f rules.Facts) int {
		switch {
		case f.GapMonths != nil:
			return *f.GapMonths
		case f.Since != nil:
			return month.Since(*f.Since)
		}
		return 0
	}
	for _, first := range firsts {
		var s State
		s, _, _ = m.Step(s, Input{Text: first}, testNow)
		if s.Asking == "" || s.Asking == rules.FieldGap || s.Asking == rules.FieldSince || gapOf(s.Facts) <= 0 {
			t.Fatalf("%q: asking %q with gap %d; the test needs a question pending and a gap", first, s.Asking, gapOf(s.Facts))
		}
		for _, fu := range followUps {
			after, _, _ := m.Step(s, Input{Text: fu}, testNow)
			if g := gapOf(after.Facts); g < gapOf(s.Facts) {
				t.Errorf("%q (asking %s) then %q: the gap of %d months became %d", first, s.Asking, fu, gapOf(s.Facts), g)
			}
		}
	}
}

// TestTypedTreatYear: "今年", "this year", "明年", "next year" typed answer
// "which year is Jun 29?" like its buttons (R12-M1's path, n16).
func TestTypedTreatYear(t *testing.T) {
	m := testMachine(t)
	first := "relocated from hangzhou to wuhan, 4 months without insurance. june 29 surgery covered?"
	cur := testNow.UTC()
	for _, c := range []struct {
		typed string
		year  int
	}{
		{"this year", cur.Year()}, {"this year, already past", cur.Year()}, {"今年", cur.Year()}, {"今年的", cur.Year()},
		{"明年", cur.Year() + 1}, {"next year", cur.Year() + 1}, {"Next year.", cur.Year() + 1}, {"明年的", cur.Year() + 1},
	} {
		var s State
		s, _, _ = m.Step(s, Input{Text: first}, testNow)
		if s.Asking != rules.FieldTreatmentDate || s.TreatYear == "" {
			t.Fatalf("%q: asking %q (%q); want the year question", first, s.Asking, s.TreatYear)
		}
		after, _, _ := m.Step(s, Input{Text: c.typed}, testNow)
		if d := after.Facts.TreatmentDate; d == nil || d.Year != c.year || d.Month != 6 || d.Day != 29 {
			t.Errorf("%q: treatment day %v, want %d-06-29", c.typed, d, c.year)
		}
	}
}
