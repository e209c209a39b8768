package rules

import "testing"

// TestRegisteredStart42a (fix42a, R31-W1): a day on or after art. 28 ¶2's
// start for a registration in a month already past is covered; a day
// before it, a registration this month, no conflict note, a self-payer or
// a latest that is not the art. 28 day are left as they were.
func TestRegisteredStart42a(t *testing.T) {
	aug, dec := Month{2026, 8}, Month{2026, 12}
	sep1 := Date{2026, 9, 1}
	jan1 := Date{2027, 1, 1}
	unit := Facts{Scheme: SchemeEmployee, Payer: PayerUnit, Reason: ReasonJobChange}
	for _, c := range []struct {
		name   string
		ended  Month
		latest Date
		notes  []string
		payer  Payer
		day    Date
		want   bool
	}{
		{"dentist 09-05", aug, sep1, []string{NoteStartDisagree}, PayerUnit, Date{2026, 9, 5}, true},
		{"on the start day", aug, sep1, []string{NoteStartDisagree}, PayerUnit, sep1, true},
		{"surgery next february", aug, sep1, []string{NoteStartDisagree}, PayerUnit, Date{2027, 2, 10}, true},
		{"day before the start", aug, sep1, []string{NoteStartDisagree}, PayerUnit, Date{2026, 8, 31}, false},
		{"a gap day", aug, sep1, []string{NoteStartDisagree}, PayerUnit, Date{2026, 7, 10}, false},
		{"registered this month", dec, jan1, []string{NoteStartDisagree}, PayerUnit, Date{2027, 1, 5}, false},
		{"no conflict note", aug, sep1, nil, PayerUnit, Date{2026, 9, 5}, false},
		{"self-payer", aug, sep1, []string{NoteStartDisagree}, PayerIndividual, Date{2026, 9, 5}, false},
		{"latest not art. 28's", aug, Date{2026, 10, 1}, []string{NoteStartDisagree}, PayerUnit, Date{2026, 10, 5}, false},
	} {
		f := unit
		f.Payer = c.payer
		e, l := c.ended, c.latest
		f.GapEnded = &e
		o := Outcome{Facts: f, Today: Date{2026, 12, 7}, ResumesLatest: &l, Notes: c.notes}
		if got := o.registeredStart42a(c.day); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}
