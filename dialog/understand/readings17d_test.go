package understand

import (
	"testing"
)

// readings17dCases: readings read17c fixed (issue 17): a switch of scheme
// told as leaving the job and wanting the resident scheme, and a number
// corrected inside the message that told it. Every row compares all facts
// read (render), so a fact filled that nobody gave fails too.
var readings17dCases = []extractCase{
	// Leaving the job, then wanting the resident scheme: a switch, the gap
	// kept as months (not resident broken years).
	{"上海 职工医保只交了一年就离职了 现在想交居民医保 断了两个月", "", "scheme=resident payer=unit reason=left-job gap=2 region=shanghai paid=1 cont=1 prior=employee"},
	{"职工医保交了三年 辞职了 打算参加居民医保 断了一个月", "", "scheme=resident payer=unit reason=left-job gap=1 paid=3 cont=3 prior=employee"},
	{"quit my job after paying employee insurance for 3 years, now want to join the resident scheme, 2 month gap", "", "scheme=resident payer=unit reason=left-job gap=2 paid=3 cont=3 prior=employee"},
	// The whole years paid before the switch are its continuous years,
	// unless breaks are told inside them.
	{"职工医保断断续续交了五年 辞职了 想改交居民医保 断了两个月", "", "scheme=resident payer=unit reason=left-job gap=2 paid=5 prior=employee"},
	{"I had employee insurance for 6 years in Shenzhen, quit, want to switch to resident, 2 month gap", "",
		"scheme=resident payer=unit reason=left-job gap=2 region=guangdong paid=6 local=6 cont=6 prior=employee"},
	{"had employee medical insurance 6 years, resigned, switching to resident scheme now, gap of 2 months", "",
		"scheme=resident payer=unit reason=left-job gap=2 paid=6 cont=6 prior=employee"},
	// Years worked told with the insurance that went with them are years
	// paid (audit round 21, R21-W3; retire21c.go).
	{"worked in Shenzhen 6 years with employee insurance, quit, now want resident insurance, 2 months gap", "",
		"scheme=resident payer=unit reason=left-job gap=2 region=guangdong paid=6 cont=6 prior=employee"},
	// Insured for years is years paid; not insured for months is a gap.
	{"I have had insurance for 10 years and now a 2 month gap", "", "gap=2 paid=10"},
	{"i havent had insurance for 6 months", "", "gap=6"},
	{"didnt have any insurance for 3 months", "", "gap=3"},
	// Either alone is no switch.
	{"职工医保断了 我想问居民医保怎么交", "", "scheme=resident"},
	{"辞职了 职工医保断了两个月", "", "scheme=employee payer=unit reason=left-job gap=2"},
	// A number corrected within the message: the corrected one, never
	// both (10 then 12 years used to read as a 144-month gap).
	{"在上海交了10年 其实是12年", "", "region=shanghai paid=12 local=12"},
	{"上海交了8年 不对 是9年 公司欠了两个月", "", "payer=unit reason=arrears status=normal implied=1 gap=2 region=shanghai paid=9"},
	{"公司欠了两个月 其实是三个月", "", "payer=unit reason=arrears status=normal implied=1 gap=3"},
	{"断了两个月 说错了 是三个月", "", "gap=3"},
	{"company missed 2 months, sorry, 3 months", "", "payer=unit reason=arrears status=normal implied=1 gap=3"},
	{"my employer skipped 4 months, actually 5", "", "payer=unit reason=arrears status=normal implied=1 gap=5"},
	// Not corrections: a denial, and a bare 是 that tells something else.
	{"断了两个月 不是三个月", "", "gap=2"},
	{"交了10年 是单位交的 断了两个月", "", "payer=unit reason=arrears status=normal implied=1 gap=2 paid=10"},
}

func TestReadings17d(t *testing.T) {
	for _, c := range readings17dCases {
		if got := render(Extract(c.text, testToday, fakeRegions{}, c.expecting)); got != c.want {
			t.Errorf("Extract(%q, %q) = %q, want %q", c.text, c.expecting, got, c.want)
		}
	}
}

