package understand

import (
	"strconv"
	"testing"
	"time"

	"bujiao/rules"
)

// fix21a: a former employer's months owed are the first months of the
// gap, not all of it. The gap is the months owed plus the time since
// leaving when that is told, the whole gap when that is told, and is
// otherwise left to ask; never the months owed counted back from today.
func TestFormerLeavingGap(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	since := func(y, m int) string { return (rules.Month{Year: y, Month: time.Month(m)}).String() }
	cases := []struct {
		in    string
		owed  int
		gap   string // "" asked; "6" months; "2026-06" since
		asked bool
	}{
		// The time since leaving told as a count: owed + since leaving.
		{"宁波 辞职三个月了，辞职前单位还欠我两个月医保", 2, "5", false},
		{"原来公司欠了我3个月医保没交 我离职有两个月了", 3, "5", false},
		{"5个月前离职的 走之前公司欠了一个月社保", 1, "6", false},
		{"i quit 3 months ago and my old company owed me 2 months of medical insurance", 2, "5", false},
		{"辞咗工两个月 之前公司冇交三个月医保", 3, "5", false},
		// The leaving month told.
		{"9月份离职的，离职前原单位没给交两个月医保", 2, since(2026, 8), false},
		{"上个月刚辞职 辞职前公司欠了我4个月医保", 4, since(2026, 8), false},
		{"I resigned in September. My former employer didn't pay the last 3 months before I left", 3, since(2026, 7), false},
		// The whole gap told.
		{"断了5个月了，离职前公司欠了2个月", 2, "5", false},
		// Not told: asked, never the months owed alone.
		{"离职前三个月单位没给我交医保", 3, "", true},
		{"previous employer never paid the last 2 months before i resigned", 2, "", true},
		{"辞职了，原单位欠了我两个月的医保没交", 2, "", true},
		// A whole gap shorter than the months owed: asked again.
		{"断了1个月，离职前公司欠了2个月", 2, "", true},
	}
	for _, c := range cases {
		e := Analyze(c.in, today, nil, "").Stated
		if e.ArrearsBeforeLeaving == nil || *e.ArrearsBeforeLeaving != c.owed {
			t.Errorf("%q: arrears_before_leaving = %v, want %d (%s)", c.in, e.ArrearsBeforeLeaving, c.owed, e)
			continue
		}
		got := ""
		if e.Gap != nil {
			if e.Gap.Since != nil {
				got = e.Gap.Since.String()
			} else {
				got = strconv.Itoa(e.Gap.Months)
			}
		}
		if got != c.gap {
			t.Errorf("%q: gap = %q, want %q (%s)", c.in, got, c.gap, e)
		}
	}
}

// TestSinceLeavingMarked: a gap read only from the time since leaving is
// marked, so an answer after the months owed adds them; a gap told as a
// gap is not.
func TestSinceLeavingMarked(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for in, want := range map[string]bool{
		"离职4个月了":                  true,
		"辞职有三个月了":                 true,
		"8月份离职的":                  true,
		"I left my job in August": true,
		"quit 2 months ago":       true,
		"断缴4个月":                   false,
		"离职了 断了三个月":               false,
		"公司欠了4个月":                 false,
	} {
		if got := Analyze(in, today, nil, rules.FieldGap).SinceLeaving; got != want {
			t.Errorf("%q: since leaving = %v, want %v", in, got, want)
		}
	}
}
