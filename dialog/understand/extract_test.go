package understand

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"bujiao/rules"
)

var testToday = rules.Date{Year: 2026, Month: 11, Day: 25}

// fakeRegions stands in for knowledge.Base.
type fakeRegions struct{}

var fakeAliases = [][2]string{
	{"上海", "shanghai"}, {"沪", "shanghai"}, {"shanghai", "shanghai"},
	{"杭州", "zhejiang"}, {"浙江", "zhejiang"}, {"hangzhou", "zhejiang"},
	{"北京", "national"}, {"beijing", "national"},
	{"深圳", "guangdong"}, {"广州", "guangdong"}, {"广东", "guangdong"}, {"shenzhen", "guangdong"},
}

func (fakeRegions) MatchRegion(text string) (string, bool) {
	best, at := "", -1
	for _, a := range fakeAliases {
		if i := strings.Index(text, a[0]); i >= 0 && (at < 0 || i < at) {
			best, at = a[1], i
		}
	}
	return best, at >= 0
}

// render prints every field of e that is set, in a fixed order, so a table
// row compares the whole Extracted: a spurious fact fails the test.
func render(e Extracted) string {
	var b []string
	add := func(k, v string) {
		if v != "" {
			b = append(b, k+"="+v)
		}
	}
	add("scheme", string(e.Scheme))
	add("payer", string(e.Payer))
	add("reason", string(e.Reason))
	add("status", string(e.UnitStatus))
	if e.UnitImplied {
		add("implied", "1")
	}
	if e.Gap != nil {
		if e.Gap.Since != nil {
			add("since", e.Gap.Since.String())
		} else {
			add("gap", fmt.Sprint(e.Gap.Months))
		}
	}
	add("region", e.Region)
	add("ret", string(e.Retirement))
	if e.YearsPaid != nil {
		add("paid", e.YearsPaid.String())
	}
	if e.LocalYearsPaid != nil {
		add("local", e.LocalYearsPaid.String())
	}
	if e.ContinuousYears != nil {
		add("cont", fmt.Sprint(*e.ContinuousYears))
	}
	add("prior", string(e.PriorScheme))
	add("sex", string(e.Sex))
	if e.Newborn != nil {
		add("newborn", fmt.Sprint(*e.Newborn))
	}
	if e.InWindow != nil {
		add("window", fmt.Sprint(*e.InWindow))
	}
	if e.RepayYears != nil {
		add("repay", fmt.Sprint(*e.RepayYears))
	}
	if e.Yes {
		add("yes", "1")
	}
	if e.No {
		add("no", "1")
	}
	if e.GapTooLong {
		add("gap", "too long")
	}
	if e.GapConflict {
		add("gap", "conflict")
	}
	if e.Number != nil {
		add("num", e.Number.String())
	}
	if e.GapEnded {
		add("ended", "1")
	}
	if e.Resumed != nil {
		add("resumed", e.Resumed.String())
	}
	if e.BenefitEnded != nil {
		add("benefit-ended", e.BenefitEnded.String())
	} else if e.BenefitEndedSaid {
		add("benefit-ended", "?")
	}
	if e.ArrearsBeforeLeaving != nil {
		add("before-leaving", fmt.Sprint(*e.ArrearsBeforeLeaving))
	}
	if e.ArrearsPaid != nil {
		add("arrears-paid", e.ArrearsPaid.String())
	} else if e.ArrearsPaidSaid {
		add("arrears-paid", "?")
	}
	if e.PaidBack != nil {
		add("paid-back", e.PaidBack.String())
	} else if e.PaidBackSaid {
		add("paid-back", "?")
	}
	if e.TreatmentUntil != nil {
		add("treat_until", e.TreatmentUntil.String())
	}
	if e.Treatment != nil {
		add("treat", e.Treatment.String())
	}
	add("origin", e.Origin)
	if e.FirstEnrolment {
		add("first", "1")
	}
	add("subsidy", string(e.Subsidised))
	if e.Student {
		add("student", "1")
	}
	if e.Child {
		add("child", "1")
	}
	if e.SameCity {
		add("same_city", "1")
	}
	if e.GapBeganHere {
		add("gap_began_here", "1")
	}
	if e.AllLocal {
		add("all_local", "1")
	}
	if e.PayPlanned != nil {
		add("pay_date", e.PayPlanned.String())
	}
	if e.RegMonth != nil {
		add("reg_month", e.RegMonth.String())
	}
	return strings.Join(b, " ")
}

