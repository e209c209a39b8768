package understand

import (
	"testing"

	"bujiao/rules"
)

// fix24a: sibling wordings of heldout20's partly-read residents.
func TestRead24a(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		msg    string
		reason rules.Reason
		status rules.UnitStatus
		payer  rules.Payer
		retire rules.Retirement
		noGap  bool
	}{
		// The employer's part not arrived, the person still there.
		{msg: "短信说单位缴费连续2个月没到账 我一直在单位上班的 单位也没倒 这是怎么回事", reason: rules.ReasonArrears, status: rules.UnitNormal},
		{msg: "系统提示我的医保单位部分已经4个月未到账了 我还在公司上班 公司没倒", reason: rules.ReasonArrears, status: rules.UnitNormal},
		{msg: "查了一下医保断了两个月 我一直在公司上班啊", reason: rules.ReasonArrears, status: rules.UnitNormal},
		// Money short, the boss still there.
		{msg: "公司三个月没给我缴医保了 老板说资金紧 过段时间再补", reason: rules.ReasonArrears, status: rules.UnitHardship},
		{msg: "單位兩個月沒繳醫保了 老闆說手頭緊", reason: rules.ReasonArrears, status: rules.UnitHardship},
		// The whole workforce never insured.
		{msg: "在东莞一个厂做了半年 老板从来没给我们上过社保", reason: rules.ReasonNotRegistered},
		{msg: "进厂五个月了 厂里从来没帮我们买过医保 这正常吗", reason: rules.ReasonNotRegistered},
		// A shop of one's own.
		{msg: "以前交的居民医保 现在开了家小店 想交职工医保 断了两个月", payer: rules.PayerIndividual},
		{msg: "我现在做个体 想从居民医保改成职工医保", payer: rules.PayerIndividual},
		// Reaching retirement age, no gap told.
		{msg: "My father reaches retirement age next month in Hangzhou and has 12 years paid", retire: rules.RetirementAtAge, noGap: true},
		{msg: "she hits retirement age this month, only 14 years of employee insurance", retire: rules.RetirementAtAge, noGap: true},
	} {
		e := Analyze(c.msg, today, nil, "").Extracted
		if c.reason != "" && e.Reason != c.reason {
			t.Errorf("%q: reason %q, want %q", c.msg, e.Reason, c.reason)
		}
		if c.status != "" && e.UnitStatus != c.status {
			t.Errorf("%q: unit status %q, want %q", c.msg, e.UnitStatus, c.status)
		}
		if c.payer != "" && e.Payer != c.payer {
			t.Errorf("%q: payer %q, want %q", c.msg, e.Payer, c.payer)
		}
		if c.retire != "" && e.Retirement != c.retire {
			t.Errorf("%q: retirement %q, want %q", c.msg, e.Retirement, c.retire)
		}
		if c.noGap && e.Gap != nil {
			t.Errorf("%q: gap %+v read, none told", c.msg, *e.Gap)
		}
	}
}

// fix24a: two employers in one place is a job change in one city.
func TestBothJobsIn24a(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		msg  string
		want bool
	}{
		{"换了工作 中间断了两个月 两家公司都在深圳", true},
		{"跳槽了 新旧单位都在杭州 断了一个月", true},
		{"changed jobs, both companies are in Guangzhou, 2 months gap", true},
		{"换了工作 两家不都在广州 断了两个月", false},
	} {
		if got := Analyze(c.msg, today, nil, "").Extracted.SameCity; got != c.want {
			t.Errorf("%q: same city %v, want %v", c.msg, got, c.want)
		}
	}
}

// fix24a: the window told as a statement inside a run-on question is
// stated; asked ("现在是不是缴费期"), it is not.
func TestWindowStated24a(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	no, yes := false, true
	for _, c := range []struct {
		msg  string
		want *bool
	}{
		{"我弟在宁波读高中 居民医保断了一年 现在不在缴费期 怎么补", &no},
		{"女儿的居民医保断了两年 现在不在缴费期了 能补吗", &no},
		{"居民医保断了一年 现在是缴费期 怎么交", &yes},
		{"居民医保断了两年 现在是不是缴费期 要怎么补", nil},
	} {
		got := Analyze(c.msg, today, nil, "").Stated.InWindow
		if (got == nil) != (c.want == nil) || got != nil && *got != *c.want {
			t.Errorf("%q: stated in_window %v, want %v", c.msg, got, c.want)
		}
	}
}

// fix24a: a former employer's months owed, the new employer paying now and
// the whole gap told with 一共/总共: all three kept.
func TestFormerOwedNewPays24a(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		msg       string
		owed, gap int
	}{
		{"之前公司欠了两个月就辞了 总共断了四个月 现在新公司给我交上了", 2, 4},
		{"原单位欠了我三个月医保我就走了 新单位已经缴上了 中间一共断了五个月", 3, 5},
		{"上家单位欠了一个月 我换了工作 新公司在交了 前后一共断了两个月", 1, 2},
	} {
		e := Analyze(c.msg, today, nil, "").Stated
		if e.ArrearsBeforeLeaving == nil || *e.ArrearsBeforeLeaving != c.owed {
			t.Errorf("%q: arrears before leaving %v, want %d", c.msg, e.ArrearsBeforeLeaving, c.owed)
		}
		if e.Gap == nil || e.Gap.Since != nil || e.Gap.Months != c.gap {
			t.Errorf("%q: gap %+v, want %d months", c.msg, e.Gap, c.gap)
		}
		if e.Reason != rules.ReasonJobChange {
			t.Errorf("%q: reason %q, want job change", c.msg, e.Reason)
		}
	}
}
