package understand

import (
	"testing"

	"bujiao/rules"
)

// TestSiftReadings: times people name around the gap (issue 17, und17).
// Each row compares every fact read (render), so a gap taken from the
// wrong number, a fact filled that nobody gave or a reading lost fails.
// The rows are wordings of each kind, not the held-out sentences alone.
var siftCases = []extractCase{
	// c. A time to retirement or an age is never a gap.
	{"还有两年退休 医保断了三个月 自己交的 杭州", "", "payer=individual gap=3 region=zhejiang ret=working"},
	{"离退休还有两年 断了4个月", "", "gap=4 ret=working"},
	{"再过一年就退休了 断缴5个月", "", "gap=5 ret=working"},
	{"两年后退休 断了半年", "", "gap=6 ret=working"},
	{"retiring in a year, my employer in Guangzhou missed 3 months of insurance but it's still running", "",
		"payer=unit reason=arrears status=normal gap=3 ret=working"},
	{"I retire in 2 years, missed 4 months", "", "gap=4 ret=working"},
	{"two years to retirement, 5 months unpaid", "", "gap=5 ret=working"},
	{"I am 58 years old and missed 3 months", "", "gap=3"},
	{"还有两年退休", "", "ret=working"},
	{"断了两年 退休了", "", "gap=24 ret=retired"},
	{"今年5个月没交", "", "gap=5"},
	{"从2020年3月开始正常交 最近断了两个月", "", "gap=2"},
	{"I've been paying since March 2020, missed the last 2 months", "", "gap=2"},
	{"missed 2 years, retired now", "", "gap=24 ret=retired"},
	// a. A value taken back inside one message.
	{"等一下 不是5个月 是3个月", "", "gap=3"},
	{"不是断了5个月，是3个月", "", "gap=3"},
	{"not 5 months, 3 months", "", "gap=3"},
	{"是不是断了5个月就不能补了", "", "gap=5"},
	// A rough count, then the exact one.
	{"在深圳自己交医保的 断了一年多了 十四个月吧", "", "payer=individual gap=14 region=guangdong"},
	{"断了一年多 大概15个月", "", "gap=15"},
	{"断了一年多", "", ""}, // asked, not guessed (vague_h10m.go)
	// d. The month paying resumed ends the gap; it is no gap's start.
	{"我今年一二月没交医保 三月份开始又交上了 杭州 灵活就业", "",
		"scheme=employee payer=individual since=2026-01 region=zhejiang ended=1 resumed=2026-03"},
	{"换工作的时候断了一个月 新公司八月份已经给交上了 北京", "",
		"payer=unit reason=job-change gap=1 region=national ended=1 resumed=2026-08"},
	{"断了两个月 六月开始恢复缴费了", "", "gap=2 ended=1 resumed=2026-06"},
	{"I had a 3-month gap last year but I've been paying normally since January. Shanghai, self-employed.", "",
		"scheme=employee payer=individual gap=3 region=shanghai ended=1 resumed=2026-01"},
	{"my company missed 2 months of insurance in spring but they've paid every month since June, Guangzhou", "",
		"payer=unit gap=2 ended=1 resumed=2026-06"},
	{"missed 2 months, resumed in May", "", "gap=2 ended=1 resumed=2026-05"},
	{"haven't paid since March", "", "since=2026-03"},
	{"medical insurance unpaid since July", "", "since=2026-07"},
	{"stopped paying since March", "", "since=2026-03"},
	{"三月开始没缴 后来续上了", "", "since=2026-03 ended=1"},
	// A treatment day is not a gap's start.
	{"I have surgery scheduled on December 10. my own medical insurance lapsed 5 months ago", "", "gap=5 treat=2026-12-10"},
	{"operation on the 3rd of January, missed 2 months", "", "gap=2 treat=2027-01-03"},
	{"下个月15号要做手术 断了三个月", "", "gap=3 treat=2026-12-15"},
	// g. A pasted bureau notice: its date is the stop day, not a gap.
	{"【上海市医疗保障局】您的医保已于2026年09月暂停享受待遇，原因为：缴费中断。如有疑问请拨打12393。", "", "region=shanghai"},
	{"您的医保待遇已于2026年10月暂停，请及时缴费", "", ""},
	{"【杭州医保】您的职工医保于2026年10月起暂停，请尽快缴费", "", "scheme=employee region=zhejiang"},
	{"2026年10月起暂停缴费了", "", "since=2026-10"},
	// A move's month is the gap only when nothing else is.
	{"我上个月从广州换到深圳上班了 中间有两个月新单位没给交上", "", "payer=unit reason=job-change gap=2 region=guangdong ret=working"},
	{"今年五六月份断了 七月开始补上了 自己交的 北京", "", "payer=individual since=2026-05 region=national ended=1 resumed=2026-07"},
	{"前年断过半年 后来一直正常交着 上海 职工", "", "scheme=employee gap=6 region=shanghai ended=1"},
	{"我医保一直正常交的 没断过 上海", "", "gap=0 region=shanghai"},
	// R5-M3: "一直在交/一直有交/一直交着" after a month is the month paying
	// resumed, as "一直正常交" is.
	{"前年断了2个月，去年3月起一直在交，浙江，灵活就业，现在看病能报吗", "", "scheme=employee payer=individual gap=2 region=zhejiang ended=1 resumed=2025-03"},
	{"前年断了2个月 去年3月起一直有交 浙江 自己交", "", "payer=individual gap=2 region=zhejiang ended=1 resumed=2025-03"},
	{"前年断了2个月 去年3月开始一直交着 浙江 自己交", "", "payer=individual gap=2 region=zhejiang ended=1 resumed=2025-03"},
	{"missed 2 months, I've kept paying since March", "", "gap=2 ended=1 resumed=2026-03"},
	// R6-M1: "又接着交了" and Cantonese "又有供返" restart paying too.
	{"浙江灵活就业，断了两个月，今年9月起又接着交了", "", "scheme=employee payer=individual gap=2 region=zhejiang ended=1 resumed=2026-09"},
	{"我喺浙江做灵活就业，医保断咗两个月，由今年6月开始又有供返，而家睇病报唔报到？", "", "scheme=employee payer=individual gap=2 region=zhejiang ended=1 resumed=2026-06"},
	{"missed 2 months in 2024, since then I've kept paying", "", "gap=2 ended=1"},
	// Paying since a month told before any gap is the record's start.
	{"从2020年3月起一直在交 最近断了两个月 浙江", "", "gap=2 region=zhejiang"},
	{"公司沒給我交醫保三個月了 台北來的 在深圳上班", "", "payer=unit reason=arrears status=normal implied=1 gap=3 region=guangdong ret=working origin=hmt"},
	{"Shenzhen, my employer hasn't paid for 5 months, company is fine", "", "payer=unit reason=arrears status=normal gap=5 region=guangdong"},
	{"从来没参加过居民医保 现在想参加 杭州的", "", "scheme=resident region=zhejiang first=1"},
	{"I've never had Chinese medical insurance at all, I'm self-employed in Shenzhen", "", "scheme=employee payer=individual region=guangdong first=1"},
	{"never had a gap in my insurance, Shanghai", "", "region=shanghai"},
	{"my company missed 2 months of insurance in spring", "", "payer=unit reason=arrears status=normal implied=1 gap=2"},
	{"杭州 自己交 从8月断到10月 11月又开始交了", "", "payer=individual since=2026-08 region=zhejiang ended=1 resumed=2026-11"},
	{"我在宁波 单位交的 上个月刚入职新公司 之前断了一个月", "", "payer=unit reason=job-change gap=1"},
	{"孩子三岁 居民医保今年没交 上海", "", "scheme=resident gap=12 region=shanghai newborn=false child=1"},
	{"宝宝刚出生 居民医保怎么交", "", "scheme=resident newborn=true child=1"},
	{"我女儿在杭州上大学 居民医保去年没交", "", "scheme=resident gap=12 region=zhejiang newborn=false student=1 child=1"}, // a resident year unpaid
	{"Ningbo, my company went bankrupt in September, they owe 3 months", "", "payer=unit reason=arrears status=bankrupt gap=3"},
	// The month of the bankruptcy is no first unpaid month (R17-M3): asked.
	{"my company went bankrupt in September", "", "payer=unit reason=arrears status=bankrupt"},
	{"my company went bankrupt in September", rules.FieldGap, "payer=unit reason=arrears status=bankrupt since=2026-09"},
	{"I'm an expat teacher in Shanghai, school stopped paying 3 months ago, school is fine", "",
		"payer=unit reason=arrears status=normal gap=3 region=shanghai origin=foreign"},
	{"had a gap of four months last year, all paid up now", "", "gap=4 ended=1"},
	{"单为欠交医包三个月了 广州", "", "payer=unit reason=arrears status=normal implied=1 gap=3 region=guangdong"},
	{"closed down last month", rules.FieldUnitStatus, "payer=unit reason=arrears status=closed"},
	// Month ranges: "一二月" from the first.
	{"一二月没交", "", "since=2026-01"},
	{"8、9月没交 10月开始又交了 北京 自己交", "", "payer=individual since=2026-08 region=national ended=1 resumed=2026-10"},
	{"【xx医保】尊敬的用户：您2026年10月的职工医保费未足额缴纳，请及时补缴", "", "scheme=employee"},
	{"您好 我2026年10月开始断缴的", "", "since=2026-10"},
	{"三四月份没交", "", "since=2026-03"},
	{"断了三四个月", "", "gap=4"},
}

