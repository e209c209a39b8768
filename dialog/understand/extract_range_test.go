package understand

import (
	"testing"

	"bujiao/rules"
)

// TestRangesAndNegativesAreNotGuessed: "3-5个月" and "-5" have no single
// reading, so no number is taken from them; dates are not ranges.
func TestRangesAndNegativesAreNotGuessed(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 11, Day: 25}
	for _, c := range []struct {
		text      string
		expecting rules.Field
		wantGap   bool
	}{
		{"断缴3-5个月", "", false},
		{"大概3到5个月", "", false},
		{"10~12 months", "", false},
		{"-5", rules.FieldGap, false},
		{"-3个月", "", false},
		{"缴了 -14.5 年", rules.FieldYearsPaid, false},
		{"2025-03起没交", "", true},
		{"断缴8个月", "", true},
		{"since 2025-03-01", "", true},
		{"上海-灵活就业-断缴8个月", "", true},
	} {
		e := Extract(c.text, today, nil, c.expecting)
		got := e.Gap != nil || e.Number != nil || e.YearsPaid != nil
		if got != c.wantGap {
			t.Errorf("Extract(%q): number found = %v, want %v (%+v)", c.text, got, c.wantGap, e)
		}
	}
}
