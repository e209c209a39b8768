package dialog

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"bujiao/knowledge"
)

// StaffHours are the hours staff answer hand-offs, in Beijing time (China
// has one time zone and no daylight saving, so a fixed offset is exact).
// The zero value is "always".
type StaffHours struct {
	spans []hoursSpan
}

// hoursSpan is a set of weekdays with one daily window [from, to) in
// minutes after midnight.
type hoursSpan struct {
	days     [7]bool // Monday first
	from, to int
	// text is the span as written, normalised ("Mon-Fri 09:00-18:00").
	text string
}

// maxHoursSpans bounds a --staff-hours value.
const maxHoursSpans = 14

var dayNames = []string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"}

// ErrStaffHours is wrapped by every error of ParseStaffHours.
var ErrStaffHours = errors.New(`staff hours: want "always" or spans like "Mon-Fri 09:00-18:00" (Beijing time), separated by commas`)

// ParseStaffHours reads "always" (or "") or comma-separated spans of
// "DAYS HH:MM-HH:MM", DAYS a day ("Sat"), a range ("Mon-Fri", which may
// wrap: "Sat-Mon") or a list joined by "+" ("Mon+Wed"). Day names are the
// English three-letter ones, in any case; the end may be 24:00 and must
// come after the start.
func ParseStaffHours(s string) (StaffHours, error) {
	s = strings.TrimSpace(s)
	if s == "" || strings.EqualFold(s, "always") {
		return StaffHours{}, nil
	}
	parts := strings.Split(s, ",")
	if len(parts) > maxHoursSpans {
		return StaffHours{}, fmt.Errorf("%w: at most %d spans", ErrStaffHours, maxHoursSpans)
	}
	var h StaffHours
	for _, p := range parts {
		sp, err := parseSpan(strings.TrimSpace(p))
		if err != nil {
			return StaffHours{}, fmt.Errorf("%w: %q: %s", ErrStaffHours, strings.TrimSpace(p), err.Error())
		}
		h.spans = append(h.spans, sp)
	}
	return h, nil
}

func parseSpan(p string) (hoursSpan, error) {
	fields := strings.Fields(p)
	if len(fields) != 2 {
		return hoursSpan{}, errors.New("want days and a time window")
	}
	var sp hoursSpan
	for _, d := range strings.Split(fields[0], "+") {
		a, b, isRange := strings.Cut(d, "-")
		i, ok := dayIndex(a)
		if !ok {
			return hoursSpan{}, fmt.Errorf("unknown day %q", a)
		}
		j := i
		if isRange {
			if j, ok = dayIndex(b); !ok {
				return hoursSpan{}, fmt.Errorf("unknown day %q", b)
			}
		}
		for k := i; ; k = (k + 1) % 7 {
			sp.days[k] = true
			if k == j {
				break
			}
		}
	}
	a, b, ok := strings.Cut(fields[1], "-")
	if !ok {
		return hoursSpan{}, errors.New("want a window HH:MM-HH:MM")
	}
	var err error
	if sp.from, err = parseClock(a, false); err != nil {
		return hoursSpan{}, err
	}
	if sp.to, err = parseClock(b, true); err != nil {
		return hoursSpan{}, err
	}
	if sp.to <= sp.from {
		return hoursSpan{}, errors.New("the window must end after it starts (overnight: two spans)")
	}
	sp.text = normDays(fields[0]) + " " + clock(sp.from) + "-" + clock(sp.to)
	return sp, nil
}

func dayIndex(s string) (int, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	for i, d := range dayNames {
		if s == d {
			return i, true
		}
	}
	return 0, false
}

// normDays writes day names as Mon, Tue….
func normDays(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if (i == 0 || s[i-1] == '-' || s[i-1] == '+') && c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}

// parseClock reads HH:MM (or H:MM) as minutes; 24:00 only as an end.
func parseClock(s string, end bool) (int, error) {
	hh, mm, ok := strings.Cut(s, ":")
	if !ok || len(hh) < 1 || len(hh) > 2 || len(mm) != 2 {
		return 0, fmt.Errorf("bad time %q, want HH:MM", s)
	}
	h, err1 := strconv.Atoi(hh)
	m, err2 := strconv.Atoi(mm)
	if err1 != nil || err2 != nil || h < 0 || m < 0 || m > 59 || hh[0] == '+' || mm[0] == '+' {
		return 0, fmt.Errorf("bad time %q, want HH:MM", s)
	}
	if h > 23 && !(end && h == 24 && m == 0) {
		return 0, fmt.Errorf("bad time %q, want 00:00 to 24:00", s)
	}
	return h*60 + m, nil
}

func clock(min int) string { return fmt.Sprintf("%02d:%02d", min/60, min%60) }

// Always reports whether staff hours are unrestricted.
func (h StaffHours) Always() bool { return len(h.spans) == 0 }

// String is the hours as ParseStaffHours reads them back.
func (h StaffHours) String() string {
	if h.Always() {
		return "always"
	}
	out := make([]string, len(h.spans))
	for i, sp := range h.spans {
		out[i] = sp.text
	}
	return strings.Join(out, ", ")
}

// In shows the hours to a person, with localised day names.
func (h StaffHours) In(kb *knowledge.Base, lang knowledge.Lang) string {
	if h.Always() {
		return h.String()
	}
	names := strings.Split(kb.Msg(lang, "ho.days"), ",")
	if len(names) != 7 {
		return h.String()
	}
	s := h.String()
	for i, d := range dayNames {
		en := strings.ToUpper(d[:1]) + d[1:]
		s = strings.ReplaceAll(s, en, names[i])
	}
	if lang == knowledge.Zh {
		s = strings.ReplaceAll(strings.ReplaceAll(s, "-周", "至周"), ", ", "；")
	}
	return s
}

// Open reports whether t falls in the staff hours.
func (h StaffHours) Open(t time.Time) bool {
	if h.Always() {
		return true
	}
	c := t.In(knowledge.China)
	day := (int(c.Weekday()) + 6) % 7 // Monday = 0
	m := c.Hour()*60 + c.Minute()
	for _, sp := range h.spans {
		if sp.days[day] && m >= sp.from && m < sp.to {
			return true
		}
	}
	return false
}

// NextOpen is the first moment at or after t within the staff hours (t
// itself when open; the zero time when no span has a day).
func (h StaffHours) NextOpen(t time.Time) time.Time {
	if h.Open(t) {
		return t
	}
	c := t.In(knowledge.China)
	midnight := time.Date(c.Year(), c.Month(), c.Day(), 0, 0, 0, 0, knowledge.China)
	var best time.Time
	for d := 0; d <= 7; d++ {
		day := midnight.AddDate(0, 0, d)
		wd := (int(day.Weekday()) + 6) % 7
		for _, sp := range h.spans {
			if !sp.days[wd] {
				continue
			}
			start := day.Add(time.Duration(sp.from) * time.Minute)
			if start.Before(t) {
				continue
			}
			if best.IsZero() || start.Before(best) {
				best = start
			}
		}
		if !best.IsZero() {
			return best
		}
	}
	return best
}
