package understand

import (
	"fmt"
	"strings"
	"testing"

	"bujiao/rules"
)

var today39d = rules.Date{Year: 2026, Month: 12, Day: 7}

// facts39d is what a message reads to: its facts, the day of a stay and
// whether it asks.
func facts39d(text string) string {
	a := Analyze(text, today39d, nil, "")
	s := a.Extracted.String()
	if a.Treatment != nil {
		s += fmt.Sprintf(" treatment=%v", *a.Treatment)
	}
	if a.TreatmentUntil != nil {
		s += fmt.Sprintf(" until=%v", *a.TreatmentUntil)
	}
	return s
}

// TestPinyinTwins39d: a pinyin sentence as residents type it (digits glued
// to syllables, months spelled out, particles apart or joined, no spaces,
// apostrophes, mixed case, characters or English words between) reads to
// the same facts as its twin typed in characters, and to the facts the
// case needs.
func TestPinyinTwins39d(t *testing.T) {
	cases := []struct{ py, hz, want string }{
		// Employer arrears and the boss gone.
		{"wo zai shanghai gongzuo, gongsi 9yue kaishi mei jiao yibao le, laoban pao le, zenme ban",
			"我在上海工作，公司9月开始没缴医保了，老板跑了，怎么办", "unit_status=absconded gap=since 2026-09"},
		{"gongsi cong jiuyue kaishi mei jiao yibao laoban paole", "公司从九月开始没缴医保老板跑了", "unit_status=absconded gap=since 2026-09"},
		{"laobanpaole gongsi 3geyue meijiao yibao", "老板跑了公司3个月没缴医保", "unit_status=absconded gap=3 months"},
		{"LAOBAN PAO LU LE, yibao duan le liang ge yue", "老板跑路了，医保断了两个月", "unit_status=absconded gap=2 months"},
		{"gongsi dao bi le yibao 8yue kaishi jiu mei jiao le", "公司倒闭了医保8月开始就没缴了", "unit_status=closed gap=since 2026-08"},
		{"gongsi po chan le, shebao qianjiao 4geyue", "公司破产了，社保欠缴4个月", "unit_status=bankrupt gap=4 months"},
		{"danwei guan men le yibao duanle san ge yue", "单位关门了医保断了三个月", "unit_status=closed gap=3 months"},
		{"gongsi shi'eryue kaishi mei jiao yibao", "公司十二月开始没缴医保", "gap=since 2026-12"},
		{"gongsi shiyiyue kaishi mei jiao le yibao", "公司十一月开始没缴了医保", "gap=since 2026-11"},
		{"Gongsi QianJiao YiBao 5GeYue", "公司欠缴医保5个月", "gap=5 months"},
		// Characters or an English word between the pinyin.
		{"wo zai 深圳 gongzuo gongsi 10yue kaishi mei jiao yibao", "我在深圳工作公司10月开始没缴医保", "gap=since 2026-10"},
		{"my gongsi 7yue kaishi mei jiao yibao le laoban pao le", "my公司7月开始没缴医保了老板跑了", "unit_status=absconded"},
		// Left the job.
		{"wo 9yue lizhi le, yibao duan le 2geyue", "我9月离职了，医保断了2个月", "reason=left-job"},
		{"cizhi le ban nian le yibao yizhi mei jiao", "辞职了半年了医保一直没缴", "reason=left-job"},
		// Flexible workers.
		{"linghuo jiuye shiyiyue kaishi meijiao", "灵活就业十一月开始没缴", "payer=individual gap=since 2026-11"},
		{"wo shi linghuojiuye, duanjiao le 6geyue, zai hangzhou", "我是灵活就业，断缴了6个月，在杭州", "payer=individual gap=6 months"},
		{"ziji jiao de yibao bayue kaishi mei jiao le", "自己缴的医保8月开始没缴了", "payer=individual gap=since 2026-08"},
		// The resident scheme.
		{"jumin yibao jinnian mei jiao le", "居民医保今年没缴了", "scheme=resident"},
		{"jumin yibao duan le liang nian", "居民医保断了两年", "scheme=resident gap=24 months"},
		{"jumin yibao duan le ban nian", "居民医保断了半年", "scheme=resident gap=6 months"},
		// Treatment days.
		{"yibao duan le 2geyue, 12yue 20hao zhuyuan neng baoxiao ma", "医保断了2个月，12月20号住院能报销吗", "gap=2 months"},
		{"linghuo jiuye 11yue mei jiao, 12yue15hao zhuyuan le", "灵活就业11月没缴，12月15号住院了", "payer=individual"},
		// Retirement years.
		{"wo jiao le 15 nian zhigong yibao yao tuixiu le gou bu gou", "我缴了15年职工医保要退休了够不够", "years_paid=15"},
		{"zhigong yibao jiao le 20nian, mingnian tuixiu", "职工医保缴了20年，明年退休", "years_paid=20"},
		{"zhigong yibao jiao le shi wu nian, yao tuixiu le", "职工医保缴了十五年，要退休了", "years_paid=15"},
	}
	for _, c := range cases {
		hz, ok := Depinyin(c.py)
		if !ok {
			t.Errorf("Depinyin(%q): not read as pinyin", c.py)
			continue
		}
		got, want := facts39d(hz), facts39d(c.hz)
		if got != want {
			t.Errorf("%q\n  -> %q reads %q\n  twin %q reads %q", c.py, hz, got, c.hz, want)
		}
		for _, f := range strings.Fields(c.want) {
			if !strings.Contains(" "+got+" ", " "+f+" ") {
				t.Errorf("%q -> %q reads %q, want %s", c.py, hz, got, f)
			}
		}
	}
}

// TestSplitPinyin39d: digits apart from syllables, joined phrases split
// into the fewest known words, unknown runs kept whole.
func TestSplitPinyin39d(t *testing.T) {
	cases := []struct{ in, want string }{
		{"9yue", "9 yue"},
		{"12yue20hao", "12 yue 20 hao"},
		{"3geyue", "3 geyue"},
		{"laobanpaole", "laoban paole"},
		{"gongsiqianjiaoyibao", "gongsi qianjiao yibao"},
		{"jiuyue", "jiuyue"},
		{"zhangwei", "zhangwei"},
		{"hello", "hello"},
		{"2026", "2026"},
	}
	for _, c := range cases {
		if got := strings.Join(splitPinyin39d([]string{c.in}), " "); got != c.want {
			t.Errorf("splitPinyin39d(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if got := lower39d("Shi'ErYue xi’an it's"); got != "shieryue xian its" {
		t.Errorf("lower39d = %q", got)
	}
}

// TestSimplified39d: traditional characters fold to simplified ones; 交,
// letters and simplified text stay as typed.
func TestSimplified39d(t *testing.T) {
	cases := []struct{ in, want string }{
		{"換工作中間斷了兩個月醫保怎麼辦", "换工作中间断了两个月医保怎么办"},
		{"老闆跑了 公司交了三個月", "老板跑了 公司交了三个月"},
		{"公司交了三个月", "公司交了三个月"},
		{"My boss in 東莞 stopped paying", "My boss in 东莞 stopped paying"},
		{"ｗｏ 12yue", "ｗｏ 12yue"},
	}
	for _, c := range cases {
		if got := Simplified39d(c.in); got != c.want {
			t.Errorf("Simplified39d(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