func TestSiftReadings(t *testing.T) {
	cases := siftCases
	for _, c := range cases {
		if got := render(Extract(c.text, testToday, fakeRegions{}, c.expecting)); got != c.want {
			t.Errorf("Extract(%q, %q)\n got: %s\nwant: %s", c.text, c.expecting, got, c.want)
		}
	}
}

// TestReasonReadings: a new job with a gap is a job change, not arrears;
// a benefit drawn is the benefit; the scheme left in a switch.
var reasonCases = []extractCase{
	{"调到宁波上班了 新单位还没给交 断了两个月", "", "payer=unit reason=job-change gap=2 ret=working"},
	{"在广州换了个公司 中间断了一个月医保", "", "payer=unit reason=job-change gap=1 region=guangdong"},
	{"换了家公司 新公司还没给我交", "", "payer=unit reason=job-change"},
	{"changed employers, the new company hasn't paid yet, 2 months", "", "payer=unit reason=job-change gap=2"},
	{"got transferred to Hangzhou, 1 month without insurance", "", "payer=unit reason=job-change gap=1 region=zhejiang"},
	// Owing stays arrears, a new job or not.
	{"换了工作 新公司欠了我三个月医保", "", "payer=unit reason=arrears gap=3"},
	{"还在原单位 公司3个月没给缴", "", "payer=unit reason=arrears gap=3"},
	{"没换工作 公司没给我交医保", "", "payer=unit reason=arrears"},
	// e. Drawing unemployment benefit.
	{"laid off in September, getting unemployment benefit now in Hangzhou", "",
		"scheme=employee reason=unemployment-benefit region=zhejiang ret=working"},
	{"I'm on unemployment benefits", "", "scheme=employee reason=unemployment-benefit ret=working"},
	{"I don't get unemployment benefit", "", ""},
	// h. The scheme left in a switch (交 is written 缴 once normalised).
	{"原来是职工医保 辞职后想改交居民医保 断了两个月 杭州", "",
		"scheme=resident payer=unit reason=left-job gap=2 region=zhejiang prior=employee"},
	{"职工医保不交了 转交居民医保", "", "scheme=resident prior=employee"},
	// An employer closed for good is closed, not bankrupt.
	{"the factory shut down for good, they owe us 5 months", "", "payer=unit reason=arrears status=closed gap=5"},
	{"the factory shut down, they owe us 5 months", "", "payer=unit reason=arrears status=closed gap=5"},
}

