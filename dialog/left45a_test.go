package dialog

import "testing"

// fix45a family 3: the region paying stopped in is kept beside the new
// region after a move (left_region). Sibling wordings written for this
// test (zh/en, word order, punctuation); none sets it where the first place
// is the region read, or where both places are one region.
func TestLeftRegion45a(t *testing.T) {
	m := testMachine(t)
	for _, c := range []struct{ msg, left string }{
		{"worked in shanghai, employer paid till june; nanjing employer from july, never missed a month", "shanghai"},
		{"上海单位交到7月底 8月苏州公司给我交上了 中间没断", "shanghai"},
		{"在上海上班交到5月 6月起去了无锡的公司 没断过", "shanghai"},
		{"杭州公司交到7月 8月起上海公司给我交 没断过", "zhejiang"},
		{"hangzhou employer paid thru july and from august my shanghai employer pays, no break", "zhejiang"},
		{"广州的公司交到6月 7月开始上海的单位交 无缝衔接", "guangdong"},
		{"shanghai job ended in june (paid), a wuhan company enrolled me in july, no month missed", "shanghai"},
		{"my shanghai employer paid until end of may, no wait, end of june. a wuxi company registered me from july 2", "shanghai"},
		{"moved to shanghai from hangzhou, hangzhou employer paid to july, shanghai employer from august no gap", ""},
		{"上海单位交到7月 8月起上海另一家公司交 没断", ""},
	} {
		s, _ := steps(t, m, Input{Text: c.msg})
		if s.Facts.LeftRegion != c.left {
			t.Errorf("%q: left_region %q (region %q), want %q", c.msg, s.Facts.LeftRegion, s.Facts.Region, c.left)
		}
	}
}
