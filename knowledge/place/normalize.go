package place

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// traditional folds the traditional characters that occur in division names
// to their simplified forms, so that 廣州 and 臺灣 resolve. It is a small
// table on purpose: it covers names, not the language.
var traditional = func() map[rune]rune {
	const pairs = "廣广東东門门灣湾臺台蘇苏華华陽阳漢汉慶庆寧宁島岛龍龙興兴黃黄長长鄭郑濟济嶺岭雲云貴贵陝陕遼辽" +
		"開开豐丰鄉乡縣县區区鎮镇紹绍溫温麗丽錫锡鹽盐揚扬連连瀋沈齊齐爾尔濱滨臨临順顺滬沪張张萬万寶宝歷历義义烏乌" +
		"魯鲁瀘泸綿绵內内鳳凤壽寿鐵铁錦锦葉叶蘭兰歸归嶽岳衛卫邊边關关陰阴鞏巩靈灵澤泽潁颍滄沧淶涞灤滦寧宁錢钱塘塘" +
		"樂乐愛爱達达遠远遼辽鶴鹤雞鸡雙双佳佳綏绥撫抚圍围熱热陸陆億亿鄂鄂藥药晉晋潤润彎弯莊庄廈厦漳漳" +
		"湯汤滎荥鄲郸閩闽贛赣淮淮環环衢衢鄒邹蘆芦雙双鬱郁倉仓淩凌懷怀麥麦漁渔農农禮礼徐徐"
	m := map[rune]rune{}
	rs := []rune(pairs)
	for i := 0; i+1 < len(rs); i += 2 {
		if rs[i] != rs[i+1] {
			m[rs[i]] = rs[i+1]
		}
	}
	return m
}()

// tradBits marks the keys of traditional in the CJK block, so that a text
// without them is scanned without a map look-up per character.
var tradBits = func() (bits [(0xA000 - 0x4E00) / 64]uint64) {
	for r := range traditional {
		if r >= 0x4E00 && r < 0xA000 {
			bits[(r-0x4E00)/64] |= 1 << ((r - 0x4E00) % 64)
		}
	}
	return bits
}()

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// foldRune maps full-width ASCII to ASCII and traditional characters to
// simplified ones.
func foldRune(r rune) rune {
	if r >= 0xFF01 && r <= 0xFF5E {
		return r - 0xFF01 + '!'
	}
	if r == 0x3000 {
		return ' '
	}
	if s, ok := traditional[r]; ok {
		return s
	}
	return r
}

// hanOnly returns the Han characters of s, folded, or "" when it has none.
// Everything else (spaces, punctuation, latin) is dropped: "上海 普陀" and
// "上海·普陀区" are the same name.
func hanOnly(s string) []rune {
	var out []rune
	for _, r := range s {
		r = foldRune(r)
		if isHan(r) {
			out = append(out, r)
		}
	}
	// A leading 中国 names the country, not a place in it.
	for _, pre := range [][]rune{[]rune("中华人民共和国"), []rune("中国")} {
		if len(out) > len(pre) && string(out[:len(pre)]) == string(pre) {
			out = out[len(pre):]
		}
	}
	return out
}

// English words that describe a division rather than name it; none of them
// is a pinyin syllable, so dropping them never eats part of a name.
var latinFiller = map[string]bool{
	"city": true, "district": true, "county": true, "province": true, "prefecture": true,
	"municipality": true, "autonomous": true, "region": true, "new": true, "area": true,
	"special": true, "administrative": true, "sar": true, "china": true, "prc": true,
	"the": true, "of": true, "level": true, "prefecturelevel": true, "countylevel": true,
	"league": true, "banner": true,
}

// accents folds pinyin written with tone marks to plain letters.
var accents = strings.NewReplacer(
	"ā", "a", "á", "a", "ǎ", "a", "à", "a", "ē", "e", "é", "e", "ě", "e", "è", "e",
	"ī", "i", "í", "i", "ǐ", "i", "ì", "i", "ō", "o", "ó", "o", "ǒ", "o", "ò", "o",
	"ū", "u", "ú", "u", "ǔ", "u", "ù", "u", "ǖ", "v", "ǘ", "v", "ǚ", "v", "ǜ", "v", "ü", "v",
)

// latinTokens splits romanised input into lower-case words, dropping the
// apostrophe inside a word (Xi'an → xian), descriptive English words and
// anything that is not a letter.
func latinTokens(s string) []string {
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(foldRune(r))
	}
	s = accents.Replace(strings.ToLower(b.String()))
	var out []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() == 0 {
			return
		}
		w := cur.String()
		cur.Reset()
		if !latinFiller[w] {
			out = append(out, w)
		}
	}
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			cur.WriteRune(r)
		case r == '\'' || r == '’' || r == '-' && cur.Len() > 0:
			// Xi'an, Xi’an; prefecture-level joins into one filler word.
		default:
			flush()
		}
	}
	flush()
	return out
}

// capitalised reports whether the word at s starts with an upper-case letter.
func capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
