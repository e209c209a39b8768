package dialog

import (
	"testing"

	"bujiao/rules"
)

// Audit round 17 R17-M4: an employer told as ended, then taken back as
// still there ("sorry no, it's still open", "说错了 公司还在 只是没交"), is
// trading again: the fact is replaced and the case re-answered.
func TestStillOpenReplacesR17b(t *testing.T) {
	m := testMachine(t)
	for _, c := range [][]string{
		{"shenzhen company closed down, owes me 3 months medical", "sorry no, it's still open, they just haven't paid"},
		{"深圳 公司倒闭了 欠了三个月医保", "说错了 公司还在 只是没交"},
		{"guangzhou, boss ran away, 2 months unpaid", "my mistake, the company never closed, they just stopped paying"},
		{"hangzhou, the factory went bankrupt, owes 4 months", "wait, not bankrupt, still in business, just behind on payments"},
		{"东莞 老板跑路了 欠了两个月医保", "搞错了 老板没跑 公司还开着 就是没交"},
		{"宁波 厂子关门了 欠了三个月", "不对 公司没倒闭 只是没缴"},
		{"上海 公司破产了 欠了我两个月医保", "弄错了 公司还在的 只是拖着没交"},
	} {
		s, _ := steps(t, m, Input{Text: c[0]}, Input{Text: c[1]})
		if s.Facts.UnitStatus != rules.UnitNormal {
			t.Errorf("%q: unit status %q, want normal", c, s.Facts.UnitStatus)
		}
	}
}

// Audit round 17 R17-M3: the month an employer ended is not the first
// unpaid month; no day is called covered from it: the gap is asked.
func TestUnitEndMonthAskedR17b(t *testing.T) {
	m := testMachine(t)
	for _, msg := range []string{
		"hangzhou, boss ran away last month, was my doctor visit on nov 20 covered?",
		"shanghai, my boss vanished last month, is my clinic visit on nov 20 covered?",
		"ningbo, the company shut down in october, hospital on oct 25 covered?",
		"wenzhou, my employer went bankrupt last month",
		"杭州 公司上个月倒闭了 11月20号住院能报吗",
		"上海 老板上个月失联了",
	} {
		s, _ := steps(t, m, Input{Text: msg})
		if s.Facts.GapMonths != nil || s.Facts.Since != nil {
			t.Errorf("%q: gap %v since %v, want none (asked)", msg, s.Facts.GapMonths, s.Facts.Since)
		}
	}
}
