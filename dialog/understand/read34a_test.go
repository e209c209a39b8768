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
