package understand

import "testing"

// TestGapEndedNowPaying: paying normally now, told with 都 or 也, ends the
// gap ("今年3月换到上海了 中间断了一个月 现在都正常交着" was answered as a gap
// still open, its cover stopping 12-01); wanting to pay is not paying.
func TestGapEndedNowPaying(t *testing.T) {
	for _, c := range []struct {
		text  string
		ended bool
	}{
		{"今年3月换到上海了 中间断了一个月 现在都正常交着", true},
		{"去年断过两个月 现在也正常交了", true},
		{"之前断了半年 现在都按时交", true},
		{"中间断了一个月 现在都有交的", true},
		{"断了三个月 现在想正常交", false},
		{"断了三个月 现在还没交", false},
	} {
		a := Analyze(c.text, testToday, fakeRegions{}, "")
		if a.GapEnded != c.ended {
			t.Errorf("%q: gap ended %v, want %v", c.text, a.GapEnded, c.ended)
		}
	}
}
