package understand

import (
	"fmt"
	"strings"
	"testing"

	"bujiao/rules"
)

// heldout9 readings (firstscheme17f.go): never insured, and the scheme
// named in the question is the one joined.
func TestReadings17fFirst(t *testing.T) {
	for _, c := range []struct {
		in     string
		first  bool
		scheme rules.Scheme
	}{
		{"上海 我妈六十多了一直没参过医保 现在能给她办居民医保吗", true, rules.SchemeResident},
		{"我今年大学毕业自己开了个小工作室之前从来没交过医保现在想自己交职工医保第一次要怎么弄", true, rules.SchemeEmployee},
		{"佢可唔可以喺深圳买居民医保㗎 之前从来冇买过", true, rules.SchemeResident},
		{"我是台胞 从来没在大陆参过医保 想参加居民医保", true, rules.SchemeResident},
		{"Taiwanese in Shanghai, never enrolled in any mainland medical insurance, can I join the resident scheme?", true, rules.SchemeResident},
		// Not never insured: a gap, or a question.
		{"医保断了三个月 能补交居民医保吗", false, ""},
		{"是不是从来没参过医保的人也能办居民医保", false, ""},
		{"医保五个月从来没缴过 能补吗", false, ""},
		{"上班一年多了 公司从来没给我上过社保", false, ""},
	} {
		a := Analyze(c.in, testToday, nil, "")
		if a.Stated.FirstEnrolment != c.first || a.Stated.Scheme != c.scheme {
			t.Errorf("%s: first=%v scheme=%q, want %v %q", c.in, a.Stated.FirstEnrolment, a.Stated.Scheme, c.first, c.scheme)
		}
	}
}

// At retirement age in more words (retire17f.go); never a time still to go.
func TestReadings17fAtAge(t *testing.T) {
	for _, c := range []struct {
		in   string
		want rules.Retirement
	}{
		{"深圳 女 55岁退休 医保累计二十六年 深圳本地十二年", rules.RetirementAtAge},
		{"北京 女 到退休岁数了 医保交了十九年 听说女的要二十年", rules.RetirementAtAge},
		{"我爸到岁数了 交了十三年", rules.RetirementAtAge},
		{"retiring in Guangzhou, woman, 27 years of employee medical insurance", rules.RetirementAtAge},
		// Not at the age.
		{"还有两年退休 交了18年", ""},
		{"今年58 离60岁退休还有两年", ""},
		{"retiring in 2 years, paid 20 years", ""},
		{"not retiring yet, paid 20 years", ""},
		{"医保交满15年才能退休吗", ""},
		{"交满60个月", ""},
	} {
		got := Analyze(c.in, testToday, nil, "").Extracted.Retirement
		if got != c.want && (c.want != "" || got == rules.RetirementAtAge) {
			t.Errorf("%s: retirement %q, want %q", c.in, got, c.want)
		}
	}
}

