package understand

import (
	"testing"

	"bujiao/rules"
)

// TestReadings17b7: readings from the heldout7 misreads, each in general
// form with near misses. Today is 2026-11-25, the harness clock.
var readings17b7Cases = []extractCase{
	// Shanghainese 跑脱 (fled), 寻不着 / 寻勿着 (cannot find); the typo
	// 破铲 for 破产.
	{"阿拉公司老板跑脱了 寻不着人了 医保欠了三个月", "", "payer=unit reason=arrears status=absconded gap=3"},
	{"老板寻勿着了 公司欠了两个月医保", "", "payer=unit reason=arrears status=absconded gap=2"},
	{"公司破铲了 欠了两个月医保", "", "payer=unit reason=arrears status=bankrupt gap=2"},
	// A day word that dates a payment is no treatment day; the one
	// named with the stay is.
	{"公司欠了两个月 明天就补 12月20号住院能报吗", "", "payer=unit reason=arrears status=normal implied=1 gap=2 treat=2026-12-20"},
	{"深圳公司欠了两个月医保 老板说月底补 我12月18号要住院 能报多少", "",
		"payer=unit reason=arrears status=normal implied=1 gap=2 region=guangdong treat=2026-12-18"},
	{"company owes 2 months, they said they'd pay at the end of the month. surgery on Dec 20", "",
		"payer=unit reason=arrears status=normal implied=1 gap=2 treat=2026-12-20"},
	// The same word twice: the one with the stay is the treatment day.
	{"公司说月底补 月底住院能报吗", "", "payer=unit treat=2026-11-30"},
	// Near miss: the day word with the stay stays the treatment day.
	{"公司欠了两个月 月底住院能报吗", "", "payer=unit reason=arrears status=normal implied=1 gap=2 treat=2026-11-30"},
	// The place's years, then the total: the total is the years paid.
	{"男的 今年60到退休年龄了 在深圳交了9年医保 总共交了二十二年", "", "region=guangdong ret=at-age paid=22 local=9 sex=male"},
	{"在上海交了10年 一共交了十八年", "", "region=shanghai paid=18 local=10"},
	{"一共交了十八年 在上海交了10年", "", "region=shanghai paid=18 local=10"},
	// "快两年" / "将近三年" named as a gap: short of the years.
	{"杭州个体户 自己交的医保断了快两年了 现在还能续吗", "", "scheme=employee payer=individual gap=23 region=zhejiang"},
	{"断了将近三年", "", "gap=35"},
	{"断了两年", "", "gap=24"},
	// Near miss: the time since leaving keeps its count.
	{"离职快一年了", "", "payer=unit reason=left-job gap=12"},
	// Both jobs named: a job change; "between jobs" alone is not.
	{"2 month gap between jobs, both jobs in Hangzhou. can the gap be filled?", "", "payer=unit reason=job-change gap=2 region=zhejiang"},
	{"left my job in Guangzhou and started a new one in Shenzhen, 3 month gap in medical insurance", "",
		"payer=unit reason=job-change gap=3 region=guangdong"},
	{"I'm between jobs, no insurance for 2 months", "", "payer=unit reason=left-job gap=2"},
	// The month the person pays is no first unpaid month.
	{"我爸上海居民医保今年漏交了 这个月补交 能马上用吗", "", "scheme=resident gap=12 region=shanghai newborn=false"},
	{"下个月去补缴 断了两个月", "", "gap=2"},
	// Near miss: a month with the gap verb stays the gap's start.
	{"这个月没交", "", "since=2026-11"},
	// A birth told as weeks ago at most is a newborn; further back, or
	// a grown person's birth year, is not.
	{"我兒子上個月在廣州出生，要怎麼幫他辦醫保", "", "scheme=resident region=guangdong newborn=true child=1"},
	{"上海新生儿医保出生多久内要办 我家的出生二十天了还没办", "", "region=shanghai newborn=true"},
	{"my son was born 2 weeks ago in Hangzhou", "", "scheme=resident region=zhejiang newborn=true child=1"},
	{"我是1990年出生的 上海灵活就业断了两个月", "", "scheme=employee payer=individual gap=2 region=shanghai"},
	// Cantonese: 冇帮我哋供医保 is the employer not paying; 老细话冇钱, in hardship.
	{"我哋公司喺广州 老细成日话冇钱 已经三个月冇帮我哋供医保喇 点算好", "", "payer=unit reason=arrears status=hardship gap=3 region=guangdong"},
	{"公司在广州 已经三个月没帮我们缴医保了", "", "payer=unit reason=arrears status=normal implied=1 gap=3 region=guangdong"},
	{"我自己供紧灵活就业医保", "", "scheme=employee payer=individual"},
	// "从公司出来了" is leaving the job; looking after children at home is
	// the person's own situation, not a case for a child.
	{"宁波那边我三个月前就从公司出来了现在在家带孩子也没上班医保断了三个月了要不要紧以后看病怎么办", "", "payer=unit reason=left-job gap=3"},
	{"我在家带孩子 孩子的医保断了一年", "", "scheme=resident gap=12 child=1"},
	// This year's resident payment missed (a deadline past): one broken
	// year; "还没交" may still be in the window and is asked.
	{"我屋头老汉儿的农村医保今年忘了交 重庆的 现在还补得到不嘛", "", "scheme=resident gap=12 newborn=false"},
	{"孩子在上海上小学 少儿医保今年没续上 能补吗 补要交多少钱", "", "scheme=resident gap=12 region=shanghai newborn=false student=1 child=1"},
	{"居民医保今年还没交", "", "scheme=resident"},
	{"上海灵活就业 今年漏交了两个月", "", "scheme=employee payer=individual gap=2 region=shanghai"},
	{"我老豆嘅居民医保断咗一年", "", "scheme=resident gap=12 newborn=false"},
	// A unit doing well is trading normally; without a unit named,
	// nothing is read.
	{"俺们单位在沈阳 公司整得挺好的就是不给交医保 都欠了俩月了 这咋整啊", "", "payer=unit reason=arrears status=normal gap=2"},
	{"武汉公司欠了我五个月医保一直拖着不给交 公司生意好得很 我去哪里投诉", "", "payer=unit reason=arrears status=normal gap=5"},
	{"生意很好", "", ""},
	// The scheme by how it is paid.
	{"the one through work i think", "", "scheme=employee"},
	{"my insurance is through my employer, 2 months unpaid", "", "scheme=employee payer=unit reason=arrears status=normal implied=1 gap=2"},
	// Years paid with the insurance named between verb and count.
	{"paid employee medical insurance for 6 years", "", "scheme=employee paid=6"},
	{"havent paid medical insurance for 2 years", "", "gap=24"},
}

