package dialog

import "bujiao/rules"

// "不知道" at the broken-years question, again (round 23a, issue 17): the
// hint came first (d.dunno.broken_years); a second "not sure" was met
// with the same question forever. No count can be assumed (a shorter
// break would promise cover too early, a longer one has no bound), so the
// outcome under each possibility is said, as the national rule (国办发
// 〔2024〕38号) counts it and with no date, with 12393 to settle it; the
// question is not put again (its counts stay as buttons, and a count
// typed or told later, "2" or "断了2年", still gives the dated answer).

// dontKnowBrokenYears answers a second "not sure" at the broken-years
// question; false when the ordinary reply stands.
func (t *turn) dontKnowBrokenYears(f rules.Field) bool {
	if f != rules.FieldBrokenYears || t.s.Misses < 1 {
		return false
	}
	// Misses stays: a further "not sure" gets this answer again, never
	// the hint and the question.
	t.event(Event{Kind: EvHuman}) // the reply gives the human routes
	// The counts stay as buttons, and a count typed is still read, for
	// one found out or guessed; the question itself is not put again.
	t.s.Asking = f
	t.sayButtons(t.questionButtons(f, t.mergeOf(f)), para(text(t.msg("d.dunno.broken_years_range"))))
	return true
}
