package understand

import (
	"testing"

	"bujiao/rules"
)

// TestResident23d: sibling wordings of the round-23d misses (not the
// held-out sets' text).
func TestResident23d(t *testing.T) {
	dec7 := rules.Date{Year: 2026, Month: 12, Day: 7}
	// Treatments named by what is done.
	for _, c := range []struct{ text, want string }{
		{"杭州 公司欠了两个月医保 我明年1月12号要做白内障 能报吗", "2027-01-12"},
		{"断了4个月 12月22号去医院放支架 能报不", "2026-12-22"},
		{"灵活就业停了三个月 下周三要割阑尾", "2026-12-16"},
		{"I stopped paying 2 months ago, my cataract surgery is on 2027-02-03, covered?", "2027-02-03"},
		{"employer owes 3 months, kidney stone procedure on jan 9, will it be paid?", "2027-01-09"},
	} {
		e := Extract(c.text, dec7, nil, "")
		if e.Treatment == nil || e.Treatment.String() != c.want {
			t.Errorf("%q: treatment %v, want %s", c.text, e.Treatment, c.want)
		}
	}
	// A back-payment's month is not the gap's first month.
	for _, c := range []struct {
		text     string
		months   int
		paidBack string
	}{
		{"广州灵活就业 以前断了五个月 7月份我一次性都补缴了 现在正常吗", 5, "2026-07"},
		{"个体户 停过3个月 9月我自己已经补齐了", 3, "2026-09"},
		{"freelancer in shenzhen, missed 4 months, in august i paid them all back, am i continuous now?", 4, "2026-08"},
	} {
		e := Extract(c.text, dec7, nil, "")
		if e.Gap == nil || e.Gap.Since != nil || e.Gap.Months != c.months {
			t.Errorf("%q: gap %v, want %d months", c.text, e.Gap, c.months)
		}
		if e.PaidBack == nil || e.PaidBack.String() != c.paidBack {
			t.Errorf("%q: paid back %v, want %s", c.text, e.PaidBack, c.paidBack)
		}
	}
	// A month just after a gap word is owed, even when a back-payment
	// follows in the clause.
	for _, c := range []struct{ text, since string }{
		{"温州 公司欠了8月份的 10月份已经补齐了", "2026-08"},
		{"huzhou, they skipped july but cleared it all in september", "2026-07"},
		{"my boss didn't pay june and then paid everything back in august", "2026-06"},
		{"单位漏缴了9月份的 11月补缴了", "2026-09"},
	} {
		e := Extract(c.text, dec7, nil, "")
		if e.Gap == nil || e.Gap.Since == nil || e.Gap.Since.String() != c.since {
			t.Errorf("%q: gap %v, want since %s", c.text, e.Gap, c.since)
		}
	}
	// "从…开始断" keeps its first month.
	if e := Extract("从7月份开始断了 11月补上了", dec7, nil, ""); e.Gap == nil || e.Gap.Since == nil || e.Gap.Since.String() != "2026-07" {
		t.Errorf("从7月份开始断了: gap %v, want since 2026-07", e.Gap)
	}
	// Paying back meant, not done.
	for _, text := range []string{
		"灵活就业 上个月没扣上款断了一个月 我现在补上去 有影响吗",
		"自己交的医保断了一个月，打算这周补上，报销受影响吗",
		"断了两个月 我马上补上 还能报销不",
	} {
		a := Analyze(text, dec7, nil, "")
		for _, e := range []Extracted{a.Extracted, a.Stated} {
			if e.PaidBack != nil || e.PaidBackSaid {
				t.Errorf("%q: paid back %v (said %v), want none", text, e.PaidBack, e.PaidBackSaid)
			}
		}
	}
	// Done is still done.
	if e := Extract("断了两个月 上个月已经补上了", dec7, nil, ""); e.PaidBack == nil || e.PaidBack.String() != "2026-11" {
		t.Errorf("已经补上了: paid back %v, want 2026-11", e.PaidBack)
	}
}

// TestPastVisit23d (R23-M4 family): a past visit told with 过 or as the
// ER is read as this year's day; months listed with "may" are two.
func TestPastVisit23d(t *testing.T) {
	dec7 := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct{ text, want string }{
		{"杭州 单位7月起没缴 我8月15号住过院 能报销吗", "2026-08-15"},
		{"深圳 10月开始断的 我11月3号去医院看过急诊", "2026-11-03"},
		{"my company in ningbo stopped paying in july. i went to the emergency room on august 2, can they pay?", "2026-08-02"},
		{"boss skipped march and april. i was in hospital on april 20, covered?", "2026-04-20"},
		{"shanghai, unpaid since june. ended up in the ER on july 4", "2026-07-04"},
	} {
		e := Extract(c.text, dec7, nil, "")
		if e.Treatment == nil || e.Treatment.String() != c.want {
			t.Errorf("%q: treatment %v, want %s", c.text, e.Treatment, c.want)
		}
	}
	for _, c := range []struct {
		text string
		owed int
	}{
		{"quit my job in hangzhou end of may, they never paid april or may", 2},
		{"left the company end of june, boss didn't pay may and june", 2},
	} {
		e := Extract(c.text, dec7, nil, "")
		if e.ArrearsBeforeLeaving == nil || *e.ArrearsBeforeLeaving != c.owed {
			t.Errorf("%q: owed before leaving %v, want %d months", c.text, e.ArrearsBeforeLeaving, c.owed)
		}
	}
	// "may" the verb stays a verb.
	if e := Extract("you may or may not know, my company owes 2 months", dec7, nil, ""); e.Gap == nil || e.Gap.Months != 2 || e.Gap.Since != nil {
		t.Errorf("may the verb: gap %v, want 2 months", e.Gap)
	}
}
