package understand

import (
	"testing"

	"bujiao/rules"
)

// TestRelationSexStated: a relative named in the statement and a pronoun in
// the question give the sex; a sex word only in the question gives none.
func TestRelationSexStated(t *testing.T) {
	for _, c := range []struct {
		text string
		want rules.Sex
	}{
		{"my dad in foshan retired last month, only 18 yrs of medical, all in foshan. does he need to pay more?", rules.SexMale},
		{"my mom is at retirement age in guangzhou with 22 years paid, does she have enough?", rules.SexFemale},
		{"我爸在深圳到退休年龄了 交了20年 他还要补吗", rules.SexMale},
		{"我妈在东莞 交了18年医保 到退休年龄了 她够不够", rules.SexFemale},
		{"广州 交了22年 到退休年龄了 男的要交多少年", ""},
		{"my dad says i should ask: i reached retirement age in shenzhen with 20 years, do women need 25?", ""},
	} {
		a := Analyze(c.text, testToday, fakeRegions{}, "")
		if a.Stated.Sex != c.want {
			t.Errorf("%q: stated sex %q, want %q", c.text, a.Stated.Sex, c.want)
		}
	}
}
