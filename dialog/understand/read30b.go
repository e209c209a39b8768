package understand

import (
	"strings"
	"unicode/utf8"

	"bujiao/rules"
)

// City abbreviations and nicknames people type (fix30b): "hz", "gz", "sh",
// "bj", "nb", 沪, 杭, 穗, 甬, 鹏城, 魔都, 帝都, 羊城. They are read as the
// place only where they plainly are one: a message that is nothing else,
// a word of place before them ("in hz", "在沪", "来穗打工"), or the first
// word of a message cut off by a comma ("hz, freelancer, 3 months"). Never
// inside other words (稻穗, 甬道, 沪深, "shh"), and "nb" (also slang for
// "awesome") only after a word of place or alone at the region question.
// "sz" is Shenzhen or Suzhou: never read, asked with both (SaysSZ30b).

// zhNick30b are nicknames no other word holds.
var zhNick30b = map[string]string{"鹏城": "深圳", "魔都": "上海", "帝都": "北京", "羊城": "广州", "沪上": "上海", "申城": "上海"}

// zhOne30b are one-character abbreviations, read only in zhPlaceBefore30b's
// context and before a boundary.
var zhOne30b = map[string]string{"沪": "上海", "杭": "杭州", "穗": "广州", "甬": "宁波"}

// enAbbr30b are the Latin abbreviations.
// ("hz" and "gz" may be places under different rules: never read,
// place34c.go.)
var enAbbr30b = map[string]string{"sh": "shanghai", "bj": "beijing", "nb": "ningbo"}

// zhPlaceBefore30b right before an abbreviation make it a place.
var zhPlaceBefore30b = []string{"在", "来", "去", "回", "到", "离", "驻", "赴", "从", "返"}

// zhAfterOne30b may follow a one-character abbreviation: the end of a
// word of place ("在沪工作", "来穗打工", "在甬参保").
var zhAfterOne30b = []string{"工作", "上班", "打工", "务工", "参保", "缴", "交", "医保", "社保", "买", "的", "定居", "生活", "发展", "干", "做",
	"落户", "读书", "住", "了", "后", "前", "以后", "之后", "那边", "这边"}

// enPlaceBefore30b right before a Latin abbreviation make it a place.
var enPlaceBefore30b = []string{"in ", "at ", "to ", "from ", "based in ", "living in ", "work in ", "working in ", "在", "去", "来", "回", "到", "从"}

// placeNicknames30b rewrites the abbreviations of s that are plainly a
// place into the city's name, for the region reading only.
func placeNicknames30b(s string, expecting rules.Field) string {
	s = twoCitiesOut34c(s) // place34c.go
	for nick, name := range zhNick30b {
		s = strings.ReplaceAll(s, nick, name)
	}
	trimmed := strings.Trim(s, " ,.!?;:，。！？；：~")
	if name, ok := zhOne30b[trimmed]; ok {
		return name
	}
	for one, name := range zhOne30b {
		for from := 0; ; {
			i := strings.Index(s[from:], one)
			if i < 0 {
				break
			}
			i += from
			end := i + len(one)
			from = end
			first := firstOne34c(s, i, end) // place34c.go: "杭 灵活就业"
			if _, ok := hasSuffixAny(s[:i], zhPlaceBefore30b); !ok && !first {
				continue
			}
			rest := strings.TrimLeft(s[end:], " ")
			if rest != "" && !first {
				r, _ := utf8.DecodeRuneInString(rest)
				if r >= 0x80 && !strings.ContainsRune("，。！？；：、", r) && !hasPrefixAny30b(rest, zhAfterOne30b) {
					continue
				}
			}
			s = s[:i] + name + s[end:]
			from = i + len(name)
		}
	}
	return rewriteWords(s, isLetter, isAlnum, func(i, j int) (string, bool) {
		w := s[i:j]
		name, ok := enAbbr30b[w]
		if !ok || i > 0 && isAlnum(s[i-1]) || j < len(s) && isAlnum(s[j]) {
			return "", false
		}
		if strings.Trim(s[:i], " ,.!?;:，。！？；：~") == "" && strings.Trim(s[j:], " ,.!?;:，。！？；：~") == "" {
			// The whole message: "nb" only as the answer to the region
			// question.
			return name, w != "nb" || expecting == rules.FieldRegion
		}
		if _, ok := hasSuffixAny(s[:i], enPlaceBefore30b); ok {
			return name, true
		}
		// The first word, cut off by a comma or followed by Chinese:
		// "hz, freelancer", "sh 灵活就业".
		return name, w != "nb" && firstWord30b(s, i, j)
	})
}

// firstWord30b: s[i:j] is the message's first word, cut off by a comma or
// followed by Chinese.
func firstWord30b(s string, i, j int) bool {
	if strings.TrimSpace(s[:i]) != "" {
		return false
	}
	rest := strings.TrimLeft(s[j:], " ")
	return strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, "，") || rest != "" && rest[0] >= 0x80
}

// PlaceNicknames30b is placeNicknames30b for a message as typed.
func PlaceNicknames30b(msg string, expecting rules.Field) string {
	return placeNicknames30b(strings.ToLower(msg), expecting)
}

func hasPrefixAny30b(s string, ws []string) bool {
	for _, w := range ws {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// SaysSZ30b reports "sz" typed as a place (by placeNicknames30b's rules):
// Shenzhen or Suzhou, which the region question then offers both of.
func SaysSZ30b(msg string, expecting rules.Field) bool {
	s := strings.ToLower(msg)
	found := false
	rewriteWords(s, isLetter, isAlnum, func(i, j int) (string, bool) {
		if s[i:j] != "sz" || i > 0 && isAlnum(s[i-1]) || j < len(s) && isAlnum(s[j]) {
			return "", false
		}
		lone := strings.Trim(s[:i], " ,.!?;:，。！？；：~") == "" && strings.Trim(s[j:], " ,.!?;:，。！？；：~") == ""
		_, after := hasSuffixAny(s[:i], enPlaceBefore30b)
		found = found || lone || after || firstWord30b(s, i, j)
		return "", false
	})
	return found
}
