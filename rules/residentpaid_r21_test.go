package rules_test

import (
	"errors"
	"slices"
	"testing"
	"time"

	"bujiao/rules"
)

// TestResidentPaid: a resident who says in which month they paid (audit
// round 21, R21-M3, C6b "forgot to pay for 2026, paid it in march"). The
// wait counts from that month (38号: 3 months fixed, +1 per broken year;
// Zhejiang art. 31 ¶2 the 3rd natural month), for a payment on its first
// day at the earliest and its last at the latest; where that latest has
// passed, cover has resumed (confirm with 12393) and no step enrols or pays
// again.
func TestResidentPaid(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	ip := func(n int) *int { return &n }
	bp := func(b bool) *bool { return &b }
	d := func(y int, m time.Month, dd int) *rules.Date { return &rules.Date{Year: y, Month: m, Day: dd} }
	paid := func(region string, broken int, in *bool, y int, m time.Month) rules.Facts {
		f := rules.Facts{Scheme: rules.SchemeResident, Newborn: bp(false), BrokenYears: ip(broken), InWindow: in,
			Region: region, GapEnded: &rules.Month{Year: y, Month: m}}
		if broken > 0 {
			f.RepayYears = ip(0)
		}
		return f
	}
	cases := []struct {
		name               string
		f                  rules.Facts
		p                  rules.Policy
		verdict            rules.Verdict
		earliest, latest   *rules.Date
		over               bool
		treat              *rules.Date
		treatCovered       rules.Tri
		firstAsk, notStepX string
	}{
		// C6b: Shanghai, March, outside the window, no broken year: 3
		// months from March, over by June/July.
		{"C6b shanghai march", paid("shanghai", 0, bp(false), 2026, 3), shanghaiPolicy(),
			rules.VerdictNoPaymentNeeded, d(2026, 6, 1), d(2026, 7, 1), true, nil, 0, rules.AskResidentWaitOver, ""},
		// Zhejiang: art. 31 ¶2 (May) at the earliest, 38号 by the day at
		// the latest; over.
		{"zhejiang march", paid("zhejiang", 0, nil, 2026, 3), zhejiangPolicy(),
			rules.VerdictNoPaymentNeeded, d(2026, 5, 1), d(2026, 7, 1), true, nil, 0, rules.AskResidentWaitOver, ""},
		// National, one broken year: 4 months; paid in May, over by
		// October.
		{"national may, 1 broken", paid(rules.NationalRegion, 1, bp(false), 2026, 5), nationalPolicy(),
			rules.VerdictNoPaymentNeeded, d(2026, 9, 1), d(2026, 10, 1), true, nil, 0, rules.AskResidentWaitOver, ""},
		// Still waiting: Shanghai, 2 broken years, paid in October: 5
		// months, March to April 2027; a day before is not covered.
		{"shanghai october, 2 broken", paid("shanghai", 2, bp(false), 2026, 10), shanghaiPolicy(),
			rules.VerdictReEnroll, d(2027, 3, 1), d(2027, 4, 1), false, d(2027, 1, 10), rules.TriNo, rules.AskResidentWaitDay, ""},
		// Guangdong (national figures): August is over by 1 December at
		// the latest; September's latest (31 December) is still ahead.
		{"guangdong august", paid("guangdong", 0, bp(false), 2026, 8), guangdongPolicy(),
			rules.VerdictNoPaymentNeeded, d(2026, 11, 1), d(2026, 12, 1), true, nil, 0, rules.AskResidentWaitOver, ""},
		{"guangdong september", paid("guangdong", 0, bp(false), 2026, 9), guangdongPolicy(),
			rules.VerdictReEnroll, d(2026, 12, 1), d(2026, 12, 31), false, nil, 0, rules.AskResidentWaitDay, ""},
		// Paid this month: the latest counts from today.
		{"national this month", paid(rules.NationalRegion, 0, bp(false), 2026, 12), nationalPolicy(),
			rules.VerdictReEnroll, d(2027, 3, 1), d(2027, 3, 8), false, d(2026, 12, 20), rules.TriNo, rules.AskResidentWaitDay, ""},
	}
	for _, c := range cases {
		if c.over {
			c.verdict = rules.VerdictNoPaymentNeeded
		}
		f := c.f
		f.TreatmentDate = c.treat
		o, err := rules.Evaluate(f, c.p, today, false)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if o.Verdict != c.verdict {
			t.Errorf("%s: verdict %s, want %s", c.name, o.Verdict, c.verdict)
		}
		if o.ResumesOn != nil || !sameDay(o.ResumesEarliest, c.earliest) || !sameDay(o.ResumesLatest, c.latest) {
			t.Errorf("%s: resumes %v / %v–%v, want %v–%v", c.name, o.ResumesOn, o.ResumesEarliest, o.ResumesLatest, c.earliest, c.latest)
		}
		if got := slices.Contains(o.Notes, rules.NoteResidentWaitOver); got != c.over {
			t.Errorf("%s: wait over %v, want %v", c.name, got, c.over)
		}
		if !slices.Contains(o.Notes, rules.NoteResidentPaid) || len(o.Steps) == 0 || o.Steps[0] != rules.StepResidentPaid {
			t.Errorf("%s: notes %v, steps %v: want the paid note and first step", c.name, o.Notes, o.Steps)
		}
		for _, s := range []string{rules.StepEnrolResident, rules.StepEnrolInWindow, rules.StepAskWhichYear} {
			if slices.Contains(o.Steps, s) {
				t.Errorf("%s: step %s tells someone who paid to enrol or pay", c.name, s)
			}
		}
		if c.over && slices.Contains(o.Steps, rules.StepRepairYears) {
			t.Errorf("%s: wait over, yet a step to pay broken years", c.name)
		}
		for _, dl := range o.Deadlines {
			if dl.ID == rules.DeadlineResidentWindow || dl.ID == rules.DeadlineResidentYearEnd {
				t.Errorf("%s: deadline %s to pay what was paid", c.name, dl.ID)
			}
		}
		if len(o.AskLocally) == 0 || o.AskLocally[0] != c.firstAsk {
			t.Errorf("%s: asks %v, want %s first", c.name, o.AskLocally, c.firstAsk)
		}
		if slices.ContainsFunc(o.Unused, func(u rules.UnusedFact) bool { return u.Fact == rules.FieldGapEnded }) {
			t.Errorf("%s: the month paid listed as not used", c.name)
		}
		if c.treat != nil && (o.Treatment == nil || o.Treatment.Covered != c.treatCovered) {
			t.Errorf("%s: treatment %+v, want covered %v", c.name, o.Treatment, c.treatCovered)
		}
	}
}

