package rules

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Date is a civil date with no time of day or zone: coverage and late fees
// are counted in whole calendar days, so a clock time would only invite
// off-by-one errors around midnight and time zones.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// DateOf returns the civil date of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// ParseDate parses YYYY-MM-DD and rejects impossible dates such as 2025-02-30.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse("2006-01-02", strings.TrimSpace(s))
	if err != nil {
		return Date{}, fmt.Errorf("date %q: want YYYY-MM-DD, a real calendar date", s)
	}
	return DateOf(t), nil
}

func (d Date) t() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d == Date{} }

// String formats d as YYYY-MM-DD.
func (d Date) String() string { return d.t().Format("2006-01-02") }

// Before reports whether d is earlier than e.
func (d Date) Before(e Date) bool { return d.t().Before(e.t()) }

// AddDays returns d moved by n calendar days.
func (d Date) AddDays(n int) Date { return DateOf(d.t().AddDate(0, 0, n)) }

// DaysAfter returns the number of calendar days from e (exclusive) to d
// (inclusive); negative when d is before e.
func (d Date) DaysAfter(e Date) int {
	// Unix seconds, not Sub: a Duration overflows after 292 years.
	return int((d.t().Unix() - e.t().Unix()) / 86400)
}

// MonthOf returns the month d falls in.
func (d Date) MonthOf() Month { return Month{d.Year, d.Month} }

// MarshalText implements encoding.TextMarshaler.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Month is a calendar month. Contributions are owed per month, so gaps and
// waiting periods are counted in these.
type Month struct {
	Year  int
	Month time.Month
}

// ParseMonth parses YYYY-MM (also YYYY/MM and YYYY.MM, as people type them).
func ParseMonth(s string) (Month, error) {
	s = strings.TrimSpace(s)
	for _, sep := range []string{"/", "."} {
		s = strings.Replace(s, sep, "-", 1)
	}
	y, m, ok := strings.Cut(s, "-")
	if !ok {
		return Month{}, fmt.Errorf("month %q: want YYYY-MM", s)
	}
	year, err1 := strconv.Atoi(y)
	mon, err2 := strconv.Atoi(m)
	if err1 != nil || err2 != nil || len(y) != 4 || mon < 1 || mon > 12 {
		return Month{}, fmt.Errorf("month %q: want YYYY-MM with a month from 01 to 12", s)
	}
	if year < 1990 || year > 2200 {
		return Month{}, fmt.Errorf("month %q: year out of range", s)
	}
	return Month{year, time.Month(mon)}, nil
}

// String formats m as YYYY-MM.
func (m Month) String() string { return fmt.Sprintf("%04d-%02d", m.Year, int(m.Month)) }

// IsZero reports whether m is the zero Month.
func (m Month) IsZero() bool { return m == Month{} }

// Add returns the month n months after m (before it when n is negative).
func (m Month) Add(n int) Month {
	i := m.index() + n
	return Month{i / 12, time.Month(i%12 + 1)}
}

func (m Month) index() int { return m.Year*12 + int(m.Month) - 1 }

// Since returns how many months m is after e.
func (m Month) Since(e Month) int { return m.index() - e.index() }

// FirstDay returns the 1st day of m.
func (m Month) FirstDay() Date { return Date{m.Year, m.Month, 1} }

// Day returns day d of m, clamped to the month's last day.
func (m Month) Day(d int) Date {
	last := m.LastDay()
	if d > last.Day {
		d = last.Day
	}
	return Date{m.Year, m.Month, max(d, 1)}
}

// LastDay returns the last day of m.
func (m Month) LastDay() Date { return m.Add(1).FirstDay().AddDays(-1) }

// MarshalText implements encoding.TextMarshaler.
func (m Month) MarshalText() ([]byte, error) { return []byte(m.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (m *Month) UnmarshalText(b []byte) error {
	v, err := ParseMonth(string(b))
	if err != nil {
		return err
	}
	*m = v
	return nil
}
