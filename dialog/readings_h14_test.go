package dialog

import (
	"testing"

	"bujiao/dialog/understand"
	"bujiao/rules"
)

// Sibling wordings of heldout14's misreads (understand/places_h14.go), none
// in any set, read with the real places.

// TestOriginIsNotRegionH14: where a person comes from ("我四川人", "我湖南的",
// "台湾同胞", "i'm from sichuan") is not where they are insured when
// another place is named; alone, it still is.
func TestOriginIsNotRegionH14(t *testing.T) {
	kb := testKB(t)
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	cases := []struct {
		text string
		want string
	}{
		{"我是河南人 在杭州上班 公司欠了两个月医保", "zhejiang"},
		{"俺河南人 在绍兴打工 医保自己交的 断了俩月", "zhejiang"},
		{"我係湖南人 喺深圳返工 公司冇交医保两个月", "guangdong"},
		{"我江西的 在宁波做事 医保断了三个月", "zhejiang"},
		{"本人福建籍 在上海工作 公司欠缴医保", "shanghai"},
		{"我来自四川 在广州上班 医保断了四个月", "guangdong"},
		{"香港同胞 在深圳上班 公司欠医保两个月", "guangdong"},
		{"湖北老乡 在中山灯饰厂做 厂里拖了三个月医保", "guangdong"},
		{"I'm from Sichuan, working in Dongguan, I pay my own medical insurance, missed 3 months", "guangdong"},
		{"Hunan guy working in Foshan, factory owes 3 months medical insurance", "guangdong"},
		{"wo shi sichuan ren zai dongguan dagong yibao duan le san ge yue", "guangdong"},
		// Alone, or not an origin: the place stands.
		{"我是上海人 医保断了两个月", "shanghai"},
		{"上海人社局说公司欠了我两个月医保", "shanghai"},
		{"我四川人 医保断了三个月", "national"},
		{"我杭州的公司欠了我三个月医保", "zhejiang"},
		{"moved from Chengdu to Shanghai, 2 month gap", "shanghai"},
	}
	for _, c := range cases {
		if a := understand.Analyze(c.text, today, kb, ""); a.Region != c.want {
			t.Errorf("%q: region %q, want %q", c.text, a.Region, c.want)
		}
	}
}