// TestFixInline: the rewrite itself, and a correction that sets
// Correction so the new value replaces an earlier one.
func TestFixInline(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"在上海交了10年 其实是12年", "在上海交了12年"},
		{"断了两个月 不对 是三个月", "断了三个月"},
		{"断了两个月 其实是3", "断了3个月"},
		{"交了10年 是单位交的", "交了10年 是单位交的"},
		{"断了两个月 其实是三年", "断了两个月 其实是三年"},
		{"2 months, sorry, 3 months", "3 months"},
		{"10 years actually 12", "12 years"},
		{"2 months ago, actually", "2 months ago, actually"},
		{"交了10年医保 其实是12年", "交了12年医保"},
		{"paid 10 years in Shanghai, actually 12", "paid 12 years in Shanghai"},
		{"2 months unpaid, sorry, 3", "3 months unpaid"},
		{"断了3个月 哦不对 4个月", "断了4个月"},
		{"交了10年 不对 4个月", "交了10年 不对 4个月"},
		{"断了两个月 是三个月前的事", "断了两个月 是三个月前的事"},
	} {
		if got, _ := fixInline(c.in); got != c.want {
			t.Errorf("fixInline(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if a := Analyze("公司欠了两个月 其实是三个月", testToday, fakeRegions{}, ""); !a.Correction {
		t.Errorf("an inline correction is not a Correction")
	}
}

// TestMore17d: a birth booked names a treatment day; "no money" in
// Cantonese and Hokkien is an employer in hardship.
func TestMore17d(t *testing.T) {
	for _, c := range []struct{ text, treat string }{
		{"杭州公司欠了两个月医保 我12月20号预约了剖腹产 能报销吗", "2026-12-20"},
		{"下个月15号顺产 医保断了一个月", "2026-12-15"},
		{"my c-section is booked for December 20", "2026-12-20"},
		{"12月20号公司说补", ""},
	} {
		got := ""
		if d := Analyze(c.text, testToday, fakeRegions{}, "").Treatment; d != nil {
			got = d.String()
		}
		if got != c.treat {
			t.Errorf("%q: treatment %q, want %q", c.text, got, c.treat)
		}
	}
	for _, s := range []string{"阮头家讲公司无钱 医保欠三个月", "老细成日话冇钱 三个月冇帮我哋供医保", "公司喺深圳 老细话冇钱 欠咗三个月医保"} {
		if got := Analyze(s, testToday, fakeRegions{}, "").UnitStatus; got != "hardship" {
			t.Errorf("%q: unit status %q, want hardship", s, got)
		}
	}
}

// readings17dChild: a child's age told from the birth is no gap and no
// newborn; a birth weeks ago stays a newborn.
var readings17dChild = []extractCase{
	{"孩子出生三年了 一直没交医保 在杭州", "", "scheme=resident region=zhejiang newborn=false child=1"},
	{"宝宝生下来两年了还没上医保 深圳", "", "scheme=resident region=guangdong newborn=false child=1"},
	{"孩子出生了两年 还没上医保", "", "scheme=resident newborn=false child=1"},
	{"my kid was born 3 years ago and never had insurance", "", "scheme=resident newborn=false first=1 child=1"},
	{"孩子出生三年了 去年断了", "", "scheme=resident gap=12 newborn=false child=1"},
	{"宝宝出生二十天了", "", "scheme=resident newborn=true child=1"},
	{"宝宝出生2个月 断了1个月", "", "scheme=resident gap=1 newborn=true child=1"},
	// Months since the birth: a year or more is no newborn; from three
	// months the baby word alone does not make one (asked).
	{"孩子已经出生18个月了", "", "scheme=resident newborn=false child=1"},
	{"娃生下来半年了 还没办医保", "", "scheme=resident child=1"},
	{"baby born 6 months ago, no insurance yet", "", ""},
	{"baby born 1 month ago", "", "newborn=true"},
}

func TestReadings17dChild(t *testing.T) {
	for _, c := range readings17dChild {
		if got := render(Extract(c.text, testToday, fakeRegions{}, c.expecting)); got != c.want {
			t.Errorf("Extract(%q, %q) = %q, want %q", c.text, c.expecting, got, c.want)
		}
	}
}

// TestJobChange17d: a gap between two jobs in more words, in pinyin too;
// "I'm between jobs" is still someone without a new job.
func TestJobChange17d(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"两份工作中间空了一个月", "payer=unit reason=job-change gap=1 ret=working"},
		{"I was between jobs for 2 months", "payer=unit reason=job-change gap=2"},
		{"I'm between jobs, 2 months now", "payer=unit reason=left-job gap=2"},
		// A new job told after leaving, without naming a new employer.
		{"从广州辞职去深圳上班了 断了一个月", "payer=unit reason=job-change gap=1 region=guangdong ret=working"},
		{"辞咗工 喺深圳搵到新工 断咗一个月", "payer=unit reason=job-change gap=1 region=guangdong"},
		{"left my Guangzhou job, now working in Shenzhen, 1 month gap", "payer=unit reason=job-change gap=1 region=guangdong ret=working"},
		{"quit in guangzhou and got a job in shenzhen, one month without insurance", "payer=unit reason=job-change gap=1 region=guangdong"},
		{"I left my old job and found a new one after 2 months", "payer=unit reason=job-change gap=2"},
		// Negated, or no new job: still leaving.
		{"辞职了 现在没上班了 断了两个月", "payer=unit reason=left-job gap=2"},
		{"quit 3 months ago, havent found a job yet", "payer=unit reason=left-job gap=3"},
		{"I quit, have not found work, 2 months", "payer=unit reason=left-job gap=2"},
	} {
		if got := render(Extract(c.text, testToday, fakeRegions{}, "")); got != c.want {
			t.Errorf("Extract(%q) = %q, want %q", c.text, got, c.want)
		}
	}
	for _, c := range []struct{ text, want string }{
		{"tiaocao zhongjian duan le yi ge yue", "payer=unit reason=job-change gap=1"},
		{"tiaocao le, zhongjian yibao duan le yi ge yue, shenzhen", "payer=unit reason=job-change gap=1 region=guangdong"},
	} {
		hz, ok := Depinyin(c.text)
		if got := render(Extract(hz, testToday, fakeRegions{}, "")); !ok || got != c.want {
			t.Errorf("Depinyin(%q) = %q %v: %q, want %q", c.text, hz, ok, got, c.want)
		}
	}
}

// TestThroughWork17d: "the one through work" at the payer question is the
// employer paying; told first, only the scheme.
func TestThroughWork17d(t *testing.T) {
	if got := render(Extract("the one through work i think", testToday, fakeRegions{}, "payer")); got != "scheme=employee payer=unit" {
		t.Errorf("at the payer question: %q", got)
	}
	if got := render(Extract("the one through work i think", testToday, fakeRegions{}, "")); got != "scheme=employee" {
		t.Errorf("with nothing asked: %q", got)
	}
}

// TestScheme17d: "居民的" names the resident scheme; a scheme denied beside
// the other is not the one meant.
func TestScheme17d(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"头一回交医保 居民的 在老家湖南 什么时候能用", "scheme=resident first=1"},
		{"我是交居民的 断了一年", "scheme=resident gap=12"},
		{"不是居民医保 是职工医保", "scheme=employee"},
		{"不是职工医保，是城乡居民医保", "scheme=resident"},
		{"唔系职工医保 系居民医保", "scheme=resident"},
		{"职工医保断了 我想问居民医保怎么交", "scheme=resident"},
	} {
		if got := render(Extract(c.text, testToday, fakeRegions{}, "")); got != c.want {
			t.Errorf("Extract(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
