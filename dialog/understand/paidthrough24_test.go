package understand

import (
	"testing"

	"bujiao/rules"
)

// TestPaidThrough24: "交到N月" names the last month paid; the gap begins
// the month after it.
func TestPaidThrough24(t *testing.T) {
	dec7 := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct{ text, since string }{
		{"医保缴到了十月底 后面就没交了", "2026-11"},
		{"单位交到10月份就没交了 老板还在", "2026-11"},
		{"杭州 原来公司给我交到9月 我10月走的", "2026-10"},
		{"社保交到今年7月 之后断了", "2026-08"},
	} {
		e := Extract(c.text, dec7, nil, "")
		if e.Gap == nil || e.Gap.Since == nil || e.Gap.Since.String() != c.since {
			t.Errorf("%q: gap %v, want since %s", c.text, e.Gap, c.since)
		}
	}
	// Paid through last month: no gap is invented for this month.
	if e := Extract("公司说社保交到11月 我12月1号离职的", dec7, nil, ""); e.Gap != nil && e.Gap.Since != nil && e.Gap.Since.String() == "2026-12" {
		t.Errorf("paid through november read as a gap from december")
	}
	if e := Extract("交到60个月才行", dec7, nil, ""); e.Gap != nil && e.Gap.Since != nil {
		t.Errorf("交到60个月 read as a month: %v", e.Gap)
	}
}

// TestBirthDay24: a birth told by its day is the treatment day.
func TestBirthDay24(t *testing.T) {
	dec7 := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct{ text, want string }{
		{"employer owes 3 months in suzhou, she gives birth on jan 15", "2027-01-15"},
		{"shanghai, company owes 2 months, baby is due jan 3", "2027-01-03"},
		{"my due date is january 20, my company stopped paying 2 months ago", "2027-01-20"},
	} {
		e := Extract(c.text, dec7, nil, "")
		if e.Treatment == nil || e.Treatment.String() != c.want {
			t.Errorf("%q: treatment %v, want %s", c.text, e.Treatment, c.want)
		}
	}
}

// TestPlannedDayNotPast24: "今年" said of something else, or "this year"
// in another clause, never moves a planned treatment into the past (it
// was judged "before the stop: covered", heldout21).
func TestPlannedDayNotPast24(t *testing.T) {
	dec7 := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct{ text, want string }{
		{"公司今年夏天就关门了 医保断了五个月 他1月18号要做个胆囊手术", "2027-01-18"},
		{"今年7月断的 1月18号要住院", "2027-01-18"},
		{"厂子今年倒闭了 我2月3号要开刀", "2027-02-03"},
		{"the company closed this year, surgery is scheduled for jan 18", "2027-01-18"},
		// Told as past, the day stays this year's.
		{"今年1月18号看的病 能报吗", "2026-01-18"},
		{"i had surgery on jan 18 this year", "2026-01-18"},
	} {
		e := Extract(c.text, dec7, nil, "")
		if e.Treatment == nil || e.Treatment.String() != c.want {
			t.Errorf("%q: treatment %v, want %s", c.text, e.Treatment, c.want)
		}
	}
}
