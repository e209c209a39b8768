package understand

import "testing"

// TestColloquialAsks: Chinese questions without a question word are
// questions; statements with 不 or 没 are not.
func TestColloquialAsks(t *testing.T) {
	for _, c := range []struct {
		s    string
		asks bool
	}{
		{"医保断了两个月能补不", true},
		{"工龄算不算医保年限", true},
		{"新农合断了缴不缴得上", true},
		{"医保停了有影响没", true},
		{"公司给我缴了没", true},
		{"公司缴了没有", true},
		{"断了半年还能用不,", true},
		{"我还没", false},
		{"我也不", false},
		{"没有", false},
		{"能不能补", false}, // a question word, weighed as such
		{"单位不缴", false},
		{"还没退休", false},
		{"医保断了是马上失效还是过段时间", true},
		{"医保去税务局交还是医保局交", true},
		{"补缴还是重新参保", true},
		{"还是断了", false}, // 还是 first: nothing before it to choose from
		{"断了三个月还是没交", false},
		{"我还是要自己交", false},
		{"但还是没补上", false},
	} {
		if got := colloquialAsks(c.s) > 0; got != c.asks {
			t.Errorf("colloquialAsks(%q) > 0 = %v, want %v", c.s, got, c.asks)
		}
	}
}
