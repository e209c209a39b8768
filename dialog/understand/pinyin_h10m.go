package understand

import (
	"slices"
	"strings"
)

// Numbers of two or more syllables typed in pinyin ("shi si nian",
// "er shi san nian", "shisi nian", "shi er ge yue", "san shi nian"): the
// syllables are written as one Chinese numeral before the unit that
// follows them, so "jiao le shi si nian" is 缴了十四年 and not 缴了是四年.
// A number read here is always followed by a unit (年, 个月, 月, 岁) or
// joined to one ("shi sinian"); "shi" alone is 是 as often as 十, so a
// leading "shi" after a word that takes 是 ("wo shi san ge yue") is left
// to the word list.

// pyDigits are the syllables of a numeral.
var pyDigits = map[string]string{
	"ling": "零", "yi": "一", "er": "二", "liang": "两", "san": "三", "si": "四", "wu": "五", "liu": "六",
	"qi": "七", "ba": "八", "jiu": "九", "shi": "十", "bai": "百",
}

// pyUnits are the units a numeral of pinyin stands before, joined to its
// last syllable or typed apart; the longest first.
var pyUnits = []struct{ py, hz string }{
	{"gebanyue", "个半月"}, {"nianban", "年半"}, {"nianduo", "年多"}, {"geduoyue", "个多月"}, {"geyue", "个月"},
	{"nian", "年"}, {"yue", "月"}, {"sui", "岁"}, {"ge", "个"}, {"duo", "多"},
}

// pyBeforeShi are words after which "shi" is 是 ("wo shi", "jiu shi",
// "bu shi"), not the first syllable of a number.
var pyBeforeShi = []string{"wo", "ni", "ta", "women", "tamen", "jiu", "ye", "dou", "zhe", "na", "zhege", "nage", "bu", "hai",
	"zhi", "keneng", "yinggai", "haishi", "bushi", "zhen", "que", "jiushi", "yibao", "shebao", "danwei", "gongsi", "mama", "baba", "wode"}

// pySyllables splits w into number syllables, with an optional unit at
// its end; ok is false when w is anything else.
func pySyllables(w string) (digits []string, unit string, ok bool) {
	for w != "" {
		matched := false
		for _, l := range []int{5, 4, 3, 2} {
			if len(w) >= l {
				if _, d := pyDigits[w[:l]]; d {
					digits = append(digits, w[:l])
					w, matched = w[l:], true
					break
				}
			}
		}
		if matched {
			continue
		}
		for _, u := range pyUnits {
			if w == u.py && len(digits) > 0 {
				return digits, u.hz, true
			}
		}
		return nil, "", false
	}
	return digits, "", len(digits) > 0
}

// pyNumber reads a numeral of two or more syllables at words[i]; it
// returns the characters to write (the numeral, and its unit when joined
// to the last word) and the index of the last word used.
func pyNumber(words []string, i int) (hz string, last int, ok bool) {
	var digits []string
	unit := ""
	j := i
	for ; j < len(words) && unit == ""; j++ {
		d, u, ok := pySyllables(words[j])
		if !ok {
			break
		}
		digits, unit = append(digits, d...), u
	}
	if len(digits) < 2 || !slices.Contains(digits, "shi") && !slices.Contains(digits, "bai") {
		// One syllable, or digits without 十/百 ("san si"): the word
		// list reads those.
		return "", 0, false
	}
	if unit == "" {
		// The unit typed apart must follow ("nian", "ge yue", "nian ban",
		// "ge ban yue"): the longest run of up to three words that is one.
		for k := min(len(words), j+3); k > j && unit == ""; k-- {
			joined := strings.Join(words[j:k], "")
			for _, u := range pyUnits {
				if joined == u.py {
					unit, j = u.hz, k
					break
				}
			}
		}
		if unit == "" {
			return "", 0, false
		}
	}
	if digits[0] == "shi" && i > 0 && slices.Contains(pyBeforeShi, words[i-1]) {
		return "", 0, false
	}
	var b strings.Builder
	for _, d := range digits {
		b.WriteString(pyDigits[d])
	}
	b.WriteString(unit)
	return b.String(), j - 1, true
}

func init() {
	for py, hz := range map[string]string{"yigong": "一共", "zonggong": "总共", "gou": "够", "goubugou": "够不够", "gouma": "够吗",
		// "yi nian duo": 一年多, a rough count (vague_h10m.go).
		"duo": "多", "duojiu": "多久", "duochang": "多长", "duochangshijian": "多长时间"} {
		if _, ok := pinyinWords[py]; !ok {
			pinyinWords[py] = hz
		}
	}
}