// TestRenderCoversExtracted fails when a field is added to Extracted without
// being added to render (and so to the comparisons below).
// SinceLeaving is a marker on a gap already rendered, not a fact of its
// own: TestSinceLeavingMarked checks it. StillWorking marks a working
// status too (TestRetireSoon25c checks it).
func TestRenderCoversExtracted(t *testing.T) {
	if n := reflect.TypeFor[Extracted]().NumField(); n != 44 {
		t.Fatalf("Extracted has %d fields; update render and this test", n)
	}
}

type extractCase struct {
	text      string
	expecting rules.Field
	want      string
}

var extractCases = []extractCase{
	// Residents' own answers (issue 12): retirement, unit status, window,
	// dialect, "no new job", adults, "现在是12月", unemployment benefit.
	{"没退休", rules.FieldRetirement, "ret=working"},
	{"not retired yet", rules.FieldRetirement, "ret=working"},
	{"还在正常开", rules.FieldUnitStatus, "payer=unit reason=arrears status=normal"},
	{"困难 交不起", rules.FieldUnitStatus, "payer=unit reason=arrears status=hardship"},
	{"normal i think", rules.FieldUnitStatus, "payer=unit reason=arrears status=normal"},
	{"不在 过了", rules.FieldInWindow, "window=false no=1"},
	{"俺是自个儿交的", "", "payer=individual"},
	{"Quit my job in June, no new job yet", "", "payer=unit reason=left-job since=2026-06"},
	{"我妈 居民医保", "", "scheme=resident newborn=false"},
	{"现在是12月 应该是吧", rules.FieldInWindow, ""},
	{"领失业金3个月了", "", "scheme=employee reason=unemployment-benefit ret=working"}, // no gap: the fund pays
	{"I'm working in Shanghai for 3 years, my company did not pay since September", "",
		"payer=unit reason=arrears status=normal implied=1 since=2026-09 region=shanghai ret=working"},
	// Chinese: several facts at once.
	{"上海灵活就业断缴8个月", "", "scheme=employee payer=individual gap=8 region=shanghai"},
	{"沪上灵活就业，断了三个月", "", "scheme=employee payer=individual gap=3 region=shanghai"},
	{"Shanghai 灵活就业 8个月", "", "scheme=employee payer=individual gap=8 region=shanghai"},
	{"杭州职工医保断交半年", "", "scheme=employee gap=6 region=zhejiang"},
	// "一年多" is 12 to 23 months: asked, not guessed (vague_h10m.go).
	{"我是个体户，断缴一年多了", "", "scheme=employee payer=individual"},
	{"自由职业者，社保断了4个月", "", "payer=individual gap=4"},
	{"城乡居民医保断缴两年了", "", "scheme=resident gap=24"},
	{"企业职工医保", "", "scheme=employee"},
	// Durations.
	{"８ 个 月", "", "gap=8 num=8"},
	{"八个月", "", "gap=8 num=8"},
	{"十二个月", "", "gap=12 num=12"},
	{"一年半", "", "gap=18 num=1.5"},
	{"两年零三个月", "", "gap=27"},
	{"2年3个月", "", "gap=27"},
	{"半年", "", "gap=6 num=0.5"},
	{"1.5年", "", "gap=18 num=1.5"},
	{"大概8个月左右", rules.FieldGap, "gap=8 num=8"},
	{"断缴8月", "", "gap=8"},
	// Since.
	{"2025年3月起", "", "since=2025-03"},
	{"2025.3开始", "", "since=2025-03"},
	{"25年3月", "", "since=2025-03"},
	{"去年3月", "", "since=2025-03"},
	{"今年1月", "", "since=2026-01"},
	{"从3月开始没交", "", "since=2026-03"},
	{"3月份以后", "", "since=2026-03"},
	{"今年12月", "", ""}, // after today's month: dropped
	{"公司从去年3月开始就没给我交医保了", "", "payer=unit reason=arrears status=normal implied=1 since=2025-03"},
	{"1968年5月出生", "", ""},
	// Years paid, repay years.
	{"缴了22年", "", "paid=22"},
	{"交满15年", "", "paid=15"},
	{"缴费年限20年", "", "paid=20"},
	{"累计缴费18年", "", "paid=18"},
	{"我58岁，男，缴了22年", "", "paid=22 sex=male"},
	{"我工作了10年，缴费年限还差3年", "", ""},
	{"补缴1年", "", "repay=1"},
	{"补两年", "", "repay=2"},
	{"补缴三年", "", "repay=3"},
	// Reasons and unit statuses.
	{"公司欠费半年了", "", "payer=unit reason=arrears status=normal implied=1 gap=6"},
	{"换了新公司，中间断交了2个月😭", "", "payer=unit reason=job-change gap=2"},
	{"被裁了两个月了", "", "payer=unit reason=left-job gap=2"},
	{"离职后到新单位上班，断了1个月", "", "payer=unit reason=job-change gap=1 ret=working"},
	{"公司资金紧张，分期补缴", "", "payer=unit reason=arrears status=hardship"},
	{"单位被收购了", "", "payer=unit reason=arrears status=merged"},
	{"公司拆分了", "", "payer=unit reason=arrears status=divided"},
	{"企业拍卖了", "", "payer=unit reason=arrears status=auctioned"},
	{"老板跑路了", "", "payer=unit reason=arrears status=absconded"},
	// Closed or gone is not bankrupt: only bankruptcy words are.
	{"厂子黄了", "", "payer=unit reason=arrears status=closed"},
	{"公司没了 注销了好像", "", "payer=unit reason=arrears status=closed"},
	{"工廠關門了", "", "payer=unit reason=arrears status=closed"},
	{"泉州头家走去了", "", "payer=unit reason=arrears status=absconded"},
	{"the company folded", "", "payer=unit reason=arrears status=closed"},
	{"the company went under", "", "payer=unit reason=arrears status=closed"},
	{"公司破产清算了", "", "payer=unit reason=arrears status=bankrupt"},
	{"the company went bankrupt", "", "payer=unit reason=arrears status=bankrupt"},
	{"公司解散了 欠了两个月医保", "", "payer=unit reason=arrears status=closed gap=2"},
	{"老板卷钱跑了", "", "payer=unit reason=arrears status=absconded"},
	{"my boss fled and the company owes 3 months", "", "payer=unit reason=arrears status=absconded gap=3"},
	{"成都 三个月莫得交医保", "", "gap=3"},
	// Dialect words read as their Mandarin (Cantonese 咗/喺, Shanghainese
	// 号头, Hokkien 佇/家己/毋捌), and short replies at a question.
	{"喺广州交咗十八年医保", "", "region=guangdong paid=18 local=18"},
	{"一个号头", rules.FieldGap, "gap=1"},
	{"两个号头没交了", "", "gap=2"},
	{"阮囝医保毋捌买过", "", "scheme=resident first=1 child=1"},
	{"我从来都冇买过医保", "", "first=1"},
	{"我老婆今年够钟退休", "", "ret=at-age"},
	{"我已经退休了 拿退休工资个 医保还要交伐", "", "ret=retired"},
	{"转工", rules.FieldReason, "payer=unit reason=job-change"},
	{"没断", rules.FieldReason, "gap=0"},
	{"无", rules.FieldRetirement, "ret=working no=1"},
	{"no", rules.FieldRetirement, "ret=working no=1"},
	{"不補", rules.FieldRepayYears, "repay=0"},
	{"none", rules.FieldRepayYears, "repay=0 no=1"},
	// An apology opening a correction is no answer to a yes/no question;
	// a place taken back inside an English message.
	{"不好意思 是两个月 八月跟九月", rules.FieldCrossCity, "gap=2"},
	{"I pay my own insurance in Beijing, sorry I mean Hangzhou, missed 2 months", "", "payer=individual gap=2 region=zhejiang"},
	{"in Shanghai, actually Hangzhou", "", "region=zhejiang"},
	{"户口在老家河南 人在杭州", "", "region=zhejiang"},
	// Months then the verb that leaves them unpaid, after a paying verb.
	{"自己交医保 四个月没交", "", "payer=individual gap=4"},
	// Never registered with 帮 or 登记; never enrolled in English; 未 and
	// "not yet" at the retirement question; the cover "working" is no job.
	{"入职半年了 公司压根没帮我办社保 上海", "", "payer=unit reason=not-registered gap=6 region=shanghai"},
	{"没给办登记", rules.FieldReason, "payer=unit reason=not-registered"},
	{"first time signing up for resident medical insurance, I live in Chengdu, when does it start working", "", "scheme=resident first=1"},
	{"未", rules.FieldRetirement, "ret=working no=1"},
	{"not yet", rules.FieldRetirement, "ret=working no=1"},
	// A planned stay in Chinese numerals, next year's; a past gap before a
	// stay to come; a Hokkien child of three is no newborn.
	{"明年一月五号住院生孩子 居民医保今年才交上 之前断了一年", "", "scheme=resident gap=12 treat=2027-01-05 child=1"},
	{"十二月三号手术", "", "treat=2026-12-03"},
	{"上个月忘交了 后天去医院看病", "", "since=2026-10 treat=2026-11-27"},
	{"之前住院 现在断了三个月", "", "gap=3"},
	{"阮囝今年三岁 居民医保毋捌买过", "", "scheme=resident newborn=false first=1 child=1"},
	// A gap that ended, a job left at a month end, English months listed.
	{"公司5月没给交医保 7月起又正常交了", "", "payer=unit reason=arrears status=normal since=2026-05 ended=1 resumed=2026-07"},
	{"七月底辞职了 医保没交了", "", "payer=unit reason=left-job since=2026-08"},
	{"I missed March and April, but I have been paying again since May.", "", "since=2026-03 ended=1 resumed=2026-05"},
	{"I missed two months, March and April, but I have been paying again since May", "", "since=2026-03 ended=1 resumed=2026-05"},
	{"阮佇厦门家己交医保 四个月无交", "", "payer=individual gap=4"},
	{"我没钱补缴", "", ""},
	// Retirement, sex.
	{"快退休了，缴了14年6个月，女", "", "ret=at-age paid=14.5 sex=female"},
	{"已经退休了，在深圳", "", "region=guangdong ret=retired"},
	{"到退休年龄了，缴费满十五年，男", "", "ret=at-age paid=15 sex=male"},
	{"我是女的", "", "sex=female"},
	// Resident scheme.
	{"不在集中参保期", "", "window=false"},
	{"现在是集中参保期", "", "window=true"},
	{"我女儿刚出生", "", "scheme=resident newborn=true child=1"},
	{"不是新生儿", "", "newborn=false"},
	{"新农合断了两年", rules.FieldBrokenYears, "scheme=resident num=2"},
	// Nothing to find.
	{"医报断缴有什么影响？", "", ""},
	{"你好", "", ""},
	{"谢谢！", "", ""},
	{"？？？", "", ""},
	// English.
	{"my company went bankrupt and stopped paying in March", "", "payer=unit reason=arrears status=bankrupt since=2026-03"},
	{"1.5 years", "", "gap=18 num=1.5"},
	{"18 months", "", "gap=18 num=18"},
	{"a year and a half", "", "gap=18 num=1.5"},
	{"two years", "", "gap=24 num=2"},
	{"3 mos", "", "gap=3 num=3"},
	{"3 mounths", "", "gap=3 num=3"},
	{"since March", "", "since=2026-03"},
	{"from march 2025", "", "since=2025-03"},
	{"since 2025-03", "", "since=2025-03"},
	{"paid 22 years", "", "paid=22"},
	{"22 years of contributions", "", "paid=22"},
	{"I've paid in for twenty-two years", "", "paid=22"},
	{"back-pay two years", "", "repay=2"},
	{"repay 1 year", "", "repay=1"},
	{"I was laid off, 3 monthes ago", "", "payer=unit reason=left-job gap=3"},
	// Years paid next to "retired" are checked (SIL art. 27): at retirement age.
	{"retired, male, paid 25 yaers", "", "ret=at-age paid=25 sex=male"},
	{"my employer owes 2 years of contributions", "", "payer=unit reason=arrears status=normal implied=1 gap=24"},
	{"I'm a freelancer in Shenzhen, haven't paid for 2 years", "", "payer=individual gap=24 region=guangdong"},
	{"I'm self-employed and missed 6 months", "", "scheme=employee payer=individual gap=6"},
	{"my boss hasn't paid my insurance for half a year", "", "payer=unit reason=arrears status=normal implied=1 gap=6"},
	{"the company was sold off at auction", "", "payer=unit reason=arrears status=auctioned"},
	{"our firm was split into two", "", "payer=unit reason=arrears status=divided"},
	{"I changed jobs and moved to Hangzhou", "", "payer=unit reason=job-change region=zhejiang"},
	{"I reached retirement age and have 14.5 years of contributions", "", "ret=at-age paid=14.5"},
	{"I'm not retired, still working", "", "ret=working"},
	{"not in the enrollment window", "", "window=false"},
	{"the enrolment window has closed", "", "window=false"},
	{"yes, my baby was just born", "", "scheme=resident newborn=true yes=1 child=1"},
	{"hello", "", ""},
	{"I may pay later", "", ""},
	{"I'm 55 years old", "", ""},
	// Plain yes / no, noise.
	{"ｙｅｓ！！", "", "yes=1"},
	{"好的👍", "", "yes=1"},
	{"不是，我是单位交的", "", "payer=unit no=1"},
	{"no, my company pays", "", "payer=unit no=1"},
	{"\xff\xfe断缴3个月\xc3", "", "gap=3"},
	{"嗯嗯好的", "", "yes=1"},
	{"是不是", "", ""},
	{"no no", "", "no=1"},
	{"美女你好", "", ""},
	{"男女退休年龄一样吗", "", ""},
	{"断缴十几个月", "", ""},
	{"我老公的公司没给他交社保", "", "payer=unit reason=arrears"},
	{"我是男的，今年60岁，缴费年限23年，在广州", "", "region=guangdong paid=23 sex=male"},
	{"Company stopped paying. 8 months.", "", "payer=unit reason=arrears status=normal implied=1 gap=8"},
	{"Since Jan 2024 no contributions", "", "since=2024-01"},
	{"我2020年开始缴的，缴了5年", "", "paid=5"},
	{"公司3月份就不交了", "", "payer=unit reason=arrears status=normal implied=1 since=2026-03"},
	// Replies read through the question asked.
	{"8", rules.FieldGap, "gap=8 num=8"},
	{"8", rules.FieldYearsPaid, "paid=8 num=8"},
	{"8", "", "num=8"},
	{"八", rules.FieldRepayYears, "repay=8 num=8"},
	{"十二", "", "num=12"},
	{"14.5", rules.FieldYearsPaid, "paid=14.5 num=14.5"},
	{"15年", "", "gap=180 num=15"},
	{"15年", rules.FieldYearsPaid, "paid=15 num=15"},
	{"3", rules.FieldBrokenYears, "num=3"},
	{"三年", rules.FieldBrokenYears, "num=3"},
	{"是", rules.FieldNewborn, "newborn=true yes=1"},
	{"no", rules.FieldNewborn, "newborn=false no=1"},
	{"不是", rules.FieldInWindow, "window=false no=1"},
	{"在", rules.FieldInWindow, "window=true"},
	{"男", rules.FieldSex, "sex=male"},
	{"F", rules.FieldSex, "sex=female"},
	{"居民", rules.FieldScheme, "scheme=resident"},
	{"居民", "", ""},
	{"自己", rules.FieldPayer, "payer=individual"},
	{"正常", rules.FieldUnitStatus, "payer=unit reason=arrears status=normal"},
	{"22年，女", rules.FieldYearsPaid, "paid=22 sex=female"},
	{"断缴3年", rules.FieldYearsPaid, "gap=36"},
	{"是的，在集中参保期内", rules.FieldInWindow, "window=true yes=1"},
	{"半年", rules.FieldRepayYears, "gap=6 num=0.5"},
	// Longer messages.
	{"我今年刚满60，交了十五年零六个月", "", "paid=15.5"},
	{"一直在上海交的职工医保，去年12月离职了", "", "scheme=employee payer=unit reason=left-job since=2025-12 region=shanghai"},
	{"我在深圳上班，公司从2024年10月就开始欠缴", "", "payer=unit reason=arrears status=normal implied=1 since=2024-10 region=guangdong ret=working"},
	{"宝宝10月出生的还没上医保", "", "scheme=resident newborn=true child=1"},
	{"I have paid for 15 years and I'm 60, male, about to retire", "", "ret=at-age paid=15 sex=male"},
}

