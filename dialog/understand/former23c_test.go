package understand

import (
	"testing"

	"bujiao/rules"
)

// fix23c: leaving a job, job changes, a former employer's owed months,
// moves. Sibling wordings written for the families, not the held-out text.
func TestFormer23c(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in     string
		reason rules.Reason
		owed   int
		gap    int // months to this month; 0: no gap read
	}{
		// A leaving month after "从<place>的公司", a whole gap told one month
		// past the leaving month said without its end.
		{"我9月份从闵行一家厂辞职的，辞职前厂里有三个月没给我交医保，之后我也没交，一共断了五个月", rules.ReasonLeftJob, 3, 5},
		{"8月从余杭那家公司离职，离职前公司两个月没交，加起来断了五个月", rules.ReasonLeftJob, 2, 5},
		// English: stopped paying before the leaving; the whole gap told.
		{"quit my job in dongguan. my former employer stopped paying my insurance 2 months before I quit, total gap is 4 months", rules.ReasonLeftJob, 2, 4},
		{"changed jobs in foshan, the old company didn't pay my last 3 months there, 4 months in total", rules.ReasonJobChange, 3, 4},
		{"my old employer stopped paying 5 months ago and i quit last month, living in ningbo", rules.ReasonLeftJob, 4, 5},
		{"the previous company stopped paying my insurance 6 months ago, i left 2 months ago", rules.ReasonLeftJob, 4, 6},
		// A former job's last months; the gap said as what was broken.
		{"苏州那家厂最后三个月没给我交医保 我一辞职就去了新公司 断的就是那三个月", rules.ReasonJobChange, 3, 3},
		{"原来那家公司最后一个月没给我缴 我离职就入职新单位了 断的只有那一个月", rules.ReasonJobChange, 1, 1},
	} {
		e := Analyze(c.in, today, nil, "").Extracted
		if e.Reason != c.reason || e.ArrearsBeforeLeaving == nil || *e.ArrearsBeforeLeaving != c.owed {
			t.Errorf("%q: %s; want %s, %d owed before leaving", c.in, e, c.reason, c.owed)
			continue
		}
		cur := today.MonthOf()
		if e.Gap == nil || (e.Gap.Since == nil && e.Gap.Months != c.gap) || (e.Gap.Since != nil && cur.Since(*e.Gap.Since) != c.gap) {
			t.Errorf("%q: %s; want a gap of %d months", c.in, e, c.gap)
		}
	}
	// A current employer's last months, and a stop with the quitting after
	// it, are no former employer's months.
	for _, in := range []string{
		"公司最后两个月没给我交 现在还在这家上班",
		"the company stopped paying my insurance so I quit, 3 months",
		"my employer stopped paying 4 months ago, i still work there",
	} {
		if e := Analyze(in, today, nil, "").Extracted; e.ArrearsBeforeLeaving != nil {
			t.Errorf("%q: %s; read as a former employer's", in, e)
		}
	}
}

// R23-M3: a month named after a gap verb with a day or 的 after it is a
// month of the calendar, never a count of months.
func TestNamedMonth23c(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in    string
		since rules.Month
	}{
		{"宁波 公司欠了9月的医保", rules.Month{Year: 2026, Month: 9}},
		{"单位没缴11月的 其他月份都交了", rules.Month{Year: 2026, Month: 11}},
		{"公司漏缴了十月的医保", rules.Month{Year: 2026, Month: 10}},
	} {
		e := Analyze(c.in, today, nil, "").Extracted
		if e.Gap == nil || e.Gap.Since == nil || *e.Gap.Since != c.since {
			t.Errorf("%q: %s; want the gap since %v, never a count", c.in, e, c.since)
		}
	}
	for _, in := range []string{"离职前7月8月公司都没缴 8月20号住院", "公司没缴8月18号看病", "断缴8月"} {
		e := Analyze(in, today, nil, "").Extracted
		if e.Gap != nil && e.Gap.Since == nil && (e.Gap.Months == 8 || e.Gap.Months == 18) && in != "断缴8月" {
			t.Errorf("%q: %s; a named month read as a count", in, e)
		}
		if e.ArrearsBeforeLeaving != nil && *e.ArrearsBeforeLeaving > 2 {
			t.Errorf("%q: %s; a named month read as a count", in, e)
		}
	}
	// "断缴8月" stays 8 months.
	if e := Analyze("断缴8月", today, nil, "").Extracted; e.Gap == nil || e.Gap.Months != 8 {
		t.Errorf("断缴8月: %s; want 8 months", e)
	}
}

// Hunanese 咯 after a verb is 了; at a clause's end it stays a particle.
func TestDialect23c(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"我换咯个工作", "我换了个工作"},
		{"断咯两个月", "断了两个月"},
		{"我辞咯职", "我辞了职"},
		{"长沙咯，好咯", "长沙咯，好咯"},
	} {
		if got := fixDialect23c(c.in); got != c.want {
			t.Errorf("%q: %q, want %q", c.in, got, c.want)
		}
	}
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, in := range []string{"株洲咯，我换咯份工作，中间断咯两个月", "湘潭的，换咯个单位，断咯两个月医保"} {
		if e := Analyze(in, today, nil, "").Extracted; e.Reason != rules.ReasonJobChange || e.Gap == nil || e.Gap.Months != 2 {
			t.Errorf("%q: %s; want a job change with a 2-month gap", in, e)
		}
	}
}

// R23-M2: a switch from the resident scheme "to my employer's plan", with
// the years enrolled told as never broken, is a switch into the employee
// scheme with those years continuous, never a gap of those years.
func TestSwitchToEmployerPlan23c(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in    string
		years int
	}{
		{"switching from resident insurance (4 years, never missed) to my employer's plan in hangzhou from february", 4},
		{"moving from the resident scheme to my company's plan in ningbo next month, 3 years without a break", 3},
		{"switching from resident medical (6 years, no gaps), to my employer's insurance in shenzhen", 6},
	} {
		e := Analyze(c.in, today, nil, "").Extracted
		if e.Scheme != rules.SchemeEmployee || e.PriorScheme != rules.SchemeResident || e.ContinuousYears == nil || *e.ContinuousYears != c.years {
			t.Errorf("%q: %s; want a switch resident → employee after %d continuous years", c.in, e, c.years)
			continue
		}
		if e.Gap != nil && e.Gap.Since == nil && e.Gap.Months >= 12 {
			t.Errorf("%q: %s; the years enrolled read as a gap", c.in, e)
		}
	}
	// Years told with a break stay a gap.
	if e := Analyze("switching from resident insurance to my employer's plan, missed 2 years", today, nil, "").Extracted; e.ContinuousYears != nil {
		t.Errorf("missed 2 years: %s; read as continuous years", e)
	}
}

// A current employer's arrears with a question about leaving is no
// former employer's.
func TestNotLeftYet23c(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, in := range []string{"公司欠了两个月医保 离职就能要回来吗", "单位最后两个月没交的话 我辞职就行了吗"} {
		if e := Analyze(in, today, nil, "").Extracted; e.ArrearsBeforeLeaving != nil {
			t.Errorf("%q: %s; read as a former employer's", in, e)
		}
	}
}
