package understand

import (
	"testing"

	"bujiao/rules"
)

// Sibling wordings (fix34a) for audit round 27's first registrations
// (R27-W3, R27-W5): the day told with the registration is pay_date (ZJ
// arts. 28 ¶2, 29 ¶1), never a treatment day; the treatment day is the
// other day named.
func TestFirstRegistrationDay34a(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in         string
		reg, treat rules.Date
		payer      rules.Payer
	}{
		{"宁波 之前从没买过医保 9月27号以个体户身份第一次参保 10月20号去医院拿了药 能报吗", rules.Date{Year: 2026, Month: 9, Day: 27}, rules.Date{Year: 2026, Month: 10, Day: 20}, rules.PayerIndividual},
		{"温州人 从来没交过医保 11月3号自己去第一次办了灵活就业参保 12月1号住院 可以报销吗", rules.Date{Year: 2026, Month: 11, Day: 3}, rules.Date{Year: 2026, Month: 12, Day: 1}, rules.PayerIndividual},
		{"刚毕业第一份工作 嘉兴的公司10月9号帮我办了医保登记 11月2号发烧去了医院 能报吗", rules.Date{Year: 2026, Month: 10, Day: 9}, rules.Date{Year: 2026, Month: 11, Day: 2}, rules.PayerUnit},
		{"第一次上班 湖州单位11月20号给我上的医保 12月3号看牙 能报吗", rules.Date{Year: 2026, Month: 11, Day: 20}, rules.Date{Year: 2026, Month: 12, Day: 3}, rules.PayerUnit},
		{"ningbo, first time ever insured. registered as a self-employed worker on oct 9. saw a doctor nov 2, covered?", rules.Date{Year: 2026, Month: 10, Day: 9}, rules.Date{Year: 2026, Month: 11, Day: 2}, rules.PayerIndividual},
		{"wenzhou. first time ever being insured: enrolled as a flexible worker on oct 20. doctor nov 4 and again nov 30, which is covered?", rules.Date{Year: 2026, Month: 10, Day: 20}, rules.Date{Year: 2026, Month: 11, Day: 4}, rules.PayerIndividual},
		{"never been insured before. in hangzhou i enrolled as flexible employment (self-paid) on november 15. clinic on november 22 - covered?", rules.Date{Year: 2026, Month: 11, Day: 15}, rules.Date{Year: 2026, Month: 11, Day: 22}, rules.PayerIndividual},
	} {
		a := Analyze(c.in, today, nil, "")
		e := a.Extracted
		if !e.FirstEnrolment {
			t.Errorf("%q: not a first enrolment", c.in)
		}
		if e.PayPlanned == nil || *e.PayPlanned != c.reg {
			t.Errorf("%q: pay_date %v, want %v (the registration day)", c.in, e.PayPlanned, c.reg)
		}
		if e.Treatment == nil || *e.Treatment != c.treat {
			t.Errorf("%q: treatment %v, want %v", c.in, e.Treatment, c.treat)
		}
		if e.Payer != c.payer {
			t.Errorf("%q: payer %q, want %q", c.in, e.Payer, c.payer)
		}
		if e.Gap != nil {
			t.Errorf("%q: gap %+v on a first enrolment", c.in, e.Gap)
		}
		for _, d := range TreatmentDays30c(c.in) {
			if d.Month == int(c.reg.Month) && d.Day == c.reg.Day {
				t.Errorf("%q: registration day %v listed as a treatment day", c.in, d)
			}
		}
	}
	// A slash day after the sign-up: read only where it cannot be day/month.
	for _, c := range []struct {
		in  string
		reg *rules.Date
	}{
		{"ningbo, never been insured before, signed up on 11/15 as flexible worker. is 12/3 covered?", &rules.Date{Year: 2026, Month: 11, Day: 15}},
		{"first time ever insured - registered 10/28 as a freelancer in taizhou", &rules.Date{Year: 2026, Month: 10, Day: 28}},
		{"first time ever insured - registered 3/12 as a freelancer in taizhou", nil},
		{"ningbo, never been insured before, signed up on 11/15 as flexible worker. clinic dec 3, covered?", &rules.Date{Year: 2026, Month: 11, Day: 15}},
		{"never insured before. registered as self-employed in wenzhou, doctor nov 20, covered?", nil},
	} {
		e := Analyze(c.in, today, nil, "").Extracted
		if c.reg == nil && e.PayPlanned != nil || c.reg != nil && (e.PayPlanned == nil || *e.PayPlanned != *c.reg) {
			t.Errorf("%q: pay_date %v, want %v", c.in, e.PayPlanned, c.reg)
		}
	}
	// Not a first registration: cover ran before.
	for _, in := range []string{
		"杭州 以前交过医保 断了半年 10月28号重新参保 11月15号看病能报吗",
		"hangzhou, had insurance at my old job, quit in may. registered as a freelancer on nov 15. doctor nov 25?",
	} {
		if a := Analyze(in, today, nil, ""); a.Extracted.FirstEnrolment {
			t.Errorf("%q: read as a first enrolment", in)
		}
	}
}

