package understand

import (
	"strings"
	"testing"

	"bujiao/rules"
)

// TestReadings17c: the readings und17c fixed (issue 17), each in several
// wordings. Every row compares all facts read (render), so a fact filled
// that nobody gave fails as well as one lost.
var readings17cCases = []extractCase{
	// Everyday and dialect "quit" is leaving the job, not the employer's
	// debt: with 没交/断了 and a unit named it used to read as arrears.
	{"八月份从厂里辞了 中间断了仨月", "", "payer=unit reason=left-job gap=3"},
	{"原来单位干了五年 九月份辞了 俩月没交医保了", "", "payer=unit reason=left-job gap=2"},
	{"辞工之后医保断了两个月", "", "payer=unit reason=left-job gap=2"},
	{"被辞了 医保断了三个月", "", "payer=unit reason=left-job gap=3"},
	// No new job yet is leaving, not changing jobs; a question about
	// paying oneself from now on does not say who paid before.
	{"公司离职了新工作还没着落 医保断了一个月 我要不要先自己交上", "", "payer=unit reason=left-job gap=1"},
	{"辞职了 还在找工作 能不能自己交医保", "", "payer=unit reason=left-job"},
	{"我自己交的医保断了两个月", "", "payer=individual gap=2"},
	// A correction that takes the debt back.
	{"其实是我自己辞职了 不是公司欠", "", "payer=unit reason=left-job"},
	{"公司没欠 是我离职了", "", "payer=unit reason=left-job"},
	{"公司欠了我三个月医保", "", "payer=unit reason=arrears status=normal implied=1 gap=3"},
	// 倒闭 with the people gone is an employer that vanished; 倒闭 alone
	// and 破产 stay bankrupt.
	{"深圳的工厂倒闭了 人去楼空 社保欠了七个月", "", "payer=unit reason=arrears status=absconded gap=7 region=guangdong"},
	{"公司倒闭了 老板跑路了 欠了三个月", "", "payer=unit reason=arrears status=absconded gap=3"},
	{"公司倒闭了 欠了三个月", "", "payer=unit reason=arrears status=closed gap=3"},
	{"公司破产了 老板跑路了", "", "payer=unit reason=arrears status=bankrupt"},
	// The age reached, said without the word 退休年龄; negated it is not.
	{"不是退休 是到年龄了还没办 交了18年", "", "ret=at-age paid=18"},
	{"年纪到了 交了20年", "", "ret=at-age paid=20"},
	// A retirement granted: the years are told as before it.
	{"我已经退休了 在上海 退休前医保交了30年", "", "region=shanghai ret=retired paid=30"},
	{"退休了 交了十五年整 退休了还要交吗", "", "ret=at-age paid=15"},
	// A time to retirement in English is no gap.
	{"I'm 57, two years from retiring, shanghai, my own insurance lapsed 4 months", "", "gap=4 region=shanghai ret=working"},
	{"a year before retiring, 3 months unpaid", "", "gap=3 ret=working"},
	// Pinyin words inside an English message.
	{"I work in hangzhou, laoban paolu le, yibao 4 months not paid", "",
		"payer=unit reason=arrears status=absconded gap=4 region=zhejiang ret=working"},
	{"my gongsi daobi, 2 months unpaid", "", "payer=unit reason=arrears status=closed gap=2"},
	// Dialect and typos of the employer's state, retirement and payer.
	{"佛山间厂执咗笠 老细走咗佬 欠咗五个月医保", "", "payer=unit reason=arrears status=absconded gap=5"},
	{"间厂执咗笠 欠咗两个月", "", "payer=unit reason=arrears status=closed gap=2"},
	{"老爷子都退休好些年了", "", "ret=retired"},
	{"我妈退休多年了", "", "ret=retired"},
	{"早退了", rules.FieldRetirement, "ret=retired"},
	{"退了好几年了", rules.FieldRetirement, "ret=retired"},
	{"还没退", rules.FieldRetirement, ""},
	{"厂交", rules.FieldPayer, "payer=unit"},
	{"老板交的", rules.FieldPayer, "payer=unit"},
	{"在", rules.FieldUnitStatus, "status=normal"},
	{"单位欠的 公司还在", "", "payer=unit reason=arrears status=normal"},
	{"公司还在拖着不交", "", "payer=unit reason=arrears"},
	{"不知道公司还在不在", "", "payer=unit"},
	{"they owe it", rules.FieldReason, "reason=arrears"},
	{"compnay in beijing not payed my medcal insurance for 4 mnths", "", "payer=unit reason=arrears status=normal implied=1 gap=4 region=national"},
	{"正在领是业金 在杭州", "", "scheme=employee reason=unemployment-benefit region=zhejiang ret=working"},
	{"毋知", rules.FieldInWindow, ""},
	// Wanting to resume is no gap that ended.
	{"灵活就业自己交的 六月份开始没交了 现在想重新交上", "", "scheme=employee payer=individual since=2026-06"},
	{"断了两个月 能不能接上", "", "gap=2"},
	{"無欲補", rules.FieldRepayYears, "repay=0"},
	// The local years at their question are years, never a gap.
	{"都在深圳 9年", rules.FieldLocalYearsPaid, "region=guangdong local=9"},
	{"9年", rules.FieldLocalYearsPaid, "local=9 num=9"},
}

func TestReadings17c(t *testing.T) {
	for _, c := range readings17cCases {
		if got := render(Extract(c.text, testToday, fakeRegions{}, c.expecting)); got != c.want {
			t.Errorf("Extract(%q, %q)\n got: %s\nwant: %s", c.text, c.expecting, got, c.want)
		}
	}
}