func TestReasonReadings(t *testing.T) {
	cases := reasonCases
	for _, c := range cases {
		if got := render(Extract(c.text, testToday, fakeRegions{}, c.expecting)); got != c.want {
			t.Errorf("Extract(%q, %q)\n got: %s\nwant: %s", c.text, c.expecting, got, c.want)
		}
	}
}

// TestShortReplyReadings: the words people type back at the question on
// screen, and the same words without it (read as nothing, or as less).
var shortReplyCases = []extractCase{
	{"不是 七岁了", rules.FieldNewborn, "newborn=false no=1"},
	{"不是 老年人", rules.FieldNewborn, "newborn=false no=1"},
	{"3岁", rules.FieldNewborn, "newborn=false"},
	{"he is 7 years old", rules.FieldNewborn, "newborn=false"},
	{"是 刚生的", rules.FieldNewborn, "newborn=true yes=1"},
	{"不知道", rules.FieldNewborn, ""},
	{"是 广州到深圳", rules.FieldCrossCity, "region=guangdong yes=1"},
	{"没有 都在广州", rules.FieldCrossCity, "region=guangdong no=1"},
	{"no idea", rules.FieldCrossCity, ""},
	{"是不是都一样", rules.FieldCrossCity, ""},
	{"执笠咗 老板走咗佬", rules.FieldUnitStatus, "payer=unit reason=arrears status=absconded"},
	{"人去楼空了", rules.FieldUnitStatus, "payer=unit reason=arrears status=absconded"},
	{"照开", rules.FieldUnitStatus, "payer=unit reason=arrears status=normal"},
	{"公司照常开工", rules.FieldUnitStatus, "payer=unit reason=arrears status=normal"},
	{"open", rules.FieldUnitStatus, "status=normal"},
	{"still open", rules.FieldUnitStatus, "payer=unit reason=arrears status=normal"},
	{"Shenzhen company owes me 3 months, still open", "", "payer=unit reason=arrears status=normal gap=3 region=guangdong"},
	{"我明年就退休了 公司欠了两个月医保 广州 公司正常", "", "payer=unit reason=arrears status=normal gap=2 region=guangdong ret=working"},
	{"I'm 57 and will retire in 3 years; my own insurance lapsed 2 months ago", "", "gap=2 ret=working"},
	{"照开", "", ""},
	{"仲开紧", rules.FieldUnitStatus, "payer=unit reason=arrears status=normal"}, // as "still open"
	{"执咗笠", rules.FieldUnitStatus, "payer=unit reason=arrears status=closed"},
	{"自家交", rules.FieldPayer, "payer=individual"},
	{"school", rules.FieldPayer, "payer=unit"},
	{"欠费", rules.FieldReason, "reason=arrears"},
	{"公司欠住冇交", rules.FieldReason, "payer=unit reason=arrears"},
	{"欠费", "", ""},
	{"到年龄了还没办手续", rules.FieldRetirement, "ret=at-age"},
	{"还没到年龄", rules.FieldRetirement, "ret=working"},
	{"retirement age reached, only 12 years of medical insurance paid in Beijing", "", "region=national ret=at-age paid=12 local=12"},
	{"没断过，只是问问", rules.FieldReason, "gap=0"},
	{"没断过", rules.FieldGap, "gap=0"},
	{"Shanghai, I pay my own insurance, 4 months missed", "", "payer=individual gap=4 region=shanghai"},
	{"company in Beijing went bankrupt owing 2 months of insurance", "", "payer=unit reason=arrears status=bankrupt gap=2 region=national"},
}

