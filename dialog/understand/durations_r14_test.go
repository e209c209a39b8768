package understand

import (
	"testing"

	"bujiao/rules"
)

// TestGapKeptBesideTreatmentMonthR14 (audit round 14 n34): a gap told with
// a treatment's month ("断了4个月 3月份要做手术") keeps the gap; the month
// is the treatment's, never the gap's first month. A month that starts the
// gap still does.
func TestGapKeptBesideTreatmentMonthR14(t *testing.T) {
	dec7 := rules.Date{Year: 2026, Month: 12, Day: 7}
	cases := []struct {
		text  string
		gap   string // "4 months", "since 2026-08", "" none
		since bool
	}{
		{"温州 灵活就业 断了4个月 3月份要做手术 能报吗", "4", false},
		{"灵活就业 断了4个月 3月份住院", "4", false},
		{"灵活就业 断了两个月 3月要住院", "2", false},
		// Pinyin, as the chat writes it in characters.
		{"wenzhou linghuo jiuye duan le 4 ge yue, 3 yue zhuyuan neng bao ma", "4", false},
		// Dialect (Cantonese): 断咗4个月, 3月要住院.
		{"温州 灵活就业 断咗4个月 3月份要做手术 得唔得报", "4", false},
		// A month that starts the gap still starts it.
		{"灵活就业 8月开始断的 3月份要做手术", "2026-08", true},
		{"灵活就业 8月就没缴了 12月15号住院", "2026-08", true},
	}
	for _, c := range cases {
		text := c.text
		if hz, ok := Depinyin(text); ok {
			text = hz
		}
		e := Extract(text, dec7, nil, "")
		got := ""
		switch {
		case e.Gap != nil && e.Gap.Since != nil:
			got = e.Gap.Since.String()
		case e.Gap != nil:
			got = itoaR14(e.Gap.Months)
		}
		if got != c.gap {
			t.Errorf("%q (%q): gap %q (conflict %v), want %q", c.text, text, got, e.GapConflict, c.gap)
		}
	}
}

func itoaR14(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoaR14(n/10) + string(rune('0'+n%10))
}
