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

// TestFAQRoutingH14: sibling wordings of heldout14's questions answered
// wrong on the first reply: a "是A还是B" choice and "排第几" ask; the
// entry the words mark is the best one; where to pay is not the answer to
// an employer's arrears when no where is asked.
func TestFAQRoutingH14(t *testing.T) {
	kb := testKB(t)
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct{ msg, want string }{
		{"杭州这边自己交医保 是在支付宝上交还是要去税务局", "where-to-pay"},
		{"补缴是去社保局办还是要到税务局办", "where-to-pay"},
		{"公司破产了 欠的医保在破产清算里排第几位", "bankrupt-unit"},
		{"单位破产 欠我们的社保费是第几顺序清偿", "bankrupt-unit"},
		{"公司说欠的医保一下子拿不出来 能分几次补吗", "unit-cannot-pay-at-once"},
		{"厂里欠了半年医保 老板说一下子拿不出这么多钱 可以分期吗", "unit-cannot-pay-at-once"},
		{"城乡医保晚交了 是不是要等一段时间才能报销", "resident-waiting-period"},
		{"新农合过了缴费期再交 要等一段时间才能用吗", "resident-waiting-period"},
		{"居民医保一直不断交 封顶线会提高吗", "continuous-enrolment-incentive"},
		{"城乡医保年年都交 大病的最高支付限额能不能高点", "continuous-enrolment-incentive"},
		{"新农合一直连着交 封顶线能不能往上调", "continuous-enrolment-incentive"},
		{"在网上怎么查自己的医保有没有断缴过", "check-record"},
		{"想查一下自己医保断过没有", "check-record"},
		{"how does the tax bureau force an employer that owes medical insurance to pay", "unit-arrears-procedure"},
		{"what does the tax authority do about a company that keeps not paying our insurance", "unit-arrears-procedure"},
		{"company owes 3 months, where do I pay the missing months?", "where-to-pay"},
		{"到退休年龄了 职工医保还差两年 能按月交吗", "pay-shortfall-how"},
		{"退休了年限还差一年半 是一次性交清还是按月交", "pay-shortfall-how"},
		{"公司说欠的社保一次性交不起 能不能分期补", "unit-cannot-pay-at-once"},
	} {
		r := Decide(kb, c.msg, today, "", rules.Facts{})
		got := "none"
		if len(r.FAQ) > 0 {
			got = r.FAQ[0].FAQ.ID
		}
		if got != c.want {
			t.Errorf("%q: first FAQ %s (kind %s), want %s", c.msg, got, r.Kind, c.want)
		}
	}
}

// TestFramedChoiceAsksH14: "是A还是B" asks even where 还是 could read
// "still"; a lone 还是 after a statement does not.
func TestFramedChoiceAsksH14(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	kb := testKB(t)
	for _, c := range []struct {
		msg  string
		asks bool
	}{
		{"补缴是一次交清还是可以分几年交", true},
		{"是现在就交还是要等到年底", true},
		{"是公司补还是要我自己补", true},
		{"醫保是喺網上交還是要去窗口", true},
		{"公司还是要我自己交", false},
		{"我是自己交的，还是要等三个月", false},
	} {
		if got := understand.Analyze(c.msg, today, kb, "").Asks; got != c.asks {
			t.Errorf("%q: asks %v, want %v", c.msg, got, c.asks)
		}
	}
}
