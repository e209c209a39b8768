package understand

import (
	"testing"

	"bujiao/rules"
)

// Sibling wordings: an employer that has not registered the person yet.
func TestNotRegistered26a(t *testing.T) {
	for _, text := range []string{
		"my employer in Shanghai has not enrolled me in medical insurance, 3 months now",
		"been at this company in Shenzhen for 4 months and they still haven't signed me up for social insurance",
		"working at a factory in Guangzhou for 2 months, HR hasn't registered me for insurance yet",
		"the company hasnt put me on social insurance, I joined 5 months ago, Hangzhou",
	} {
		e := Analyze(text, testToday, fakeRegions{}, "").Stated
		if e.Reason != rules.ReasonNotRegistered || e.Payer != rules.PayerUnit {
			t.Errorf("%q: %s, want payer=unit reason=not-registered", text, render(e))
		}
	}
}

// Sibling wordings: a baby born a month or so back is a newborn.
func TestNewborn26a(t *testing.T) {
	for text, want := range map[string]bool{
		"外孙女出生一个多月了 在上海 医保怎么办":                                                       true,
		"孩子生下来一个来月 广州的 能上居民医保吗":                                                      true,
		"our son is 5 weeks old, we live in Hangzhou, how to get him insured":        true,
		"my baby was born about a month ago in Shenzhen, what insurance can she get": true,
	} {
		e := Analyze(text, testToday, fakeRegions{}, "").Extracted
		if (e.Newborn != nil && *e.Newborn) != want {
			t.Errorf("%q: %s, want newborn=%v", text, render(e), want)
		}
	}
}

// Sibling wordings: 呢 after what is going on states; after a question
// word it asks.
func TestGoingOnNe26a(t *testing.T) {
	for c, want := range map[string]bool{
		"我现在领失业金呢":   false,
		"俺还在领失业金呢":   false,
		"我妈现在在家带孙子呢": false,
		"现在在哪交呢":     true,
		"那我呢":        true,
		"还在领的话怎么交呢":  true,
	} {
		if got := askingNe(c); got != want {
			t.Errorf("askingNe(%q) = %v, want %v", c, got, want)
		}
	}
}

// Sibling wordings: former arrears and months since leaving with the
// whole said in so many words.
func TestTotalGap26a(t *testing.T) {
	for text, want := range map[string]int{
		"离职两个月了 走之前公司有一个月没交 一共断了3个月 杭州":   3,
		"我辞职三个月了 之前公司最后两个月也没交 总共断了五个月 上海": 5,
		"离职一个月了 走前老板欠了两个月医保 加起来一共3个月 深圳":  3,
		"离职四个月 离职前公司欠了我两个月 一共断了1个月 上海":    0, // less than the arrears: asked
	} {
		e := Analyze(text, testToday, fakeRegions{}, "").Stated
		got := 0
		if e.Gap != nil && e.Gap.Since == nil {
			got = e.Gap.Months
		}
		if got != want {
			t.Errorf("%q: %s, want gap %d", text, render(e), want)
		}
	}
}
