package understand

import (
	"testing"

	"bujiao/rules"
)

// Sibling wordings of heldout24's misreads, written for fix28a.
func TestRead28a(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	cases := []struct {
		in     string
		reason rules.Reason
	}{
		// A job left, then a company joined: a job change.
		{"在杭州的工作辞了回苏州 进了一家新公司 医保断了两个月", rules.ReasonJobChange},
		{"深圳那边离职了 后来去了东莞一家厂 中间断了一个月医保", rules.ReasonJobChange},
		{"北京的工作不干了 回老家到了一家单位上班 医保停了两个月 怎么转", rules.ReasonJobChange},
		// No company joined after the leaving: still a job left.
		{"辞职了 还没找到工作 医保断了两个月 广州", rules.ReasonLeftJob},
		{"我离职了 去了一家公司面试还没结果 医保断了一个月 上海", rules.ReasonLeftJob},
	}
	for _, c := range cases {
		e := Analyze(c.in, today, nil, "").Extracted
		if e.Reason != c.reason {
			t.Errorf("%s: reason %q, want %q", c.in, e.Reason, c.reason)
		}
	}
}

// The whole gap told with 加起来/累计/合计, beside the months a former
// employer owed before the leaving: the person's own count.
func TestRead28aTotal(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 11, Day: 25}
	cases := []struct {
		in  string
		gap int
	}{
		{"我8月辞职的 走之前公司有两个月没给我交医保 加起来断了四个月 杭州", 4},
		{"十月份离职 离职前单位欠了我一个月医保 后来没上班 累计断了两个月 深圳", 2},
		{"我7月离职的 离职前原单位三个月没交 前后一共断了五个月 上海", 5},
		{"我9月份离职的 离职前老板两个月没交医保 合计断缴了四个月", 4},
	}
	for _, c := range cases {
		e := Analyze(c.in, today, nil, "").Extracted
		if e.Gap == nil || e.GapConflict {
			t.Errorf("%s: gap nil (conflict %v), want %d", c.in, e.GapConflict, c.gap)
			continue
		}
		m := e.Gap.Months
		if e.Gap.Since != nil {
			m = today.MonthOf().Since(*e.Gap.Since)
		}
		if m != c.gap {
			t.Errorf("%s: gap %d, want %d", c.in, m, c.gap)
		}
	}
}

// The rural resident scheme by where it is paid; the English whole gap.
func TestRead28aSchemeTotal(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 11, Day: 25}
	for _, in := range []string{"我们乡下的医保 去年没交 今年想补", "村里交的医保断了两年了 湖南邵阳", "老家农村的医保好几年没交了",
		"我妈农村的医保断了一年"} {
		if e := Analyze(in, today, nil, "").Extracted; e.Scheme != rules.SchemeResident {
			t.Errorf("%s: scheme %q, want resident", in, e.Scheme)
		}
	}
	for _, c := range []struct {
		in  string
		gap int
	}{
		{"I quit my Guangzhou job, the old company didn't pay the last two months before I left, total gap 4 months", 4},
		{"left my job in Hangzhou, former employer skipped the last 2 months before I quit, still no job, overall gap 3 months", 3},
		{"I resigned in Shanghai; my previous employer didn't pay 1 month before I left; gap total 3 months", 3},
	} {
		e := Analyze(c.in, today, nil, "").Extracted
		if e.Gap == nil || e.GapConflict || e.Gap.Months != c.gap {
			t.Errorf("%s: gap %+v (conflict %v), want %d months", c.in, e.Gap, e.GapConflict, c.gap)
		}
	}
}

// A factory by its trade or its head: the employer owes.
func TestRead28aFactory(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 11, Day: 25}
	for _, in := range []string{"在一个五金厂上班 医保三个月没交了 厂长说年底一起补", "中山的家具厂 医保停了两个月 厂长说等货款到了再交",
		"我在服装厂做 医保断了5个月 老板说会补", "一个玩具厂 社保医保都停了4个月了 厂长也不说啥时候补"} {
		e := Analyze(in, today, nil, "").Extracted
		if e.Payer != rules.PayerUnit || e.Reason != rules.ReasonArrears || e.Scheme == rules.SchemeResident {
			t.Errorf("%s: payer %q reason %q scheme %q, want unit arrears", in, e.Payer, e.Reason, e.Scheme)
		}
	}
}

// The employer waiting for its customers' money: hardship.
func TestRead28aWaiting(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 11, Day: 25}
	for _, c := range []struct {
		in string
		st rules.UnitStatus
	}{
		{"公司欠了三个月医保 老板说等货款回来就补", rules.UnitHardship},
		{"厂里医保两个月没交 厂长讲工程款下来了再一起交", rules.UnitHardship},
		{"单位四个月没给交医保 说等客户付款了再补", rules.UnitHardship},
		{"公司欠了三个月医保 老板跑了 说等货款回来", rules.UnitAbsconded},
	} {
		e := Analyze(c.in, today, nil, "").Extracted
		if e.Reason != rules.ReasonArrears || e.UnitStatus != c.st {
			t.Errorf("%s: reason %q status %q, want arrears %q", c.in, e.Reason, e.UnitStatus, c.st)
		}
	}
}

// A gap in months told with the month a new employer started paying: the
// months before that month.
func TestRead28aGapBeforeResumed(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 11, Day: 25}
	for _, c := range []struct {
		in    string
		since rules.Month
	}{
		{"跳槽中间断了两个月 新单位7月开始给我交了 广州", rules.Month{Year: 2026, Month: 5}},
		{"换了工作 医保停了一个月 新公司从8月份开始交", rules.Month{Year: 2026, Month: 7}},
		{"换单位断缴了三个月 现在的公司9月起缴的 杭州", rules.Month{Year: 2026, Month: 6}},
	} {
		e := Analyze(c.in, today, nil, "").Extracted
		// Or the count itself beside the month paying resumed.
		counted := e.Gap != nil && e.Gap.Since == nil && e.Resumed != nil && e.Resumed.Add(-e.Gap.Months) == c.since
		if !counted && (e.Gap == nil || e.Gap.Since == nil || *e.Gap.Since != c.since) {
			t.Errorf("%s: gap %+v (conflict %v), want since %v", c.in, e.Gap, e.GapConflict, c.since)
		}
	}
}