// Sibling wordings (fix34a) for audit round 27 W1: two months named side
// by side as unpaid, ended by a new job elsewhere in the month after.
func TestPairEndedByJob34a(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	m := func(n int) rules.Month { return rules.Month{Year: 2026, Month: timeMonth33b(n)} }
	for _, c := range []struct {
		in             string
		since, resumed rules.Month
		months         int
		treat          rules.Date
	}{
		{"以前在宁波上班 医保交到4月份 5月6月没交 7月份到深圳新公司入职了 6月3号住院花了两万 能报吗", m(5), m(7), 2, rules.Date{Year: 2026, Month: 6, Day: 3}},
		{"苏州的厂子交到7月 8月份9月份都没缴 10月去了南京上班 9月12号看的急诊", m(8), m(10), 2, rules.Date{Year: 2026, Month: 9, Day: 12}},
		{"在武汉交到5月 6月7月没交 8月入职了长沙的新单位 7月1号做的手术能报吗", m(6), m(8), 2, rules.Date{Year: 2026, Month: 7, Day: 1}},
	} {
		a := Analyze(c.in, today, nil, "")
		e := a.Extracted
		if e.Gap == nil || e.Gap.Since == nil || *e.Gap.Since != c.since || e.Gap.Months != c.months {
			t.Errorf("%q: gap %+v, want %d months since %v", c.in, e.Gap, c.months, c.since)
		}
		if e.Resumed == nil || *e.Resumed != c.resumed || !e.GapEnded {
			t.Errorf("%q: resumed %v, want %v", c.in, e.Resumed, c.resumed)
		}
		if e.Treatment == nil || *e.Treatment != c.treat {
			t.Errorf("%q: treatment %v, want %v", c.in, e.Treatment, c.treat)
		}
	}
	// The last month paid and the new job's month, nothing named unpaid:
	// the gap is the months between.
	for _, c := range []struct {
		in             string
		since, resumed rules.Month
		months         int
	}{
		{"以前在苏州上班 医保交到4月份 7月份到上海新公司入职了 5月20号住院能报吗", m(5), m(7), 2},
		{"在宁波的厂子医保交到了8月 10月去杭州上班了 9月份看病的钱能报吗", m(9), m(10), 1},
	} {
		e := Analyze(c.in, today, nil, "").Extracted
		if e.Gap == nil || e.Gap.Since == nil || *e.Gap.Since != c.since || e.Gap.Months != c.months {
			t.Errorf("%q: gap %+v, want %d months since %v", c.in, e.Gap, c.months, c.since)
		}
		if e.Resumed == nil || *e.Resumed != c.resumed {
			t.Errorf("%q: resumed %v, want %v", c.in, e.Resumed, c.resumed)
		}
	}
	// The last month paid is not the one before the gap: not read.
	if a := Analyze("交到3月 7月8月没交 9月到广州新公司上班 8月10号看病", today, nil, ""); a.Extracted.Resumed != nil {
		t.Errorf("gap ended read although the months between are unaccounted for: %v", a.Extracted.Resumed)
	}
}

// Sibling wordings (fix34a) for audit round 27 W2: a bill told as past is
// this year's, never next year's.
func TestPastBillYear34a(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in   string
		want rules.Date
	}{
		{"shanghai, paid through feb, mar and apr nothing, new job in hangzhou since may. medical bill from apr 12, can i still claim it?", rules.Date{Year: 2026, Month: 4, Day: 12}},
		{"gap from june, i have the receipts for the clinic on july 8. covered?", rules.Date{Year: 2026, Month: 7, Day: 8}},
		{"断了两个月 6月3号那次住院的钱能报吗", rules.Date{Year: 2026, Month: 6, Day: 3}},
		{"医保7月起没交 7月15号那回看急诊的发票还能报吗", rules.Date{Year: 2026, Month: 7, Day: 15}},
	} {
		a := Analyze(c.in, today, nil, "")
		if e := a.Extracted; e.Treatment == nil || *e.Treatment != c.want {
			t.Errorf("%q: treatment %v, want %v", c.in, e.Treatment, c.want)
		}
	}
	// A planned visit stays ahead.
	if a := Analyze("gap since june. surgery is scheduled for may 20, will it be covered?", today, nil, ""); a.Extracted.Treatment == nil || a.Extracted.Treatment.Year != 2027 {
		t.Errorf("planned may 20: treatment %v, want 2027-05-20", a.Extracted.Treatment)
	}
}

// Sibling wordings (fix34a) for audit round 27 M1b: a day of paying is
// never listed as a treatment day.
func TestPayDayNotTreatment34a(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []MonthDay
	}{
		{"wenzhou freelancer, missed october, paid oct + nov together on nov 20. doctor nov 25 and dec 2, covered?", []MonthDay{{11, 25}, {12, 2}}},
		{"jiaxing, skipped sept. paid sep & oct on oct 9. er visit oct 30 and clinic nov 12?", []MonthDay{{10, 30}, {11, 12}}},
		{"宁波灵活就业 11月漏交了 12月3号一起交了11月和12月的 12月10号和12月28号看病能报吗", []MonthDay{{12, 10}, {12, 28}}},
	} {
		got := TreatmentDays30c(c.in)
		if len(got) != len(c.want) {
			t.Errorf("%q: days %v, want %v", c.in, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: days %v, want %v", c.in, got, c.want)
			}
		}
	}
}
