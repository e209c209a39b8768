package understand

import (
	"testing"

	"bujiao/rules"
)

// TestPlaceGoingOn43b (fix43b): "在<place><verb>…呢" tells what is going
// on, so its facts are the person's own beside a question; "在哪…呢" asks.
// Sibling wordings of my own (none from heldout30).
func TestPlaceGoingOn43b(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 11, Day: 25}
	for _, c := range []struct {
		in     string
		reason rules.Reason // "" = nothing stated
	}{
		{"在天津领失业保险金呢 医保那块还用自己掏钱吗", rules.ReasonUnemployment},
		{"我在广州领失业金呢 医保要自己交吗", rules.ReasonUnemployment},
		{"现在在苏州拿失业金呢 医保谁交", rules.ReasonUnemployment},
		{"在老家领着失业金呢，医保咋办", rules.ReasonUnemployment},
		{"俺在沈阳领失业金呢 医保还得交不", rules.ReasonUnemployment},
		{"在杭州领失业补助呢 那医保谁出钱", rules.ReasonUnemployment},
		{"人在成都领失业金呢，医保用不用交", rules.ReasonUnemployment},
		{"在南京那边领失业救济呢 医保断不断", rules.ReasonUnemployment},
		{"在哪里领失业金呢", ""},
	} {
		a := Analyze(c.in, today, fakeCities36b{}, "")
		if a.Stated.Reason != c.reason {
			t.Errorf("%q: stated reason %q, want %q", c.in, a.Stated.Reason, c.reason)
		}
	}
}
