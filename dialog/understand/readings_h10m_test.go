package understand

import (
	"testing"
)

// TestPinyinNumbersH10m: a numeral of two or more syllables typed in
// pinyin is one number before its unit ("shi si nian" is 十四年, not
// 是四年); "shi" after a word that takes 是 stays 是.
func TestPinyinNumbersH10m(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"hangzhou tuixiu le yibao yigong jiao le er shi san nian gou ma", "杭州退休了医保一共缴了二十三年够吗"},
		{"wo ma tuixiu le yibao jiao le shisi nian", "我吗退休了医保缴了十四年"},
		{"shenzhen linghuo jiuye duan le shi er ge yue zenme ban", "深圳灵活就业断了十二个月 怎么办"},
		{"guangzhou tuixiu yibao jiao le shi wu nian ban", "广州退休医保缴了十五年半"},
		{"beijing yibao duan le shi yi geyue le zenme ban", "北京医保断了十一个月了 怎么办"},
		{"tuixiu le yibao jiao le san shi nian", "退休了医保缴了三十年"},
		{"gongsi qianjiao yibao shi ge ban yue le", "公司欠缴医保十个半月了"},
		// 是, not 十: after 我, and with no unit after the numbers.
		{"wo shi san ge yue mei jiao yibao zenme ban", "我是三个月没缴医保 怎么办"},
		{"wo shi zhigong yibao", "我是职工医保"},
		{"yibao shi si ge yue mei jiao", "医保是四个月没缴"},
	} {
		if got, ok := Depinyin(c.in); !ok || got != c.want {
			t.Errorf("Depinyin(%q) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
	for _, c := range []struct {
		in   string
		paid string
	}{
		{"shanghai tuixiu le yibao jiao le shi si nian gou bu gou", "14"},
		{"nanjing tuixiu le, yibao yigong jiao le er shi yi nian", "21"},
		{"wo ba tuixiu le yibao jiao le shijiu nian", "19"},
	} {
		hz, _ := Depinyin(c.in)
		e := Analyze(hz, testToday, fakeRegions{}, "").Extracted
		if e.YearsPaid == nil || e.YearsPaid.String() != c.paid {
			t.Errorf("%q (%s): years paid %v, want %s", c.in, hz, e.YearsPaid, c.paid)
		}
	}
}
