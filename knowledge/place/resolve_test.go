package place

import (
	"slices"
	"testing"
)

func fullNames(ps []Place) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.FullName())
	}
	return out
}

func TestResolve(t *testing.T) {
	tests := []struct {
		in   string
		kind Kind
		// Found: the place; Ambiguous: the candidates in order; Unknown: the
		// first suggestions in order (nil: none).
		want []string
	}{
		// Provinces, full and short, and their abbreviations.
		{"上海", Found, []string{"上海市"}},
		{"上海市", Found, []string{"上海市"}},
		{"浙江", Found, []string{"浙江省"}},
		{"浙江省", Found, []string{"浙江省"}},
		{"广东", Found, []string{"广东省"}},
		{"北京", Found, []string{"北京市"}},
		{"重庆", Found, []string{"重庆市"}},
		{"内蒙古", Found, []string{"内蒙古自治区"}},
		{"广西", Found, []string{"广西壮族自治区"}},
		{"新疆", Found, []string{"新疆维吾尔自治区"}},
		{"香港", Found, []string{"香港特别行政区"}},
		{"沪", Found, []string{"上海市"}},
		{"粤", Found, []string{"广东省"}},
		{"浙", Found, []string{"浙江省"}},
		// A province outranks a prefecture or district of the same name.
		{"吉林", Found, []string{"吉林省"}},
		{"海南", Found, []string{"海南省"}},
		{"河北", Found, []string{"河北省"}},
		// Prefecture-level cities.
		{"杭州", Found, []string{"浙江省杭州市"}},
		{"杭州市", Found, []string{"浙江省杭州市"}},
		{"宁波", Found, []string{"浙江省宁波市"}},
		{"广州", Found, []string{"广东省广州市"}},
		{"深圳", Found, []string{"广东省深圳市"}},
		{"东莞", Found, []string{"广东省东莞市"}},
		{"成都", Found, []string{"四川省成都市"}},
		{"吉林市", Found, []string{"吉林省吉林市"}},
		{"延边", Found, []string{"吉林省延边朝鲜族自治州"}},
		{"延边州", Found, []string{"吉林省延边朝鲜族自治州"}},
		{"恩施州", Found, []string{"湖北省恩施土家族苗族自治州"}},
		{"大理", Found, []string{"云南省大理白族自治州"}},
		{"中山", Found, []string{"广东省中山市"}}, // over 大连's 中山区
		{"西安", Found, []string{"陕西省西安市"}},
		// County-level cities and districts.
		{"海宁", Found, []string{"浙江省嘉兴市海宁市"}},
		{"海宁市", Found, []string{"浙江省嘉兴市海宁市"}},
		{"慈溪", Found, []string{"浙江省宁波市慈溪市"}},
		{"义乌", Found, []string{"浙江省金华市义乌市"}},
		{"顺德", Found, []string{"广东省佛山市顺德区"}},
		{"顺德区", Found, []string{"广东省佛山市顺德区"}},
		{"南沙", Found, []string{"广东省广州市南沙区"}},
		{"浦东", Found, []string{"上海市浦东新区"}},
		{"浦东新区", Found, []string{"上海市浦东新区"}},
		{"中山区", Found, []string{"辽宁省大连市中山区"}},
		{"朝阳市", Found, []string{"辽宁省朝阳市"}},
		// Names shared by several places.
		{"普陀", Ambiguous, []string{"上海市普陀区", "浙江省舟山市普陀区"}},
		{"普陀区", Ambiguous, []string{"上海市普陀区", "浙江省舟山市普陀区"}},
		{"鼓楼", Ambiguous, []string{"江苏省南京市鼓楼区", "江苏省徐州市鼓楼区", "福建省福州市鼓楼区", "河南省开封市鼓楼区"}},
		{"朝阳", Ambiguous, []string{"辽宁省朝阳市", "北京市朝阳区"}},
		{"朝阳区", Ambiguous, []string{"北京市朝阳区", "吉林省长春市朝阳区"}},
		{"西湖", Ambiguous, []string{"浙江省杭州市西湖区", "江西省南昌市西湖区"}},
		{"和平", Ambiguous, []string{"天津市和平区", "辽宁省沈阳市和平区", "广东省河源市和平县"}},
		{"suzhou", Ambiguous, []string{"江苏省苏州市", "安徽省宿州市"}},
		{"Taizhou", Ambiguous, []string{"江苏省泰州市", "浙江省台州市"}},
		// Qualified names, in either order, with or without suffixes and separators.
		{"上海普陀", Found, []string{"上海市普陀区"}},
		{"上海市普陀区", Found, []string{"上海市普陀区"}},
		{"舟山普陀区", Found, []string{"浙江省舟山市普陀区"}},
		{"浙江普陀", Found, []string{"浙江省舟山市普陀区"}},
		{"浙江海宁", Found, []string{"浙江省嘉兴市海宁市"}},
		{"浙江省嘉兴市海宁市", Found, []string{"浙江省嘉兴市海宁市"}},
		{"海宁浙江", Found, []string{"浙江省嘉兴市海宁市"}},
		{"杭州西湖区", Found, []string{"浙江省杭州市西湖区"}},
		{"南昌西湖", Found, []string{"江西省南昌市西湖区"}},
		{"北京朝阳", Found, []string{"北京市朝阳区"}},
		{"辽宁朝阳", Found, []string{"辽宁省朝阳市"}},
		{"长春朝阳", Found, []string{"吉林省长春市朝阳区"}},
		{"南京鼓楼", Found, []string{"江苏省南京市鼓楼区"}},
		{"上海 普陀", Found, []string{"上海市普陀区"}},
		{"广州·南沙区", Found, []string{"广东省广州市南沙区"}},
		{"中国浙江省杭州市", Found, []string{"浙江省杭州市"}},
		{"Putuo, Shanghai", Found, []string{"上海市普陀区"}},
		{"Nansha District, Guangzhou", Found, []string{"广东省广州市南沙区"}},
		// Pinyin and English.
		{"hangzhou", Found, []string{"浙江省杭州市"}},
		{"Hangzhou", Found, []string{"浙江省杭州市"}},
		{"HANGZHOU", Found, []string{"浙江省杭州市"}},
		{"Hángzhōu", Found, []string{"浙江省杭州市"}},
		{"Shanghai", Found, []string{"上海市"}},
		{"Hai Ning", Found, []string{"浙江省嘉兴市海宁市"}},
		{"Shunde", Found, []string{"广东省佛山市顺德区"}},
		{"Pudong New Area", Found, []string{"上海市浦东新区"}},
		{"Zhejiang Province", Found, []string{"浙江省"}},
		{"Xi'an", Found, []string{"陕西省西安市"}},
		{"Shanxi", Found, []string{"山西省"}},
		{"Shaanxi", Found, []string{"陕西省"}},
		{"Inner Mongolia", Found, []string{"内蒙古自治区"}},
		{"Canton", Found, []string{"广东省广州市"}},
		{"Peking", Found, []string{"北京市"}},
		{"Harbin", Found, []string{"黑龙江省哈尔滨市"}},
		{"Ｓｈａｎｇｈａｉ", Found, []string{"上海市"}}, // full-width letters
		// Traditional characters.
		{"廣州", Found, []string{"广东省广州市"}},
		{"臺灣", Found, []string{"台湾省"}},
		{"東莞", Found, []string{"广东省东莞市"}},
		// Typos and unknown names: the closest places, best first.
		{"shangai", Unknown, []string{"上海市"}},
		{"shagnhai", Unknown, []string{"上海市"}},
		{"hangzou", Unknown, []string{"浙江省杭州市"}},
		{"hangzhuo", Unknown, []string{"浙江省杭州市"}},
		{"shenzen", Unknown, []string{"广东省深圳市"}},
		{"bejing", Unknown, []string{"北京市"}},
		{"guangdon", Unknown, []string{"广东省"}},
		{"zhejang", Unknown, []string{"浙江省"}},
		{"杭洲", Unknown, []string{"浙江省杭州市"}}, // sounds the same
		{"上海浦栋", Unknown, []string{"上海市浦东新区"}},
		{"北京普陀", Unknown, []string{"上海市普陀区", "浙江省舟山市普陀区", "北京市"}},
		{"江苏浦东", Unknown, []string{"上海市浦东新区", "江苏省"}},
		{"abc", Unknown, nil},
		{"", Unknown, nil},
		{"   ", Unknown, nil},
		{"全国", Unknown, nil},
		{"other", Unknown, nil},
	}
	tb := Default()
	for _, tt := range tests {
		r := tb.Resolve(tt.in)
		if r.Kind != tt.kind {
			t.Errorf("Resolve(%q).Kind = %v, want %v (place %s, candidates %v, suggestions %v)",
				tt.in, r.Kind, tt.kind, r.Place.FullName(), fullNames(r.Candidates), fullNames(r.Suggestions))
			continue
		}
		if r.Input != tt.in {
			t.Errorf("Resolve(%q).Input = %q", tt.in, r.Input)
		}
		switch tt.kind {
		case Found:
			if got := r.Place.FullName(); got != tt.want[0] {
				t.Errorf("Resolve(%q) = %s, want %s", tt.in, got, tt.want[0])
			}
			if len(r.Candidates) != 0 || len(r.Suggestions) != 0 {
				t.Errorf("Resolve(%q) found but has candidates %v / suggestions %v", tt.in, fullNames(r.Candidates), fullNames(r.Suggestions))
			}
		case Ambiguous:
			if got := fullNames(r.Candidates); !slices.Equal(got, tt.want) {
				t.Errorf("Resolve(%q).Candidates = %v, want %v", tt.in, got, tt.want)
			}
			if !r.Place.IsZero() {
				t.Errorf("Resolve(%q) ambiguous but Place = %s", tt.in, r.Place.FullName())
			}
		case Unknown:
			got := fullNames(r.Suggestions)
			if len(got) < len(tt.want) || !slices.Equal(got[:len(tt.want)], tt.want) {
				t.Errorf("Resolve(%q).Suggestions = %v, want them to start with %v", tt.in, got, tt.want)
			}
			if tt.want == nil && len(got) > 0 {
				t.Errorf("Resolve(%q).Suggestions = %v, want none", tt.in, got)
			}
		}
	}
}

