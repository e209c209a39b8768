package understand

import (
	"strings"
	"testing"

	"bujiao/rules"
)

// Heldout15 readings, each with sibling wordings in no measured set.

// TestPlaceDeniedH15: "X, 不在Y" takes Y back as "X, 不是Y" does.
func TestPlaceDeniedH15(t *testing.T) {
	for _, c := range []struct {
		in, want string
		corr     bool
	}{
		{"哦不好意思 公司在北京 不在上海", "national", true},
		{"是在杭州交的 不在深圳", "zhejiang", true},
		{"单位在深圳，不在北京", "guangdong", true},
		{"sorry, the company is in Beijing, not in Shanghai", "national", true},
		{"喺深圳返工 唔喺上海", "guangdong", true},
		{"搞错了 人在上海 不在杭州", "shanghai", true},
		{"在不在上海交都一样吗", "shanghai", false}, // asks, takes nothing back
	} {
		a := Analyze(c.in, testToday, fakeRegions{}, "")
		if a.Region != c.want || a.Correction != c.corr {
			t.Errorf("%s: region %q correction %v, want %q %v", c.in, a.Region, a.Correction, c.want, c.corr)
		}
	}
}

// TestHedgedYearsH15: a hedged count of years paid is asked, an exact one
// read, and a hedged one given as the answer to the question read.
func TestHedgedYearsH15(t *testing.T) {
	for _, c := range []struct {
		in     string
		expect rules.Field
		want   string
	}{
		{"在北京大概交了二十年医保 到退休年龄了", "", ""},
		{"职工医保差不多交了25年吧 今年到退休年龄", "", ""},
		{"交了二十五年左右 到退休年龄了", "", ""},
		{"he paid around 20 years, now at retirement age", "", ""},
		{"paid roughly 25 years of employee insurance, at retirement age now", "", ""},
		{"at retirement age, paid 20 years or so", "", ""},
		{"mum paid maybe 22 years, she is at retirement age", "", ""},
		{"交了20年 到退休年龄了", "", "20"},
		{"at retirement age, paid 25 years", "", "25"},
		{"前前后后交了二十年 到退休年龄了", "", "20"},
		{"大概二十年吧", rules.FieldYearsPaid, "20"},
	} {
		e := Analyze(c.in, testToday, fakeRegions{}, c.expect).Extracted
		got := ""
		if e.YearsPaid != nil {
			got = e.YearsPaid.String()
		}
		if got != c.want {
			t.Errorf("%s: years paid %q, want %q", c.in, got, c.want)
		}
	}
}

// TestPinyinH15: everyday pinyin around the domain words.
func TestPinyinH15(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"zai nali jiao yibao", "在哪里"},
		{"shouji shang neng jiao yibao ma", "手机上能缴医保吗"},
		{"wo ma tuixiu hou hai yao jiao yibao ma", "我妈退休后"},
		{"yibao qu nar jiao a", "去哪儿缴啊"},
		{"wangshang neng bujiao yibao ma", "网上能补缴医保吗"},
		{"tuixiu yihou yibao hai yao jiao ma", "退休以后"},
	} {
		got, ok := Depinyin(c.in)
		if !ok || !strings.Contains(got, c.want) {
			t.Errorf("%s: %q (%v), want it to hold %q", c.in, got, ok, c.want)
		}
	}
}

// TestDialectAsksH15: 好久 still ahead asks how long; a long time past
// does not.
func TestDialectAsksH15(t *testing.T) {
	for _, c := range []struct {
		in   string
		asks bool
	}{
		{"断了半年 再交要等好久才能用", true},
		{"医保补上了要好久才能报噻", true},
		{"新农合交了得等好久嘛", true},
		{"还要好久才能报销哦", true},
		{"等了好久才报下来", false},
		{"好久没交医保了", false},
		{"医保好久都没用过了", false},
	} {
		if got := dialectAsks(normalizeText(c.in).s) > 0; got != c.asks {
			t.Errorf("%s: asks %v, want %v", c.in, got, c.asks)
		}
	}
}

