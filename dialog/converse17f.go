package dialog

import "bujiao/rules"

// assumptionOff: "not sure" is not answered with the plain assumption
// when the person said something that points the other way: at the
// retirement question after telling an age or a retirement ("今年刚满60",
// "到退休岁数了": working age is not assumed; the age decides), and at
// the employer's status after words of an employer gone (unitGoneHint).
// The question stays, with the ways to find out (heldout9).
func (t *turn) assumptionOff(f rules.Field) bool {
	switch f {
	case rules.FieldRetirement:
		return t.s.AgeSaid
	case rules.FieldUnitStatus:
		return t.s.UnitGoneSaid
	}
	return false
}
