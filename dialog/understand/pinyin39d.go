package understand

import "strings"

// fix39d (issue 17 item 2): pinyin as people type it on a phone. Digits
// glued to a syllable ("9yue kaishi", "3geyue", "12yue20hao", "2nian"),
// months spelled out ("jiuyue", "shiyiyue", "shi'eryue"), a particle
// typed apart or joined ("pao le", "paole", "guan men le", "dao bi le") and
// whole phrases without spaces ("laobanpaole") were kept as typed
// ("9yue", "老板pao了"), so the month a gap began and the boss gone were
// not read. Each word is split here into its digit and letter runs, and a
// letter run no list knows into the fewest words the lists know; the
// months and the particles are added to the word list. The same sentence
// typed in characters is the yardstick (pinyin39d_test.go).

// pinyinMonths39d are the months spelled in pinyin, joined, written as
// digits as most people type them in characters.
var pinyinMonths39d = map[string]string{
	"yiyue": "1月", "eryue": "2月", "sanyue": "3月", "siyue": "4月", "wuyue": "5月", "liuyue": "6月",
	"qiyue": "7月", "bayue": "8月", "jiuyue": "9月", "shiyue": "10月", "shiyiyue": "11月", "shieryue": "12月",
	"yiyuefen": "1月份", "eryuefen": "2月份", "sanyuefen": "3月份", "siyuefen": "4月份", "wuyuefen": "5月份",
	"liuyuefen": "6月份", "qiyuefen": "7月份", "bayuefen": "8月份", "jiuyuefen": "9月份", "shiyuefen": "10月份",
	"shiyiyuefen": "11月份", "shieryuefen": "12月份",
}

func init() {
	for py, hz := range pinyinMonths39d {
		if _, ok := pinyinWords[py]; !ok {
			pinyinWords[py] = hz
		}
	}
	for py, hz := range map[string]string{
		// The employer gone, the particle typed apart or joined.
		"paole": "跑了", "paolule": "跑路了", "paodiao": "跑掉", "paodiaole": "跑掉了", "taopao": "逃跑",
		"guanmenle": "关门了", "daobile": "倒闭了", "pochanle": "破产了", "jiesan": "解散", "jiesanle": "解散了",
		"zhaobudao": "找不到", "lianxibushang": "联系不上", "shilian": "失联", "shilianle": "失联了",
		// Not paying, stopped, a gap.
		"meijiaole": "没缴了", "duanjiaole": "断缴了", "tingjiaole": "停缴了", "qianjiaole": "欠缴了",
		"meijiaoguo": "没缴过", "jiaoguo": "缴过", "duanguo": "断过", "meijiaofei": "没缴费",
		"lizhile": "离职了", "cizhile": "辞职了", "shiyele": "失业了", "zhuyuanle": "住院了", "chuyuan": "出院",
		// When: from, since, until, this month's day.
		"cong": "从", "jiu": "就", "jiumei": "就没", "yizhi": "一直", "kaishijiao": "开始缴", "yuefen": "月份", "yuedi": "月底", "yuechu": "月初",
		"niandi": "年底", "nianchu": "年初",
	} {
		if _, ok := pinyinWords[py]; !ok {
			pinyinWords[py] = hz
		}
	}
	domainPinyin = append(domainPinyin, "paolule", "daobile", "pochanle", "guanmenle", "meijiaole", "duanjiaole")
}

// lower39d lowers a message's letters and joins the syllables an
// apostrophe separates ("shi'eryue", "xi’an"): one word, as typed.
func lower39d(text string) string {
	low := strings.ToLower(text)
	if !strings.ContainsAny(low, "'’") {
		return low
	}
	rs := []rune(low)
	var b strings.Builder
	for i, r := range rs {
		if (r == '\'' || r == '’') && i > 0 && i+1 < len(rs) && isLetter39d(rs[i-1]) && isLetter39d(rs[i+1]) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isLetter39d(r rune) bool { return r >= 'a' && r <= 'z' }

// splitPinyin39d splits each word into its runs of digits and letters
// ("9yue" → "9" "yue", "12yue20hao" → "12" "yue" "20" "hao") and a run of
// letters no list knows into the fewest words the lists know
// ("laobanpaole" → "laoban" "paole"); a run that does not split so stays
// whole.
func splitPinyin39d(words []string) []string {
	var out []string
	for _, w := range words {
		start := 0
		for i := 1; i <= len(w); i++ {
			if i < len(w) && isDigitB39d(w[i]) == isDigitB39d(w[i-1]) {
				continue
			}
			run := w[start:i]
			start = i
			if isDigitB39d(run[0]) {
				out = append(out, run)
				continue
			}
			out = append(out, segmentPinyin39d(run)...)
		}
	}
	return out
}

func isDigitB39d(c byte) bool { return c >= '0' && c <= '9' }

// knownPinyin39d: a word the word list, or the numerals, read.
func knownPinyin39d(w string) bool {
	if _, ok := pinyinWords[w]; ok {
		return true
	}
	_, _, ok := pySyllables(w)
	return ok
}

// segmentPinyin39d splits a run of letters into the fewest known words, or
// returns it whole when it is known, too long, or does not split.
func segmentPinyin39d(w string) []string {
	if len(w) > 30 || knownPinyin39d(w) || !isPinyin(w) {
		return []string{w}
	}
	// best[i]: the fewest known words w[:i] splits into; from[i] where the
	// last of them starts.
	var best, from [31]int
	for i := 1; i <= len(w); i++ {
		best[i] = -1
		for j := max(0, i-16); j < i; j++ {
			if j > 0 && best[j] < 0 || !knownPinyin39d(w[j:i]) {
				continue
			}
			if n := best[j] + 1; best[i] < 0 || n < best[i] {
				best[i], from[i] = n, j
			}
		}
	}
	if best[len(w)] < 0 {
		return []string{w}
	}
	var parts []string
	for i := len(w); i > 0; i = from[i] {
		parts = append([]string{w[from[i]:i]}, parts...)
	}
	return parts
}
