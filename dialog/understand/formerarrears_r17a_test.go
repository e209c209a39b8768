package understand

import (
	"testing"

	"bujiao/rules"
)

// Audit round 17, R17-W1 / R17-M2: a former employer that owed months
// before the person left (or changed job) is read as both facts: the
// leaving (or the job change) and the months owed, in zh, en and dialect.
func TestFormerArrearsReadings(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	cases := []struct {
		in     string
		reason rules.Reason
		months int // 0: no arrears_before_leaving
	}{
		// R17-W1 (H4) and siblings: left, no new job.
		{"我从杭州的公司离职了 离职前两个月公司没给交医保 12月20号看病能报吗", rules.ReasonLeftJob, 2},
		{"离职前三个月单位没给我交医保", rules.ReasonLeftJob, 3},
		{"辞职了，原单位欠了我两个月的医保没交", rules.ReasonLeftJob, 2},
		{"上家公司走之前欠了我4个月医保", rules.ReasonLeftJob, 4},
		{"my old company in ningbo didn't pay my last 2 months of medical insurance before i left", rules.ReasonLeftJob, 2},
		{"i quit, my former employer owed 3 months of medical insurance", rules.ReasonLeftJob, 3},
		{"previous employer never paid the last 2 months before i resigned", rules.ReasonLeftJob, 2},
		{"辞咗工 之前公司冇交两个月医保", rules.ReasonLeftJob, 2},
		{"離職前兩個月公司沒給交醫保", rules.ReasonLeftJob, 2},
		{"wo cizhi le qian gongsi qian le wo 2 ge yue yibao", rules.ReasonLeftJob, 2},
		// R17-M2 (F4) and siblings: a new job named.
		{"前公司欠了我3个月医保 我现在换工作了 在广州", rules.ReasonJobChange, 3},
		{"换了工作，原来的公司欠了两个月医保", rules.ReasonJobChange, 2},
		{"my previous company owes me 3 months of medical insurance, i have a new job now", rules.ReasonJobChange, 3},
		{"left my old job, old employer didn't pay 2 months, got a new job in shanghai", rules.ReasonJobChange, 2},
		// Not a former employer: still employed there, or nothing owed.
		{"公司欠了我三个月医保", rules.ReasonArrears, 0},
		{"my company hasn't paid my insurance for 4 months", "", 0},
		{"我离职了 断缴三个月了", rules.ReasonLeftJob, 0},
		{"还没离职 公司欠了两个月医保", rules.ReasonArrears, 0},
	}
	for _, c := range cases {
		e := Analyze(c.in, today, nil, "").Stated
		if c.months == 0 {
			if e.ArrearsBeforeLeaving != nil {
				t.Errorf("%q: arrears_before_leaving = %d, want none", c.in, *e.ArrearsBeforeLeaving)
			}
			if c.reason != "" && e.Reason != c.reason {
				t.Errorf("%q: reason = %q, want %q", c.in, e.Reason, c.reason)
			}
			continue
		}
		if e.ArrearsBeforeLeaving == nil || *e.ArrearsBeforeLeaving != c.months {
			t.Errorf("%q: arrears_before_leaving = %v, want %d (%s)", c.in, e.ArrearsBeforeLeaving, c.months, e)
			continue
		}
		if e.Reason != c.reason || e.Payer != rules.PayerUnit || e.UnitStatus != "" {
			t.Errorf("%q: reason %q payer %q unit %q, want %q, unit, none", c.in, e.Reason, e.Payer, e.UnitStatus, c.reason)
		}
	}
}

// TestFormerArrearsNotRead: the held-out residents the first version
// misread (an earlier gap now over, a divided employer) stay as they were.
func TestFormerArrearsNotRead(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, in := range []string{
		"之前公司欠了三个月医保 八月份开始恢复交了 公司在杭州 还正常",
		"上海 原来公司拆分成两家了 我分到新的那家 拆分之前欠了两个月医保",
		"我们公司去年分立成了两个公司我被分到新公司那边然后老公司那边欠了三个月的医保没交现在两边都说不是自己的事在佛山",
		"嘉兴 之前单位欠了我们四个月医保 今年5月份单位已经全部补上了 那段时间看病的钱能报吗",
		"以前单位欠了两个月医保 现在补上了",
		"原来单位干了五年 九月份辞了 俩月没交医保了",
	} {
		a := Analyze(in, today, nil, "")
		if a.Extracted.ArrearsBeforeLeaving != nil || a.Stated.ArrearsBeforeLeaving != nil {
			t.Errorf("%q: read as a former employer's arrears", in)
		}
	}
}