// TestHowToDoClauseH15: a bare 怎么搞/咋整 asks for the case answer; with
// a topic of its own it asks about that topic.
func TestHowToDoClauseH15(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"怎么搞咯", true}, {"这可咋整啊", true}, {"那我现在咋弄呢", true}, {"咋个整", true}, {"这玩意儿咋整", true},
		{"手续怎么弄", false}, {"医保咋整", false}, {"怎么弄回来", false}, {"怎么办理", false},
	} {
		if got := howToDoClause(c.in); got != c.want {
			t.Errorf("%s: %v, want %v", c.in, got, c.want)
		}
	}
	a := Analyze("长沙 我辞咖工哒 三个月冇交医保哒 何解搞咯", testToday, fakeRegions{}, "")
	if a.Asks || a.Reason != rules.ReasonLeftJob || a.Gap == nil || a.Gap.Months != 3 {
		t.Errorf("Hunanese run-on: asks %v reason %q gap %v, want a case told: left job, 3 months", a.Asks, a.Reason, a.Gap)
	}
}

// TestDialectH15: Hunanese 咖/哒, Hokkien 本底/这马/食头路, 换去.
func TestDialectH15(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"我辞咖职哒", "我辞了职了"},
		{"喝咖啡", "喝咖啡"},
		{"何解搞", "怎么搞"},
		{"冇找到事做", "没找到工作"},
		{"阮本底佇上海食头路 这马换去杭州做", "我原来在上海上班的 现在换到杭州做"},
		{"调去北京上班", "调到北京上班"},
	} {
		if got := fixTypos(c.in); got != c.want {
			t.Errorf("%s: %q, want %q", c.in, got, c.want)
		}
	}
	e := Analyze("阮本底佇上海食头路 这马换去杭州做 中间三个月医保无交", testToday, fakeRegions{}, "").Extracted
	if e.Reason != rules.ReasonJobChange {
		t.Errorf("Hokkien job change: reason %q", e.Reason)
	}
}

// TestLeftJobH15: coming down or out of a workplace is leaving it.
func TestLeftJobH15(t *testing.T) {
	for _, c := range []struct {
		in   string
		want rules.Reason
	}{
		{"俺从厂子下来半年了 医保断了", rules.ReasonLeftJob},
		{"打公司出来两个月了 医保没交", rules.ReasonLeftJob},
		{"从单位退下来三个月 医保没人交", rules.ReasonLeftJob},
		{"从工地下来以后就没交医保 四个月了", rules.ReasonLeftJob},
		{"从店里离开三个月了 医保停了", rules.ReasonLeftJob},
		{"单位下来通知 医保要自己交了", ""},
	} {
		if e := Analyze(c.in, testToday, fakeRegions{}, "").Extracted; e.Reason != c.want {
			t.Errorf("%s: reason %q, want %q", c.in, e.Reason, c.want)
		}
	}
}

// TestBenefitLastMonthH15: "最后一个月是X月" names the benefit's last
// month, never a month paying resumed.
func TestBenefitLastMonthH15(t *testing.T) {
	for _, c := range []struct {
		in   string
		want rules.Month
	}{
		{"失业金领完了 最后一个月是九月", rules.Month{Year: 2026, Month: 9}},
		{"失业金停了 最后一次发是十月", rules.Month{Year: 2026, Month: 10}},
		{"失业保险金领完了，最后领的是七月份", rules.Month{Year: 2026, Month: 7}},
		{"失业金没了 最后一笔在八月", rules.Month{Year: 2026, Month: 8}},
		{"失业金发完了 最后是6月", rules.Month{Year: 2026, Month: 6}},
		{"领完失业金了 最后一期是十月 医保咋续", rules.Month{Year: 2026, Month: 10}},
	} {
		e := Analyze(c.in, testToday, fakeRegions{}, "").Extracted
		if e.BenefitEnded == nil || *e.BenefitEnded != c.want || e.Resumed != nil || e.Reason != rules.ReasonUnemployment {
			t.Errorf("%s: benefit ended %v resumed %v reason %q, want %v, none, unemployment", c.in, e.BenefitEnded, e.Resumed, e.Reason, c.want)
		}
	}
}

