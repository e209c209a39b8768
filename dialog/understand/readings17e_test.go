package understand

import (
	"testing"

	"bujiao/rules"
)

// Heldout8 kinds: a span of months before "冇交过" is a gap, not never
// insured; a bureau's text that a benefit was paid out or an employer paid
// the arrears in full.
func TestReadings17e(t *testing.T) {
	dec := rules.Date{Year: 2026, Month: 12, Day: 7}
	cases := []struct {
		text         string
		first        bool
		benefitEnded string // month, "" none
		arrearsPaid  string // month, "" none
	}{
		{"社保成五个月冇交过", false, "", ""},
		{"医保半年都没缴过了", false, "", ""},
		{"一直冇交过社保", true, "", ""},
		{"从来没买过医保", true, "", ""},
		{"您的失业保险金已于2026年9月发放完毕，失业保险金领取期满。", false, "2026-09", ""},
		{"失业金7月份最后一个月领完", false, "2026-07", ""},
		{"失业金十月份就领完了", false, "2026-10", ""},
		{"unemployment benefit ran out in October", false, "2026-10", ""},
		{"【嘉兴医保】您所在单位已于2026年10月足额补缴此前欠缴的职工医保费，待遇已恢复。", false, "", "2026-10"},
		{"公司11月已补缴了欠的医保", false, "", "2026-11"},
		{"my employer paid in full in November", false, "", "2026-11"},
		{"单位欠缴了3个月 要补缴吗", false, "", ""},
	}
	for _, c := range cases {
		e := Extract(c.text, dec, fakeRegions{}, "")
		if e.FirstEnrolment != c.first {
			t.Errorf("%q: first enrolment %v, want %v", c.text, e.FirstEnrolment, c.first)
		}
		got := ""
		if e.BenefitEnded != nil {
			got = e.BenefitEnded.String()
		}
		if got != c.benefitEnded {
			t.Errorf("%q: benefit ended %q, want %q", c.text, got, c.benefitEnded)
		}
		got = ""
		if e.ArrearsPaid != nil {
			got = e.ArrearsPaid.String()
		}
		if got != c.arrearsPaid {
			t.Errorf("%q: arrears paid %q, want %q", c.text, got, c.arrearsPaid)
		}
	}
}

// Who paid before the gap against paying oneself as a plan, and the words
// that take back or update what was said.
func TestPayerAndCorrection17e(t *testing.T) {
	dec := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		text  string
		payer rules.Payer
	}{
		{"哦不是单位交 我辞职以后自己交的 灵活就业 是自己断的", rules.PayerIndividual},
		{"辞职以后自己交了两年 最近断了", rules.PayerIndividual},
		{"沈阳的 我去年从单位出来了 到现在整整十个月没整医保 我寻思自己交", rules.PayerUnit},
		{"离职两个月了 想自己交", rules.PayerUnit},
		{"从厂里出来半年了 琢磨着自己交", rules.PayerUnit},
		// An employer in arrears: paying oneself is asked about, not done.
		{"我在深圳打工 老板说公司没钱 社保停了三个月 我想自己交行不行", rules.PayerUnit},
		{"我喺深圳打工 老细话公司冇钱 社保停咗三个月啦 我想自己交得唔得", rules.PayerUnit},
		{"公司欠了三个月医保 我自己交可以吗", rules.PayerUnit},
		{"深圳 公司欠了三个月医保 能不能自己交", rules.PayerUnit},
		{"shenzhen, company owes 3 months of insurance, can i pay it myself?", rules.PayerUnit},
		// No employer: the person's own hardship ("手头紧") stays theirs.
		{"我是做自媒体的 没单位 一直按灵活就业在上海交医保 今年7月份开始手头紧就没交了 现在想接着交", rules.PayerIndividual},
		{"深圳 自己交的 断了三个月 能补吗", rules.PayerIndividual},
	} {
		if got := Extract(c.text, dec, fakeRegions{}, "").Payer; got != c.payer {
			t.Errorf("%q: payer %q, want %q", c.text, got, c.payer)
		}
	}
	for _, c := range []struct {
		text string
		corr bool
	}{
		{"等下 我算错了 是二十一年", true},
		{"刚问了同事 老板已经跑路了", true},
		{"oops, 19 years. miscounted", true},
		{"just found out they filed for bankruptcy", true},
		{"交了二十一年", false},
		{"老板跑路了", false},
	} {
		if got := Analyze(c.text, dec, fakeRegions{}, "").Correction; got != c.corr {
			t.Errorf("%q: correction %v, want %v", c.text, got, c.corr)
		}
	}
}

