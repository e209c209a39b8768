package dialog

import (
	"testing"

	"bujiao/rules"
)

// fix31a: a job change naming two places with nothing telling which is new
// asks where, both places one tap each; a place told as the new one is
// taken.
func TestTwoPlaces31a(t *testing.T) {
	m := testMachine(t)
	for _, c := range []struct {
		msg    string
		ask    bool   // the region asked with the two places
		region string // else the region taken
	}{
		{"上海和深圳 换了工作 中间断了两个月", true, ""},
		{"杭州 上海 跳槽了 中间断了一个月", true, ""},
		{"I changed jobs, Shanghai and Hangzhou, 2 months gap", true, ""},
		{"之前在上海上班 上个月入职杭州的新公司 断了两个月", false, "zhejiang"},
		{"从杭州跳槽到上海 中间断了一个月", false, "shanghai"},
		{"上海 换了工作 中间断了两个月", false, "shanghai"},
	} {
		var s State
		var out []Reply
		for _, in := range []Input{{Text: "/start"}, {Text: c.msg}} {
			s, out, _ = m.Step(s, in, testNow)
		}
		if !c.ask {
			if s.Facts.Region != c.region {
				t.Errorf("%q: region %q, want %q", c.msg, s.Facts.Region, c.region)
			}
			continue
		}
		buttons := 0
		if len(out) > 0 {
			for _, row := range out[len(out)-1].Buttons {
				buttons += len(row)
			}
		}
		if s.Facts.Region != "" || s.Asking != rules.FieldRegion || buttons != 2 {
			t.Errorf("%q: region %q asking %q with %d place buttons, want the region asked with 2", c.msg, s.Facts.Region, s.Asking, buttons)
		}
	}
}
