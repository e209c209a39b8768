package understand

import (
	"testing"

	"bujiao/rules"
)

// TestDurationResumed41b (fix41b): a gap told as a count of months beside
// the month paying started again keeps the count, ended at that month.
// Sibling wordings (none from heldout29) differ in order, words between,
// language, punctuation, typos, a job-end month and plans.
func TestDurationResumed41b(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in      string
		months  int    // 0 = a first month is wanted instead
		since   string // the gap's first month when the count is not used
		resumed string // "" = no month resumed
		reason  rules.Reason
	}{
		{"在苏州的工作辞了以后断了三个月，10月份开始在新单位交了", 3, "", "2026-10", ""},
		{"断了两个月 后来11月自己重新开始交了 现在能报吗", 2, "", "2026-11", ""},
		{"11月开始自己交的，之前断了4个月，要等多久", 4, "", "2026-11", ""},
		{"换工作中间空了两个月新公司8月起给我交医保要补吗", 2, "", "2026-08", ""},
		{"断了两个月，9月份新单位开使交了", 2, "", "2026-09", ""}, // typo 开使
		{"离职后在家呆了半年 7月份进了新公司开始交医保", 6, "", "2026-07", ""},
		{"I had a 3 month gap, then my new employer started paying in october", 3, "", "2026-10", rules.ReasonJobChange},
		{"left my job in june, went 3 months without insurance, new company started paying in october", 3, "", "2026-10", rules.ReasonJobChange},
		{"医保断了两个月，10月开始自己交了", 2, "", "2026-10", ""},
		{"10月份在宁波自己按灵活就业交医保了，断了三个月", 3, "", "2026-10", ""},
		// the job-end month agrees with the count (leaving month paid).
		{"7月底辞的 医保断了3个月 11月开始自己交了", 3, "", "2026-11", ""},
		// the job-end month disagrees: the named months are the more exact.
		{"3月辞的职 断了两个月 9月开始自己交了", 0, "2026-04", "2026-09", ""},
		// no resume: a plan, the gap's own first month, a year told.
		{"断了两个月 打算12月开始交", 2, "", "", ""},
		{"断了两个月，明年1月开始交", 2, "", "", ""},
	} {
		e := Analyze(c.in, today, fakeCities36b{}, "").Extracted
		if c.resumed == "" {
			if e.Resumed != nil {
				t.Errorf("%q: resumed %v, want none (a plan)", c.in, e.Resumed)
			}
			continue
		}
		if e.GapConflict || e.Gap == nil {
			t.Errorf("%q: gap %+v conflict %v", c.in, e.Gap, e.GapConflict)
			continue
		}
		switch {
		case c.months > 0 && e.Gap.Since == nil && e.Gap.Months != c.months,
			c.months > 0 && e.Gap.Since != nil && (e.Resumed == nil || e.Resumed.Since(*e.Gap.Since) != c.months),
			c.since != "" && (e.Gap.Since == nil || e.Gap.Since.String() != c.since):
			t.Errorf("%q: gap %+v resumed %v, want %d months / since %q", c.in, e.Gap, e.Resumed, c.months, c.since)
		}
		if got := e.Resumed; got == nil || got.String() != c.resumed || !e.GapEnded {
			t.Errorf("%q: resumed %v ended %v, want %q", c.in, got, e.GapEnded, c.resumed)
		}
		if c.reason != "" && e.Reason != c.reason {
			t.Errorf("%q: reason %q, want %q", c.in, e.Reason, c.reason)
		}
	}
}

// TestBillNotPaidBack41b: a hospital bill paid out of pocket is no
// back-payment of the missed months; a back-payment told still is.
func TestBillNotPaidBack41b(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in   string
		paid bool
	}{
		{"shanghai flexible, missed 4 months, saw a doctor on 3 nov and paid everything myself", false},
		{"went to hospital in october and paid it all out of pocket, self-employed in hangzhou, missed 3 months", false},
		{"ER visit 2 november, paid the whole bill, my own insurance lapsed 5 months", false},
		{"I paid it all myself at the clinic. gap of 2 months, guangzhou", false},
		{"paid everything out of my own pocket at the dentist nov 10 i pay my own insurance missed 2 months", false},
		{"self employed in shenzhen missed 3 months; surgery in oct, paid the bill myself. can i claim if i pay now", false},
		{"i paid everything back in october, shanghai flexible worker, missed 2 months", true},
		{"missed 2 months but paid them back in november, hangzhou", true},
	} {
		e := Analyze(c.in, today, fakeCities36b{}, "").Extracted
		if got := e.PaidBack != nil || e.PaidBackSaid; got != c.paid {
			t.Errorf("%q: paid back %v (%v), want %v", c.in, got, e.PaidBack, c.paid)
		}
	}
}

// TestRetireAhead41b (issue 17 item 2): a time to retirement told beside a
// gap is working age; the years-at-retirement question keeps at-age.
func TestRetireAhead41b(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in   string
		want rules.Retirement
	}{
		{"明年到退休年龄了 杭州 单位断了两个月", rules.RetirementWorking},
		{"还有一年退休，深圳，单位欠了三个月医保", rules.RetirementWorking},
		{"next year I retire, shanghai, employer stopped paying 3 months ago", rules.RetirementWorking},
		{"再过两年就退了 杭州自己交的 断了4个月", rules.RetirementWorking},
		{"我今年58 明年退 上海 自己交的 断了半年", rules.RetirementWorking},
		{"retiring in 2028, hangzhou, flexible worker missed 4 months", rules.RetirementWorking},
		{"后年退休 广州 灵活就业断了4个月", rules.RetirementWorking},
		{"two years from retiring, my guangzhou company owes 3 months", rules.RetirementWorking},
		{"明年下半年退休公司欠了我两个月医保", rules.RetirementWorking},
		{"i retire in 2 years, shenzhen, self paid, lapsed 5 months", rules.RetirementWorking},
		{"next year I retire", rules.RetirementWorking},
		// the years at retirement asked: at-age, as every set labels it.
		{"杭州 明年退休 医保交了16年 够不够", rules.RetirementAtAge},
		{"我明年退休，上海交了22年医保了，退休以后还要交吗", rules.RetirementAtAge},
	} {
		a := Analyze(c.in, today, fakeCities36b{}, "")
		if a.Extracted.Retirement != c.want || a.Stated.Retirement != "" && a.Stated.Retirement != c.want {
			t.Errorf("%q: retirement %q / stated %q, want %q", c.in, a.Extracted.Retirement, a.Stated.Retirement, c.want)
		}
	}
}

// TestLeftLastJob41b: "left my last/previous/old/former job" is leaving a
// job, as "left my job" is.
func TestLeftLastJob41b(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, in := range []string{
		"left my previous job in june, no insurance since",
		"I left my old job 3 months ago, hangzhou",
		"since I left my former job in may nothing was paid",
		"after i left my last job in shenzhen 5 months ago i havent paid",
		"left my last company in april guangzhou not paying since",
		"my insurance stopped when i left my previous job 4 months ago",
		"left my old job, 2 months no insurance, shanghai",
		"i left my former job in august and haven't paid since",
	} {
		if e := Analyze(in, today, fakeCities36b{}, "").Extracted; e.Reason != rules.ReasonLeftJob {
			t.Errorf("%q: reason %q, want left-job", in, e.Reason)
		}
	}
}