func TestShortReplyReadings(t *testing.T) {
	cases := shortReplyCases
	for _, c := range cases {
		if got := render(Extract(c.text, testToday, fakeRegions{}, c.expecting)); got != c.want {
			t.Errorf("Extract(%q, %q)\n got: %s\nwant: %s", c.text, c.expecting, got, c.want)
		}
	}
}

// TestPinyinMore: counts, yes/no and status words typed in pinyin.
func TestPinyinMore(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"san ge yue", "三个月"},
		{"liang ge yue", "两个月"},
		{"yi nian ban", "一年半"},
		{"shi ge yue", "十个月"},
		{"zhengchang", "正常"},
		{"bu shi", "不是"},
		{"zi ji jiao", "自己缴"},
		{"wo zai hangzhou zi ji jiao yi bao duan le san ge yue", "我在杭州自己缴医保断了三个月"},
	} {
		if got, ok := Depinyin(c.in); !ok || got != c.want {
			t.Errorf("Depinyin(%q) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
	for _, c := range []struct{ in, want string }{{"shi", "yes=1"}, {"bushi", "no=1"}, {"hello there", ""}} {
		if got := render(Extract(c.in, testToday, nil, rules.FieldCrossCity)); got != c.want {
			t.Errorf("Extract(%q) = %s; want %s", c.in, got, c.want)
		}
	}
}

// TestTraditionalPlaces: a Taiwan resident writing in traditional
// characters is read as one (the identity is no place), and 灣/臺 fold.
func TestTraditionalPlaces(t *testing.T) {
	a := Analyze("我是台灣人 在上海工作 自己繳的醫保斷了三個月", testToday, fakeRegions{}, "")
	if got := render(a.Extracted); got != "payer=individual gap=3 region=shanghai origin=hmt" {
		t.Errorf("got %s", got)
	}
	if s, _ := normalize("臺灣 寧波 溫州"); s != "台湾 宁波 温州" && s != "台湾宁波温州" {
		t.Errorf("normalize = %q", s)
	}
}

// TestCorrectionWords: words that take back an earlier answer mark the
// message as a correction, so the new value replaces the old unasked.
func TestCorrectionWords(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"no wait, it's Shanghai", true}, {"打错了 是宁波", true}, {"oops, 4 months", true},
		{"wait for the answer", false}, {"Shanghai", false},
	} {
		if got := Analyze(c.text, testToday, fakeRegions{}, "").Correction; got != c.want {
			t.Errorf("Analyze(%q).Correction = %v, want %v", c.text, got, c.want)
		}
	}
}