// TestPlaces17c: the place meant, for moves with 来, a Cantonese
// correction and a nationality that is no region.
func TestPlaces17c(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"北京的工作辞了来杭州 找了五个月工作", "zhejiang"},
		{"从北京来了上海 新公司还没交", "shanghai"},
		{"原来深圳的公司欠了两个月 现在在杭州", "zhejiang"},
		{"后来上海那边也没交", "shanghai"},
		{"唔系北京 系深圳", "guangdong"},
		{"不是北京 是深圳", "guangdong"},
		{"I'm a German national working in Shanghai", "shanghai"},
		{"an Indian citizen in Shenzhen", "guangdong"},
		{"national rules for Beijing", "national"},
	} {
		if got := Analyze(c.text, testToday, fakeRegions{}, "").Region; got != c.want {
			t.Errorf("Analyze(%q).Region = %q, want %q", c.text, got, c.want)
		}
	}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"I'm a German national working in Shanghai", true},
		{"as a US citizen in beijing", true},
		{"I'm a Chinese national", false},
		{"I'm not a US citizen", false},
		{"national rules", false},
	} {
		if got := Extract(c.text, testToday, fakeRegions{}, "").Origin == "foreign"; got != c.want {
			t.Errorf("Extract(%q) foreign = %v, want %v", c.text, got, c.want)
		}
	}
}

// fakeCities is fakeRegions that also tells cities, as knowledge.Base
// does: 深圳 and 广州 are two cities of one region, 浦东 and 闵行 two
// districts of one.
type fakeCities struct{ fakeRegions }

var fakeCityAliases = [][2]string{{"深圳", "4403"}, {"广州", "4401"}, {"佛山", "4406"}, {"浦东", "3100"}, {"闵行", "3100"}, {"上海", "3100"}}

func (fakeCities) MatchRegion(text string) (string, bool) {
	if i := strings.Index(text, "佛山"); i >= 0 {
		if id, ok := (fakeRegions{}).MatchRegion(text[:i]); ok {
			return id, true
		}
		return "guangdong", true
	}
	if strings.Contains(text, "浦东") || strings.Contains(text, "闵行") {
		if id, ok := (fakeRegions{}).MatchRegion(text); ok {
			return id, true
		}
		return "shanghai", true
	}
	return fakeRegions{}.MatchRegion(text)
}

func (fakeCities) CityCode(text string) (string, bool) {
	best, at := "", -1
	for _, a := range fakeCityAliases {
		if i := strings.Index(text, a[0]); i >= 0 && (at < 0 || i < at) {
			best, at = a[1], i
		}
	}
	return best, at >= 0
}

// TestCrossCity17c: two cities of one region named in a move are a move
// across pooling areas; two districts of one city are asked about.
func TestCrossCity17c(t *testing.T) {
	for _, c := range []struct {
		text          string
		moved, across bool
	}{
		{"我从深圳跳槽去广州 社保中间断了三个月", true, true},
		{"由佛山去了广州 断了两个月", true, true},
		{"从浦东搬到闵行 断了两个月", false, false},
		{"在广州换了个公司 中间断了一个月", false, false},
		// The place left told after the move.
		{"调到杭州上班了 原来在北京 医保断了一个月", true, true},
		{"调到广州上班了 原来在深圳", true, true},
		{"搬到闵行了 原来在浦东", true, false},
		{"moved to Shanghai, previously in Beijing", true, true},
	} {
		a := Analyze(c.text, testToday, fakeCities{}, "")
		if a.Moved != c.moved || a.MovedAcross != c.across {
			t.Errorf("Analyze(%q): moved %v across %v, want %v %v", c.text, a.Moved, a.MovedAcross, c.moved, c.across)
		}
	}
	// Without city knowledge (a plain RegionMatcher) nothing is assumed.
	if a := Analyze("我从深圳跳槽去广州", testToday, fakeRegions{}, ""); a.MovedAcross {
		t.Errorf("MovedAcross without cities")
	}
}

// TestNotButIs17c: "不是X 是Y" corrects any fact; asking and reminding
// do not.
func TestNotButIs17c(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"不是退休 是到年龄了还没办 交了18年", true},
		{"不是五个月 是三个月", true},
		{"唔系五个月 系三个月", true},
		{"不是公司欠的，而是我自己辞职了", true},
		{"是不是断了三个月就不能补了", false},
		{"不是说断了三个月就不能补吗", false},
		{"不是", false},
		{"我不是退休人员", false},
	} {
		if got := Analyze(c.text, testToday, fakeRegions{}, "").Correction; got != c.want {
			t.Errorf("Analyze(%q).Correction = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestAsks17c: "V着…呢" tells, "X没X" asks; the facts of the telling
// clause are kept beside the question.
func TestAsks17c(t *testing.T) {
	for _, c := range []struct {
		text, question, stated string
	}{
		{"杭州领着失业保险金呢 医保断没断", "医保断没断", "scheme=employee reason=unemployment-benefit region=zhejiang ret=working"},
		{"正在找工作呢", "", ""},
		{"那我呢", "那我呢", ""},
		{"怎么交呢", "怎么缴呢", ""},
		{"医保交没交", "医保缴没缴", ""},
		{"还没交", "", ""},
		{"欠落嘅医保仲搵得返咩", "欠落嘅医保仲搵得返咩", ""},
		{"会唔会罚钱", "会唔会罚钱", ""},
	} {
		a := Analyze(c.text, testToday, fakeRegions{}, "")
		if a.Question != c.question || render(a.Stated) != c.stated {
			t.Errorf("Analyze(%q): question %q stated %q; want %q, %q", c.text, a.Question, render(a.Stated), c.question, c.stated)
		}
	}
	if a := Analyze("毋知", testToday, fakeRegions{}, rules.FieldInWindow); !a.DontKnowOnly {
		t.Errorf("毋知 is not a don't-know")
	}
}
