package dialog

import (
	"regexp"
	"strings"

	"bujiao/rules"
)

// typedTreatYear answers "which year is Jun 29?" typed: "今年", "今年的",
// "this year (already past)", "明年", "next year" (audit round 10
// re-check n16, the path of R12-M1). Only a message that is nothing but
// the year is taken; anything else is read as usual.
func (t *turn) typedTreatYear(msg string) bool {
	past := t.s.TreatYear
	if t.s.Asking != rules.FieldTreatmentDate || past == "" {
		t.s.TreatYear = ""
		return false
	}
	d, err := rules.ParseDate(past)
	if err != nil {
		t.s.TreatYear = ""
		return false
	}
	var day rules.Date
	switch m := strings.ToLower(strings.TrimSpace(msg)); {
	case thisYearRE.MatchString(m):
		day = d
	case nextYearRE.MatchString(m):
		day = rules.Date{Year: d.Year + 1, Month: d.Month, Day: d.Day}
	default:
		return false
	}
	if _, ok := t.setValue(rules.FieldTreatmentDate, day.String()); !ok {
		return false
	}
	t.s.TreatYear = ""
	t.advance()
	return true
}

var (
	thisYearRE = regexp.MustCompile(`^(?:是)?(?:今年|this year)(?:的)?[\s,，.。!！]*(?:(?:已经)?过去(?:了|的)?|(?:it'?s |already )*(?:past|passed|gone))?[\s.。!！]*$`)
	nextYearRE = regexp.MustCompile(`^(?:是)?(?:明年|next year)(?:的)?[\s.。!！]*$`)
)
