package understand

import (
	"strings"
	"unicode/utf8"
)

// Readings from heldout14's first (unseen) run.

// ---------------------------------------------------------------------------
// Where a person comes from is not where they are insured

// originAfter follow a place that names where a person comes from ("我四川
// 人在东莞打工", "台湾同胞 在东莞台企上班", "本人福建籍", "河南老乡"); the
// place they work or live in is named elsewhere ("在东莞").
var originAfter = []string{"人", "同胞", "籍", "老乡", "妹子", "小伙"}

// originBeforeZh and originBeforeEn come right before a place of origin:
// "我来自四川", "i'm from sichuan", "originally from hubei".
var (
	originBeforeZh = []string{"来自", "老家是", "祖籍"}
	originBeforeEn = []string{"i'm from ", "i am from ", "im from ", "originally from ", "i come from ", "i'm originally from ",
		"comes from ", "native of "}
	// originAfterEn follow an English place of origin: "hunan guy working
	// in foshan", "a sichuan native".
	originAfterEn = []string{" guy", " girl", " native", " person", " man", " woman", " lady", " ren "}
)

// originNext: what may follow the origin noun so that it ends the phrase
// ("四川人在东莞", "四川人，") — and not "人社局", "人民医院", "人寿".
const originNext = "在喺佇现但可目来去到嘛啊呀哦呢咯，,。 ！!；;、"

// stripOrigin blanks the places s names as where the person comes from,
// when another place is left to name where they are insured; otherwise s
// (heldout14: "我湖南的在佛山厂里做事" is insured in Foshan, "我是上海人
// 医保断了两个月" in Shanghai).
func stripOrigin(s string, regions RegionMatcher) string {
	out := s
	for _, m := range originAfter {
		out = blankBefore(out, m, regions)
	}
	out = blankMyPlaceDe(out, regions)
	for _, m := range originBeforeZh {
		out = blankAfter(out, m, regions, true)
	}
	for _, m := range originBeforeEn {
		out = blankAfter(out, m, regions, false)
	}
	for _, m := range originAfterEn {
		out = blankBefore(out, m, regions)
	}
	if out == s {
		return s
	}
	if _, ok := regions.MatchRegion(out); !ok {
		return s
	}
	return out
}

// blankBefore blanks a place right before each marker m that ends an
// origin phrase: the shortest run of up to four characters (or one ASCII
// word) before m that names a place.
func blankBefore(s, m string, regions RegionMatcher) string {
	for from := 0; ; {
		k := strings.Index(s[from:], m)
		if k < 0 {
			return s
		}
		i := from + k
		from = i + len(m)
		after := s[i+len(m):]
		if m[0] >= 0x80 && after != "" {
			// The noun must end the phrase: "四川人在", not "上海人社局".
			r, _ := utf8.DecodeRuneInString(after)
			if !strings.ContainsRune(originNext, r) {
				continue
			}
		}
		if m[0] < 0x80 && (i == 0 || !isLetter(s[i-1])) {
			continue
		}
		if at, ok := placeBefore(s[:i], regions); ok {
			s = s[:at] + "," + s[i+len(m):]
			from = at + 1
		}
	}
}

// placeBefore finds the start of the place that ends b: the shortest run
// of one to four CJK characters, or the last ASCII word, that names one.
func placeBefore(b string, regions RegionMatcher) (int, bool) {
	if b == "" {
		return 0, false
	}
	if b[len(b)-1] < 0x80 {
		j := len(b)
		for j > 0 && isLetter(b[j-1]) {
			j--
		}
		if j == len(b) {
			return 0, false
		}
		_, ok := regions.MatchRegion(b[j:])
		return j, ok
	}
	at := len(b)
	for n := 0; n < 4 && at > 0; n++ {
		r, size := utf8.DecodeLastRuneInString(b[:at])
		if r < 0x80 {
			break
		}
		at -= size
		if n == 0 {
			continue // one character alone is no place of origin here
		}
		if _, ok := regions.MatchRegion(b[at:]); ok {
			return at, true
		}
	}
	return 0, false
}

// blankMyPlaceDe blanks the place in "我湖南的在佛山", "我是江西的，在宁波": a
// place between "我/我是/俺/阮" and "的" that ends the phrase, which is
// where the person is from ("我杭州的公司" goes on, and stays).
func blankMyPlaceDe(s string, regions RegionMatcher) string {
	for from := 0; ; {
		k := strings.Index(s[from:], "的")
		if k < 0 {
			return s
		}
		i := from + k
		from = i + len("的")
		after := s[i+len("的"):]
		if after != "" {
			r, _ := utf8.DecodeRuneInString(after)
			if !strings.ContainsRune("在喺佇，,。 ！!；;、", r) {
				continue
			}
		}
		at, ok := placeBefore(s[:i], regions)
		if !ok {
			continue
		}
		head := strings.TrimRight(s[:at], " ")
		if !hasSuffixAnyStr(head, []string{"我", "我是", "我係", "俺", "俺是", "阮", "阿拉", "本人", "本人是"}) {
			continue
		}
		s = s[:at] + "," + s[i+len("的"):]
		from = at + 1
	}
}

// blankAfter blanks the place right after each marker m that opens an
// origin phrase ("来自四川", "i'm from sichuan"); zh takes up to four
// characters, en one word ("from beijing to shanghai" is a move, not an
// origin, and stays).
func blankAfter(s, m string, regions RegionMatcher, zh bool) string {
	for from := 0; ; {
		k := strings.Index(s[from:], m)
		if k < 0 {
			return s
		}
		i := from + k
		from = i + len(m)
		rest := s[i+len(m):]
		end := 0
		if zh {
			for n := 0; n < 4 && end < len(rest); n++ {
				r, size := utf8.DecodeRuneInString(rest[end:])
				if r < 0x80 || strings.ContainsRune("，。的人在", r) {
					break
				}
				end += size
			}
		} else {
			for end < len(rest) && isLetter(rest[end]) {
				end++
			}
			if strings.HasPrefix(rest[end:], " to ") {
				continue
			}
		}
		if end == 0 {
			continue
		}
		if _, ok := regions.MatchRegion(rest[:end]); !ok {
			continue
		}
		s = s[:i+len(m)] + "," + rest[end:]
	}
}
