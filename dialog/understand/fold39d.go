package understand

import "strings"

// Simplified39d writes the traditional characters of a message as their
// simplified twins (the readings' own fold, tradMap), and nothing else:
// 交 stays 交, letters and digits stay as typed. The dialog folds a typed
// message once with it, so the question words, the cues of the FAQ
// choice and the place names checked outside the readings ("怎麼辦",
// "換工作", "東莞") are the ones the simplified twin has (fix39d: "換工作
// 中間斷了兩個月醫保怎麼辦" was read as a reply that asks nothing, and
// answered without the entry its simplified twin gets).
func Simplified39d(s string) string {
	trad := false
	for _, r := range s {
		if r != '交' && isCJK(r) {
			if _, ok := tradMap[r]; ok {
				trad = true
				break
			}
		}
	}
	if !trad {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r == '交' || !isCJK(r) {
			return r
		}
		if t, ok := tradMap[r]; ok {
			return t
		}
		return r
	}, s)
}

// FoldText39d writes a message as the readings see it before their word
// lists: traditional characters folded to simplified ones, full-width
// letters and digits to ASCII, Latin letters to lower case.
func FoldText39d(s string) string {
	return strings.Map(foldRune, s)
}
