package understand

import (
	"testing"

	"bujiao/rules"
)

// Audit round 21, R21-M4: a resident who got a job whose employer pays
// the employee scheme, named after the job, is a scheme switch (43号 ②):
// the resident years are continuous years, the employer pays, and the job
// is why the scheme changed.
func TestResidentToJobSchemeNamed21d(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in    string
		years int
		gap   int
	}{
		{"was on the resident scheme in suzhou for 4 years, now i got a job in shanghai with employee medical insurance from february, a gap of 1 month", 4, 1},
		{"i had resident insurance for 6 years, now found a job with employee insurance starting next month, gap of 2 months. any waiting period?", 6, 2},
		{"was on resident medical insurance for 3 years in wuxi, just started a job, the company pays employee insurance from january, 2 month gap", 3, 2},
		{"以前在温州交了五年居民医保 现在找到工作了 公司交职工医保 中间断两个月", 5, 2},
		{"之前一直交居民医保 交了4年 现在入职了 新公司给交职工医保 断了一个月", 4, 1},
	} {
		e := Analyze(c.in, today, nil, "").Stated
		if e.Scheme != rules.SchemeEmployee || e.PriorScheme != rules.SchemeResident || e.Payer != rules.PayerUnit ||
			e.Reason != rules.ReasonJobChange {
			t.Errorf("%q: %s; want employee from resident, unit, job change", c.in, e)
			continue
		}
		if e.ContinuousYears == nil || *e.ContinuousYears != c.years || e.Gap == nil || e.Gap.Months != c.gap {
			t.Errorf("%q: %s; want %d continuous years, gap %d", c.in, e, c.years, c.gap)
		}
	}
	// The employee scheme named before the job, or a job only wished for,
	// is no switch told by the job.
	for _, in := range []string{
		"i had resident insurance for 5 years, if i get a job with employee insurance will i have a waiting period?",
	} {
		if e := Analyze(in, today, nil, "").Stated; e.PriorScheme == rules.SchemeResident && e.Reason == rules.ReasonJobChange {
			t.Errorf("%q: %s; read as a switch to a job", in, e)
		}
	}
}

// Audit round 21, R21-M1: a new employer paying now makes a job change
// whose gap is over; the month it started paying is the month paying
// resumed, never the first unpaid month.
func TestNewEmployerPays21d(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	nov := rules.Month{Year: 2026, Month: 11}
	oct := rules.Month{Year: 2026, Month: 10}
	for _, c := range []struct {
		in      string
		resumed *rules.Month
	}{
		{"left my old job in suzhou in september, the old boss owed me 2 months, the new company started paying in october", &oct},
		{"switched jobs, my previous employer didn't pay my last month, the new employer has been paying since november", &nov},
		{"以前那家公司欠了我两个月医保 我8月就辞职了 现在新公司11月开始给我交", &nov},
		{"我从原单位离职了 原单位欠了3个月 现在在新单位上班 新单位一直正常交", nil},
		{"辞职了 换了个公司 新公司正常交着的 就是之前的公司欠了两个月", nil},
	} {
		e := Analyze(c.in, today, nil, "").Stated
		if e.Reason != rules.ReasonJobChange || e.Payer != rules.PayerUnit || !e.GapEnded || e.UnitStatus != "" && e.ArrearsBeforeLeaving == nil {
			t.Errorf("%q: %s (gap ended %v); want a job change whose gap is over", c.in, e, e.GapEnded)
			continue
		}
		if (c.resumed == nil) != (e.Resumed == nil) || c.resumed != nil && *e.Resumed != *c.resumed {
			t.Errorf("%q: resumed %v, want %v", c.in, e.Resumed, c.resumed)
		}
		if e.Gap != nil && e.Gap.Since != nil && e.Resumed != nil && *e.Gap.Since == *e.Resumed {
			t.Errorf("%q: the resumed month read as the first unpaid one", c.in)
		}
	}
	// Not yet paying, or paying later: the gap is not over.
	for _, in := range []string{
		"changed jobs, old company owes me 2 months, the new one hasn't started paying yet",
		"换工作了 前公司欠了两个月 新单位下个月才开始交",
	} {
		if e := Analyze(in, today, nil, "").Stated; e.GapEnded || e.Resumed != nil {
			t.Errorf("%q: %s; read as paying again", in, e)
		}
	}
}

// Audit round 21, R21-M1: a leaving still to come is no arrears and no
// gap yet; and "used to work there" is a former employer.
func TestFutureLeavingAndFormerWords21d(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, in := range []string{
		"i'm leaving guangzhou next month, the company will stop paying at the end of december, new job in hangzhou starts in february",
		"going to quit at the end of this month, my employer will stop paying then, new job starts in march",
		"我下个月离职 公司月底就不交了 新工作3月才开始",
		"准备辞职了 公司说月底停缴 下家公司二月份入职",
	} {
		e := Analyze(in, today, nil, "").Stated
		if e.Reason == rules.ReasonArrears || e.UnitStatus != "" || e.ArrearsBeforeLeaving != nil {
			t.Errorf("%q: %s; a leaving to come read as arrears", in, e)
		}
		if e.Gap != nil && (e.Gap.Since == nil || *e.Gap.Since != today.MonthOf()) {
			t.Errorf("%q: gap %v; nothing is unpaid yet", in, e.Gap)
		}
	}
	for _, c := range []struct {
		in     string
		months int
	}{
		{"used to work in dongguan, the company didn't pay my medical insurance for my last 3 months there", 3},
		{"之前那家公司欠了我两个月医保 我早就辞职了", 2},
		{"以前那家单位没给交最后三个月的医保 我已经走了", 3},
	} {
		e := Analyze(c.in, today, nil, "").Stated
		if e.Reason != rules.ReasonLeftJob && e.Reason != rules.ReasonJobChange {
			t.Errorf("%q: %s; want the job left", c.in, e)
		}
		if e.ArrearsBeforeLeaving != nil && *e.ArrearsBeforeLeaving != c.months {
			t.Errorf("%q: arrears before leaving %d, want %d", c.in, *e.ArrearsBeforeLeaving, c.months)
		}
	}
}
