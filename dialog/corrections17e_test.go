package dialog

import (
	"testing"

	"bujiao/rules"
)

// A later message that recounts a figure, says who really paid or brings
// news of the employer replaces the fact given before (heldout8 kinds).
func TestLaterMessageReplaces17e(t *testing.T) {
	m := testMachine(t)
	cases := []struct {
		msgs  []string
		check func(f rules.Facts) bool
		want  string
	}{
		{[]string{"杭州 到退休年龄了 交了十八年", "等下 我算错了 是二十一年"},
			func(f rules.Facts) bool {
				return f.YearsPaid != nil && f.YearsPaid.String() == "21" && f.GapMonths == nil
			}, "years_paid=21, no gap"},
		{[]string{"Hangzhou, reached retirement age, paid employee insurance 18 years", "oops, miscounted: 21 years"},
			func(f rules.Facts) bool { return f.YearsPaid != nil && f.YearsPaid.String() == "21" }, "years_paid=21"},
		{[]string{"广州公司没交社保三个月了 公司还开着", "刚问了同事 老板已经跑路了 电话都打不通"},
			func(f rules.Facts) bool { return f.UnitStatus == rules.UnitAbsconded }, "unit_status=absconded"},
		{[]string{"Guangzhou, my company has not paid 3 months, the company is operating normally", "just found out the company went bankrupt"},
			func(f rules.Facts) bool { return f.UnitStatus == rules.UnitBankrupt }, "unit_status=bankrupt"},
		{[]string{"上海 单位交的医保断了八个月", "哦不是单位交 我辞职以后自己交的 灵活就业 是自己断的"},
			func(f rules.Facts) bool { return f.Payer == rules.PayerIndividual }, "payer=individual"},
	}
	for _, c := range cases {
		var ins []Input
		for _, msg := range c.msgs {
			ins = append(ins, Input{Text: msg})
		}
		s, _ := steps(t, m, ins...)
		if !c.check(s.Facts) {
			t.Errorf("%q: facts %+v, want %s", c.msgs, s.Facts, c.want)
		}
	}
}

// A gap told as over, its month not remembered, is an ended gap of unknown
// month, whichever clause says so; the month is not asked.
func TestEndedMonthUnknown17e(t *testing.T) {
	m := testMachine(t)
	for _, msg := range []string{
		"Beijing, self-paid. Had a 2 month gap earlier, I'm paying again now but don't remember which month I restarted",
		"北京 自己交的 之前断过两个月 现在又在交了 哪个月开始的不记得了",
	} {
		s, _ := steps(t, m, Input{Text: msg})
		if s.Facts.PayingAgain == nil || !*s.Facts.PayingAgain || s.Asking == rules.FieldGapEnded {
			t.Errorf("%q: paying again %v, asking %q; want an ended gap of unknown month, not asked", msg, s.Facts.PayingAgain, s.Asking)
		}
	}
}

// "Not sure" about something else leaves the month to be asked.
func TestEndedMonthAsked17e(t *testing.T) {
	m := testMachine(t)
	s, _ := steps(t, m, Input{Text: "Beijing, self-paid, had a 2 month gap, paying again now, not sure if I am covered"})
	if s.Facts.PayingAgain != nil {
		t.Errorf("paying again %v read from a not-sure about cover", *s.Facts.PayingAgain)
	}
}
