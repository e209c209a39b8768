package dialog

import (
	"testing"

	"bujiao/dialog/understand"
	"bujiao/rules"
)

// TestMovedFromToCities (audit round 13 n15): "moved from X to Y" with two
// cities known to differ is a move across pooling areas, even inside one
// region, so "is the new job in another city?" is not asked; one city to
// itself is not.
func TestMovedFromToCities(t *testing.T) {
	kb := testKB(t)
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	cases := []struct {
		text   string
		across bool
	}{
		{"moved from guangzhou to shenzhen for a new job, 2 month gap, new job pays from december, doctor dec 20?", true},
		{"moved from chengdu to wuhan, 6 months without insurance, new employer started paying in november", true},
		{"moved from hangzhou to ningbo for work, gap 2 months", true},
		{"moved from guangzhou to guangzhou, gap 2 months", false},
	}
	for _, c := range cases {
		a := understand.Analyze(c.text, today, kb, "")
		if a.MovedAcross != c.across {
			t.Errorf("%q: moved across %v, want %v", c.text, a.MovedAcross, c.across)
		}
	}
}
