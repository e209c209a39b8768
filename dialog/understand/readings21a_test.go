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
}
