package rules

import "testing"

// TestFirstResidentWait42a (fix42a, R31-M3): a first resident enrolment
// outside the window starts no earlier than 38号's fixed wait counted from
// this month; the window told, a newborn, Zhejiang's year-end rule,
// Shanghai's "next year" with the window not told, the employee scheme and
// a day before the 2025 rules are left as they were.
func TestFirstResidentWait42a(t *testing.T) {
	nat := ResidentPolicy{AppliesFrom: Date{2025, 1, 1}, FixedWaitingMonths: 3}
	sh := nat
	sh.NextYearNoDay = true
	zj := nat
	zj.OnTimeByYearEnd = true
	yes, no := true, false
	for _, c := range []struct {
		name   string
		rp     ResidentPolicy
		scheme Scheme
		window *bool
		born   *bool
		today  Date
		want   string // "" = left alone
	}{
		{"national december", nat, SchemeResident, nil, &no, Date{2026, 12, 7}, "2027-03-01"},
		{"national november", nat, SchemeResident, nil, nil, Date{2026, 11, 30}, "2027-02-01"},
		{"national january", nat, SchemeResident, &no, &no, Date{2026, 1, 15}, "2026-04-01"},
		{"national mid-year", nat, SchemeResident, nil, &no, Date{2026, 6, 1}, "2026-09-01"},
		{"national october", nat, SchemeResident, nil, &no, Date{2026, 10, 31}, "2027-01-01"},
		{"window told", nat, SchemeResident, &yes, &no, Date{2026, 12, 7}, ""},
		{"newborn", nat, SchemeResident, nil, &yes, Date{2026, 12, 7}, ""},
		{"zhejiang year end", zj, SchemeResident, nil, &no, Date{2026, 12, 7}, ""},
		{"shanghai window not told", sh, SchemeResident, nil, &no, Date{2026, 12, 7}, ""},
		{"shanghai outside the window", sh, SchemeResident, &no, &no, Date{2026, 12, 7}, "2027-03-01"},
		{"employee", nat, SchemeEmployee, nil, nil, Date{2026, 12, 7}, ""},
		{"before 2025", nat, SchemeResident, nil, &no, Date{2024, 11, 1}, ""},
	} {
		var o Outcome
		f := Facts{Scheme: c.scheme, InWindow: c.window, Newborn: c.born}
		ok := o.firstResidentWait42a(f, Policy{Resident: c.rp}, c.today)
		got := ""
		if ok && o.ResumesEarliest != nil {
			got = o.ResumesEarliest.String()
		}
		if got != c.want || ok != (c.want != "") {
			t.Errorf("%s: earliest %q (%v), want %q", c.name, got, ok, c.want)
		}
		if ok && (o.ResumesOn != nil || len(o.AskLocally) == 0) {
			t.Errorf("%s: an estimate must keep the day for 12393, not a date: %+v", c.name, o)
		}
	}
}
