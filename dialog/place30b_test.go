package dialog

import (
	"strings"
	"testing"

	"bujiao/rules"
)

// TestNicknamesRegion30b: city abbreviations and nicknames typed as the
// place are read as it, with the city kept (sibling wordings written here).
func TestNicknamesRegion30b(t *testing.T) {
	m := testMachine(t)
	for _, c := range []struct{ in, region, place string }{
		{"我在甬参保 灵活就业断了两个月", "zhejiang", "宁波"},
		{"freelancer in nb, missed 2 months", "zhejiang", "宁波"},
		{"鹏城上班 单位欠缴两个月", "guangdong", "深圳"},
		{"来穗打工 自己交的 断缴4个月", "guangdong", "广州"},
	} {
		s, _, _ := m.Step(State{}, Input{Text: c.in}, testNow)
		if s.Facts.Region != c.region || !strings.Contains(s.Facts.Place, c.place) {
			t.Errorf("%q: region %q place %q, want %s (%s)", c.in, s.Facts.Region, s.Facts.Place, c.region, c.place)
		}
	}
	// fix34c: "hz" and "gz" may be places under different rules: asked
	// (place34c_test.go).
	for _, in := range []string{"这政策真nb 灵活就业断了3个月", "稻穗 灵活就业断了3个月", "hz 灵活就业 断了3个月", "gz, self employed, 2 months gap"} {
		if s, _, _ := m.Step(State{}, Input{Text: in}, testNow); s.Facts.Region != "" {
			t.Errorf("%q: region %q read from a word that is no place", in, s.Facts.Region)
		}
	}
}

// TestSZAsks30b: "sz" is Shenzhen or Suzhou: asked with both as buttons,
// typed alone at the region question too; a button settles it.
func TestSZAsks30b(t *testing.T) {
	m := testMachine(t)
	for _, ins := range [][]string{
		{"sz, freelancer, missed 2 months"},
		{"i work in sz, company owes me 2 months"},
		{"灵活就业 断了3个月", "sz"},
	} {
		var s State
		var replies []Reply
		for _, in := range ins {
			s, replies, _ = m.Step(s, Input{Text: in}, testNow)
		}
		if s.Facts.Region != "" || s.Asking != rules.FieldRegion {
			t.Errorf("%v: region %q, asking %q; want the region asked", ins, s.Facts.Region, s.Asking)
			continue
		}
		bs := allButtons(replies[len(replies)-1:])
		var sz, su string
		for _, b := range bs {
			if strings.Contains(b.Data, shenzhenCode) {
				sz = b.Data
			}
			if strings.Contains(b.Data, suzhouCode) {
				su = b.Data
			}
		}
		if sz == "" || su == "" {
			t.Errorf("%v: buttons %v, want Shenzhen and Suzhou", ins, bs)
			continue
		}
		s2, _, _ := m.Step(s, Input{Data: su}, testNow)
		if !strings.Contains(s2.Facts.Place, "苏州") {
			t.Errorf("%v: Suzhou tapped, place %q", ins, s2.Facts.Place)
		}
	}
}