// Employer gone, each word family to its own value (unitgone17f.go).
func TestReadings17fUnitGone(t *testing.T) {
	for _, c := range []struct {
		in   string
		want rules.UnitStatus
		hint bool
	}{
		{"广州番禺的厂子破厂了 欠我们社宝半年", rules.UnitBankrupt, true},
		{"上海那家公司人间蒸发了 办公室搬空 群也解散 医保欠了三个月", rules.UnitAbsconded, true},
		{"杭州滨江的创业公司倒闭关门了 执照都吊销了 走之前四个月医保没交", rules.UnitClosed, true},
		{"东莞老板连夜跑了 厂门都锁了 欠我们两个月社保", rules.UnitAbsconded, true},
		{"公司倒闭了 欠了两个月医保", rules.UnitClosed, true},
		// Not gone.
		{"公司欠了三个月医保 老板说再等等", rules.UnitNormal, false}, // there, and owing
		{"大连这疙瘩的 单位贼抠 医保欠了六个月了 人还天天上班", rules.UnitNormal, false},
		{"重庆这边嘞公司 老板一直拖起社保不交 拖了五个月了 厂还是开起的 人也在", rules.UnitNormal, false},
		{"公司欠了三个月医保 老板跑了 厂还开着", rules.UnitAbsconded, true},
		{"公司欠了三个月医保", rules.UnitNormal, false}, // owing in the present: there (readings_h16.go)
	} {
		got := Analyze(c.in, testToday, nil, "").Extracted.UnitStatus
		if got != c.want {
			t.Errorf("%s: unit status %q, want %q", c.in, got, c.want)
		}
		if h := TellsUnitGone(c.in); h != c.hint {
			t.Errorf("%s: TellsUnitGone %v, want %v", c.in, h, c.hint)
		}
	}
	for _, c := range []struct {
		in   string
		want bool
	}{{"今年刚满60", true}, {"到岁数了", true}, {"retiring soon", true}, {"断了三个月", false}, {"公司欠费", false}} {
		if got := TellsAge(c.in); got != c.want {
			t.Errorf("TellsAge(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// A resident who then got a job: the employee scheme now, the resident
// one left (switchjob17f.go).
func TestReadings17fSwitchToJob(t *testing.T) {
	for _, c := range []struct {
		in            string
		scheme, prior rules.Scheme
		gap, cont     int // -1: none
	}{
		{"上海 之前交了三年居民医保 现在找到工作了 单位下个月才开始交 中间断了两个月", rules.SchemeEmployee, rules.SchemeResident, 2, 3},
		{"I had resident insurance in Guangzhou for 5 years straight, then got a job; the employer insurance started after a 2 month gap", rules.SchemeEmployee, rules.SchemeResident, 2, 5},
		// No job found, or only wished for.
		{"居民医保断了两年 想补", rules.SchemeResident, "", 24, -1},
		{"之前交的居民医保 如果找到工作了怎么办", rules.SchemeResident, "", -1, -1},
	} {
		e := Analyze(c.in, testToday, nil, "").Extracted
		gap, cont := -1, -1
		if e.Gap != nil {
			gap = e.Gap.Months
		}
		if e.ContinuousYears != nil {
			cont = *e.ContinuousYears
		}
		if e.Scheme != c.scheme || e.PriorScheme != c.prior || gap != c.gap || cont != c.cont {
			t.Errorf("%s: scheme %q prior %q gap %d continuous %d; want %q %q %d %d", c.in, e.Scheme, e.PriorScheme, gap, cont, c.scheme, c.prior, c.gap, c.cont)
		}
	}
}

// Times and places as heldout9 wrote them (benefit17f.go, treatexplicit17f.go,
// move17f.go): a bureau's benefit month with its year, 上半年 as a time, a
// stay at home as the gap, a written day over "next Tuesday", "May and
// June", a job left and a new one paying.
func TestReadings17fTimes(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 11, Day: 25}
	for _, c := range []struct {
		in   string
		want string
	}{
		{"【浙江人社】您的失业保险金已发放至2026年9月，领取期满。", "benefit=2026-09"},
		{"东莞的厂我做了五年上半年辞职了回老家待了五个月医保就一直没人交", "gap=5 reason=left-job"},
		{"今年上半年断了三个月", "gap=3"},
		{"在家待了三个月 想找工作", "gap=-1"},
		{"温州 自己交的医保断了两个月 下个礼拜二想去做胃镜 12月15号 能报吗", "treat=2026-12-15"},
		{"my employer missed May and June, paid normally again from July", "since=2026-05"},
		{"you may and should pay", "gap=-1"},
		{"杭州辞职后来广州上班 中间断了五个月 广州公司现在给交了", "gap=5 reason=job-change"},
		{"杭州辞职了 断了五个月 还没找到工作", "gap=5 reason=left-job"},
		{"换了个公司 新公司是从这个月开始交的 中间差了两个月没交", "gap=2 reason=job-change"},
	} {
		e := Analyze(c.in, today, nil, "").Extracted
		var got []string
		for _, w := range strings.Fields(c.want) {
			k, _, _ := strings.Cut(w, "=")
			switch k {
			case "benefit":
				got = append(got, "benefit="+fmt.Sprint(e.BenefitEnded))
			case "gap":
				g := -1
				if e.Gap != nil && e.Gap.Since == nil {
					g = e.Gap.Months
				}
				got = append(got, fmt.Sprintf("gap=%d", g))
			case "since":
				s := "-"
				if e.Gap != nil && e.Gap.Since != nil {
					s = e.Gap.Since.String()
				}
				got = append(got, "since="+s)
			case "treat":
				got = append(got, "treat="+fmt.Sprint(e.Treatment))
			case "reason":
				got = append(got, "reason="+string(e.Reason))
			}
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.in, g, c.want)
		}
	}
}

// Typos, Cantonese and pinyin inside English as heldout9 wrote them
// (typos.go, pinyin_more.go).
func TestReadings17fTypedAsPeopleDo(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"南京 离只三个月了 医报没交", "reason=left-job gap=3"},
		{"公司钱我医保两个月了老板不管", "reason=arrears gap=2"},
		{"我喺佛山自己供嘅医保 断咗十个月", "payer=individual gap=10"},
		{"huan gongzuo in shenzhen, 2 months kongdang no yibao, new gongsi pays now", "reason=job-change gap=2"},
		{"linghuo jiuye in shanghai, my yibao duan le for 8 months", "payer=individual gap=8"},
		{"my laoma's jumin yibao not paid 3 nian", "scheme=resident gap=36"},
	} {
		e := Analyze(c.in, testToday, nil, "").Extracted
		var got []string
		for _, w := range strings.Fields(c.want) {
			k, _, _ := strings.Cut(w, "=")
			switch k {
			case "reason":
				got = append(got, "reason="+string(e.Reason))
			case "payer":
				got = append(got, "payer="+string(e.Payer))
			case "scheme":
				got = append(got, "scheme="+string(e.Scheme))
			case "gap":
				g := -1
				if e.Gap != nil && e.Gap.Since == nil {
					g = e.Gap.Months
				}
				got = append(got, fmt.Sprintf("gap=%d", g))
			}
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.in, g, c.want)
		}
	}
}

