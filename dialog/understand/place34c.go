package understand

import (
	"strings"
	"unicode"
)

// Place abbreviations that stand for places under different rules (fix34c,
// issue 17): "hz" is Hangzhou, Huzhou (Zhejiang) or Huizhou (Guangdong);
// "gz" Guangzhou (Guangdong), Ganzhou or Guizhou (national rules); "沪深"
// names two cities, Shanghai and Shenzhen. None is read as a place; the
// region question asks, offering the places they may be. A lone 杭 / 沪 /
// 穗 / 甬 as the message's first word, set off by a space or comma ("杭
// 灵活就业 断了2个月"), is the place (read30b.go).

// abbrAmbiguous34c are the Latin abbreviations that are never read.
var abbrAmbiguous34c = map[string]bool{"hz": true, "gz": true}

// zhTwoCities34c name two cities at once.
var zhTwoCities34c = []string{"沪深", "深沪"}

// AmbiguousAbbr34c returns the abbreviation typed as a place that may be
// places under different rules ("hz", "gz", "沪深"), or "".
func AmbiguousAbbr34c(msg string) string {
	s := strings.ToLower(msg)
	for _, w := range zhTwoCities34c {
		if strings.Contains(s, w) {
			return "沪深"
		}
	}
	found := ""
	rewriteWords(s, isLetter, isAlnum, func(i, j int) (string, bool) {
		w := s[i:j]
		if found == "" && abbrAmbiguous34c[w] && (i == 0 || !isAlnum(s[i-1])) && (j == len(s) || !isAlnum(s[j])) {
			found = w
		}
		return "", false
	})
	return found
}

// twoCitiesOut34c blanks the words that name two cities, so that neither
// is read as the place.
func twoCitiesOut34c(s string) string {
	for _, w := range zhTwoCities34c {
		s = strings.ReplaceAll(s, w, " ")
	}
	return s
}

// firstOne34c: s[i:end] is a one-character abbreviation that is the
// message's first word, set off by a space or comma.
func firstOne34c(s string, i, end int) bool {
	if strings.TrimSpace(s[:i]) != "" {
		return false
	}
	rest := s[end:]
	return rest == "" || strings.HasPrefix(rest, " ") || strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, "，") || strings.HasPrefix(rest, "、")
}

// firstOneComma34c sets a one-character abbreviation that opens the
// message off with a comma ("杭 灵活就业" → "杭,灵活就业"): normalising
// drops the space between Chinese words, and with it the boundary.
func firstOneComma34c(text string) string {
	t := strings.TrimLeft(text, " \t")
	for one := range zhOne30b {
		if !strings.HasPrefix(t, one) {
			continue
		}
		rest := t[len(one):]
		if r := strings.TrimLeftFunc(rest, unicode.IsSpace); r != rest && r != "" {
			return one + "," + r
		}
	}
	return text
}
