package dialog

import (
	"testing"

	"bujiao/rules"
)

// TestFix21bRepayBoth: "both years" (and its siblings) at the repay-years
// question with two broken years is both of them; "both" with three
// broken years says no number and is asked again (heldout18).
func TestFix21bRepayBoth(t *testing.T) {
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
		{[]string{"my son is 8, resident insurance in hangzhou missed for 2 years", "both years"}, 2},
		{[]string{"my son is 8, resident insurance in hangzhou missed for 2 years", "both of them"}, 2},
		{[]string{"my son is 8, resident insurance in hangzhou missed for 2 years", "pay both"}, 2},
		{[]string{"居民医保断了两年 河南的", "每年都补"}, 2},
		{[]string{"my son is 8, resident insurance in hangzhou missed for 3 years", "both"}, -1},
	} {
		s := run(c.msgs...)
		switch {
		case c.want < 0 && (s.Facts.RepayYears != nil || s.Asking != rules.FieldRepayYears):
			t.Errorf("%q: repay %v asking %q; want the years asked again", c.msgs, s.Facts.RepayYears, s.Asking)
		case c.want >= 0 && (s.Facts.RepayYears == nil || *s.Facts.RepayYears != c.want):
			t.Errorf("%q: repay %v asking %q; want %d", c.msgs, s.Facts.RepayYears, s.Asking, c.want)
		}
	}
}

// TestFix21bPlaceWithAskedGap: a place named in a question about the
// person's own gap ("东莞医保断一个月有影响不") is kept with the gap to
// confirm, never asked again; a place the person moved between is not.
func TestFix21bPlaceWithAskedGap(t *testing.T) {
	m := testMachine(t)
	for _, c := range []struct {
		msg, region string
	}{
		{"东莞医保断一个月有影响不", "guangdong"},
		{"杭州医保断了两个月要紧吗", "zhejiang"},
		{"上海社保断缴三个月会怎么样", "shanghai"},
		{"医保断一个月有影响不", ""},
	} {
		s, _, _ := m.Step(State{}, Input{Text: c.msg}, testNow)
		if s.Facts.Region != c.region {
			t.Errorf("%q: region %q, want %q (asking %q)", c.msg, s.Facts.Region, c.region, s.Asking)
		}
	}
	// The scheme named with it too ("老家新农合断了一年 咋弄").
	for _, c := range []struct {
		msg    string
		scheme rules.Scheme
	}{
		{"俺老家新农合断了一年 咋弄", rules.SchemeResident},
		{"居民医保断了两年了 还能补吗", rules.SchemeResident},
		{"职工医保断了三个月有影响不", rules.SchemeEmployee},
		{"医保断了三个月有影响不", ""},
	} {
		s, _, _ := m.Step(State{}, Input{Text: c.msg}, testNow)
		if s.Facts.Scheme != c.scheme {
			t.Errorf("%q: scheme %q, want %q (asking %q)", c.msg, s.Facts.Scheme, c.scheme, s.Asking)
		}
	}
}
