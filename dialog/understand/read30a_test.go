package understand

import "testing"

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
