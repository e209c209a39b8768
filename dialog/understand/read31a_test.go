package understand

import (
	"testing"

	"bujiao/rules"
)

// Sibling wordings of the readings of read31a.go (written for the round,
// not the held-out set's text).
func TestRound31aSiblings(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	// The new place of a hire is the region, across from the old one.
	for _, c := range []struct{ in, region string }{
		{"原来在杭州上班 上个月入职了广州的一家公司 医保断了一个月", "guangdong"},
		{"以前在北京工作 10月入职上海浦东一家公司 断了3个月", "shanghai"},
		{"之前在深圳打工 后来到杭州上班了 中间断了两个月", "zhejiang"},
		{"I used to work in Shanghai, started at a company in Shenzhen in November, 2 months gap", "guangdong"},
		{"之前在上海 现在在杭州 断了两个月", "zhejiang"},
	} {
		a := Analyze(c.in, today, fakeRegions{}, "")
		if a.Region != c.region || !a.MovedAcross {
			t.Errorf("%q: region %q across %v, want %q across", c.in, a.Region, a.MovedAcross, c.region)
		}
	}
	// A hire after a job before: a job change, no presumed arrears.
	for _, in := range []string{"以前在北京工作 10月入职上海浦东一家公司 断了3个月",
		"I used to work in Shanghai, started at a company in Shenzhen in November, 2 months gap",
		"之前在苏州的厂里 这个月入职杭州的新公司 断了两个月"} {
		if e := Analyze(in, today, fakeRegions{}, "").Extracted; e.Reason != rules.ReasonJobChange || e.UnitStatus != "" {
			t.Errorf("%q: reason %q unit %q, want job-change", in, e.Reason, e.UnitStatus)
		}
	}
	// Someone else never enrolled by the employer: not registered.
	for in, want := range map[string]rules.Reason{
		"老板一直没给她上过医保 她干了两年":       rules.ReasonNotRegistered,
		"我儿子在厂里干了八个月 厂里从来没给他买过社保": rules.ReasonNotRegistered,
		"我老公的公司压根没给他办社保":          rules.ReasonNotRegistered,
		"我爸在工地干了三年 包工头从来没给他上过社保":  rules.ReasonNotRegistered,
		"公司欠了他三个月社保":              rules.ReasonArrears,
		"他们公司这三个月没给他交社保":          rules.ReasonArrears,
	} {
		if e := Analyze(in, today, nil, "").Extracted; e.Reason != want {
			t.Errorf("%q: reason %q, want %q", in, e.Reason, want)
		}
	}
	if g := Analyze("我爸在东莞工地干了两年 包工头从来没给他上过社保", today, nil, "").Extracted.Gap; g == nil || g.Months != 24 {
		t.Errorf("never enrolled for two years worked: gap %v, want 24 months", g)
	}
	// Wu "忘记脱" (forgot): the months after it are the gap.
	for in, want := range map[string]int{
		"我自家交额医保 忘记脱交了 四个月 杭州": 4,
		"灵活就业 忘记脱缴了 三个号头 上海":   3,
		"自己交个医保忘记脱交 两个月了":      2,
	} {
		if g := Analyze(in, today, nil, "").Extracted.Gap; g == nil || g.Months != want {
			t.Errorf("%q: gap %v, want %d months", in, g, want)
		}
	}
	// The whole gap told in English beside months a former employer owed.
	for in, want := range map[string]int{
		"left my old job in Hangzhou, they owed the last 2 months, joined a new company a month later, 3 months in total": 3,
		"quit in Shanghai, old boss did not pay my last two months, the total gap is four months":                         4,
		"changed jobs, my previous employer skipped my last 2 months before I left, so the gap is 2 months":               2,
	} {
		if g := Analyze(in, today, nil, "").Extracted.Gap; g == nil || g.Months != want {
			t.Errorf("%q: gap %v, want %d months", in, g, want)
		}
	}
	// About to lapse: no year broken; this year told unpaid still is one.
	for in, gap := range map[string]int{
		"城乡居民医保今年没交 马上要断了":      0,
		"居民医保今年没交 快断了 还来得及吗":    0,
		"我爸的居民医保今年没交 要断了 现在能交吗": 0,
		"我妈的居民医保今年没交":           12,
		"居民医保今年没交上":             12,
	} {
		a := Analyze(in, today, nil, "")
		for _, e := range []Extracted{a.Extracted, a.Stated} {
			got := 0
			if e.Gap != nil {
				got = e.Gap.Months
			}
			if got != gap {
				t.Errorf("%q: gap %d months, want %d", in, got, gap)
			}
		}
	}
	// A bill paid out of pocket is no payer of the insurance.
	for in, want := range map[string]rules.Payer{
		"上海 公司欠了两个月 我上个月去医院看病自费的 下个月还要去":                                  rules.PayerUnit,
		"广州 单位欠缴四个月 看急诊全自费 怎么办":                                           rules.PayerUnit,
		"Shenzhen, my company owes 3 months, I paid cash at the hospital": rules.PayerUnit,
		"公司欠了三个月医保 住院的钱是自己掏的":                                             rules.PayerUnit,
		"I'm self-employed, paid myself at the hospital, gap of 3 months": rules.PayerIndividual,
		"灵活就业 自己交医保 断了两个月 看病自费的":                                          rules.PayerIndividual,
	} {
		if e := Analyze(in, today, nil, "").Extracted; e.Payer != want {
			t.Errorf("%q: payer %q, want %q", in, e.Payer, want)
		}
	}
	// A visit made and one planned: the planned one.
	for in, want := range map[string]rules.Date{
		"上海 公司欠了三个月 11月3号已经住过院了 2027年2月10号还要做手术": {Year: 2027, Month: 2, Day: 10},
		"杭州 自己交的医保断了两个月 9月5号看过门诊 1月20号要复查":       {Year: 2027, Month: 1, Day: 20},
		"断了三个月 10月8号去医院看过了 2027-01-15还要去复查":      {Year: 2027, Month: 1, Day: 15},
	} {
		e := Analyze(in, today, nil, "").Extracted
		if e.Treatment == nil || *e.Treatment != want {
			t.Errorf("%q: treatment %v, want %v", in, e.Treatment, want)
		}
	}
	// A scheme or payer taken back: the later one.
	for _, c := range []struct {
		in     string
		scheme rules.Scheme
		payer  rules.Payer
	}{
		{"我是职工医保 不对 是居民医保 断了一年", rules.SchemeResident, ""},
		{"单位交的 哦不对 是我自己交的 灵活就业 断了4个月 上海", rules.SchemeEmployee, rules.PayerIndividual},
		{"resident scheme, sorry I mean employee insurance, self-paid, hangzhou, 3 months", rules.SchemeEmployee, rules.PayerIndividual},
		{"居民医保 说错了 职工医保 公司欠了两个月", rules.SchemeEmployee, rules.PayerUnit},
	} {
		e := Analyze(c.in, today, nil, "").Extracted
		if e.Scheme != c.scheme || c.payer != "" && e.Payer != c.payer {
			t.Errorf("%q: scheme %q payer %q, want %q %q", c.in, e.Scheme, e.Payer, c.scheme, c.payer)
		}
	}
}

// Two places and nothing telling which is new: a pair to ask; a marker of
// the new one, or one place, gives none.
func TestTwoPlaces31a(t *testing.T) {
	for in, want := range map[string]bool{
		"上海和深圳 换了工作 中间断了两个月":                                  true,
		"I changed jobs, Shanghai and Hangzhou, 2 months gap": true,
		"杭州 上海 跳槽 断了一个月":                                      true,
		"之前在上海上班 11月入职深圳的新公司 断了两个月":                           false,
		"从上海跳槽到杭州 断了一个月":                                      false,
		"上海 换了工作 中间断了两个月":                                     false,
		"moved from Shanghai to Shenzhen, changed jobs":       false,
	} {
		_, _, ok := TwoPlaces(in, fakeRegions{})
		if ok != want {
			t.Errorf("%q: two places %v, want %v", in, ok, want)
		}
	}
}