// A month's end that names a closure is no gap start; last year by its
// number; a resident year told at the resident question (lastyear17f.go).
func TestReadings17fMonthEndAndLastYear(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 11, Day: 25}
	for _, c := range []struct {
		in   string
		exp  rules.Field
		want int // gap months, -1 none
	}{
		{"长沙 公司没了 上个月底彻底关门 社保停了两个月", "", 2},
		{"上个月底开始断的", "", 1},
		{"国家医保服务平台提示：您的城乡居民医保参保状态为暂停参保，缴费年度2025年未缴费。", "", 12},
		{"广州的 我就去年没交 今年想交上", rules.FieldNewborn, 12},
		{"广州的 我就去年没交 今年想交上", "", -1},
	} {
		e := Analyze(c.in, today, nil, c.exp).Extracted
		g := -1
		if e.Gap != nil {
			g = e.Gap.Months
			if e.Gap.Since != nil {
				g = today.MonthOf().Since(*e.Gap.Since)
			}
		}
		if g != c.want {
			t.Errorf("%s (at %q): gap %d, want %d", c.in, c.exp, g, c.want)
		}
	}
}

// Years paid and the local part, a foreigner's place, paying oneself
// (durations.go, localpart17f.go, times.go, payer17f.go).
func TestReadings17fYearsAndPayer(t *testing.T) {
	for _, c := range []struct {
		in          string
		paid, local int // -1: none
		gap         int // -1: none
		payer       rules.Payer
	}{
		{"retiring in Guangzhou, woman, 27 years of employee medical insurance, 15 of them in Guangzhou", 27, 15, -1, ""},
		{"深圳 女 55岁退休 医保累计二十六年 深圳本地十二年", 26, 12, -1, ""},
		{"I'm a foreign national in Guangzhou with my own small business, I paid employee medical insurance myself but missed 9 months", -1, -1, 9, rules.PayerIndividual},
		// Not paid, or a question.
		{"3 years of employee insurance unpaid", -1, -1, 36, ""},
		{"should i pay employee insurance myself?", -1, -1, -1, ""},
	} {
		e := Analyze(c.in, testToday, nil, "").Extracted
		paid, local, gap := -1, -1, -1
		if e.YearsPaid != nil {
			paid = int(e.YearsPaid.IntPart())
		}
		if e.LocalYearsPaid != nil {
			local = int(e.LocalYearsPaid.IntPart())
		}
		if e.Gap != nil && e.Gap.Since == nil {
			gap = e.Gap.Months
		}
		if paid != c.paid || local != c.local || gap != c.gap || e.Payer != c.payer {
			t.Errorf("%s: paid %d local %d gap %d payer %q; want %d %d %d %q", c.in, paid, local, gap, e.Payer, c.paid, c.local, c.gap, c.payer)
		}
	}
}

