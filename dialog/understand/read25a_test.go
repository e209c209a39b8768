package understand

import (
	"testing"

	"bujiao/rules"
)

var today25a = rules.Date{Year: 2026, Month: 12, Day: 7}

// A former employer that "skipped" the last months before the person left,
// with the whole gap told as a total: the owed months and the total both
// kept (heldout21 h21-en-left-arrears-before-ningbo, sibling wordings).
func TestFormerSkipped25a(t *testing.T) {
	cases := []struct {
		in        string
		owed, gap int // owed 0: none read
	}{
		{"i resigned in suzhou. my previous employer skipped 3 months before i resigned, total 5 months unpaid now", 3, 5},
		{"left my job in xiamen, the company skipped my final 2 months before i left. total of 6 months without insurance", 2, 6},
		{"I quit my job and have no job now. the old company skipped the last 3 months before I quit, total 7 months unpaid", 3, 7},
		{"i left the company in wuxi; my former employer skipped 2 months before leaving, 5 months in total", 2, 5},
		// The person's own skipping is not the employer's.
		{"i left my job 3 months ago and since then i skipped paying myself, the company paid everything before i left", 0, 0},
	}
	for _, c := range cases {
		e := Analyze(c.in, today25a, nil, "").Stated
		if c.owed == 0 {
			if e.ArrearsBeforeLeaving != nil {
				t.Errorf("%q: arrears_before_leaving %d, want none", c.in, *e.ArrearsBeforeLeaving)
			}
			continue
		}
		if e.ArrearsBeforeLeaving == nil || *e.ArrearsBeforeLeaving != c.owed {
			t.Errorf("%q: arrears_before_leaving %v, want %d (%s)", c.in, e.ArrearsBeforeLeaving, c.owed, e)
			continue
		}
		if e.Reason != rules.ReasonLeftJob || e.Gap == nil || e.Gap.Since != nil || e.Gap.Months != c.gap {
			t.Errorf("%q: reason %q gap %v, want left-job and %d months (%s)", c.in, e.Reason, e.Gap, c.gap, e)
		}
	}
}

// Students: the school collecting is no employer, school years named as
// unpaid are broken years, the collecting is the window open
// (h21-res-student-nanjing, h21-en-res-student-gz).
func TestStudentYears25a(t *testing.T) {
	cases := []struct {
		in     string
		months int
		window bool
	}{
		{"我在武汉上大学，大一那年学校收医保我没交，现在大二了，学校正在收", 12, true},
		{"在成都读大学，大一大二大三都没参保，现在大四了，学校又在收了", 36, true},
		{"孩子在西安读高中，高一到高三都没缴居民医保", 36, false},
		{"I'm a college student in Wuhan. I never paid the school's medical insurance for 3 years. The school is collecting now.", 36, true},
		{"uni student in Chengdu, I never joined the school's insurance for 2 years, my school is collecting now", 24, true},
	}
	for _, c := range cases {
		e := Analyze(c.in, today25a, nil, "").Extracted
		if e.Scheme != rules.SchemeResident || e.Payer != "" || e.FirstEnrolment {
			t.Errorf("%q: scheme %q payer %q first %v, want resident, no payer, not first (%s)", c.in, e.Scheme, e.Payer, e.FirstEnrolment, e)
		}
		if e.Gap == nil || e.Gap.Since != nil || e.Gap.Months != c.months {
			t.Errorf("%q: gap %v, want %d months (%s)", c.in, e.Gap, c.months, e)
		}
		if got := e.InWindow != nil && *e.InWindow; got != c.window {
			t.Errorf("%q: in window %v, want %v", c.in, got, c.window)
		}
	}
	// A teacher's school is the employer.
	e := Analyze("I'm a teacher at the school in Wuhan, the school hasn't paid my medical insurance for 3 months", today25a, nil, "").Extracted
	if e.Payer != rules.PayerUnit {
		t.Errorf("teacher: payer %q, want unit", e.Payer)
	}
}

// A pupil by grade or by age (h21-first-child-sh, h21-en-child-hz).
func TestPupil25a(t *testing.T) {
	for _, c := range []struct {
		in      string
		student bool
	}{
		{"女儿今年上三年级，一直没参加过医保，杭州户口", true},
		{"儿子读初二，去年居民医保忘了交", true},
		{"My daughter is 10, we missed her residents' insurance last year", true},
		{"my son just started first grade in Suzhou and has never had medical insurance", true},
		{"孩子3岁，居民医保断了一年", false},
		{"My son is 20 and works at a factory", false},
	} {
		e := Analyze(c.in, today25a, nil, "").Extracted
		if e.Student != c.student {
			t.Errorf("%q: student %v, want %v (%s)", c.in, e.Student, c.student, e)
		}
	}
}

// Hokkien leaving and not paying, traditional or simplified
// (h21-minnan-quanzhou-left).
func TestHokkienLeft25a(t *testing.T) {
	for _, in := range []string{
		"阮佇厦门辭頭路兩個月矣，醫保攏無納",
		"我佇漳州辞头路四个月矣 医保拢无纳 欲按怎",
		"佇晉江辭頭路半年矣，醫保無納",
	} {
		e := Analyze(in, today25a, nil, "").Stated
		if e.Reason != rules.ReasonLeftJob || e.Gap == nil {
			t.Errorf("%q: reason %q gap %v, want left-job with a gap (%s)", in, e.Reason, e.Gap, e)
		}
	}
}

// The month paying resumed, and an employer's arrears paid back
// (h21-ended-flex-sh-jul, h21-ended-arrears-paid-dg, h21-en-arr-paid-sz).
func TestResumedAndPaidBack25a(t *testing.T) {
	for _, in := range []string{
		"杭州灵活就业，之前断了4个月，8月份重新开始交的",
		"自己交的医保断了三个月，9月重新开始缴了，在苏州",
		"南京灵活就业 断了6个月 10月份又重新交了",
	} {
		e := Analyze(in, today25a, nil, "").Extracted
		if e.Resumed == nil && !e.GapEnded || e.Gap == nil || e.Gap.Since != nil && e.Resumed == nil {
			t.Errorf("%q: gap %v resumed %v ended %v, want a gap that ended (%s)", in, e.Gap, e.Resumed, e.GapEnded, e)
		}
	}
	for _, c := range []struct {
		in      string
		implied bool
	}{
		{"佛山的，单位之前欠了我两个月医保，5月份已经全部补缴了", true},
		{"my employer in Ningbo owed me 3 months of insurance and paid it all back in June", true},
	} {
		e := Analyze(c.in, today25a, nil, "").Extracted
		if got := e.UnitStatus == rules.UnitNormal && e.UnitImplied; got != c.implied {
			t.Errorf("%q: unit %q implied %v, want implied normal %v (%s)", c.in, e.UnitStatus, e.UnitImplied, c.implied, e)
		}
	}
}
