package dialog

import (
	"strings"
	"testing"

	"bujiao/rules"
)

func TestParseTypedAmount(t *testing.T) {
	for _, c := range []struct {
		in      string
		want    string // "" refused
		monthly bool
	}{
		{"12000", "12000", false},
		{"12,000元", "12000", false},
		{"１２０００", "12000", false},
		{"1.2万", "12000", false},
		{"大概3万块", "30000", false},
		{"每月1200", "1200", true},
		{"每个月 1200 元", "1200", true},
		{"1200/月", "1200", true},
		{"1200 a month", "1200", true},
		{"about 5k", "5000", false},
		{"¥8000.50", "8000.5", false},
		{"一共12000", "12000", false},
		{"-5", "", false},
		{"1e9", "", false},
		{"不知道", "", false},
		{"两千", "2000", false},
		{"欠了一万二", "12000", false},
		{"每个月1200", "1200", true},
		{"欠了每个月1200吧", "1200", true},
		{"一万二千块", "12000", false},
		{"大概12000左右", "12000", false},
		{"一二三四五六七八", "", false},
		{"12000 12000", "", false},
		{"99999999999", "", false},
		{"", "", false},
	} {
		got, monthly, ok := ParseTypedAmount(c.in)
		if c.want == "" {
			if ok {
				t.Errorf("ParseTypedAmount(%q) = %s, want refused", c.in, got)
			}
			continue
		}
		if !ok || got != c.want || monthly != c.monthly {
			t.Errorf("ParseTypedAmount(%q) = %q %v %v, want %q %v", c.in, got, monthly, ok, c.want, c.monthly)
		}
	}
}

func TestParseTypedDate(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 11, Day: 25}
	for _, c := range []struct{ in, want string }{
		{"2026-04-15", "2026-04-15"},
		{"2026年4月15日", "2026-04-15"},
		{"2026/4/15", "2026-04-15"},
		{"2026.4.15", "2026-04-15"},
		{"４月１５号", "2026-04-15"},
		{"12月1日", "2025-12-01"}, // the most recent 1 December
		{"11月25日", "2026-11-25"},
		{"2026-02-30", ""},
		{"1889-01-01", ""},
		{"上个月", ""},
		{"应该4月15号交", "2026-04-15"},
		{"是2026年4月15日之前", "2026-04-15"},
		{"大概3月1号吧", "2026-03-01"},
		{"15", ""},
	} {
		got, ok := ParseTypedDate(c.in, today)
		if c.want == "" {
			if ok {
				t.Errorf("ParseTypedDate(%q) = %s, want refused", c.in, got)
			}
			continue
		}
		if !ok || got != c.want {
			t.Errorf("ParseTypedDate(%q) = %q %v, want %q", c.in, got, ok, c.want)
		}
	}
}

func FuzzParseTypedAmount(f *testing.F) {
	for _, s := range []string{"12000", "每月1200", "1.2万", "1e9", "¥8,000.50", "about 5k", "", "万万"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, _, ok := ParseTypedAmount(s)
		if !ok {
			return
		}
		d, err := rules.ParseAmount(v)
		if err != nil || d.IsNegative() || d.GreaterThan(rules.MaxAmount) {
			t.Fatalf("%q → %q: not a valid amount (%v)", s, v, err)
		}
	})
}

func FuzzParseTypedDate(f *testing.F) {
	for _, s := range []string{"2026-04-15", "2026年4月15日", "4月15日", "2026-02-30", "0-0-0", ""} {
		f.Add(s)
	}
	today := rules.Date{Year: 2026, Month: 11, Day: 25}
	f.Fuzz(func(t *testing.T, s string) {
		v, ok := ParseTypedDate(s, today)
		if !ok {
			return
		}
		if _, err := rules.ParseDay(v); err != nil || strings.Count(v, "-") != 2 {
			t.Fatalf("%q → %q: not a valid date (%v)", s, v, err)
		}
	})
}