// An age told below 60 (retire17f.go AgeUnderSixty), and at the age in
// typos and pinyin.
func TestReadings17fAgeUnderSixty(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"职工医保 今年五十八了 北京 交了十九年", true}, {"今年58", true}, {"I'm 58, paid 19 years", true}, {"58 years old", true},
		{"今年满六十了", false}, {"今年三月开始断的", false}, {"孩子3岁", false}, {"今年2026年", false}, {"交了58个月", false},
	} {
		if got := AgeUnderSixty(c.in); got != c.want {
			t.Errorf("AgeUnderSixty(%q) = %v, want %v", c.in, got, c.want)
		}
	}
	for _, in := range []string{"温州 今年刚到退修年龄 职工医保累记交了16年", "杭州的女职工 今年退休 医保交了十六年"} {
		if got := Analyze(in, testToday, nil, "").Extracted.Retirement; got != rules.RetirementAtAge {
			t.Errorf("%s: retirement %q, want at-age", in, got)
		}
	}
	if hz, ok := Depinyin("shanghai dao tuixiu nianling le zhigong yibao jiao le 12 nian gou bu gou"); !ok || Analyze(hz, testToday, nil, "").Extracted.Retirement != rules.RetirementAtAge {
		t.Errorf("pinyin 'dao tuixiu nianling le': %q not at-age", hz)
	}
}

// The enrolment window told as passed (lastyear17f.go windowPassed).
func TestReadings17fWindowPassed(t *testing.T) {
	for _, c := range []struct {
		in   string
		want string
	}{
		{"居民医保已经两年没交了今年想给她交上但是又过了集中交费那个时间了", "false"},
		{"居民医保集中缴费期已经结束了", "false"},
		{"居民医保 还没过集中缴费期", "true"},
		{"居民医保两年没交了", "<nil>"},
	} {
		got := "<nil>"
		if w := Analyze(c.in, testToday, nil, "").Extracted.InWindow; w != nil {
			got = fmt.Sprint(*w)
		}
		if got != c.want {
			t.Errorf("%s: in window %s, want %s", c.in, got, c.want)
		}
	}
}

// 还是 as "still" before 开/正常 is no choice put to the reader
// (questions.go alternativeAsks): the clause states.
func TestReadings17fStillOpen(t *testing.T) {
	a := Analyze("公司拖了五个月社保 厂还是开起的 人也在 咋个办嘛", testToday, nil, "")
	if a.Stated.UnitStatus != rules.UnitNormal {
		t.Errorf("厂还是开起的: stated unit status %q, want normal", a.Stated.UnitStatus)
	}
	if alternativeAsks("是去税务局交还是在手机上交") != 1 || alternativeAsks("公司还是正常上班") != 0 {
		t.Errorf("还是: or vs still misread")
	}
}
