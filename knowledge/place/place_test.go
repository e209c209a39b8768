package place

import (
	"strings"
	"testing"
)

func TestDefaultData(t *testing.T) {
	tb := Default()
	if tb != Default() {
		t.Fatal("Default() builds a new table on each call")
	}
	levels := map[Level]int{}
	for _, p := range tb.places {
		levels[p.Level]++
		if p.Short == "" || p.Pinyin == "" || !strings.HasPrefix(p.Name, p.Short) {
			t.Errorf("%s %s: short %q, pinyin %q", p.Code, p.Name, p.Short, p.Pinyin)
		}
		if _, ok := tb.ByCode(p.Province); !ok {
			t.Errorf("%s %s: province %s is not in the table", p.Code, p.Name, p.Province)
		}
		if p.Level != Province && len(p.Parents) == 0 {
			t.Errorf("%s %s has no parents", p.Code, p.Name)
		}
	}
	// 34 province-level divisions; GB/T 2260 has 333 prefecture-level and
	// 2,800-odd county-level ones (the statistics tables add a few).
	if levels[Province] != 34 {
		t.Errorf("%d provinces, want 34", levels[Province])
	}
	if n := levels[Prefecture]; n < 330 || n > 340 {
		t.Errorf("%d prefectures, want about 333", n)
	}
	if n := levels[County]; n < 2800 || n > 2900 {
		t.Errorf("%d county-level places, want about 2,850", n)
	}
}

func TestPlaceMethods(t *testing.T) {
	tb := Default()
	tests := []struct {
		code, full, province, provinceName, pinyin string
		level                                      Level
	}{
		{"330481", "浙江省嘉兴市海宁市", "330000", "浙江省", "Haining", County},
		{"310115", "上海市浦东新区", "310000", "上海市", "Pudong", County},
		{"440606", "广东省佛山市顺德区", "440000", "广东省", "Shunde", County},
		{"440100", "广东省广州市", "440000", "广东省", "Guangzhou", Prefecture},
		{"330000", "浙江省", "330000", "浙江省", "Zhejiang", Province},
		{"610100", "陕西省西安市", "610000", "陕西省", "Xi'an", Prefecture},
		{"500000", "重庆市", "500000", "重庆市", "Chongqing", Province},
		{"429004", "湖北省仙桃市", "420000", "湖北省", "Xiantao", County}, // directly under the province
	}
	for _, tt := range tests {
		p, ok := tb.ByCode(tt.code)
		if !ok {
			t.Errorf("ByCode(%s) not found", tt.code)
			continue
		}
		if p.FullName() != tt.full || p.ProvinceCode() != tt.province || p.ProvinceName() != tt.provinceName ||
			p.Pinyin != tt.pinyin || p.Level != tt.level {
			t.Errorf("ByCode(%s) = %s %s %s %s %v, want %s %s %s %s %v", tt.code,
				p.FullName(), p.ProvinceCode(), p.ProvinceName(), p.Pinyin, p.Level,
				tt.full, tt.province, tt.provinceName, tt.pinyin, tt.level)
		}
	}
	if _, ok := tb.ByCode("999999"); ok {
		t.Error("ByCode(999999) found a place")
	}
	if (Place{}).IsZero() != true {
		t.Error("zero Place is not IsZero")
	}
}

func TestParseRejects(t *testing.T) {
	const province = "330000\t浙江省\t浙江\tzhe jiang sheng\tZhejiang\n"
	tests := []struct {
		name, data, want string
	}{
		{"empty", "", "no places"},
		{"short row", "330000\t浙江省\n", "want 5 tab-separated fields"},
		{"long row", "330000\t浙江省\t浙江\tzhe jiang sheng\tZhejiang\textra\n", "want 5 tab-separated fields"},
		{"bad code", "33000X\t浙江省\t浙江\tzhe jiang sheng\tZhejiang\n", "not 6 digits"},
		{"short not prefix", "330000\t浙江省\t江浙\tzhe jiang sheng\tZhejiang\n", "not a prefix"},
		{"syllable count", "330000\t浙江省\t浙江\tzhe jiang\tZhejiang\n", "2 pinyin syllables for 3 characters"},
		{"duplicate", province + province, "duplicate code 330000"},
		{"orphan", "330481\t海宁市\t海宁\thai ning shi\tHaining\n", "no province above it"},
	}
	for _, tt := range tests {
		_, err := parse([]byte(tt.data))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: parse error %v, want one containing %q", tt.name, err, tt.want)
		}
	}
	if _, err := parse([]byte(province + "330400\t嘉兴市\t嘉兴\tjia xing shi\tJiaxing\n330481\t海宁市\t海宁\thai ning shi\tHaining\n")); err != nil {
		t.Errorf("parse of a valid three-row table: %v", err)
	}
}

func TestLevelAndKindStrings(t *testing.T) {
	for _, tt := range []struct{ got, want string }{
		{Province.String(), "province"}, {Prefecture.String(), "prefecture"}, {County.String(), "county"},
		{Level(9).String(), "Level(9)"}, {Found.String(), "found"}, {Ambiguous.String(), "ambiguous"},
		{Unknown.String(), "unknown"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}