func TestExtract(t *testing.T) {
	for _, c := range extractCases {
		got := render(Extract(c.text, testToday, fakeRegions{}, c.expecting))
		if got != c.want {
			t.Errorf("Extract(%q, %q)\n got: %s\nwant: %s", c.text, c.expecting, got, c.want)
		}
	}
}

func TestExtractEmpty(t *testing.T) {
	for _, c := range extractCases {
		e := Extract(c.text, testToday, fakeRegions{}, c.expecting)
		if e.Empty() != (c.want == "") {
			t.Errorf("Extract(%q).Empty() = %v, render %q", c.text, e.Empty(), render(e))
		}
	}
	if !(Extracted{}).Empty() {
		t.Error("zero Extracted is not Empty")
	}
}

func TestExtractNilRegions(t *testing.T) {
	e := Extract("上海灵活就业断缴8个月", testToday, nil, "")
	if got, want := render(e), "scheme=employee payer=individual gap=8"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

type durationCase struct {
	text string
	want string // months, "since YYYY-MM", or "" for no duration
}

var durationCases = []durationCase{
	{"八个月", "8"},
	{"8 个 月", "8"},
	{"十二个月", "12"},
	{"一百个月", "100"},
	{"一年半", "18"},
	{"两年零三个月", "27"},
	{"2年3个月", "27"},
	{"半年", "6"},
	{"1.5年", "18"},
	{"十年", "120"},
	{"九十九年", "too long"},
	{"五十年", "600"},
	{"五十年零一个月", "too long"},
	{"1950年1月", "too long"},
	{"1976年11月", "since 1976-11"},
	{"1976年10月", "too long"},
	{"俩月", "2"},
	{"1.5 years", "18"},
	{"18 months", "18"},
	{"a year and a half", "18"},
	{"1 and a half years", "18"},
	{"half a year", "6"},
	{"two years", "24"},
	{"2 years and 3 months", "27"},
	{"twenty-two months", "22"},
	{"3 mos", "3"},
	{"3 monthes", "3"},
	{"6 yaers", "72"},
	{"since March", "since 2026-03"},
	{"since December", "since 2025-12"},
	{"since November", "since 2026-11"},
	{"from march 2025", "since 2025-03"},
	{"march of last year", "since 2025-03"},
	{"since 2025-03", "since 2025-03"},
	{"03/2025", "since 2025-03"},
	{"2025年3月起", "since 2025-03"},
	{"2025.3开始", "since 2025-03"},
	{"二零二五年三月", "since 2025-03"},
	{"25年3月", "since 2025-03"},
	{"去年3月", "since 2025-03"},
	{"今年1月", "since 2026-01"},
	{"从3月开始没交", "since 2026-03"},
	{"3月份以后", "since 2026-03"},
	{"上个月", "since 2026-10"},
	{"last month", "since 2026-10"},
	{"last month's premium", "since 2026-10"},
	{"this month's medical insurance", "since 2026-11"},
	{"the last months", ""},
	{"今年12月", ""},
	{"2027年1月", ""},
	{"since 2027-01", ""},
	{"101年", "too long"},
	{"1000年", ""},
	{"8", ""},
	{"", ""},
	{"hello", ""},
	{"58岁", ""},
	{"13月", ""},
}

func TestParseDuration(t *testing.T) {
	for _, c := range durationCases {
		d, err := ParseDuration(c.text, testToday)
		got := ""
		switch {
		case errors.Is(err, ErrGapTooLong):
			got = "too long"
		case err != nil:
		case d.Since != nil:
			got = "since " + d.Since.String()
		default:
			got = fmt.Sprint(d.Months)
		}
		if got != c.want {
			t.Errorf("ParseDuration(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

var questionCases = []struct {
	text string
	want bool
}{
	{"新生儿怎么参保？", true},
	{"医保断缴有什么影响？", true},
	{"断缴了会怎么样", true},
	{"灵活就业怎么补缴？", true},
	{"补缴需要多少钱", true},
	{"去哪里办理", true},
	{"为什么要补缴", true},
	{"可以分期吗？", true},
	{"断缴会影响报销吗", true},
	{"异地可以补缴吗", true},
	{"What happens if my company doesn't pay?", true},
	{"how do I pay as a freelancer in Shanghai?", true},
	{"can I pay in instalments?", true},
	{"is it possible to back-pay?", true},
	{"where do I apply", true},
	{"上海灵活就业断缴8个月，怎么办？", false},
	{"my company went bankrupt and stopped paying in March, what should I do?", false},
	{"断缴8个月", false},
	{"是", false},
	{"不是", false},
	{"8", false},
	{"你好", false},
	{"怎么办", false},
	{"已经退休了", false},
	{"公司倒闭了", false},
	{"断缴十几个月", false},
	{"When I left my job, the company stopped paying", false},
	{"男女退休年龄一样吗", true},
	{"", false},
}

func TestLooksLikeQuestion(t *testing.T) {
	for _, c := range questionCases {
		if got := LooksLikeQuestion(c.text, testToday); got != c.want {
			t.Errorf("LooksLikeQuestion(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestNormalize(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"８ 个 月", "8个月"},
		{"  Shanghai   灵活就业  ", "shanghai灵活就业"},
		{"didn't pay!!", "didnt pay"},
		{"self-employed", "self employed"},
		{"2025-03, 1.5年。", "2025-03,1.5年"},
		{"断交😭医报", "断缴医保"},
		{"ＹＥＳ", "yes"},
	} {
		if got, _ := normalize(c.in); got != c.want {
			t.Errorf("normalize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

var benchMessages = []string{
	"上海灵活就业断缴8个月，怎么办？",
	"my company went bankrupt and stopped paying in March",
	"快退休了，缴了14年6个月，女",
	"I'm a freelancer in Shenzhen, haven't paid for 2 years",
	"8",
}

func BenchmarkExtract(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		Extract(benchMessages[i%len(benchMessages)], testToday, fakeRegions{}, rules.FieldGap)
	}
}

func BenchmarkLooksLikeQuestion(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		LooksLikeQuestion(benchMessages[i%len(benchMessages)], testToday)
	}
}
