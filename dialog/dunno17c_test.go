package dialog

import (
	"testing"

	"bujiao/rules"
)

// TestDunnoNeverForever: a person who answers "not sure" to every
// question reaches a case answer, never the same question again and again
// (issue 17): not sure whether retired is answered for working age, not
// sure where insured (twice) from the national rules, and "没断过" at the
// reason question is the no-gap answer.
func TestDunnoNeverForever(t *testing.T) {
	m := testMachine(t)
	run := func(msgs ...string) (State, bool) {
		var s State
		answered := false
		for _, msg := range msgs {
			var evs []Event
			s, _, evs = m.Step(s, Input{Text: msg}, testNow)
			for _, e := range evs {
				if e.Kind == EvAnswer {
					answered = true
				}
			}
		}
		return s, answered
	}
	s, _ := run("职工医保 单位交的 公司欠了两个月", "不知道")
	if s.Facts.Retirement != rules.RetirementWorking {
		t.Errorf("not sure whether retired: retirement %q, want working", s.Facts.Retirement)
	}
	s, ok := run("职工医保 在职 单位交的 公司欠了两个月 公司正常经营", "不知道", "不知道")
	if s.Facts.Region != rules.NationalRegion || !ok {
		t.Errorf("not sure where, twice: region %q answered %v; want national and an answer", s.Facts.Region, ok)
	}
	s, ok = run("广州 职工医保 单位交的", "没断过，只是问问")
	if !ok || s.Asking == rules.FieldReason {
		t.Errorf("没断过 at the reason question: answered %v, asking %q", ok, s.Asking)
	}
	s, _ = run("had a 3 month gap a while back, paying again now. Guangzhou flexible worker", "can't remember, paying again for a while now")
	if s.Asking == rules.FieldGapEnded {
		t.Errorf("can't remember at the month paying resumed: asked again")
	}
}

// TestRepayYes: "补" without a number at the repay-years question is the
// one broken year; "都补上" is all of them; a bare "补" with several
// broken years still asks how many.
func TestRepayYes(t *testing.T) {
	m := testMachine(t)
	run := func(msgs ...string) State {
		var s State
		for _, msg := range msgs {
			s, _, _ = m.Step(s, Input{Text: msg}, testNow)
		}
		return s
	}
	for _, c := range []struct {
		msgs []string
		want int // -1: not taken, still asked
	}{
		{[]string{"我爸70了 农村居民医保 去年没交 在河南 今年还能交吗", "补"}, 1},
		{[]string{"居民医保断了三年 河南的", "都补上"}, 3},
		{[]string{"居民医保断了三年 河南的", "补"}, -1},
	} {
		s := run(c.msgs...)
		switch {
		case c.want < 0 && (s.Facts.RepayYears != nil || s.Asking != rules.FieldRepayYears):
			t.Errorf("%q: repay %v asking %q; want the years asked again", c.msgs, s.Facts.RepayYears, s.Asking)
		case c.want >= 0 && (s.Facts.RepayYears == nil || *s.Facts.RepayYears != c.want):
			t.Errorf("%q: repay %v; want %d", c.msgs, s.Facts.RepayYears, c.want)
		}
	}
}

// TestRepeatNotForever: the same short reply again and again ("the one
// through work i think") does not hold the person at "working or
// retired?": the second repeat is a "not sure", and "through work" at the
// payer question is the employer.
func TestRepeatNotForever(t *testing.T) {
	m := testMachine(t)
	var s State
	for _, msg := range []string{"/start", "the one through work i think", "the one through work i think", "the one through work i think", "the one through work i think"} {
		s, _, _ = m.Step(s, Input{Text: msg}, testNow)
	}
	if s.Facts.Retirement != rules.RetirementWorking || s.Facts.Payer != rules.PayerUnit {
		t.Errorf("retirement %q payer %q asking %q; want working, unit", s.Facts.Retirement, s.Facts.Payer, s.Asking)
	}
}
