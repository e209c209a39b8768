package rules_test

import (
	"testing"
	"time"

	"bujiao/rules"
)

func TestParseMonth(t *testing.T) {
	cases := []struct {
		in   string
		want rules.Month
		ok   bool
	}{
		{"2026-11", mon(2026, 11), true},
		{"2026/11", mon(2026, 11), true},
		{"2026.11", mon(2026, 11), true},
		{" 2026-01\n", mon(2026, 1), true},
		{"2026-1", mon(2026, 1), true},
		{"2026-12", mon(2026, 12), true},
		{"1990-01", mon(1990, 1), true},
		{"2200-12", mon(2200, 12), true},
		{"2026-00", rules.Month{}, false},
		{"2026-13", rules.Month{}, false},
		{"26-11", rules.Month{}, false},
		{"02026-11", rules.Month{}, false},
		{"1989-12", rules.Month{}, false},
		{"2201-01", rules.Month{}, false},
		{"2026", rules.Month{}, false},
		{"202611", rules.Month{}, false},
		{"", rules.Month{}, false},
		{"-", rules.Month{}, false},
		{"2026-11-05", rules.Month{}, false},
		{"2026/11/05", rules.Month{}, false},
		{"abcd-01", rules.Month{}, false},
		{"2026-ab", rules.Month{}, false},
		{"2026--1", rules.Month{}, false},
		{"2026-1.5", rules.Month{}, false},
		{"2026 - 11", rules.Month{}, false},
	}
	for _, c := range cases {
		got, err := rules.ParseMonth(c.in)
		if (err == nil) != c.ok {
			t.Errorf("ParseMonth(%q) err = %v, want ok=%v", c.in, err, c.ok)
			continue
		}
		if c.ok && got != c.want {
			t.Errorf("ParseMonth(%q) = %v, want %v", c.in, got, c.want)
		}
		if !c.ok && got != (rules.Month{}) {
			t.Errorf("ParseMonth(%q) returned %v with an error", c.in, got)
		}
	}
}

