package understand

import "strings"

// A switch told as then and now, with no switching word (heldout11: "我之前
// 一直交居民医保交了三年 现在自己开了个小店 按灵活就业交职工医保", "I had
// employee medical insurance ... now ... I want to join the resident
// scheme instead"): the first scheme told as the past (之前, 以前, 原来;
// had, used to, was on), a "now" between the two (现在, 如今, 后来; now,
// these days), and the second scheme paid or joined now (缴职工医保, 参加
// 居民医保; join, pay, enrol, switch to, or "instead" after it). Both
// directions. Naming the second scheme only to ask about it ("之前职工医保断
// 了 现在想问问居民医保是什么") is no switch: it is not paid or joined.

var (
	zhThen = []string{"之前", "以前", "原来", "原先", "本来", "过去", "早先", "先前", "早些年", "前些年",
		// "我一直缴的南京居民医保 … 现在…单位给缴职工医保" (heldout12).
		"一直"}
	enThen = []string{"had ", "used to", "was on", "was in", "were on", "were in", "previously", "before", "been on", "been in", "formerly"}
	zhNow  = []string{"现在", "如今", "目前", "后来", "这阵子", "最近", "眼下", "今年开始", "今年起"}
	enNow  = []string{" now ", " now,", "these days", "currently", "at the moment", "then "}
	// Right before the second scheme (zh, 交 is 缴), or before it in
	// English.
	zhJoinNow = []string{"缴", "参加", "参保", "买", "上", "办", "交", "转", "换", "改", "入", "按"}
	enJoinNow = []string{"join", "pay", "enrol", "enroll", "switch", "sign up", "signed up", "get", "go on", "move", "change", "apply", "register"}
)

// switchByContrast reports the schemes named at a (first) and b (second)
// as a switch told by then and now.
func switchByContrast(s string, a, b int) bool {
	if a < 0 || b <= a || b > len(s) {
		return false
	}
	before := lastRunes(s[:a], 12)
	firstAt := cutRunes(s[a:], 4)
	then := hasAny(before, zhThen) || hasAny(s[max(0, a-30):a]+firstAt, enThen)
	if !then {
		return false
	}
	between := " " + strings.ReplaceAll(s[a:b], ",", " ") + " "
	if !hasAny(between, zhNow) && !hasAny(between, enNow) {
		return false
	}
	if s[b] >= 0x80 {
		near := lastRunes(s[:b], 6)
		return hasAny(near, zhJoinNow) && !hasAny(near, []string{"问", "了解", "什么", "吗"})
	}
	near := s[max(0, b-30):b]
	if i := strings.LastIndexAny(near, ",."); i >= 0 {
		near = near[i+1:]
	}
	return hasAny(near, enJoinNow) && !hasAny(near, []string{"what is", "whats", "about", "ask"}) ||
		strings.Contains(cutRunes(s[b:], 40), "instead")
}
