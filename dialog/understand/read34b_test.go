package understand

import (
	"testing"
	"time"

	"bujiao/rules"
)

// Audit round 27 R27-M2: a gap planned ahead is dated after the current
// month (sibling wordings, not the audit's).
func TestPlannedGap34b(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	cases := []struct {
		in         string
		first, job string // "" = none
	}{
		{"杭州 现在单位正常交着 准备明年三月四月不上班 五月再入职", "2027-03", "2027-05"},
		{"上海在职 打算明年2月底辞职 休息两个月 5月入职新公司 明年3月要生孩子能报吗", "2027-03", "2027-05"},
		{"计划明年6月到7月都不工作 8月去新单位上班", "2027-06", "2027-08"},
		{"working in shanghai, i will quit at the end of march and start a new job in june. surgery on april 20 next year?", "2027-04", "2027-06"},
		{"im going to leave my job at the end of jan next year, new job from april", "2027-02", "2027-04"},
		{"准备明年1月底离职", "2027-02", ""},
		// Not plans ahead: a gap already begun, or no future word.
		{"上海 4月5月不上班 6月找了新工作", "", ""},
		{"I quit at the end of february and started a new job in may", "", ""},
	}
	for _, c := range cases {
		first, job, ok := PlannedGap34b(c.in, today)
		gotF, gotJ := "", ""
		if ok {
			gotF = first.String()
			if !job.IsZero() {
				gotJ = job.String()
			}
		}
		if gotF != c.first || gotJ != c.job {
			t.Errorf("%q: got %q %q, want %q %q", c.in, gotF, gotJ, c.first, c.job)
		}
	}
}

// Audit round 27 R27-M5 and the open E7: the month flexible payment
// started (sibling wordings, not the audit's).
func TestFlexStart34b(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	m := func(n int) *rules.Month { x := rules.Month{Year: 2026, Month: time.Month(n)}; return &x }
	for _, c := range []struct {
		in       string
		first    bool
		payDate  string // first enrolment: the month's first day
		since    *rules.Month
		months   int
		resumed  *rules.Month
		unitLeft bool
	}{
		{"上海，以前没参过医保，今年8月起自己以灵活就业身份缴费。下周想去看病", true, "2026-08-01", nil, 0, nil, false},
		{"上海，第一次参保，10月份开始按灵活就业交的。", true, "2026-10-01", nil, 0, nil, false},
		{"shanghai, never insured before. signed up as a freelancer in october. clinic next week?", true, "2026-10-01", nil, 0, nil, false},
		{"上海，5月底辞职了，10月开始自己交灵活就业。", false, "", m(6), 4, m(10), true},
		{"shanghai, i quit my job at the end of june (paid through june). started paying as a flexible worker in august.", false, "", m(7), 1, m(8), true},
		{"上海，6月底离职，7月起自己交灵活就业。", false, "", nil, 0, nil, true},
	} {
		a := Analyze(c.in, today, nil, "")
		e := a.Stated
		if e.FirstEnrolment != c.first {
			t.Errorf("%q: first enrolment %v", c.in, e.FirstEnrolment)
		}
		if c.first {
			if e.PayPlanned == nil || e.PayPlanned.String() != c.payDate || e.Gap != nil {
				t.Errorf("%q: pay date %v gap %+v, want %s", c.in, e.PayPlanned, e.Gap, c.payDate)
			}
			continue
		}
		if e.Gap == nil || e.Gap.Months != c.months && e.Gap.Since == nil || (c.since == nil) != (e.Gap.Since == nil) ||
			c.since != nil && *e.Gap.Since != *c.since {
			t.Errorf("%q: gap %+v, want %v months since %v", c.in, e.Gap, c.months, c.since)
		}
		if (c.resumed == nil) != (e.Resumed == nil) || c.resumed != nil && *e.Resumed != *c.resumed {
			t.Errorf("%q: resumed %v, want %v", c.in, e.Resumed, c.resumed)
		}
		if c.unitLeft && (e.Payer != rules.PayerUnit || e.Reason != rules.ReasonLeftJob) {
			t.Errorf("%q: payer %q reason %q, want the employer's, left job", c.in, e.Payer, e.Reason)
		}
	}
}

