package understand

import (
	"testing"
	"time"

	"bujiao/rules"
)

// R25-W3 siblings (fix32a): a first sign-up as a self-payer, with its day.
func TestRound32aFirstSignUp(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	d := func(m, dd int) rules.Date { return rules.Date{Year: 2026, Month: time.Month(m), Day: dd} }
	for _, c := range []struct {
		in    string
		reg   *rules.Date
		treat *rules.Date
	}{
		{"hangzhou, registered as a flexible worker for the very first time on nov 20. doctor on dec 15", ptr32a(d(11, 20)), ptr32a(d(12, 15))},
		{"wenzhou self-employed, i enrolled in employee medical insurance for the first time on november 25, hospital dec 20", ptr32a(d(11, 25)), ptr32a(d(12, 20))},
		{"ningbo freelancer, first time ever signing up, did it on nov 26. surgery on dec 22", nil, ptr32a(d(12, 22))},
		{"just signed up as a gig worker for the first time ever on dec 3 in jiaxing. is my dec 28 checkup covered", ptr32a(d(12, 3)), ptr32a(d(12, 28))},
		{"宁波 我第一次以灵活就业参加职工医保 11月28号刚办的登记 12月18号看牙能报吗", ptr32a(d(11, 28)), ptr32a(d(12, 18))},
	} {
		e := Analyze(c.in, today, nil, "").Extracted
		if !e.FirstEnrolment {
			t.Errorf("%q: not read as a first enrolment", c.in)
		}
		if e.Gap != nil {
			t.Errorf("%q: gap %+v read from a first enrolment", c.in, e.Gap)
		}
		if c.reg != nil && (e.PayPlanned == nil || *e.PayPlanned != *c.reg) {
			t.Errorf("%q: registration day %v, want %v", c.in, e.PayPlanned, *c.reg)
		}
		if e.Treatment == nil || *e.Treatment != *c.treat {
			t.Errorf("%q: treatment %v, want %v", c.in, e.Treatment, *c.treat)
		}
	}
	// Cover that ran before: not a first enrolment.
	for _, in := range []string{
		"i quit in august and signed up again as a freelancer on nov 20, for the first time in years",
		"registered as a flexible worker on nov 20 after my old job ended",
	} {
		if e := Analyze(in, today, nil, "").Extracted; e.FirstEnrolment {
			t.Errorf("%q: read as a first enrolment", in)
		}
	}
}

// R25-W7 siblings (fix32a): a first job ever is the employer's first
// enrolment, never a job change.
func TestRound32aFirstJob(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, in := range []string{
		"my first job ever starts in chengdu on dec 10. when is my medical insurance active? doctor dec 22",
		"just graduated, first real job in xian from december 1. can i see a dentist on dec 20",
		"this is my first job, started dec 1 in changsha, am i covered for a checkup dec 20",
		"never had a job before, starting at a factory in hefei dec 15, when does insurance kick in",
	} {
		e := Analyze(in, today, nil, "").Extracted
		if !e.FirstEnrolment || e.Payer != rules.PayerUnit {
			t.Errorf("%q: first enrolment %v payer %q, want a first enrolment by the employer", in, e.FirstEnrolment, e.Payer)
		}
		if e.Reason == rules.ReasonJobChange || e.Gap != nil {
			t.Errorf("%q: reason %q gap %+v, want no job change and no gap", in, e.Reason, e.Gap)
		}
	}
	for _, in := range []string{
		"i quit my first job in august and started a new one in october",
		"my first job stopped paying my insurance 3 months ago",
	} {
		if e := Analyze(in, today, nil, "").Extracted; e.FirstEnrolment {
			t.Errorf("%q: read as a first enrolment", in)
		}
	}
}

// R25-W1 siblings (fix32a): a gap told as a range of months between two
// jobs, with the last month paid and the new job's month.
func TestRound32aRangeGap(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	m := func(mo int) rules.Month { return rules.Month{Year: 2026, Month: time.Month(mo)} }
	for _, c := range []struct {
		in             string
		since, resumed rules.Month
		months         int
	}{
		{"在苏州上班交到4月 5到7月没交 8月去了无锡新单位 6月3号看过病 能报吗", m(5), m(8), 3},
		{"医保交到3月，4月到5月都没交，6月换了新工作", m(4), m(6), 2},
		{"以前在宁波上班 交到8月 9-10月没缴 11月到上海新公司上班", m(9), m(11), 2},
		{"换工作 7至9月没交 10月入职新单位 8月5号住过院", m(7), m(10), 3},
	} {
		e := Analyze(c.in, today, nil, "").Extracted
		if e.Gap == nil || e.Gap.Since == nil || *e.Gap.Since != c.since || e.Gap.Months != c.months {
			t.Errorf("%q: gap %+v, want %d months from %v", c.in, e.Gap, c.months, c.since)
		}
		if e.Resumed == nil || *e.Resumed != c.resumed {
			t.Errorf("%q: resumed %v, want %v", c.in, e.Resumed, c.resumed)
		}
	}
	// The last month paid is not the month before the range: not read.
	for _, in := range []string{"交到6月 8到9月没交 10月去了新公司", "5到7月没交 9月去了新公司"} {
		e := Analyze(in, today, nil, "").Extracted
		if e.Resumed != nil && e.Gap != nil && e.Gap.Since != nil && e.Gap.Months >= 2 {
			t.Errorf("%q: gap %+v resumed %v read from months that do not join", in, e.Gap, *e.Resumed)
		}
	}
}

func ptr32a(d rules.Date) *rules.Date { return &d }
