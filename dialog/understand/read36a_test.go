package understand

import (
	"testing"

	"bujiao/rules"
)

// Sibling wordings (fix36a) for audit round 28's R28-M3: a first
// enrolment's registration told as a month (no day): word order, words
// between, en/zh, punctuation or none, typos. The month is reg_month, no
// day is invented, no gap is read, the visit day stays the treatment day.
func TestFirstRegistrationMonth36a(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	d := func(m, day int) *rules.Date { return &rules.Date{Year: 2026, Month: time35b(m), Day: day} }
	for _, c := range []struct {
		in    string
		reg   int // registration month of 2026
		treat *rules.Date
		payer rules.Payer
	}{
		{"first job in shanghai, started sep 15, the company registered me for insurance in october. i went to hospital oct 5 - covered?", 10, d(10, 5), rules.PayerUnit},
		{"first job shanghai started sep 15 in october the company registerd me for medical insurance went to hospital oct 5 covered", 10, d(10, 5), rules.PayerUnit},
		{"my first job ever (shanghai). hr enrolled me in november; saw a doctor nov 20", 11, d(11, 20), rules.PayerUnit},
		{"first job, shanghai, insurance registration was done in octobr by my employer, hospital oct 5", 10, d(10, 5), rules.PayerUnit},
		{"First job in Shanghai. My employer started paying my insurance in October. Hospital on Oct 5, covered?", 10, d(10, 5), rules.PayerUnit},
		{"first job hangzhou company signed me up for insurance in nov and i went to the clinic nov 20", 11, d(11, 20), rules.PayerUnit},
		{"第一次在东莞上班 公司11月份给我参的保 11月20号看病能报吗", 11, d(11, 20), rules.PayerUnit},
		{"第一次在东莞上班，11月份公司才给我参保，11月20号去看病了，能报吗？", 11, d(11, 20), rules.PayerUnit},
		{"东莞 第一份工作 单位是11月给我办的医保 11月20号看的病", 11, d(11, 20), rules.PayerUnit},
		{"杭州 第一份工作 公司10月份开始给我交的医保 11月3号看病能报吗", 10, d(11, 3), rules.PayerUnit},
		{"刚毕业第一份工作在上海，公司从10月开始给我缴社保，10月5号住院能报吗", 10, d(10, 5), rules.PayerUnit},
		{"第一次来上海工作 公司10月份给我参保的 10月5号看病", 10, d(10, 5), rules.PayerUnit},
		{"第一次在杭州上班 10月份 公司给我上了医保 11月3号去医院", 10, d(11, 3), rules.PayerUnit},
	} {
		a := Analyze(c.in, today, nil, "")
		e := a.Extracted
		if !e.FirstEnrolment {
			t.Errorf("%q: not a first enrolment", c.in)
		}
		if e.PayPlanned != nil {
			t.Errorf("%q: a day invented for the registration: %v", c.in, e.PayPlanned)
		}
		if want := (rules.Month{Year: 2026, Month: time35b(c.reg)}); e.RegMonth == nil || *e.RegMonth != want {
			t.Errorf("%q: registration month %v, want %v", c.in, e.RegMonth, want)
		}
		if e.Treatment == nil || *e.Treatment != *c.treat {
			t.Errorf("%q: treatment %v, want %v", c.in, e.Treatment, c.treat)
		}
		if e.Gap != nil {
			t.Errorf("%q: a gap read in a first enrolment: %+v", c.in, e.Gap)
		}
		if e.Payer != c.payer {
			t.Errorf("%q: payer %q, want %q", c.in, e.Payer, c.payer)
		}
	}
}

// No registration month where the month is another event's, a day's, a
// plan, or the person was insured before.
func TestFirstRegistrationMonthNot36a(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, in := range []string{
		"first job in shanghai, the company registered me on oct 10. hospital oct 5",
		"first job in shanghai, the company will register me in january, hospital dec 20",
		"第一份工作 公司说下个月给我参保 12月20号看病",
		"shanghai, left my old job in october, new company registered me in november, doctor nov 20",
		"第一次在东莞上班 以前在深圳交过 11月份公司给我参的保 11月20号看病",
		"first job in shanghai. registered with the company. went to hospital in october",
	} {
		a := Analyze(in, today, nil, "")
		if a.Extracted.RegMonth != nil {
			t.Errorf("%q: registration month read: %v", in, a.Extracted.RegMonth)
		}
	}
}
