package dialog

import (
	"testing"

	"bujiao/rules"
)

// TestDunnoNotAssumedAgainstWords: "not sure" is not answered with the
// plain assumption when the person's words point the other way: an age or
// a retirement told (never working age assumed), an employer gone in any
// words (never a unit still trading assumed). Without those words, the
// assumption stands (TestDunnoNeverForever).
func TestDunnoNotAssumedAgainstWords(t *testing.T) {
	m := testMachine(t)
	run := func(msgs ...string) State {
		var s State
		for _, msg := range msgs {
			s, _, _ = m.Step(s, Input{Text: msg}, testNow)
		}
		return s
	}
	s := run("职工医保 今年五十八了 北京 交了十九年", "不知道")
	if s.Facts.Retirement == rules.RetirementWorking {
		t.Errorf("age told, then not sure: retirement assumed working")
	}
	s = run("职工医保 单位交的 公司欠了两个月 老板好像跑路了吧", "不知道")
	if s.Facts.UnitStatus == rules.UnitNormal {
		t.Errorf("boss gone, then not sure: unit status assumed normal")
	}
	s = run("职工医保 今年五十八了 北京 交了十九年")
	if s.Facts.Retirement != "" || s.Asking != rules.FieldRetirement {
		t.Errorf("age and years told: retirement %q asking %q; want it asked, not implied", s.Facts.Retirement, s.Asking)
	}
	s = run("职工医保 到退休年龄了 北京 交了十九年")
	if s.Facts.Retirement != rules.RetirementAtAge {
		t.Errorf("age reached told: retirement %q, want at-age", s.Facts.Retirement)
	}
	s = run("职工医保 单位交的 公司欠了两个月", "不知道")
	if s.Facts.Retirement != rules.RetirementWorking {
		t.Errorf("nothing told of age: retirement %q, want working", s.Facts.Retirement)
	}
}

// TestAskedLang: a request for a language in the message sets it as /lang
// does; without one the first typed text decides.
func TestAskedLang(t *testing.T) {
	m := testMachine(t)
	s, _, _ := m.Step(State{}, Input{Text: "公司欠医保三个月 shanghai, company still open, please answer in English"}, testNow)
	if s.Lang != "en" || !s.LangSet {
		t.Errorf("please answer in English: lang %q set %v", s.Lang, s.LangSet)
	}
	s, _, _ = m.Step(State{}, Input{Text: "公司欠医保三个月 上海"}, testNow)
	if s.Lang != "zh" || s.LangSet {
		t.Errorf("Chinese text: lang %q set %v", s.Lang, s.LangSet)
	}
	s, _, _ = m.Step(State{}, Input{Text: "my company owes 3 months, shanghai. 请用中文回答"}, testNow)
	if s.Lang != "zh" {
		t.Errorf("请用中文回答: lang %q", s.Lang)
	}
}