func TestResolveAlso(t *testing.T) {
	r := Default().Resolve("中山")
	if got := fullNames(r.Also); !slices.Equal(got, []string{"辽宁省大连市中山区"}) {
		t.Errorf("Resolve(中山).Also = %v, want the 中山区 of 大连", got)
	}
}

// Every place must be reachable by its full name, with a qualifier when the
// name is shared, and by its pinyin unless that is shared too.
func TestResolveEveryPlace(t *testing.T) {
	tb := Default()
	for _, p := range tb.places {
		r := tb.Resolve(p.Name)
		switch r.Kind {
		case Found:
			if r.Place.Code != p.Code {
				t.Errorf("Resolve(%s) = %s %s, want %s", p.Name, r.Place.Code, r.Place.FullName(), p.Code)
			}
		case Ambiguous:
			if !slices.ContainsFunc(r.Candidates, func(c Place) bool { return c.Code == p.Code }) {
				t.Errorf("Resolve(%s) candidates %v lack %s", p.Name, fullNames(r.Candidates), p.FullName())
			}
			q := tb.Resolve(p.FullName())
			if q.Kind != Found || q.Place.Code != p.Code {
				t.Errorf("Resolve(%s) = %v %s, want %s", p.FullName(), q.Kind, q.Place.FullName(), p.Code)
			}
		default:
			t.Errorf("Resolve(%s) is unknown", p.Name)
		}
	}
}
