package understand

import "strings"

// Typos people make with a pinyin keyboard, where the wrong character
// sounds the same: "单为欠交医包三个月了 广洲". Each pair has the same
// length in bytes, so the clause offsets found while normalising still
// hold after the replacement. Place names are left to the place reader,
// which offers the nearest places for a misspelt one ("杭洲").
var typoFix = strings.NewReplacer(
	"单为", "单位", "医包", "医保", "医宝", "医保", "社包", "社保", "我门", "我们", "公思", "公司", "职功", "职工",
	"居明", "居民", "倒必", "倒闭", "灵或", "灵活",
)

func fixTypos(s string) string {
	if s == "" {
		return s
	}
	return typoFix.Replace(s)
}
