package understand

import (
	"testing"

	"bujiao/rules"
)

// fix31c (R24-M2): the new scheme's start told in a later month.
func TestPlannedSwitch31c(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"my dad has had resident insurance 4 years, he begins a job on march 1 2027 with employee insurance", true},
		{"next year i'm starting at a company with employee insurance", true},
		{"明年2月开始新单位给我交职工医保", true},
		{"明年4月入职 公司交职工医保 之前一直交居民医保", true},
		// Next month's start leaves no month ahead: a gap told ends now.
		{"下个月入职 公司交职工医保 之前一直交居民医保", false},
		{"明年1月开始新公司给我交职工医保", false},
		{"我今年3月开始上班了 公司交职工医保", false},
		{"i started a new job in october with employee insurance", false},
		{"resident insurance 6 years, switched to employee insurance in 2025", false},
		{"明年退休 医保交了17年", false},
	} {
		if got := PlannedSwitch31c(c.in, today); got != c.want {
			t.Errorf("%q: planned %v, want %v", c.in, got, c.want)
		}
	}
}

// fix31c: replies to the cross-city question.
func TestCrossCity31c(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in      string
		yes, no bool
	}{
		{"同一个城市", false, true},
		{"都是同城的", false, true},
		{"没换城市 还在这里", false, true},
		{"same city as before", false, true},
		{"no, still the same city", false, true},
		{"换了城市", true, false},
		{"是不同城市", true, false},
		{"不在同一个城市", true, false},
		{"a different city", true, false},
		{"yes another city", true, false},
	} {
		e := Analyze(c.in, today, nil, rules.FieldCrossCity).Extracted
		if e.Yes != c.yes || e.No != c.no {
			t.Errorf("%q: yes %v no %v, want yes %v no %v", c.in, e.Yes, e.No, c.yes, c.no)
		}
	}
	// Not at the cross-city question: no yes or no is made of it.
	if e := Analyze("不同城市", today, nil, "").Extracted; e.Yes {
		t.Error("不同城市 read as yes with no question asked")
	}
}
