package understand

import (
	"regexp"
	"strings"
)

// A number corrected inside the message that told it ("在上海交了10年 其实
// 是12年", "断了两个月 不对 是三个月", "paid 10 years in Shanghai, actually
// 12", "2 months, sorry, 3 months"): the second number replaces the first,
// and the correction is not read as a second quantity (it used to become a
// 144-month gap). Only a number of the same unit, or a bare number right
// after the correction word, is taken; "不是三个月" is a denial, not a
// correction, and is left alone.
var (
	zhInlineFixRE = regexp.MustCompile(`([0-9]+|[一二两三四五六七八九十半]+)(\s*)(个多月|个月|多年|年)((?:医保|社保|职工医保|居民医保|了|的|左右)*)` +
		`([\s，,。.、！!]*(?:哦不对|噢不对|啊不对|哦不|噢不|不对不对|不对|说错了|搞错了|打错了|错了|更正一下|更正)?[\s，,。.、！!]*(?:其实是|其实有|其实|应该是|准确说是|是)?\s*)` +
		`([0-9]+|[一二两三四五六七八九十半]+)\s*(个多月|个月|多年|年)?`)
	enInlineFixRE = regexp.MustCompile(`(?i)\b([0-9]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(\s+)(months?|years?|yrs?)\b((?:\s+(?:in|at|of|with|for|unpaid|paid)(?:\s+[a-z]+)?){0,2})` +
		`([\s,.!;:-]*(?:sorry|no wait|wait|oops|correction|i mean|i meant|make that|actually)[\s,.!;:-]*(?:it'?s|it was|its|more like|like|rather)?\s*)` +
		`([0-9]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(\s*(?:months?|years?|yrs?)\b)?`)
	// zhInlineFixWord: the words that make "…是" a correction; a bare
	// "是" after a number is not one ("交了10年 是单位交的").
	zhInlineFixWord = []string{"其实", "不对", "说错", "搞错", "打错", "错了", "更正", "应该是", "准确说", "哦不", "噢不"}
)

// fixInline rewrites a number corrected within the message to the
// corrected one; it reports whether it did.
func fixInline(s string) (string, bool) {
	fixed := false
	s = zhInlineFixRE.ReplaceAllStringFunc(s, func(m string) string {
		g := zhInlineFixRE.FindStringSubmatch(m)
		if !hasAny(g[5], zhInlineFixWord) || g[7] != "" && fixUnit(g[7]) != fixUnit(g[3]) {
			return m
		}
		fixed = true
		return g[6] + g[2] + g[3] + g[4]
	})
	s = enInlineFixRE.ReplaceAllStringFunc(s, func(m string) string {
		g := enInlineFixRE.FindStringSubmatch(m)
		if g[7] != "" && fixUnit(g[7]) != fixUnit(g[3]) {
			return m
		}
		fixed = true
		return g[6] + g[2] + g[3] + g[4]
	})
	s, f45 := fixMonths45a(s) // read45a.go: before 25b, the last month told wins
	s, fm := fixMonths25b(s)  // months25b.go
	s, fs := fixScheme31a(s)  // read31a.go
	s, fd := fixDays36b(s)    // read36b.go
	return s, fixed || fm || fs || fd || f45
}

// fixUnit is "m" for months and "y" for years.
func fixUnit(u string) string {
	u = strings.ToLower(strings.TrimSpace(u))
	if strings.Contains(u, "月") || strings.HasPrefix(u, "month") {
		return "m"
	}
	return "y"
}
