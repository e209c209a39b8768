package dialog

import "bujiao/rules"

// "不知道" at the broken-years question, again (round 23a, issue 17): the
// hint came first (d.dunno.broken_years); a second "not sure" was met
// with the same question forever. No count can be assumed (a shorter
// break would promise cover too early, a longer one has no bound), so the
// outcome under each possibility is said, as the national rule (国办发
// 〔2024〕38号) counts it and with no date, with 12393 to settle it; the
// question is left, with a button to come back to it, and a count told
// later ("断了2年") still gives the dated answer.

// dontKnowBrokenYears answers a second "not sure" at the broken-years
// question; false when the ordinary reply stands.
func (t *turn) dontKnowBrokenYears(f rules.Field) bool {
	if f != rules.FieldBrokenYears || t.s.Misses < 1 {
		return false
	}
	t.s.Misses = 0
	t.event(Event{Kind: EvHuman}) // the reply gives the human routes
	t.s.Asking = ""
	buttons := [][]Button{{t.btn(t.msg("d.continue"), Action{Kind: ActEdit, Field: rules.FieldBrokenYears})},
		{t.btn(t.msg("d.restart"), Action{Kind: ActCommand, Value: "restart"})}}
	t.sayButtons(buttons, para(text(t.msg("d.dunno.broken_years_range"))))
	return true
}
