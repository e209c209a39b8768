package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestShortForm(t *testing.T) {
	tests := []struct{ name, want string }{
		{"海宁市", "海宁"},
		{"浙江省", "浙江"},
		{"上海市", "上海"},
		{"顺德区", "顺德"},
		{"浦东新区", "浦东"},
		{"井陉矿区", "井陉"},
		{"矿区", "矿区"},
		{"沛县", "沛县"}, // one character would be left
		{"大兴安岭地区", "大兴安岭"},
		{"神农架林区", "神农架"},
		{"六枝特区", "六枝"},
		{"锡林郭勒盟", "锡林郭勒"},
		{"科尔沁右翼前旗", "科尔沁右翼前"},
		{"延边朝鲜族自治州", "延边"},
		{"恩施土家族苗族自治州", "恩施"},
		{"巴音郭楞蒙古自治州", "巴音郭楞"},
		{"双江拉祜族佤族布朗族傣族自治县", "双江"},
		{"鄂伦春自治旗", "鄂伦春"}, // the people, as the banner is called
		{"内蒙古自治区", "内蒙古"},
		{"广西壮族自治区", "广西"},
		{"新疆维吾尔自治区", "新疆"},
		{"香港特别行政区", "香港"},
	}
	for _, tt := range tests {
		if got := shortForm(tt.name); got != tt.want {
			t.Errorf("shortForm(%s) = %s, want %s", tt.name, got, tt.want)
		}
	}
}

func TestSyllablesAndLatin(t *testing.T) {
	tests := []struct{ name, syllables, latin string }{
		{"海宁市", "hai ning shi", "Haining"},
		{"重庆市", "chong qing shi", "Chongqing"},
		{"厦门市", "xia men shi", "Xiamen"},
		{"西安市", "xi an shi", "Xi'an"},
		{"陕西省", "shan xi sheng", "Shaanxi"},
		{"佛山市", "fo shan shi", "Foshan"},
		{"蚌埠市", "beng bu shi", "Bengbu"},
		{"六安市", "lu an shi", "Lu'an"},
		{"长沙市", "chang sha shi", "Changsha"},
		{"番禺区", "pan yu qu", "Panyu"},
	}
	for _, tt := range tests {
		syl := syllables(tt.name)
		if got := strings.Join(syl, " "); got != tt.syllables {
			t.Errorf("syllables(%s) = %s, want %s", tt.name, got, tt.syllables)
		}
		if got := latin(tt.name, shortForm(tt.name), syl); got != tt.latin {
			t.Errorf("latin(%s) = %s, want %s", tt.name, got, tt.latin)
		}
	}
}

// read filters the statistics bureau's extras and the grouping rows.
func TestRead(t *testing.T) {
	dir := t.TempDir()
	dist := filepath.Join(dir, "dist")
	if err := os.MkdirAll(dist, 0o755); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"provinces.csv": "code,name\n31,\"上海市\"\n44,\"广东省\"\n",
		"cities.csv":    "code,name,provinceCode\n3101,\"市辖区\",31\n4420,\"中山市\",44\n4401,\"广州市\",44\n",
		"areas.csv": "code,name,cityCode,provinceCode\n310115,\"浦东新区\",3101,31\n442000,\"中山市\",4420,44\n" +
			"440115,\"南沙区\",4401,44\n440171,\"广州高新技术产业开发区\",4401,44\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dist, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	rows, err := read(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rows {
		got = append(got, r.code+" "+r.name)
	}
	want := "310000 上海市,310115 浦东新区,440000 广东省,440100 广州市,440115 南沙区,442000 中山市," +
		"710000 台湾省,810000 香港特别行政区,820000 澳门特别行政区"
	if strings.Join(got, ",") != want {
		t.Errorf("read = %s\nwant   %s", strings.Join(got, ","), want)
	}
}
