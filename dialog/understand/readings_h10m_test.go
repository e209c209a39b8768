package understand

import (
	"testing"

	"bujiao/rules"
)

// TestPinyinNumbersH10m: a numeral of two or more syllables typed in
// pinyin is one number before its unit ("shi si nian" is 十四年, not
// 是四年); "shi" after a word that takes 是 stays 是.
func TestPinyinNumbersH10m(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"hangzhou tuixiu le yibao yigong jiao le er shi san nian gou ma", "杭州退休了医保一共缴了二十三年 够吗"},
		{"wo ma tuixiu le yibao jiao le shisi nian", "我妈退休了医保缴了十四年"},
		{"shenzhen linghuo jiuye duan le shi er ge yue zenme ban", "深圳灵活就业断了十二个月 怎么办"},
		{"guangzhou tuixiu yibao jiao le shi wu nian ban", "广州退休医保缴了十五年半"},
		{"beijing yibao duan le shi yi geyue le zenme ban", "北京医保断了十一个月了 怎么办"},
		{"tuixiu le yibao jiao le san shi nian", "退休了医保缴了三十年"},
		{"gongsi qianjiao yibao shi ge ban yue le", "公司欠缴医保十个半月了"},
		// 是, not 十: after 我, and with no unit after the numbers.
		{"wo shi san ge yue mei jiao yibao zenme ban", "我是三个月没缴医保 怎么办"},
		{"wo shi zhigong yibao", "我是职工医保"},
		{"yibao shi si ge yue mei jiao", "医保是四个月没缴"},
		// 够不够 asks of the years told: a clause of its own.
		{"shanghai tuixiu le yibao jiao le shi si nian gou bu gou", "上海退休了医保缴了十四年 够不够"},
	} {
		if got, ok := Depinyin(c.in); !ok || got != c.want {
			t.Errorf("Depinyin(%q) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
	// The floor is offered only for a gap: never beside a benefit drawn.
	for _, c := range []struct {
		in    string
		floor int
	}{{"断了一年多", 12}, {"医保停了两年多了", 24}, {"missed more than a year", 12}, {"离职一年多了 在领失业金", 0}} {
		a := Analyze(c.in, testToday, fakeRegions{}, "")
		got := 0
		if a.RoughGap != nil {
			got = a.RoughGap.Months
		}
		if got != c.floor {
			t.Errorf("%q: rough floor %d, want %d", c.in, got, c.floor)
		}
	}
	// A rough count in pinyin stays rough.
	for _, in := range []string{"shanghai linghuo jiuye yibao duan le yi nian duo le", "hangzhou ziji jiao yibao duan le liang nian duo"} {
		hz, _ := Depinyin(in)
		if e := Analyze(hz, testToday, fakeRegions{}, "").Extracted; e.Gap != nil {
			t.Errorf("%q (%s): gap %v, want none (rough)", in, hz, e.Gap)
		}
	}
	for _, c := range []struct {
		in   string
		paid string
	}{
		{"shanghai tuixiu le yibao jiao le shi si nian gou bu gou", "14"},
		{"nanjing tuixiu le, yibao yigong jiao le er shi yi nian", "21"},
		{"wo ba tuixiu le yibao jiao le shijiu nian", "19"},
	} {
		hz, _ := Depinyin(c.in)
		e := Analyze(hz, testToday, fakeRegions{}, "").Extracted
		if e.YearsPaid == nil || e.YearsPaid.String() != c.paid {
			t.Errorf("%q (%s): years paid %v, want %s", c.in, hz, e.YearsPaid, c.paid)
		}
	}
}

// TestTailTagH10m: a place told as a tag after the question of a run-on
// is stated, not asked ("…会不会受影响啊嘉兴的").
func TestTailTagH10m(t *testing.T) {
	for _, c := range []struct{ in, region string }{
		{"公司这两年效益不好申请了缓缴医保已经有五个月没交了我们员工会不会受影响啊杭州的", "zhejiang"},
		{"公司说困难申请缓缴医保三个月没交了会不会影响我们看病呀我是深圳的", "guangdong"},
		{"我们单位效益不好医保停了两个月了那我生病了能报吗坐标广州", "guangdong"},
		{"公司欠了三个月医保，能补吗在杭州", "zhejiang"},
		{"单位缓缴医保四个月了我现在住院能报销不 上海这边", "shanghai"},
		{"厂里已经半年没交医保了我们会不会断保啊我们是深圳的", "guangdong"},
		{"my company applied to defer contributions and has not paid for 5 months will it affect us we're in hangzhou", "zhejiang"},
		{"my employer stopped paying 3 months ago can i still see a doctor i'm in shanghai", "shanghai"},
		// The person's own place inside the question ("我们X这边", "我在X").
		{"公司这两年效益不好申请了缓缴医保已经五个月没交了会不会影响我们杭州这边的员工看病", "zhejiang"},
		{"厂里欠了四个月社保了，俺们深圳这边的工人还能看病吗", "guangdong"},
		{"公司三个月没交医保了，那我在上海现在看病能报吗", "shanghai"},
	} {
		a := Analyze(c.in, testToday, fakeRegions{}, "")
		if !a.Asks || a.Stated.Region != c.region {
			t.Errorf("%q: asks %v, stated region %q, want %q", c.in, a.Asks, a.Stated.Region, c.region)
		}
	}
	// No tag: a question that names a place it asks about, a place
	// inside the question, a tag with a question word.
	for _, in := range []string{
		"断缴三个月了能补吗",
		"公司欠了三个月医保，上海能补吗",
		"公司欠了三个月医保，能补吗在哪里办",
		"贵阳 居民医保断了四年 想全部补上 四年都补 现在不在交费期",
		"居民医保断了一年 补交了能报吗在缴费期吗",
	} {
		if a := Analyze(in, testToday, fakeRegions{}, ""); a.Stated.Region != "" {
			t.Errorf("%q: stated region %q, want none", in, a.Stated.Region)
		}
	}
	// A fact after a particle is no place tag: "不在缴费期" stays a no.
	for _, in := range []string{"居民医保断了四年 想全部补上吗现在不在交费期", "上海居民医保断了一年 能补吗不在缴费期了"} {
		if a := Analyze(in, testToday, fakeRegions{}, ""); a.Extracted.InWindow == nil || *a.Extracted.InWindow || a.Stated.InWindow != nil && *a.Stated.InWindow {
			t.Errorf("%q: in window %v / stated %v, want no", in, a.Extracted.InWindow, a.Stated.InWindow)
		}
	}
}

// TestVagueYearsH10m: a count of years told roughly is asked, not read
// as its lower bound; an exact count beside it, a rough count of months
// and an exact count of years are read. Time worked told with "快" is
// short of the count, as "做了快半年" is.
func TestVagueYearsH10m(t *testing.T) {
	for _, c := range []extractCase{
		{"俺在杭州自己交哩医保 断了一年多咧 现在再交能中不", "", "payer=individual region=zhejiang"},
		{"上海灵活就业 医保停了两年多了", "", "scheme=employee payer=individual region=shanghai"},
		{"杭州 自己交的医保断了半年多", "", "payer=individual region=zhejiang"},
		{"深圳 个人交的医保 断缴一年多点了", "", "payer=individual region=guangdong"},
		{"上海 断缴一年以上了", "", "region=shanghai"},
		{"离职一年多了 医保一直没交 广州", "", "payer=unit reason=left-job region=guangdong"},
		{"I pay my own insurance in Shanghai and missed more than a year", "", "payer=individual region=shanghai"},
		{"freelancer in shenzhen, haven't paid for over a year", "", "payer=individual region=guangdong"},
		{"self-employed in hangzhou, unpaid for a year or so", "", "scheme=employee payer=individual region=zhejiang"},
		{"断了一年几个月了 上海 自己交的", "", "payer=individual region=shanghai"},
		{"断了一年零几个月 上海", "", "region=shanghai"},
		{"unpaid for about a year and a few months, shanghai freelancer", "", "payer=individual region=shanghai"},
		// Read: an exact count beside the rough one, months, whole years.
		{"断了一年多 大概15个月", "", "gap=15"},
		{"一年多 十四个月吧", rules.FieldGap, "gap=14"},
		{"一年多", rules.FieldGap, ""},                         // no bare 1 either
		{"西安这边我自己交的医保已经断了两年多了快三年了", "", "payer=individual"}, // 24 to 35: asked
		{"离职一年多了 在领失业金 杭州", "", "scheme=employee reason=unemployment-benefit region=zhejiang ret=working"},
		{"断了两个多月", "", "gap=2"},
		{"断了一年 灵活就业 上海", "", "scheme=employee payer=individual gap=12 region=shanghai"},
		{"missed a year, self-employed in shanghai", "", "scheme=employee payer=individual gap=12 region=shanghai"},
		// Time worked, almost: its whole months.
		{"入职快半年了 公司一直没给我上社保 也没登记 深圳", "", "payer=unit reason=not-registered gap=5 region=guangdong"},
		{"来这个厂上班快半年了 老板一直没给买社保", "", "payer=unit reason=not-registered gap=5 ret=working"},
		{"入职半年了 公司一直没给我上社保", "", "payer=unit reason=not-registered gap=6"},
		{"入职快八个月了 公司一直没给我上社保 深圳", "", "payer=unit reason=not-registered gap=7 region=guangdong"},
		{"进厂快半年了 老板一直没给买社保", "", "payer=unit reason=not-registered gap=5"},
		{"入职快一年了 公司一直没给上社保", "", "payer=unit reason=not-registered gap=11"},
		{"离职快一年了", "", "payer=unit reason=left-job gap=12"}, // time since leaving: not worked
	} {
		if got := render(Extract(c.text, testToday, fakeRegions{}, c.expecting)); got != c.want {
			t.Errorf("Extract(%q)\n got: %s\nwant: %s", c.text, got, c.want)
		}
	}
}

// TestNoNewJobH10m: a new job named only to be denied (negation, a verb
// of finding, a job) is leaving, not a job change.
func TestNoNewJobH10m(t *testing.T) {
	for _, c := range []extractCase{
		{"舊年辭咗工，到而家都未搵到新工，醫保斷咗成八個月喇 廣州", "", "payer=unit reason=left-job gap=8 region=guangdong"},
		{"辞职半年了一直没找到新单位 医保断了 深圳", "", "payer=unit reason=left-job gap=6 region=guangdong"},
		{"从深圳辞职了 一直没找着新单位 医保断了五个月", "", "payer=unit reason=left-job gap=5 region=guangdong"},
		{"辞咗工之后冇搵到工 医保断咗三个月 深圳", "", "payer=unit reason=left-job gap=3 region=guangdong"},
		{"离职三个月了 还没落实新单位 杭州", "", "payer=unit reason=left-job gap=3 region=zhejiang"},
		{"I quit last year and still haven't found a new job, 8 months without insurance, Shenzhen", "", "payer=unit reason=left-job gap=8 region=guangdong"},
		{"left my job in may, didn't find another job yet, shanghai, 6 months no insurance", "", "payer=unit reason=left-job since=2026-05 region=shanghai"},
		{"深圳的厂我做了五年上半年辞职了回老家待了五个月医保就一直没人交现在又回深圳了还没找到厂", "", "payer=unit reason=left-job gap=5 region=guangdong"},
		// Found, or the time before it was found: a job change.
		{"辞职后找到新工作了 中间断了两个月 上海", "", "payer=unit reason=job-change gap=2 region=shanghai"},
		{"没找到工作之前断了三个月 后来新公司给交了 广州", "", "payer=unit reason=job-change gap=3 region=guangdong"},
	} {
		if got := render(Extract(c.text, testToday, fakeRegions{}, c.expecting)); got != c.want {
			t.Errorf("Extract(%q)\n got: %s\nwant: %s", c.text, got, c.want)
		}
	}
}

// TestNewJobPlaceH10m: an English new job named with its place after a job
// left in another is a move across regions to the new place; a job left
// with no new one keeps the old place.
func TestNewJobPlaceH10m(t *testing.T) {
	for _, c := range []struct {
		in, region string
		reason     string
		across     bool
	}{
		{"I left my job in Beijing and started a new one in Shenzhen, but between them 7 months had no contributions", "guangdong", "job-change", true},
		{"quit my job in shenzhen and took a job in hangzhou, 3 months without insurance in between", "zhejiang", "job-change", true},
		{"left the company in shanghai, found a job in shenzhen after 5 months", "guangdong", "job-change", true},
		{"I worked in Beijing, resigned, then got a job in Shanghai; 4 months gap", "shanghai", "job-change", true},
		{"resigned in hangzhou last spring and have a new job in shanghai since october, 5 months unpaid", "shanghai", "job-change", true},
		{"my old job was in Shenzhen, I quit and got a new position in Beijing, 2 months gap", "national", "job-change", true},
		{"I left my job in Beijing 3 months ago and have no new job yet", "national", "left-job", false},
		// Chinese: the new job's place told before the words of finding it.
		{"我从北京的工作辞了 在深圳找了份新工作 中间断了7个月", "guangdong", "job-change", true},
		{"北京那边辞职了 后来在深圳找到新工作 中间七个月没交", "guangdong", "job-change", true},
		{"辞了北京的工作 去深圳重新找了工作 断了7个月", "guangdong", "job-change", true},
		{"我喺北京辭咗工 喺深圳搵到新工 中間斷咗七個月", "guangdong", "job-change", true},
		{"上海辞职以后 到杭州入职了 断了两个月", "zhejiang", "job-change", true},
		{"在北京辞职了 还没在深圳找到工作 断了三个月", "national", "left-job", false},
	} {
		a := Analyze(c.in, testToday, fakeRegions{}, "")
		if a.Region != c.region || string(a.Reason) != c.reason || a.MovedAcross != c.across {
			t.Errorf("%q: region %q reason %q across %v; want %q %q %v", c.in, a.Region, a.Reason, a.MovedAcross, c.region, c.reason, c.across)
		}
	}
}

// TestRepayPartH10m: some of the missed years named as a part of them are
// the years to back-pay.
func TestRepayPartH10m(t *testing.T) {
	for _, c := range []struct {
		in    string
		repay int
	}{
		{"if i pay back 2 of those years does the waiting get shorter?", 2},
		{"I'd like to pay back 1 of the missed years", 1},
		{"can i repay 2 of the unpaid years only", 2},
		{"如果补缴其中两年 等待期会缩短吗", 2},
		{"只补其中的一年行不行", 1},
		{"居民医保断了三年 补缴其中两年", 2},
	} {
		e := Analyze(c.in, testToday, fakeRegions{}, "").Extracted
		if e.RepayYears == nil || *e.RepayYears != c.repay {
			t.Errorf("%q: repay %v, want %d", c.in, e.RepayYears, c.repay)
		}
	}
}

// TestCorrectionOpenerH10m: a message that opens by taking back what was
// said corrects; "wait" alone, "no" alone and "no no" alone do not. An
// English wh-word after "that's" / "this is" names, it does not ask.
func TestCorrectionOpenerH10m(t *testing.T) {
	for _, c := range []struct {
		in      string
		correct bool
		region  string
	}{
		{"wait no, the company is registered in Shanghai, that's where my insurance is", true, "shanghai"},
		{"no wait, it's Hangzhou", true, "zhejiang"},
		{"oops, my insurance is in Shenzhen", true, "guangdong"},
		{"sorry no, the firm is in Beijing", true, "national"},
		{"hold on, no, it was 5 months", true, ""},
		{"等等不是 公司在上海注册的 医保在上海", true, "shanghai"},
		{"哦不对 医保是在杭州交的", true, "zhejiang"},
		{"不不 是深圳", true, "guangdong"},
		{"wait, I forgot to say I'm in Shanghai", false, "shanghai"},
		{"oh no my company in Shanghai went bankrupt", false, "shanghai"},
		{"sorry nobody told me my company owes 3 months", false, ""},
		{"no", false, ""},
		{"no no no", false, ""},
		{"不不不", false, ""},
	} {
		a := Analyze(c.in, testToday, fakeRegions{}, "")
		if a.Correction != c.correct || a.Region != c.region {
			t.Errorf("%q: correction %v region %q; want %v %q", c.in, a.Correction, a.Region, c.correct, c.region)
		}
	}
	for _, c := range []struct {
		in   string
		asks bool
	}{
		{"the company is registered in Shanghai, that's where my insurance is", false},
		{"this is what the bureau told me, 4 months unpaid", false},
		{"I left in June, that was when the payments stopped", false},
		{"where is my insurance", true},
		{"that's fine but where do I pay", true},
	} {
		if a := Analyze(c.in, testToday, fakeRegions{}, ""); a.Asks != c.asks {
			t.Errorf("%q: asks %v, want %v", c.in, a.Asks, c.asks)
		}
	}
}

// TestRecentLeaveH10m: a job left days or weeks ago has no whole month
// unpaid yet (the gap starts this month); paying oneself as a plan with
// its time keeps the employer as the payer before the gap; months to wait
// and a time limit ("三个月内") are no gap.
func TestRecentLeaveH10m(t *testing.T) {
	for _, c := range []extractCase{
		{"我是上个礼拜刚从上海公司离职的嗯然后我打算下个月开始自己交灵活就业医保那我是不是还得等六个月才能用啊听说有个三个月内接上就不用等的说法是真的吗", "",
			"scheme=employee payer=unit reason=left-job since=2026-11 region=shanghai pay_date=2026-12-01"},
		{"上周刚从杭州的公司辞职 准备从下个月起按灵活就业交 要等多久", "", "scheme=employee payer=unit reason=left-job since=2026-11 region=zhejiang"},
		{"前几天被裁了 深圳 医保怎么办", "", "payer=unit reason=left-job since=2026-11 region=guangdong"},
		{"离职才两周 上海 打算自己交", "", "payer=unit reason=left-job since=2026-11 region=shanghai"},
		{"辞职一个礼拜了 想下个月开始自己交医保", "", "payer=unit reason=left-job since=2026-11 pay_date=2026-12-01"},
		{"I quit my job in Shanghai last week and I'm going to start paying myself next month, do I have to wait 6 months?", "",
			"payer=unit reason=left-job since=2026-11 region=shanghai"},
		{"resigned two weeks ago in hangzhou, will I have a gap?", "", "payer=unit reason=left-job since=2026-11 region=zhejiang"},
		// Not recent, not a plan, or a gap told: read as before.
		{"离职三个月了 上海", "", "payer=unit reason=left-job gap=3 region=shanghai"},
		{"辞职以后自己交的 灵活就业 断了两个月", "", "scheme=employee payer=individual reason=left-job gap=2"},
		{"辞职了 我想知道灵活就业断了两个月怎么办", "", "scheme=employee payer=individual reason=left-job gap=2"},
		{"辞职后一直自己交的 灵活就业 打算下个月开始继续自己交 断了两个月", "", "scheme=employee payer=individual reason=left-job gap=2"},
		{"上周去问了 我离职五个月了 深圳", "", "payer=unit reason=left-job gap=5 region=guangdong"},
		{"上周去问了 我离职了 深圳", "", "payer=unit reason=left-job region=guangdong"},
		{"是不是要等六个月才能报销", "", ""},
		{"do I have to wait 6 months after joining", "", ""},
		{"三个月内接上就不用等吗", "", ""},
	} {
		if got := render(Extract(c.text, testToday, fakeRegions{}, c.expecting)); got != c.want {
			t.Errorf("Extract(%q)\n got: %s\nwant: %s", c.text, got, c.want)
		}
	}
}
