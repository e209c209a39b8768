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

// ageNotImplied undoes a retirement status the rules implied (years paid
// imply the age reached) for someone who told an age below 60 without
// saying where they stand ("职工医保 今年五十八了 交了十九年"): the age
// may or may not be theirs to retire at (women, the 2025 reform), so it is
// asked, never assumed either way. before is the status before Imply.
func (t *turn) ageNotImplied(before rules.Retirement) {
	if t.s.AgeUnder && before == "" && t.s.Facts.Retirement != "" {
		t.s.Facts.Retirement = ""
	}
}
