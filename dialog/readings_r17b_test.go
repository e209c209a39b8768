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

// Audit round 17 R17-M5: the "not sure" defaults never contradict who the
// person said they are: no working age for someone who told an age of 60
// or more, never "my employer; I left my job" for someone with no job who
// left none, and the resident scheme for a farmer, a housewife or an older
// person without work.
func TestPersonaDefaultsR17b(t *testing.T) {
	m := testMachine(t)
	for _, c := range []struct {
		msgs   []string
		scheme rules.Scheme
	}{
		{[]string{"my dad is 68, farmer, never had any medical insurance, guangzhou. how does he join?", "not sure", "not sure", "not sure", "not sure", "not sure"}, rules.SchemeResident},
		{[]string{"我妈70岁了 农村的 医保去年没交 在温州", "不知道", "不清楚", "她是农村老人 没工作", "一年"}, rules.SchemeResident},
		{[]string{"i'm a housewife, no job, in shanghai, haven't paid medical insurance for a year", "not sure", "not sure", "not sure"}, rules.SchemeResident},
		{[]string{"我是家庭主妇 上海 医保断了一年", "不知道", "不知道"}, rules.SchemeResident},
		{[]string{"my grandma is 75 in hangzhou, she missed paying medical insurance this year", "not sure", "not sure", "not sure", "not sure"}, ""},
		{[]string{"我爸今年66了 在宁波 医保断了两年", "不知道", "不知道", "不知道", "不知道"}, ""},
		{[]string{"i have no job, haven't paid medical insurance for 6 months, suzhou", "not sure", "not sure", "not sure"}, rules.SchemeResident},
	} {
		var ins []Input
		for _, msg := range c.msgs {
			ins = append(ins, Input{Text: msg})
		}
		s, _ := steps(t, m, ins...)
		f := s.Facts
		if c.scheme != "" && f.Scheme != c.scheme {
			t.Errorf("%q: scheme %q, want %q", c.msgs[0], f.Scheme, c.scheme)
		}
		if f.Retirement == rules.RetirementWorking {
			t.Errorf("%q: working age assumed against the age or the words", c.msgs[0])
		}
		if f.Reason == rules.ReasonLeftJob || f.Payer == rules.PayerUnit {
			t.Errorf("%q: payer %q reason %q, never said", c.msgs[0], f.Payer, f.Reason)
		}
	}
}