func TestReadings17b7(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 11, Day: 25}
	for _, c := range readings17b7Cases {
		if got := render(Extract(c.text, today, fakeRegions{}, c.expecting)); got != c.want {
			t.Errorf("Extract(%q)\n got: %s\nwant: %s", c.text, got, c.want)
		}
	}
}

// TestRunOnLeaving: a run-on that tells the person's own leaving with its
// time, then asks, states its facts apart from its question; a bare
// question stays one.
func TestRunOnLeaving(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 11, Day: 25}
	for _, c := range []struct{ text, stated string }{
		// 广洲 is 广州 typed with a homophone (readings_h10p.go): no other place is meant.
		{"广洲离职两个月了医宝断了能自已续吗", "payer=unit reason=left-job gap=2 region=guangdong"},
		{"杭州辞职三个月了医保断了还能补吗", "payer=unit reason=left-job gap=3 region=zhejiang"},
		// "听说…是真的吗" opens the question of a run-on that told the case.
		{"我是女的今年到退休年龄了正在办退休手续在北京一共交了十八年职工医保听说交不够年限退休以后就没医保了是真的吗",
			"scheme=employee region=national ret=at-age paid=18 local=18 sex=female"},
		// Bare questions: nothing told before the opener.
		{"听说断缴三个月就不能补了是真的吗", ""},
		{"离职后医保断了还能补吗", ""},
		{"断缴3个月能补吗", ""},
	} {
		a := Analyze(c.text, today, fakeRegions{}, "")
		if !a.Asks {
			t.Errorf("Analyze(%q): does not ask", c.text)
		}
		if got := render(a.Stated); got != c.stated {
			t.Errorf("Analyze(%q).Stated\n got: %s\nwant: %s", c.text, got, c.stated)
		}
	}
}

// TestSaysWrong: "不对" takes back what was said; "对不对" and "不对吧"
// ask.
func TestSaysWrong(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 11, Day: 25}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"不对不对 是我自己交的 灵活就业", true},
		{"不对 是杭州", true},
		{"唔啱 系深圳", true},
		{"no wait, it was my employer", true},
		{"公司这样做对不对", false},
		{"这样不对吧", false},
		{"是我自己交的", false},
	} {
		if got := Analyze(c.text, today, fakeRegions{}, "").Correction; got != c.want {
			t.Errorf("Analyze(%q).Correction = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestMixedPinyin: a pinyin sentence around a typed place is written in
// characters; Chinese with one pinyin word, and English around Chinese,
// are left as typed.
func TestMixedPinyin(t *testing.T) {
	for _, c := range []struct {
		text, want string
		ok         bool
	}{
		{"wo zai 深圳 cizhi le 3 ge yue le yibao duan le zenme ban", "我在 深圳 辞职了 3个月了医保断了 怎么办", true},
		{"yibao断了能补吗", "yibao断了能补吗", false},
		{"I'm in 深圳, company owes me 3 months", "I'm in 深圳, company owes me 3 months", false},
		{"got this text: 【上海医保】您的灵活就业 what does it mean, can I pay now?", "got this text: 【上海医保】您的灵活就业 what does it mean, can I pay now?", false},
	} {
		if got, ok := Depinyin(c.text); got != c.want || ok != c.ok {
			t.Errorf("Depinyin(%q) = %q, %v; want %q, %v", c.text, got, ok, c.want, c.ok)
		}
	}
}
