package knowledge

import "testing"

// TestCityCode: two cities are two pooling areas; two districts of one
// city, or of a municipality, are one; a province or a province pooled
// as a whole tells no city.
func TestCityCode(t *testing.T) {
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	code := func(s string) string {
		c, ok := kb.CityCode(s)
		if !ok {
			return "-"
		}
		return c
	}
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"深圳", "广州", false},
		{"杭州", "宁波", false},
		{"佛山", "广州", false},
		{"浦东", "闵行", true},
		{"上海", "浦东新区", true},
		{"萧山区", "杭州", true},
	} {
		ca, cb := code(c.a), code(c.b)
		if ca == "-" || cb == "-" || (ca == cb) != c.same {
			t.Errorf("CityCode(%s) = %s, CityCode(%s) = %s; same city want %v", c.a, ca, c.b, cb, c.same)
		}
	}
	for _, s := range []string{"广东", "海口", "银川", "没有地名", ""} {
		if c, ok := kb.CityCode(s); ok {
			t.Errorf("CityCode(%q) = %s, want no city", s, c)
		}
	}
}
