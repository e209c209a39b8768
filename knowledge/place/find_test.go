package place

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// mentionString renders a mention as text=place, or text=?a|b for an
// ambiguous one, for compact table tests.
func mentionString(m Mention) string {
	if m.Kind == Ambiguous {
		return m.Text + "=?" + strings.Join(fullNames(m.Candidates), "|")
	}
	return m.Text + "=" + m.Place.FullName()
}

func TestFind(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// What the chat must understand.
		{"从北京搬到上海了 医保断了4个月", []string{"北京=北京市", "上海=上海市"}},
		{"从杭州调到宁波", []string{"杭州=浙江省杭州市", "宁波=浙江省宁波市"}},
		{"我是海宁的，在杭州上班", []string{"海宁=浙江省嘉兴市海宁市", "杭州=浙江省杭州市"}},
		{"之前在深圳交的社保，现在回老家湖南了", []string{"深圳=广东省深圳市", "湖南=湖南省"}},
		{"公司在上海浦东", []string{"上海浦东=上海市浦东新区"}},
		{"住在广州南沙", []string{"广州南沙=广东省广州市南沙区"}},
		{"我在南京鼓楼", []string{"南京鼓楼=江苏省南京市鼓楼区"}},
		{"浙江省海宁市人", []string{"浙江省海宁市=浙江省嘉兴市海宁市"}},
		{"老家是河南周口的", []string{"河南周口=河南省周口市"}},
		{"我在顺德做灵活就业", []string{"顺德=广东省佛山市顺德区"}},
		{"慈溪的医保怎么补缴", []string{"慈溪=浙江省宁波市慈溪市"}},
		{"义乌这边断缴三个月", []string{"义乌=浙江省金华市义乌市"}},
		{"在成都工作五年了", []string{"成都=四川省成都市"}},
		{"新疆的政策是什么", []string{"新疆=新疆维吾尔自治区"}},
		{"北京市朝阳区的公司欠费", []string{"北京市朝阳区=北京市朝阳区"}},
		{"上海普陀区的单位", []string{"上海普陀区=上海市普陀区"}},
		{"住在普陀区", []string{"普陀区=?上海市普陀区|浙江省舟山市普陀区"}},
		{"他们家在朝阳", []string{"朝阳=?辽宁省朝阳市|北京市朝阳区"}},
		{"在长宁区和闵行区之间", []string{"长宁区=上海市长宁区", "闵行区=上海市闵行区"}},
		{"江阴人在昆山工作", []string{"江阴=江苏省无锡市江阴市", "昆山=江苏省苏州市昆山市"}},
		{"延边州的政策", []string{"延边州=吉林省延边朝鲜族自治州"}},
		{"在中山上班", []string{"中山=广东省中山市"}},
		{"在北海工作", []string{"北海=广西壮族自治区北海市"}},
		{"海南的医保", []string{"海南=海南省"}},
		{"湖北京山", []string{"湖北京山=湖北省荆门市京山市"}}, // the county right after its province
		{"在上海南站附近", []string{"上海=上海市"}},
		{"浙江西部", []string{"浙江=浙江省"}},
		{"在大同市工作", []string{"大同市=山西省大同市"}},
		{"廣州的醫保", []string{"廣州=广东省广州市"}},
		{"I moved from Beijing to Hong Kong", []string{"Beijing=北京市", "Hong Kong=香港特别行政区"}},
		{"Shanghai flexible worker, gap of 3 months", []string{"Shanghai=上海市"}},
		{"I work in Hangzhou now", []string{"Hangzhou=浙江省杭州市"}},
		{"moved to Xi'an last year", []string{"Xi'an=陕西省西安市"}},
		// An English possessive, with its apostrophe or as the chat
		// reads it without: the name, the mention ending before the s.
		{"what are Zhejiang's rules", []string{"Zhejiang=浙江省"}},
		{"hangzhou's rules on a lapse", []string{"hangzhou=浙江省杭州市"}},
		{"what are zhejiangs rules", []string{"zhejiang=浙江省"}},
		{"Shenzhen's scheme", []string{"Shenzhen=广东省深圳市"}},
		{"it's years, not months", nil}, // no name before the s
		{"bonus for staying many years", nil},
		{"i moved from beijing to shanghai in may", []string{"beijing=北京市", "shanghai=上海市"}},
		{"wo zai shenzhen gongzuo", []string{"shenzhen=广东省深圳市"}},
		{"Putuo District in Shanghai", []string{"Putuo District=?上海市普陀区|浙江省舟山市普陀区", "Shanghai=上海市"}},
		{"my friend Jian lives in luan", nil}, // 吉安 and 六安: a given name, and too short in lower case
		{"ticket SH2024shanghai", nil},
		// Ordinary words that are also division names.
		{"我和平时一样", nil},
		{"我和平常一样交的", nil},
		{"新华书店买的书", nil},
		{"我在中山医院看病", nil},
		{"单位在中山路上", nil},
		{"中山大学毕业", nil},
		{"城关镇的居民医保", nil},
		{"东区那边的医院", nil},
		{"在新城区住", nil},
		{"市中区医院", nil},
		{"我和县里的人说了", nil},
		{"大同小异吧", nil},
		{"祝您身体安康", nil},
		{"日照时间太短了", nil},
		{"来宾请入座", nil},
		{"喜欢吃哈密瓜", nil},
		{"买了一块和田玉", nil},
		{"大理石地板", nil},
		{"三明治很好吃", nil},
		{"普洱茶", nil},
		{"长治久安", nil},
		{"去北海道旅游", nil},
		{"阿里巴巴的员工", nil},
		{"白银价格涨了", nil},
		{"天南海北都有", nil},
		{"吉林大学毕业的", nil},
		{"北京银行的卡", nil},
		{"去西湖玩了", nil},
		{"他很长寿", nil},
		{"东方红", nil},
		{"工作单位在开发区", nil},
		{"东方市场买菜", nil},
		{"上海市场监管局", []string{"上海=上海市"}},
		{"德州扑克", nil},
		{"朝阳产业", nil},
		{"做事四平八稳", nil},
		{"医保局说要去税务局交", nil},
		{"城乡居民医保断了", nil},
		{"纳入医保定点的医院", nil},
		{"祝你平安顺利", nil},
		{"隆重庆祝", nil},
		{"新会员注册", nil},
		{"平安吉祥", nil},
		{"大兴土木", nil},
		{"东城那边", nil},
		{"在重庆上班，医保在保定交的", []string{"重庆=重庆市", "保定=河北省保定市"}},
		{"截至今天（北京时间）", nil},
		{"住在宝山", []string{"宝山=?上海市宝山区|黑龙江省双鸭山市宝山区"}},
		{"an apple a day", nil},
		{"China is big", nil},
		{"沪上阿姨", nil}, // one character is never a place in text
		{"", nil},
		{"123", nil},
	}
	tb := Default()
	for _, tt := range tests {
		ms := tb.Find(tt.text)
		var got []string
		for _, m := range ms {
			got = append(got, mentionString(m))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Find(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestFindOffsets(t *testing.T) {
	text := "从北京搬到上海了 医保断了4个月"
	ms := Default().Find(text)
	if len(ms) != 2 {
		t.Fatalf("Find(%q) = %d mentions, want 2", text, len(ms))
	}
	for i, want := range []struct{ start, end int }{{3, 9}, {15, 21}} {
		if ms[i].Start != want.start || ms[i].End != want.end {
			t.Errorf("mention %d at [%d,%d), want [%d,%d)", i, ms[i].Start, ms[i].End, want.start, want.end)
		}
		if text[ms[i].Start:ms[i].End] != ms[i].Text {
			t.Errorf("mention %d: text[%d:%d] = %q, Text = %q", i, ms[i].Start, ms[i].End, text[ms[i].Start:ms[i].End], ms[i].Text)
		}
	}
	// The caller reads "from A to B" as B: the last mention is where the person is now.
	if got := ms[len(ms)-1].Place.ProvinceCode(); got != "310000" {
		t.Errorf("last mention's province = %s, want 310000", got)
	}
}

// Find must not change byte offsets when it folds traditional characters.
func TestTraditionalFoldKeepsWidth(t *testing.T) {
	for tr, s := range traditional {
		if len(string(tr)) != len(string(s)) {
			t.Errorf("%c → %c changes the UTF-8 length", tr, s)
		}
	}
}

func ExampleTable_Find() {
	for _, m := range Default().Find("从北京搬到上海了 医保断了4个月") {
		fmt.Println(m.Start, m.End, m.Text, m.Place.Name, m.Place.ProvinceCode())
	}
	// Output:
	// 3 9 北京 北京市 110000
	// 15 21 上海 上海市 310000
}

func ExampleTable_Resolve() {
	t := Default()
	for _, name := range []string{"海宁", "普陀", "shangai"} {
		r := t.Resolve(name)
		switch r.Kind {
		case Found:
			fmt.Println(name, "→", r.Place.FullName(), r.Place.ProvinceCode())
		case Ambiguous:
			fmt.Println(name, "→ which?", fullNames(r.Candidates))
		case Unknown:
			fmt.Println(name, "→ did you mean", r.Suggestions[0].Name)
		}
	}
	// Output:
	// 海宁 → 浙江省嘉兴市海宁市 330000
	// 普陀 → which? [上海市普陀区 浙江省舟山市普陀区]
	// shangai → did you mean 上海市
}

// The hand-written word lists must name real divisions, or a typo in them
// silently does nothing.
func TestFindListsNamePlaces(t *testing.T) {
	tb := Default()
	isShort := func(name string, level Level) bool {
		for _, e := range tb.han[name] {
			if p := tb.places[e.place]; p.Short == name && (level == 0 || p.Level == level) {
				return true
			}
		}
		return false
	}
	for _, name := range findCounty {
		if !isShort(name, County) {
			t.Errorf("findCounty: %s is not the short form of a county-level division", name)
		}
	}
	for name := range findCommonWords {
		if !isShort(name, 0) {
			t.Errorf("findCommonWords: %s is not the short form of a division", name)
		}
	}
	for name := range findNotBeforeName {
		if !isShort(name, 0) {
			t.Errorf("findNotBeforeName: %s is not the short form of a division", name)
		}
	}
	for name := range findGenericNames {
		if _, ok := tb.han[name]; !ok {
			t.Errorf("findGenericNames: %s is not the name of a division", name)
		}
	}
}