// Years typed at "how many years in a row before the switch?" are those
// years, never a gap.
func TestContinuousYearsAnswer17e(t *testing.T) {
	dec := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		text string
		want int // 0: none
	}{
		{"六年", 6}, {"6 years", 6}, {"连续交了6年", 6}, {"about 4 years", 4}, {"一年半", 0},
	} {
		e := Extract(c.text, dec, fakeRegions{}, rules.FieldContinuousYears)
		got := 0
		if e.ContinuousYears != nil {
			got = *e.ContinuousYears
		}
		if got != c.want || e.Gap != nil {
			t.Errorf("%q: continuous years %d gap %v, want %d and no gap", c.text, got, e.Gap, c.want)
		}
	}
}

// A switch named after a word that also names a scheme ("self employed"):
// the scheme switched to is the one after the switching word; resident
// years before a switch to the employee scheme are its continuous years.
func TestSwitchLater17e(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"I had resident insurance for 4 years straight, now I'm self employed and want to switch to employee insurance, 1 month gap", "scheme=employee payer=individual gap=1 cont=4 prior=resident"},
		{"以前交居民医保 现在灵活就业了 想转成职工医保", "scheme=employee payer=individual prior=resident"},
		{"居民医保连续交了3年 现在想转成职工医保 断了一个月", "scheme=employee gap=1 cont=3 prior=resident"},
		{"I am self employed, paying resident insurance", "scheme=resident payer=individual"},
	} {
		if got := render(Extract(c.text, testToday, fakeRegions{}, "")); got != c.want {
			t.Errorf("Extract(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// A yes before the figure asked for is the figure ("yes one", "对 一年").
func TestYesNumber17e(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{{"yes one", 1}, {"yeah, 2", 2}, {"对 一年", 1}, {"是的 两年", 2}, {"yep 1", 1}} {
		e := Extract(c.text, testToday, fakeRegions{}, rules.FieldRepayYears)
		if e.RepayYears == nil || *e.RepayYears != c.want {
			t.Errorf("%q at repay_years: %v, want %d", c.text, e.RepayYears, c.want)
		}
	}
}

// Never registered, for a whole workforce, on probation or in plain
// English; almost half a year worked is five whole months.
func TestNotRegistered17e(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"我在东莞一个电子厂做了快半年了厂里一直没给我们买社保说是试用期不买", "payer=unit reason=not-registered gap=5"},
		{"厂里说试用期不给买社保", "payer=unit reason=not-registered"},
		{"worked 4 month in Shanghai restaurant, boss never register me for social insurance at all", "payer=unit reason=not-registered gap=4 region=shanghai"},
		{"my company did not register me for social insurance", "payer=unit reason=not-registered"},
		{"公司从10月开始没给我们缴社保", "payer=unit reason=arrears status=normal implied=1 since=2026-10"},
	} {
		if got := render(Extract(c.text, testToday, fakeRegions{}, "")); got != c.want {
			t.Errorf("Extract(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// English months unpaid in the words people use for an employer gone.
func TestEnglishUnpaidMonths17e(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"the factory shut down for good, last 3 months of social insurance never paid", "payer=unit reason=arrears status=closed gap=3"},
		{"during the merger nobody paid 2 months of our medical insurance", "payer=unit reason=arrears status=merged gap=2"},
		{"boss ran away with the money lol. no medical insurance paid for 4 months", "payer=unit reason=arrears status=absconded gap=4"},
		{"paid medical insurance for 4 years", "paid=4"},
	} {
		if got := render(Extract(c.text, testToday, fakeRegions{}, "")); got != c.want {
			t.Errorf("Extract(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// A unit named as what shut down is closed; insurance shut by the unit is
// not.
func TestUnitShut17e(t *testing.T) {
	for _, c := range []struct {
		text string
		want rules.UnitStatus
	}{
		{"宁波那个小厂今年关掉了 关之前两个月就没交医保", rules.UnitClosed},
		{"厂子去年就关闭了 欠了三个月社保", rules.UnitClosed},
		{"公司把我的社保关掉了 三个月", ""},
		{"单位关了我的医保", ""},
		{"公司会不会关掉", ""},
	} {
		if got := Extract(c.text, testToday, fakeRegions{}, "").UnitStatus; got != c.want {
			t.Errorf("%q: unit status %q, want %q", c.text, got, c.want)
		}
	}
}

// Pinyin phrases inside English: "shiye jin", "tuixiu age", "zhigong yibao".
func TestPinyinPhrasesInEnglish17e(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"I'm on shiye jin, does it cover my yibao or I need pay", "scheme=employee reason=unemployment-benefit ret=working"},
		{"reached tuixiu age, only paid zhigong yibao 14 years, what now", "scheme=employee ret=at-age paid=14"},
	} {
		if got := render(Extract(c.text, testToday, fakeRegions{}, "")); got != c.want {
			t.Errorf("Extract(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// Same-sound typos of a pinyin keyboard.
func TestTypos17e(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"零活就业的医宝断交了7个月 从新交要等多就", "scheme=employee payer=individual gap=7"},
		{"自己叫的医保 断了三各月 能不能不交", "payer=individual gap=3"},
		{"断了5各月", "gap=5"},
		{"换了个工做 新单位晚了两个月才给交", "payer=unit reason=job-change gap=2"},
	} {
		if got := render(Extract(c.text, testToday, fakeRegions{}, "")); got != c.want {
			t.Errorf("Extract(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// A job change inside one city crossed no pooling area.
func TestSameCity17e(t *testing.T) {
	for _, c := range []struct {
		text string
		same bool
	}{
		{"天津 换了个工作 新单位晚了两个月才给交 中间断了两个月 都是在天津本地", true},
		{"changed jobs inside Guangzhou, new company started paying 2 months late, so 2 months gap. same city", true},
		{"同城换的工作 断了一个月", true},
		{"换了工作 本地户口 断了一个月", false},
		{"从杭州换工作到上海了 中间断了2个月", false},
		{"changed jobs, moved to another city, 2 months gap", false},
	} {
		if got := Extract(c.text, testToday, fakeRegions{}, "").SameCity; got != c.same {
			t.Errorf("%q: same city %v, want %v", c.text, got, c.same)
		}
	}
}

// Years told as all paid where the person is are the local years.
func TestAllLocal17e(t *testing.T) {
	for _, c := range []struct {
		text string
		exp  rules.Field
		want string
	}{
		{"广州男的到退休年龄了 交了二十年职工医保 都在广州交的 够不够", "", "scheme=employee region=guangdong ret=at-age paid=20 local=20 sex=male all_local=1"},
		{"my father is at retirement age in Guangzhou, paid employee insurance 24 years, all in Shenzhen, he's male in Shenzhen", "", "scheme=employee region=guangdong ret=at-age paid=24 local=24 sex=male all_local=1"},
		{"都在上海", rules.FieldLocalYearsPaid, "region=shanghai all_local=1"},
		{"一直在上海交的职工医保，去年12月离职了", "", "scheme=employee payer=unit reason=left-job since=2025-12 region=shanghai"},
		{"没有 都在广州", rules.FieldCrossCity, "region=guangdong no=1"},
	} {
		if got := render(Extract(c.text, testToday, fakeRegions{}, c.exp)); got != c.want {
			t.Errorf("Extract(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// Never insured at all, a school pupil, a contract that ended, a
// correction opened by "no sorry".
func TestMore17e(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"第一次在杭州交灵活就业医保 以前什么医保都没有 交了多久能用", "scheme=employee payer=individual region=zhejiang first=1"},
		// 今年没交上: this year's premium missed, one broken year (resident23a.go).
		{"孩子在广州读初中 学校统一交的居民医保 今年没交上", "scheme=resident gap=12 region=guangdong newborn=false student=1 child=1"},
		{"expat in Beijing, contract ended five months ago, my medical insurance stopped", "payer=unit reason=left-job gap=5 region=national origin=foreign"},
	} {
		if got := render(Extract(c.text, testToday, fakeRegions{}, "")); got != c.want {
			t.Errorf("Extract(%q) = %q, want %q", c.text, got, c.want)
		}
	}
	if !Analyze("no sorry, it's the resident one", testToday, fakeRegions{}, "").Correction {
		t.Error(`"no sorry, it's the resident one" is no correction`)
	}
}

// Paying back asked about or planned is not done.
func TestPaidBackAsked17e(t *testing.T) {
	dec := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		text string
		said bool
	}{
		{"上个月和这个月都忘记交了 现在补上影响大吗", false},
		{"补上的话还能报吗", false},
		{"上个月已经全部补齐了", true},
		{"单位10月把欠的都补上了", true},
	} {
		e := Extract(c.text, dec, fakeRegions{}, "")
		if got := e.PaidBack != nil || e.PaidBackSaid || e.ArrearsPaid != nil || e.ArrearsPaidSaid; got != c.said {
			t.Errorf("%q: paid back %v, want %v", c.text, got, c.said)
		}
	}
}

// A treatment day written day, month, year ("15 January 2027").
func TestTreatDayMonthYear17e(t *testing.T) {
	dec := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct{ text, want string }{
		{"Shanghai flexible worker, 7 months unpaid, I have surgery booked on 15 January 2027. if I pay today will it be covered?", "2027-01-15"},
		{"surgery booked on 15 Jan 2027", "2027-01-15"},
		{"operation on the 3rd of February 2027", "2027-02-03"},
		{"I was in hospital on 3 March 2026", ""},
	} {
		e := Extract(c.text, dec, fakeRegions{}, "")
		got := ""
		if e.Treatment != nil {
			got = e.Treatment.String()
		}
		if got != c.want {
			t.Errorf("%q: treatment %q, want %q", c.text, got, c.want)
		}
	}
}

// "去年忘交了" is last year unpaid.
func TestLastYearForgot17e(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"俺妈农村的居民医保去年忘交了", "scheme=resident gap=12"},
		// Missed the window is not in it.
		{"没赶上缴费期", "window=false"},
		{"没赶上集中缴费期 现在交要等多久", "window=false"},
	} {
		if got := render(Extract(c.text, testToday, fakeRegions{}, "")); got != c.want {
			t.Errorf("Extract(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// Every year paid, typed at the broken-years question, is none.
func TestPaidEveryYear17e(t *testing.T) {
	for _, c := range []struct {
		text string
		no   bool
	}{
		{"我去年今年都交了的 现在交明年的就行吧", true},
		{"paid every year", true},
		{"都交了吗", false},
		{"去年没交 今年交了", false},
	} {
		if got := Extract(c.text, testToday, fakeRegions{}, rules.FieldBrokenYears).No; got != c.no {
			t.Errorf("%q at broken_years: no %v, want %v", c.text, got, c.no)
		}
	}
}
