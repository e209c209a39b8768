package understand

import (
	"testing"
	"time"

	"bujiao/rules"
)

func month33b(y, m int) rules.Month { return rules.Month{Year: y, Month: timeMonth33b(m)} }

// Sibling wordings (fix33b) for audit round 26's readings.
func TestRound33bGapEndedByNewJob(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in              string
		since, resumed  rules.Month
		arrearsPaidSaid bool // ArrearsPaid set to the month paying resumed
	}{
		// R26-W3: months without an employer, a new job after them.
		{"shanghai, had no employer in sept and oct, new job in nov and HR back-paid sept+oct. clinic visit on oct 20, can i claim it?", month33b(2026, 9), month33b(2026, 11), true},
		{"shanghai. had no job in aug and sep, new employer from october, they back paid both months. er visit sep 12?", month33b(2026, 8), month33b(2026, 10), true},
		{"was unemployed july to august in shanghai, new job in september. doctor on aug 3 covered?", month33b(2026, 7), month33b(2026, 9), false},
		// R26-W1: a month range, then the month of the new job elsewhere.
		{"我之前在宁波上班医保交到5月份 6月到8月都没交 9月去佛山上班了 7月15号住过一次院 这个能报吗", month33b(2026, 6), month33b(2026, 9), false},
		{"杭州的工作7月辞了 8、9月没交 10月到南京上班了 8月20号看的病能报吗", month33b(2026, 8), month33b(2026, 10), false},
		{"佛山的工作8月辞了 9、10月没交 11月回长沙上班了 9月20号住院的钱还能报吗", month33b(2026, 9), month33b(2026, 11), false},
		{"worked in sz, paid til april. may to july nothing. started a job in suzhou in august. went to the ER on june 20th - is that covered?", month33b(2026, 5), month33b(2026, 8), false},
		{"paid through june in hangzhou. jul to aug nothing. started a new job in wuhan in september. hospital jul 20?", month33b(2026, 7), month33b(2026, 9), false},
	} {
		a := Analyze(c.in, today, nil, "")
		for _, e := range []Extracted{a.Extracted, a.Stated} {
			if e.Gap == nil || e.Gap.Since == nil || *e.Gap.Since != c.since {
				t.Errorf("%q: gap %+v, want since %v", c.in, e.Gap, c.since)
			}
			if e.Resumed == nil || *e.Resumed != c.resumed || !e.GapEnded {
				t.Errorf("%q: resumed %v, want %v", c.in, e.Resumed, c.resumed)
			}
			if c.arrearsPaidSaid && (e.ArrearsPaid == nil || *e.ArrearsPaid != c.resumed) {
				t.Errorf("%q: arrears paid %v, want %v (never a month of the gap)", c.in, e.ArrearsPaid, c.resumed)
			}
		}
	}
}

// R26-W4 siblings: "up to and including" names the last month paid.
func TestRound33bPaidIncluding(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in    string
		since rules.Month
	}{
		{"shanghai. my medical was paid up to and including july, nothing since. was my doctor visit on sept 5 covered?", month33b(2026, 8)},
		{"my employer paid up to and including september, then stopped. shanghai. hospital nov 2?", month33b(2026, 10)},
		{"insurance paid through and including june, i left the job after that", month33b(2026, 7)},
	} {
		e := Analyze(c.in, today, nil, "").Extracted
		if e.Gap == nil || e.Gap.Since == nil || *e.Gap.Since != c.since {
			t.Errorf("%q: gap %+v, want since %v", c.in, e.Gap, c.since)
		}
	}
}

// R26-W2 siblings: never insured, then registered on a day.
func TestRound33bNeverInsuredRegistered(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	d := func(m, dd int) rules.Date { return rules.Date{Year: 2026, Month: timeMonth33b(m), Day: dd} }
	for _, c := range []struct {
		in         string
		reg, treat rules.Date
	}{
		{"wenzhou. never had insurance before, registered as a flexible worker nov 30. what day does my cover start? i have a checkup dec 14", d(11, 30), d(12, 14)},
		{"ningbo, never been insured, signed up as self-employed on nov 25. dentist dec 20 ok?", d(11, 25), d(12, 20)},
		{"温州 我从来没交过医保 11月30号办了参保登记 12月14号去看病能报吗", d(11, 30), d(12, 14)},
		{"台州 以前从没参过保 灵活就业登记了 11月26号 12月18号看病能用吗", d(11, 26), d(12, 18)},
	} {
		e := Analyze(c.in, today, nil, "").Extracted
		if !e.FirstEnrolment || e.Gap != nil {
			t.Errorf("%q: first enrolment %v, gap %+v", c.in, e.FirstEnrolment, e.Gap)
		}
		if e.PayPlanned == nil || *e.PayPlanned != c.reg {
			t.Errorf("%q: registration day %v, want %v", c.in, e.PayPlanned, c.reg)
		}
		if e.Treatment == nil || *e.Treatment != c.treat {
			t.Errorf("%q: treatment %v, want %v", c.in, e.Treatment, c.treat)
		}
		for _, md := range TreatmentDays30c(c.in) {
			if md.Month == int(c.reg.Month) && md.Day == c.reg.Day {
				t.Errorf("%q: registration day listed as a treatment day", c.in)
			}
		}
	}
	// Cover that ran before: not a first enrolment.
	if e := Analyze("never had a gap before, but i quit in august and registered as a flexible worker nov 30", today, nil, "").Extracted; e.FirstEnrolment {
		t.Errorf("a leaver read as a first enrolment")
	}
}

func timeMonth33b(m int) time.Month { return time.Month(m) }
