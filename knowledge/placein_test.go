package knowledge

import "testing"

// TestPlaceIn: of several places of the region, the last named counts,
// except one named as where the person came from ("从佛山过来的").
func TestPlaceIn(t *testing.T) {
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ text, region, want string }{
		{"从杭州搬到宁波", "zhejiang", "宁波市"},
		{"广州换了工作 从佛山过来的 断了四个月", "guangdong", "广州市"},
		{"由佛山去了广州", "guangdong", "广州市"},
		{"从佛山过来的", "guangdong", "佛山市"},
		{"moved to Guangzhou from Foshan", "guangdong", "广州市"},
	}
	for _, c := range cases {
		got, ok := kb.PlaceIn(c.text, c.region)
		if !ok || got != c.want {
			t.Errorf("PlaceIn(%q, %s) = %q, %v; want %q", c.text, c.region, got, ok, c.want)
		}
	}
}