func TestParseDate(t *testing.T) {
	cases := []struct {
		in   string
		want rules.Date
		ok   bool
	}{
		{"2026-11-25", day(2026, 11, 25), true},
		{" 2028-02-29 ", day(2028, 2, 29), true},
		{"2000-02-29", day(2000, 2, 29), true},
		{"2026-12-31", day(2026, 12, 31), true},
		{"2027-02-29", rules.Date{}, false}, // not a leap year
		{"2100-02-29", rules.Date{}, false}, // century, not leap
		{"2025-02-30", rules.Date{}, false},
		{"2026-04-31", rules.Date{}, false},
		{"2026-13-01", rules.Date{}, false},
		{"2026-00-10", rules.Date{}, false},
		{"2026-11-00", rules.Date{}, false},
		{"2026-1-5", rules.Date{}, false},
		{"2026/11/25", rules.Date{}, false},
		{"2026-11", rules.Date{}, false},
		{"2026-11-25T00:00:00Z", rules.Date{}, false},
		{"", rules.Date{}, false},
		{"yesterday", rules.Date{}, false},
	}
	for _, c := range cases {
		got, err := rules.ParseDate(c.in)
		if (err == nil) != c.ok {
			t.Errorf("ParseDate(%q) err = %v, want ok=%v", c.in, err, c.ok)
			continue
		}
		if c.ok && got != c.want {
			t.Errorf("ParseDate(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestMonthAddAndSince(t *testing.T) {
	cases := []struct {
		m    rules.Month
		n    int
		want rules.Month
	}{
		{mon(2026, 11), 0, mon(2026, 11)},
		{mon(2026, 11), 1, mon(2026, 12)},
		{mon(2026, 11), 2, mon(2027, 1)},
		{mon(2026, 12), 1, mon(2027, 1)},
		{mon(2026, 1), -1, mon(2025, 12)},
		{mon(2026, 11), -11, mon(2025, 12)},
		{mon(2026, 12), -12, mon(2025, 12)},
		{mon(2026, 12), -13, mon(2025, 11)},
		{mon(2026, 11), 6, mon(2027, 5)},
		{mon(2026, 11), -600, mon(1976, 11)},
		{mon(2026, 11), 600, mon(2076, 11)},
		{mon(1999, 12), 1, mon(2000, 1)},
	}
	for _, c := range cases {
		got := c.m.Add(c.n)
		if got != c.want {
			t.Errorf("%v.Add(%d) = %v, want %v", c.m, c.n, got, c.want)
		}
		if s := got.Since(c.m); s != c.n {
			t.Errorf("%v.Since(%v) = %d, want %d", got, c.m, s, c.n)
		}
		if s := c.m.Since(got); s != -c.n {
			t.Errorf("%v.Since(%v) = %d, want %d", c.m, got, s, -c.n)
		}
	}
	if got := mon(2027, 1).Since(mon(2026, 11)); got != 2 {
		t.Errorf("2027-01 since 2026-11 = %d, want 2", got)
	}
	if got := mon(2026, 2).FirstDay(); got != day(2026, 2, 1) {
		t.Errorf("FirstDay = %v", got)
	}
	if got := day(2026, 12, 31).MonthOf(); got != mon(2026, 12) {
		t.Errorf("MonthOf = %v", got)
	}
	if s := mon(2026, 3).String(); s != "2026-03" {
		t.Errorf("String = %q", s)
	}
	if !(rules.Month{}).IsZero() || mon(2026, 1).IsZero() {
		t.Error("Month.IsZero")
	}
}

func TestDateDaysAfter(t *testing.T) {
	cases := []struct {
		d, e rules.Date
		want int
	}{
		{day(2026, 11, 25), day(2026, 11, 25), 0},
		{day(2026, 11, 25), day(2026, 11, 24), 1},
		{day(2026, 11, 24), day(2026, 11, 25), -1},
		{day(2026, 1, 1), day(2025, 12, 31), 1},
		{day(2026, 11, 25), day(2026, 10, 15), 41},
		{day(2028, 3, 1), day(2028, 2, 28), 2},  // over 29 Feb 2028
		{day(2028, 2, 29), day(2028, 2, 28), 1}, // onto it
		{day(2027, 3, 1), day(2027, 2, 28), 1},  // no leap day
		{day(2100, 3, 1), day(2100, 2, 28), 1},  // century, not leap
		{day(2000, 3, 1), day(2000, 2, 28), 2},  // 400-year leap
		{day(2029, 1, 1), day(2028, 1, 1), 366},
		{day(2028, 1, 1), day(2027, 1, 1), 365},
		{day(2030, 1, 1), day(2026, 1, 1), 1461},
		{day(2026, 1, 1), day(1990, 1, 1), 13149},
		{day(2200, 1, 1), day(2000, 1, 1), 73049},
	}
	for _, c := range cases {
		if got := c.d.DaysAfter(c.e); got != c.want {
			t.Errorf("%v.DaysAfter(%v) = %d, want %d", c.d, c.e, got, c.want)
		}
		if c.want >= 0 {
			if got := c.e.AddDays(c.want); got != c.d {
				t.Errorf("%v.AddDays(%d) = %v, want %v", c.e, c.want, got, c.d)
			}
		}
		if c.d.Before(c.e) != (c.want < 0) {
			t.Errorf("%v.Before(%v) = %v", c.d, c.e, c.d.Before(c.e))
		}
	}
}

// TestDateDaysAfterLongSpan checks DaysAfter against a calendar formula over
// spans longer than time.Duration can hold (~292 years).
//
// Regression (BUG found by these tests, fixed in 4f0b9ed): Date.DaysAfter is
// documented as "the number of calendar days from e to d", but went through
// time.Time.Sub, which saturates at ±292 years, so 2026-01-01 after
// 1700-01-01 gave 106751 instead of 119069. ParseDate and
// ParseFacts accept any year from 0000 to 9999, so `due_date=1700-01-01`
// reaches LateFee with the wrong day count. Expected: exact day counts for
// every date ParseDate accepts (or due dates that far back refused).
func TestDateDaysAfterLongSpan(t *testing.T) {
	cases := []struct{ d, e rules.Date }{
		{day(2026, 1, 1), day(1700, 1, 1)},
		{day(9999, 12, 31), day(1, 1, 1)},
		{day(1, 1, 1), day(2026, 11, 25)},
	}
	for _, c := range cases {
		want := civilDays(c.d) - civilDays(c.e)
		if got := c.d.DaysAfter(c.e); got != want {
			t.Errorf("%v.DaysAfter(%v) = %d, want %d", c.d, c.e, got, want)
		}
	}
}

// civilDays counts days since 1970-01-01 in the proleptic Gregorian calendar
// (H. Hinnant's days_from_civil), independent of package time.
func civilDays(d rules.Date) int {
	y, m := d.Year, int(d.Month)
	if m <= 2 {
		y--
	}
	era := y
	if era < 0 {
		era -= 399
	}
	era /= 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d.Day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func TestDateStringAndText(t *testing.T) {
	d := day(2028, 2, 29)
	if d.String() != "2028-02-29" {
		t.Errorf("String = %q", d)
	}
	b, _ := d.MarshalText()
	var e rules.Date
	if err := e.UnmarshalText(b); err != nil || e != d {
		t.Errorf("text round trip: %v %v", e, err)
	}
	if err := e.UnmarshalText([]byte("2027-02-29")); err == nil {
		t.Error("UnmarshalText accepted 2027-02-29")
	}
	m := mon(2026, 8)
	b, _ = m.MarshalText()
	var n rules.Month
	if err := n.UnmarshalText(b); err != nil || n != m {
		t.Errorf("month text round trip: %v %v", n, err)
	}
	if err := n.UnmarshalText([]byte("2026-13")); err == nil {
		t.Error("UnmarshalText accepted 2026-13")
	}
	if got := rules.DateOf(time.Date(2026, 11, 25, 23, 59, 0, 0, time.FixedZone("CST", 8*3600))); got != day(2026, 11, 25) {
		t.Errorf("DateOf = %v", got)
	}
	if !(rules.Date{}).IsZero() || d.IsZero() {
		t.Error("Date.IsZero")
	}
}

func FuzzParseMonth(f *testing.F) {
	for _, s := range []string{"2026-11", "2026/1", "2026.12", " 1990-01 ", "2200-12", "2026-13",
		"0000-00", "-1", "2026-+1", "２０２６-１１", "2026-11-05", "9999999999-1", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := rules.ParseMonth(s)
		if err != nil {
			return
		}
		if m.Month < 1 || m.Month > 12 || m.Year < 1990 || m.Year > 2200 {
			t.Fatalf("ParseMonth(%q) = %+v out of range", s, m)
		}
		back, err := rules.ParseMonth(m.String())
		if err != nil || back != m {
			t.Fatalf("round trip %q → %v → %q → %v, %v", s, m, m.String(), back, err)
		}
		if m.Add(7).Since(m) != 7 || m.Add(-13).Add(13) != m {
			t.Fatalf("Add/Since inconsistent at %v", m)
		}
	})
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2026-11-25", "2028-02-29", "2027-02-29", "0000-01-01", "9999-12-31",
		" 2026-01-01", "2026-1-1", "2026-11-25T00:00:00Z", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := rules.ParseDate(s)
		if err != nil {
			return
		}
		back, err := rules.ParseDate(d.String())
		if err != nil || back != d {
			t.Fatalf("round trip %q → %v → %q → %v, %v", s, d, d.String(), back, err)
		}
		if n := d.AddDays(1).DaysAfter(d); n != 1 {
			t.Fatalf("%v: next day is %d days after", d, n)
		}
		// Within the years the rules use, DaysAfter agrees with the formula.
		ref := day(2026, 1, 1)
		if d.Year >= 1850 && d.Year <= 2200 {
			if got, want := d.DaysAfter(ref), civilDays(d)-civilDays(ref); got != want {
				t.Fatalf("%v.DaysAfter(%v) = %d, want %d", d, ref, got, want)
			}
		}
	})
}