// Audit round 27 R27-M1: two months side by side, ended by a new job, the
// months back-paid by the new employer (sibling wordings, not the audit's).
func TestPairGap34b(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	m := func(n int) rules.Month { return rules.Month{Year: 2026, Month: time.Month(n)} }
	for _, c := range []struct {
		in          string
		since, job  rules.Month
		arrearsPaid *rules.Month
	}{
		{"上海 6月7月没交 8月新单位入职 6月7月都补交了", m(6), m(8), &[]rules.Month{m(8)}[0]},
		{"上海，5月6月都没缴医保，7月入职新公司，公司把5月6月补上了", m(5), m(7), &[]rules.Month{m(7)}[0]},
		{"上海 9月10月没交 11月入职新单位", m(9), m(11), nil},
	} {
		e := Analyze(c.in, today, nil, "").Stated
		if e.Gap == nil || e.Gap.Since == nil || *e.Gap.Since != c.since || e.Gap.Months != 2 {
			t.Errorf("%q: gap %+v, want 2 months since %v", c.in, e.Gap, c.since)
		}
		if e.Resumed == nil || *e.Resumed != c.job {
			t.Errorf("%q: resumed %v, want %v", c.in, e.Resumed, c.job)
		}
		if (c.arrearsPaid == nil) != (e.ArrearsPaid == nil) || c.arrearsPaid != nil && *e.ArrearsPaid != *c.arrearsPaid {
			t.Errorf("%q: arrears paid %v, want %v", c.in, e.ArrearsPaid, c.arrearsPaid)
		}
	}
}

// Audit round 27 R27-M3: one month the employer did not pay, then work in
// another place (sibling wordings, not the audit's).
func TestOneMonthMoved34b(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	m := func(n int) rules.Month { return rules.Month{Year: 2026, Month: time.Month(n)} }
	for _, c := range []struct {
		in         string
		since, job rules.Month
	}{
		{"佛山上班 7月份单位没给我交医保 8月去深圳上班了 7月20号住院能报吗", m(7), m(8)},
		{"东莞打工 10月公司没交社保 11月到广州工作了", m(10), m(11)},
		{"在珠海 6月份老板没给交 7月份就去中山上班了", m(6), m(7)},
	} {
		e := Analyze(c.in, today, nil, "").Stated
		if e.Gap == nil || e.Gap.Since == nil || *e.Gap.Since != c.since || e.Gap.Months != 1 {
			t.Errorf("%q: gap %+v, want 1 month since %v", c.in, e.Gap, c.since)
		}
		if e.Resumed == nil || *e.Resumed != c.job || e.Reason != rules.ReasonJobChange {
			t.Errorf("%q: resumed %v reason %q, want %v, job change", c.in, e.Resumed, e.Reason, c.job)
		}
		if e.ArrearsBeforeLeaving == nil || *e.ArrearsBeforeLeaving != 1 {
			t.Errorf("%q: arrears before leaving %v, want 1", c.in, e.ArrearsBeforeLeaving)
		}
	}
}

// Audit round 27 R27-M6: the month an employer in arrears paid them back
// in one sum (sibling wordings, not the audit's).
func TestLumpPaid34b(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	m := func(n int) *rules.Month { x := rules.Month{Year: 2026, Month: time.Month(n)}; return &x }
	for _, c := range []struct {
		in   string
		paid *rules.Month
	}{
		{"温州 单位从6月起欠缴医保，10月份才一次性补齐了。9月住院能报吗", m(10)},
		{"杭州 公司7月开始没交医保 催了好久 11月终于全部补上了", m(11)},
		{"嘉兴 单位从9月开始欠费 11月一次性补缴", m(11)},
	} {
		e := Analyze(c.in, today, nil, "").Stated
		if (c.paid == nil) != (e.ArrearsPaid == nil) || c.paid != nil && *e.ArrearsPaid != *c.paid {
			t.Errorf("%q: arrears paid %v, want %v (reason %q)", c.in, e.ArrearsPaid, c.paid, e.Reason)
		}
	}
}