// TestAgeReachedH15: sixty reached without 岁 is at the age.
func TestAgeReachedH15(t *testing.T) {
	for _, c := range []struct {
		in   string
		want rules.Retirement
	}{
		{"我爸今年到六十了 交了二十来年", rules.RetirementAtAge},
		{"我满60了 医保交了十几年", rules.RetirementAtAge},
		{"今年刚满六十周岁 职工医保交了一些年", rules.RetirementAtAge},
		{"俺娘到六十岁了 医保交了些年", rules.RetirementAtAge},
		{"快到六十了 交了十几年", ""},
		{"医保交到60个月了", ""},
		{"还没满60 交了十几年", ""},
	} {
		if e := Analyze(c.in, testToday, fakeRegions{}, "").Extracted; e.Retirement != c.want {
			t.Errorf("%s: retirement %q, want %q", c.in, e.Retirement, c.want)
		}
	}
}

// TestNewbornH15: a baby just born, as people say it.
func TestNewbornH15(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"孩子才生下来十天 想上居民医保", true},
		{"娃刚落地没几天 咋上医保", true},
		{"闺女才出生一周 能参保吗", true},
		{"儿子生下来才十几天 医保怎么办", true},
		{"孩子还没满月 居民医保怎么办", true},
		{"小孩出生没几天 要给他交医保", true},
		{"孩子生下来到现在三年没交医保", false},
	} {
		e := Analyze(c.in, testToday, fakeRegions{}, "").Extracted
		if got := e.Newborn != nil && *e.Newborn; got != c.want {
			t.Errorf("%s: newborn %v, want %v", c.in, got, c.want)
		}
	}
}

// TestEnArrearsNoAuxH15: an employer's arrears without the auxiliary.
func TestEnArrearsNoAuxH15(t *testing.T) {
	for _, c := range []struct {
		in   string
		want rules.Reason
	}{
		{"my company not pay insurance for 4 months", rules.ReasonArrears},
		{"boss no pay my medical insurance since 2 months", rules.ReasonArrears},
		{"employer not give insurance 3 months, i still work there", rules.ReasonArrears},
		{"the factory not paying our insurance 5 months", rules.ReasonArrears},
		{"my firm never pay the medical insurance, 6 months now", rules.ReasonArrears},
		{"I could not pay for 3 months myself", ""},
	} {
		if e := Analyze(c.in, testToday, fakeRegions{}, "").Extracted; e.Reason != c.want {
			t.Errorf("%s: reason %q, want %q", c.in, e.Reason, c.want)
		}
	}
}

// TestSexByRelationH15: a relative with the matching pronoun.
func TestSexByRelationH15(t *testing.T) {
	for _, c := range []struct {
		in   string
		want rules.Sex
	}{
		{"my mom is at retirement age, she paid 20 years in shenzhen", rules.SexFemale},
		{"my dad is retiring in shenzhen, he paid 26 years", rules.SexMale},
		{"我妈到退休年龄了 她交了18年", rules.SexFemale},
		{"我爸今年到退休年龄 他交了25年", rules.SexMale},
		{"my mom asked me to check, i paid 20 years, at retirement age", ""},
		{"my dad and my mom are both at retirement age, he paid 20, she paid 18", ""},
		{"我妈到退休年龄了 交了18年 其他城市也交过", ""},
	} {
		if e := Analyze(c.in, testToday, fakeRegions{}, "").Extracted; e.Sex != c.want {
			t.Errorf("%s: sex %q, want %q", c.in, e.Sex, c.want)
		}
	}
}
