package understand

import (
	"testing"
	"time"

	"bujiao/rules"
)

// Sibling wordings (fix35b) for audit round 28's first registrations
// (R28-W1 flexible, R28-W2 first job): a registration word and a day in
// the same clause, in either order, any words between, en and zh, with
// and without punctuation, typos. The day is pay_date (ZJ arts. 28 ¶2,
// 29 ¶1), never a treatment day; every visit day named is judged.
func TestFirstRegistrationClause35b(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	d := func(m, day int) rules.Date { return rules.Date{Year: 2026, Month: time35b(m), Day: day} }
	for _, c := range []struct {
		in         string
		reg, treat rules.Date
		days       int // visit days listed by TreatmentDays30c (0: fewer than 2)
		payer      rules.Payer
	}{
		// Flexible worker, first ever (R28-W1's family).
		{"im in ningbo never had insurance before registered as self employed flexible worker on sept 20 and paid went to the clinic oct 12 and again nov 5 are both covered", d(9, 20), d(10, 12), 2, rules.PayerIndividual},
		{"never had any health insurance. on aug 14 i finally registered myself as a flexible worker in wenzhou. doctor sep 30 and oct 8, covered?", d(8, 14), d(9, 30), 2, rules.PayerIndividual},
		{"hangzhou freelancer first time insurance, my registeration with the agency as flexible employment was done on october 3rd, then clinic on nov 9 - ok?", d(10, 3), d(11, 9), 0, rules.PayerIndividual},
		{"never had insurance before in shaoxing got registerd as self-employed sept 2 went to hospital sept 25 covered?", d(9, 2), d(9, 25), 0, rules.PayerIndividual},
		{"宁波 以前从来没交过医保 灵活就业参保登记是9月20号办的 10月12号和11月5号看了病 都能报吗", d(9, 20), d(10, 12), 2, rules.PayerIndividual},
		{"从没买过医保，10月3号，我自己去社保局按灵活就业办了医保，11月9号住院，能报吗", d(10, 3), d(11, 9), 0, rules.PayerIndividual},
		// First job, the employer registered (R28-W2's family).
		{"first job ever, in jiaxing. hr said they did my medical insurance registration on oct 30. i saw a doctor nov 10 and dec 2, are those covered?", d(10, 30), d(11, 10), 2, rules.PayerUnit},
		{"my first job in huzhou, on oct 30 the company signed me up for medical insurance, saw a doctor nov 10", d(10, 30), d(11, 10), 0, rules.PayerUnit},
		{"first job ever huzhou the company enroled me oct 30 i went to the doctor nov 10 and dec 2 covered", d(10, 30), d(11, 10), 2, rules.PayerUnit},
		{"first real job in jinhua - insurance registration date oct 30 per hr; dentist nov 12", d(10, 30), d(11, 12), 0, rules.PayerUnit},
		{"第一份工作 嘉兴 公司给我上医保是10月30号 11月10号和12月2号看了医生 能报吗", d(10, 30), d(11, 10), 2, rules.PayerUnit},
		{"刚毕业第一份工作，人事说参保登记日期是10月30日，11月10日去了医院", d(10, 30), d(11, 10), 0, rules.PayerUnit},
		{"ningbo never insured before i signed up as flexible employment 20th of september, clinic oct 12 and nov 5", d(9, 20), d(10, 12), 2, rules.PayerIndividual},
		{"never had insurance. sept 20 is when i enrolled as a flexible worker in ningbo. clinic oct 12", d(9, 20), d(10, 12), 0, rules.PayerIndividual},
		{"从来没交过医保 我是9月20号在宁波以灵活就业人员身份参的保 10月12号看病能报吗", d(9, 20), d(10, 12), 0, rules.PayerIndividual},
		{"第一份工作 公司10月30号才给我交了第一个月 11月10号住院 能报吗", d(10, 30), d(11, 10), 0, rules.PayerUnit},
		{"第一次上班 嘉兴 单位10月30日帮我登记参保的，11月10日看了门诊，12月2日又去了一次，能报吗", d(10, 30), d(11, 10), 2, rules.PayerUnit},
		{"first job, jiaxing, my employer registerd me for insurance on 30 oct, went to hospital 10 nov", d(10, 30), d(11, 10), 0, rules.PayerUnit},
		{"first ever job jiaxing hr enrolled me on the 30th of october and i saw a doctor on november 10th", d(10, 30), d(11, 10), 0, rules.PayerUnit},
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
		ds := TreatmentDays30c(c.in)
		if len(ds) != c.days {
			t.Errorf("%q: treatment days %v, want %d", c.in, ds, c.days)
		}
		for _, x := range ds {
			if x.Month == int(c.reg.Month) && x.Day == c.reg.Day {
				t.Errorf("%q: registration day %v listed as a treatment day", c.in, x)
			}
		}
	}
}

// A registration denied, or a day that names a visit between, is no
// registration day.
func TestRegistrationClauseNot35b(t *testing.T) {
	for _, s := range []string{
		"never registered, went to the clinic oct 12",
		"havent registered yet, doctor nov 5",
		"registered and then saw a doctor nov 5",
		"joined the company on oct 30",
		"还没参保 10月12号看病",
		"10月12号看病 然后去参保",
		"宁波 第一次参保 以灵活就业身份登记了 11月5号看病能报吗",
		"never insured, registered as a flexible worker nov 5 clinic visit covered?",
		"first time insured, signed up then nov 5 went to hospital",
	} {
		if d, ok := regClauseDay35b(s); ok {
			t.Errorf("%q: registration day %v read", s, d.md)
		}
	}
}

func time35b(m int) time.Month { return time.Month(m) }

// A day an earlier reading took as the registration's across a stop,
// followed by a visit, is the visit's: pay_date left untold.
func TestVisitNotRegistration35b(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []string{
		"never insured, in ningbo, registered as a flexible worker, nov 20 went to the doctor",
		"宁波 第一次参保 以灵活就业身份登记了 11月5号看病能报吗",
	} {
		e := Analyze(c, today, nil, "").Extracted
		if e.PayPlanned != nil {
			t.Errorf("%q: pay_date %v read from the visit's day", c, e.PayPlanned)
		}
	}
}
