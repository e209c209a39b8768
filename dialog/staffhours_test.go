package dialog

import (
	"errors"
	"strings"
	"testing"
	"time"

	"bujiao/knowledge"
)

func TestParseStaffHours(t *testing.T) {
	for _, tc := range []struct {
		in, want string // want "" for an error
	}{
		{"", "always"},
		{"always", "always"},
		{" ALWAYS ", "always"},
		{"Mon-Fri 09:00-18:00", "Mon-Fri 09:00-18:00"},
		{"mon-fri 9:00-18:00", "Mon-Fri 09:00-18:00"},
		{"Mon-Fri 09:00-12:00, Mon-Fri 13:30-18:00", "Mon-Fri 09:00-12:00, Mon-Fri 13:30-18:00"},
		{"Sat-Mon 10:00-24:00", "Sat-Mon 10:00-24:00"},
		{"Mon+Wed+fri 08:30-17:30", "Mon+Wed+Fri 08:30-17:30"},
		{"Sun 00:00-24:00", "Sun 00:00-24:00"},
		{"Mon-Fri", ""},
		{"Mon-Fri 09:00", ""},
		{"Mon-Fri 18:00-09:00", ""},
		{"Mon-Fri 09:00-09:00", ""},
		{"Mon-Fri 9-18", ""},
		{"Mon-Fri 09:60-18:00", ""},
		{"Mon-Fri 24:00-24:00", ""},
		{"Mon-Fri 09:00-24:01", ""},
		{"Mon-Fri 25:00-26:00", ""},
		{"Mon-Fri +9:00-18:00", ""},
		{"Mon-Fri 09:+0-18:00", ""},
		{"周一-周五 09:00-18:00", ""},
		{"Monday-Friday 09:00-18:00", ""},
		{"Mon-Fri 09:00-18:00,", ""},
		{"Mon-Fri 09:00-18:00 extra", ""},
		{strings.Repeat("Mon 09:00-10:00,", 14) + "Mon 09:00-10:00", ""},
	} {
		h, err := ParseStaffHours(tc.in)
		if tc.want == "" {
			if err == nil {
				t.Errorf("ParseStaffHours(%q) = %q, want an error", tc.in, h.String())
			} else if !errors.Is(err, ErrStaffHours) {
				t.Errorf("ParseStaffHours(%q): error %v does not wrap ErrStaffHours", tc.in, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseStaffHours(%q): %v", tc.in, err)
			continue
		}
		if got := h.String(); got != tc.want {
			t.Errorf("ParseStaffHours(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestStaffHoursOpen(t *testing.T) {
	h, err := ParseStaffHours("Mon-Fri 09:00-18:00")
	if err != nil {
		t.Fatal(err)
	}
	at := func(s string) time.Time {
		v, err := time.ParseInLocation("2006-01-02 15:04", s, knowledge.China)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	// 2026-11-27 is a Friday.
	for _, tc := range []struct {
		at   string
		open bool
		next string
	}{
		{"2026-11-27 09:00", true, "2026-11-27 09:00"},
		{"2026-11-27 08:59", false, "2026-11-27 09:00"},
		{"2026-11-27 17:59", true, "2026-11-27 17:59"},
		{"2026-11-27 18:00", false, "2026-11-30 09:00"},
		{"2026-11-28 12:00", false, "2026-11-30 09:00"},
		{"2026-11-29 23:59", false, "2026-11-30 09:00"},
	} {
		tm := at(tc.at)
		if got := h.Open(tm); got != tc.open {
			t.Errorf("Open(%s) = %v, want %v", tc.at, got, tc.open)
		}
		if got := h.NextOpen(tm).In(knowledge.China).Format("2006-01-02 15:04"); got != tc.next {
			t.Errorf("NextOpen(%s) = %s, want %s", tc.at, got, tc.next)
		}
		// The same instant in UTC is read in Beijing time.
		if got := h.Open(tm.UTC()); got != tc.open {
			t.Errorf("Open(%s in UTC) = %v, want %v", tc.at, got, tc.open)
		}
	}
	var always StaffHours
	if !always.Open(at("2026-11-28 03:00")) || !always.NextOpen(at("2026-11-28 03:00")).Equal(at("2026-11-28 03:00")) {
		t.Error("the zero StaffHours is not always open")
	}
	kb := testKB(t)
	if got := h.In(kb, knowledge.Zh); got != "周一至周五 09:00-18:00" {
		t.Errorf("In(zh) = %q", got)
	}
	if got := h.In(kb, knowledge.En); got != "Mon-Fri 09:00-18:00" {
		t.Errorf("In(en) = %q", got)
	}
}

// FuzzStaffHours: any input parses or fails with ErrStaffHours, never
// panics; what parses reads back to itself, and NextOpen is open and not
// before the time asked (or zero).
func FuzzStaffHours(f *testing.F) {
	for _, s := range []string{"always", "Mon-Fri 09:00-18:00", "Sat-Mon 10:00-24:00, Wed 01:00-02:00",
		"Mon+Wed 8:30-9:00", "Mon-Fri 9-18", "", "Sun 00:00-24:00"} {
		f.Add(s, int64(1_764_000_000))
	}
	f.Fuzz(func(t *testing.T, s string, unix int64) {
		h, err := ParseStaffHours(s)
		if err != nil {
			if !errors.Is(err, ErrStaffHours) {
				t.Fatalf("error %v does not wrap ErrStaffHours", err)
			}
			return
		}
		again, err := ParseStaffHours(h.String())
		if err != nil || again.String() != h.String() {
			t.Fatalf("%q reads back as %q (%v)", h.String(), again.String(), err)
		}
		tm := time.Unix(unix%(1<<34), 0)
		next := h.NextOpen(tm)
		if next.IsZero() {
			return
		}
		if next.Before(tm) || !h.Open(next) {
			t.Fatalf("NextOpen(%v) = %v: before it, or not open", tm, next)
		}
	})
}
