package understand

import (
	"testing"

	"bujiao/rules"
)

// TestDunnoSpellings30a: "don't know" typed with internet spellings,
// dialect, pinyin or a tag is only that; a message with facts in it is not.
func TestDunnoSpellings30a(t *testing.T) {
	for _, c := range []struct {
		text string
		only bool
	}{
		{"布吉岛", true}, {"母鸡啊", true}, {"唔知道呀", true}, {"不晓得嘞", true}, {"不知道捏", true},
		{"bu zhidao", true}, {"wo bu qing chu", true}, {"idk bro", true}, {"not really sure tbh", true}, {"dunno sorry", true}, {"鬼知道", true}, {"who knows lol", true}, {"天知道啊", true}, {"这个我真说不上来", true},
		{"布吉岛 反正断了3个月", false}, {"not really sure, i left my job in june", false},
	} {
		a := Analyze(c.text, testToday, fakeRegions{}, "gap")
		if a.DontKnowOnly != c.only || c.only && !a.DontKnow {
			t.Errorf("%q: DontKnow %v, only %v; want only %v", c.text, a.DontKnow, a.DontKnowOnly, c.only)
		}
	}
}

// TestDunnoTagIsNoFact: a tag after "don't know" is no answer to the
// question asked ("idk man" at the sex question was read as male).
func TestDunnoTagIsNoFact(t *testing.T) {
	for _, c := range []struct{ text, field string }{
		{"idk man", "sex"}, {"not sure man", "sex"}, {"no idea", "gap"}, {"dunno guys", "sex"}, {"no idea bro", "in_window"},
	} {
		a := Analyze(c.text, testToday, fakeRegions{}, rules.Field(c.field))
		if !a.DontKnowOnly || !a.Extracted.Empty() || !a.Stated.Empty() {
			t.Errorf("%q at %s: only %v, extracted %+v", c.text, c.field, a.DontKnowOnly, a.Extracted)
		}
	}
}
