package understand

import (
	"testing"

	"bujiao/rules"
)

// TestReadings21a: heldout17's misreads, by family, in sibling wordings.
func TestReadings21a(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 11, Day: 25}
	t.Run("en no new job, plain English", func(t *testing.T) {
		for in, want := range map[string]rules.Reason{
			"i quit my job 3 month ago, still no find job, insurance stop":         rules.ReasonLeftJob,
			"I resign from company 2 months, cannot find new work until now":       rules.ReasonLeftJob,
			"left my company in march and not find a new job yet":                  rules.ReasonLeftJob,
			"I leave my job 2 month ago, dont have new job now":                    rules.ReasonLeftJob,
			"quit 2 months ago, not get any job yet":                               rules.ReasonLeftJob,
			"i quit 2 months ago and got a new job last week, 1 month without pay": rules.ReasonJobChange,
		} {
			if got := Analyze(in, today, nil, "").Stated.Reason; got != want {
				t.Errorf("%q: reason %q, want %q", in, got, want)
			}
		}
	})
	t.Run("all normal again after a job change", func(t *testing.T) {
		for _, in := range []string{
			"换工作的时候断了两个月医保，8月份新公司开始交了，现在都正常",
			"跳槽中间空了一个月没交医保 后来新单位接上了 现在一切正常",
			"去年换单位断过三个月，新单位交上以后都正常了",
			"换了工作 中间停了两个月 现在新公司交着 恢复正常了",
		} {
			e := Analyze(in, today, nil, "").Extracted
			if e.Reason != rules.ReasonJobChange || e.UnitStatus != "" {
				t.Errorf("%q: reason %q unit %q, want job-change, none", in, e.Reason, e.UnitStatus)
			}
		}
		// An employer in arrears still trading keeps its state.
		if e := Analyze("公司欠了两个月医保 现在正常经营", today, nil, "").Extracted; e.UnitStatus != rules.UnitNormal {
			t.Errorf("trading employer: unit %q", e.UnitStatus)
		}
	})
	t.Run("a pasted notice's this month", func(t *testing.T) {
		for in, want := range map[string]int{
			"【通知】自本月起公司暂停缴纳员工社保，恢复时间另行通知。 公司在温州 这都已经两个月了": 2,
			"关于暂停缴纳社保的说明：自本月起暂缓缴纳社会保险费。——这是公司发的，已经四个月了":   4,
			"公告：因资金困难，自本月起暂停为员工缴纳社保 已经三个月了 公司在宁波":         3,
			// Not a notice: the two disagree, so the gap is asked.
			"公司从这个月开始不交医保了 已经四个月了": 0,
		} {
			e := Analyze(in, today, nil, "").Extracted
			got := 0
			if e.Gap != nil && e.Gap.Since == nil {
				got = e.Gap.Months
			} else if e.Gap != nil {
				got = -1
			}
			if got != want {
				t.Errorf("%q: gap %v, want %d months", in, e.Gap, want)
			}
		}
	})
	t.Run("never registered by the employer is not a first enrolment", func(t *testing.T) {
		for _, in := range []string{
			"在佛山一家厂干了十个月，公司压根没给我上过社保，医保一天都没交过",
			"进公司八个月了 才知道公司从来没给我办过社保 我从来没有过医保",
			"my employer never registered me for social insurance, i never had medical insurance, worked there 6 months",
		} {
			e := Analyze(in, today, nil, "").Stated
			if e.Reason != rules.ReasonNotRegistered || e.FirstEnrolment {
				t.Errorf("%q: reason %q first %v, want not-registered, not first", in, e.Reason, e.FirstEnrolment)
			}
		}
	})
	t.Run("worked there N months", func(t *testing.T) {
		for in, want := range map[string]int{
			"my employer in Wuxi never registered me for social insurance, I've worked there 7 months":  7,
			"company never registered me for social insurance, i have worked here for 5 months already": 5,
		} {
			e := Analyze(in, today, nil, "").Stated
			if e.Gap == nil || e.Gap.Months != want {
				t.Errorf("%q: gap %v, want %d", in, e.Gap, want)
			}
		}
	})
	t.Run("an employer short of money, in everyday words", func(t *testing.T) {
		for _, in := range []string{
			"公司说客户回款慢 社保先停一个月 等钱到账再一起补",
			"单位说效益不好 医保停了两个月",
			"老板讲生意不好做 医保拖了两只月了",
			"厂里融资没到位 医保欠了三个月",
			"my company didnt pay medical insurance 3 months, boss says money problems",
			"employer has cash problems, insurance unpaid for 2 months",
		} {
			e := Analyze(in, today, nil, "").Extracted
			if e.Reason != rules.ReasonArrears || e.UnitStatus != rules.UnitHardship {
				t.Errorf("%q: reason %q unit %q, want arrears, hardship", in, e.Reason, e.UnitStatus)
			}
		}
	})
	t.Run("Shanghainese months and pinyin-keyboard typos", func(t *testing.T) {
		for in, want := range map[string]int{
			"阿拉单位医保拖了两只月了":        2,
			"公司欠了四只月医保":           4,
			"深圳的公司欠了我医保五个月 老版说困南": 5,
		} {
			e := Analyze(in, today, nil, "").Extracted
			if e.Gap == nil || e.Gap.Months != want {
				t.Errorf("%q: gap %v, want %d", in, e.Gap, want)
			}
		}
		if e := Analyze("公司欠了两个月医保 老版说资金困南", today, nil, "").Extracted; e.UnitStatus != rules.UnitHardship {
			t.Errorf("typos: unit %q, want hardship", e.UnitStatus)
		}
	})
	t.Run("a month that is a time limit", func(t *testing.T) {
		for in, want := range map[string]int{
			"公司说年底前补缴 我的医保已经断了三个月了":                                                                   3,
			"单位说10月份之前会统一补上 可我医保已经停了五个月了":                                                             5,
			"the company says it will pay before december, my insurance has been unpaid for 4 months": 4,
		} {
			e := Analyze(in, today, nil, "").Extracted
			if e.Gap == nil || e.Gap.Since != nil || e.Gap.Months != want {
				t.Errorf("%q: gap %v, want %d months", in, e.Gap, want)
			}
		}
	})
	t.Run("moved from one employer to another", func(t *testing.T) {
		for _, in := range []string{
			"I moved from a company in Foshan to another one in Foshan, 1 month without insurance between",
			"went from one company to another in Hangzhou, 2 months gap in between",
		} {
			if e := Analyze(in, today, nil, "").Extracted; e.Reason != rules.ReasonJobChange {
				t.Errorf("%q: reason %q, want job-change", in, e.Reason)
			}
		}
	})
	t.Run("a workplace named by its kind", func(t *testing.T) {
		for _, in := range []string{
			"I teach at a training center in Shenzhen, the centre did not pay my insurance for 3 months",
			"the restaurant I work at did not pay my yibao for 4 months",
		} {
			if e := Analyze(in, today, nil, "").Extracted; e.Payer != rules.PayerUnit || e.Reason != rules.ReasonArrears {
				t.Errorf("%q: payer %q reason %q, want unit, arrears", in, e.Payer, e.Reason)
			}
		}
	})
	t.Run("years paid told as a figure, and years of another place", func(t *testing.T) {
		for in, want := range map[string]string{
			"reached retirement age in Ningbo, my medical insurance years is 21": "21",
			"retired, contribution years are 16.5, shanghai":                     "16.5",
		} {
			e := Analyze(in, today, nil, "").Extracted
			if e.YearsPaid == nil || e.YearsPaid.String() != want {
				t.Errorf("%q: years paid %v, want %s", in, e.YearsPaid, want)
			}
		}
		for in, local := range map[string]string{
			"我妈刚到退休年龄 在杭州 医保一共交了二十年 杭州交了十二年 前面八年在安徽老家": "12",
			"到退休年龄了 在深圳 一共交了二十五年 深圳交了十年 其余十五年在湖南":      "10",
		} {
			a := Analyze(in, today, fakeRegions{}, "")
			if a.Gap != nil {
				t.Errorf("%q: gap %v, want none (years of another place)", in, a.Gap)
			}
			if a.LocalYearsPaid == nil || a.LocalYearsPaid.String() != local {
				t.Errorf("%q: local years %v, want %s", in, a.LocalYearsPaid, local)
			}
		}
	})
	t.Run("A, 还是B asks; if X, are my … asks", func(t *testing.T) {
		for in, want := range map[string]bool{
			"上班的医保断了 是什么情况都能补 还是有条件的":                                                                true,
			"职工医保断了 想补的话 是都能补 还是得满足条件的":                                                              true,
			"补完以后 是当天能用 还是要等下个月的":                                                                    true,
			"公司欠了三个月医保，还是正常开着的":                                                                      false,
			"断了两个月 还是没人管的":                                                                           false,
			"in guangzhou if the company pays the missed months later are my hospital bills covered": true,
			"if my boss pays it back are my costs from those months covered":                         true,
			"my employer in beijing owes 3 months and my bills are my problem now":                   false,
		} {
			if got := Analyze(in, today, nil, "").Asks; got != want {
				t.Errorf("%q: asks %v, want %v", in, got, want)
			}
		}
	})
}
