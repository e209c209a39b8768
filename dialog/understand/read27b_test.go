package understand

import (
	"testing"

	"bujiao/rules"
)

// fix27b: sibling wordings of heldout23's partly-read residents.
func TestRead27b(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		msg    string
		gap    int // 0: not checked
		status rules.UnitStatus
	}{
		{"老板这三个约都没给交医保 在杭州", 3, ""},
		{"单位欠了我医保5个约了 苏州", 5, ""},
		{"公司社保欠了四个月 老板说要等资金 苏州", 4, rules.UnitHardship},
		{"公司医保欠两个月了 说等资金到位再补 深圳", 2, rules.UnitHardship},
		{"my company owes 3 months of medical insurance, they say they are waiting for funding", 3, rules.UnitHardship},
		{"公司说没有前了 医保欠了两个月 成都", 2, ""},
	} {
		e := Analyze(c.msg, today, nil, "").Extracted
		if e.Reason != rules.ReasonArrears {
			t.Errorf("%q: reason %q, want arrears", c.msg, e.Reason)
		}
		if c.gap != 0 && (e.Gap == nil || e.Gap.Months != c.gap) {
			t.Errorf("%q: gap %+v, want %d months", c.msg, e.Gap, c.gap)
		}
		if c.status != "" && e.UnitStatus != c.status {
			t.Errorf("%q: status %q, want %q", c.msg, e.UnitStatus, c.status)
		}
	}
	// Retiring within the year, asking what is still to pay after.
	for _, c := range []struct {
		msg  string
		want rules.Retirement
	}{
		{"明年退休 交了30年 还要不要交", rules.RetirementAtAge},
		{"明年就退休了 医保交了27年 退了以后还用交吗", rules.RetirementAtAge},
		{"下个月退休 在苏州交了22年医保 退休之后还要交吗", rules.RetirementAtAge},
		{"明年退休 医保断了3个月 交了20年 还要交吗", rules.RetirementWorking}, // a gap told: that is the question
		{"过几年退休 交了20年 退了以后还要交吗", rules.RetirementWorking},    // years still to come
	} {
		if got := Analyze(c.msg, today, nil, "").Extracted.Retirement; got != c.want {
			t.Errorf("%q: retirement %q, want %q", c.msg, got, c.want)
		}
	}
	// Not a typo: "没前途", "没有前两个月" stay as typed.
	if e := Analyze("公司欠了三个月医保 这公司没前途 在广州", today, nil, "").Extracted; e.UnitStatus == rules.UnitHardship {
		t.Errorf("没前途 read as hardship")
	}
}