// TestResidentPaidRefused: a month after this one, or before the resident
// rules apply, is refused, not answered with today's wait.
func TestResidentPaidRefused(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	no, zero := false, 0
	for _, m := range []rules.Month{{Year: 2027, Month: 1}, {Year: 2019, Month: 3}} {
		f := rules.Facts{Scheme: rules.SchemeResident, Newborn: &no, BrokenYears: &zero, InWindow: &no, Region: "shanghai", GapEnded: &m}
		_, err := rules.Evaluate(f, shanghaiPolicy(), today, false)
		var ie *rules.InvalidFactError
		if !errors.As(err, &ie) || ie.Field != rules.FieldGapEnded {
			t.Errorf("%s: err %v, want an invalid gap_ended", m, err)
		}
	}
}

func sameDay(a, b *rules.Date) bool {
	return (a == nil && b == nil) || (a != nil && b != nil && *a == *b)
}

// TestResidentPaidTreatment: C6b's days. In the wait under every reading:
// not covered; after its latest end in the year paid: covered once the
// payment is on record (never a plain "covered", nor "if you pay"); between
// the ends, before the payment, or in a later year: not settled.
func TestResidentPaidTreatment(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	no, zero := false, 0
	mar := rules.Month{Year: 2026, Month: 3}
	for _, c := range []struct {
		day     rules.Date
		covered rules.Tri
		why     string
	}{
		{rules.Date{Year: 2026, Month: 4, Day: 20}, rules.TriNo, rules.TreatBeforeResume},
		{rules.Date{Year: 2026, Month: 6, Day: 15}, rules.TriUnknown, rules.TreatNotSettled},
		{rules.Date{Year: 2026, Month: 12, Day: 20}, rules.TriUnknown, rules.TreatResidentPaid},
		{rules.Date{Year: 2027, Month: 1, Day: 15}, rules.TriUnknown, rules.TreatNotSettled},
		{rules.Date{Year: 2026, Month: 2, Day: 10}, rules.TriUnknown, rules.TreatNotSettled},
	} {
		day := c.day
		f := rules.Facts{Scheme: rules.SchemeResident, Newborn: &no, BrokenYears: &zero, InWindow: &no, Region: "shanghai",
			GapEnded: &mar, TreatmentDate: &day}
		o, err := rules.Evaluate(f, shanghaiPolicy(), today, false)
		if err != nil {
			t.Fatal(err)
		}
		if o.Treatment == nil || o.Treatment.Covered != c.covered || o.Treatment.Why != c.why {
			t.Errorf("%s: %+v, want %v %s", c.day, o.Treatment, c.covered, c.why)
		}
	}
}
