package understand

import (
	"testing"

	"bujiao/rules"
)

func TestRound29aSiblings(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in   string
		want rules.Reason
	}{
		{"从一家公司跳到另一家，中间断了两个月医保", rules.ReasonJobChange},
		{"在深圳换到了另一家公司 断了一个月", rules.ReasonJobChange},
		{"从这家厂跳到另外一家厂 中间医保断了三个月", rules.ReasonJobChange},
		{"公司欠了两个月 后来我跳到别的公司了", rules.ReasonArrears},
		{"南京辞了去杭州上班 医保断了五个月", rules.ReasonJobChange},
		{"苏州离职后到上海工作了 断了三个月", rules.ReasonJobChange},
		{"辞职了去成都打工 断了四个月", rules.ReasonJobChange},
	} {
		if got := Analyze(c.in, today, nil, "").Extracted.Reason; got != c.want {
			t.Errorf("%q: reason %q, want %q", c.in, got, c.want)
		}
	}
	for _, c := range []struct {
		in     string
		reason rules.Reason
		owed   int
	}{
		{"我三个月前从杭州一家厂离职，后来才知道他们最后两个月都没给我交医保，一共断了三个月", rules.ReasonLeftJob, 2},
		{"上个月从那个厂辞职了 才知道厂里欠了我两个月医保 一共断了三个月", rules.ReasonLeftJob, 2},
		{"我想从公司离职，公司最后两个月没给我交医保", rules.ReasonArrears, 0},
		{"如果从单位辞职，单位欠的两个月医保怎么办", rules.ReasonArrears, 0},
	} {
		e := Analyze(c.in, today, nil, "").Extracted
		owed := 0
		if e.ArrearsBeforeLeaving != nil {
			owed = *e.ArrearsBeforeLeaving
		}
		if e.Reason != c.reason || owed != c.owed {
			t.Errorf("%q: reason %q owed %d, want %q %d", c.in, e.Reason, owed, c.reason, c.owed)
		}
	}
	for in, want := range map[string]int{
		"老板跑了 欠了两个月工资和五个月医保":     5,
		"厂子倒闭了，欠了我们三个月工资还有四个月社保": 4,
		"公司欠了我6个月工资 3个月社保没交":     3,
		"公司欠了三个月工资 社保也欠了三个月":     3,
	} {
		if g := Analyze(in, today, nil, "").Extracted.Gap; g == nil || g.Months != want {
			t.Errorf("%q: gap %v, want %d months", in, g, want)
		}
	}
	for in, want := range map[string]string{
		"moved shanghai -> guangzhou": "moved shanghai moved to guangzhou",
		"上海→广州":                       "上海到广州",
		"gap 3->4 months":             "gap 3->4 months",
		"jan -> mar":                  "jan -> mar",
	} {
		if got := arrowTo29a(in); got != want {
			t.Errorf("arrowTo29a(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRound29aPlaceYearsAndArrow(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for in, want := range map[string]string{
		"我今年到退休年龄了，杭州交了22年医保，退休后还要交吗": "22",
		"今年退休了 深圳 交了26年职工医保 还要交吗":     "26",
		"明年退休，上海这边缴了30年，够了吧":          "30",
		"到退休年龄了 在广州 医保一共交了22年 女的":     "",
		// fix46b: two places' years with no total are summed (25), and
		// the one place in the region (not the hometown) is local.
		"今年退休 老家杭州交了10年 上海交了15年 还要交吗": "15",
	} {
		a := Analyze(in, today, fakeRegions{}, "")
		got := ""
		if a.LocalYearsPaid != nil {
			got = a.LocalYearsPaid.String()
		}
		if got != want {
			t.Errorf("%q: local years %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"moved shanghai -> shenzhen, new job started, 4 months gap": "guangdong",
		"hangzhou → shenzhen for a new job, gap of 2 months":        "guangdong",
		"上海→杭州换了工作 断了两个月":                                           "zhejiang",
	} {
		a := Analyze(in, today, fakeRegions{}, "")
		if a.Region != want || !a.MovedAcross {
			t.Errorf("%q: region %q moved across %v, want %q and across", in, a.Region, a.MovedAcross, want)
		}
	}
}

func TestRound29aNotWorked(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for in, want := range map[string]int{
		"I quit my job in Hangzhou and haven't worked for 4 months, insurance stopped": 4,
		"left my job in shenzhen, havent worked for two months":                        2,
		"resigned last year, have not been working for 5 months now":                   5,
		"my company has not paid for 3 months":                                         3,
	} {
		if g := Analyze(in, today, nil, "").Extracted.Gap; g == nil || g.Months != want {
			t.Errorf("%q: gap %v, want %d months", in, g, want)
		}
	}
}
