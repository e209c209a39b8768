package understand

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// ---------------------------------------------------------------------------
// Normalisation

// normalize folds full-width forms to half-width, lower-cases, maps a few
// traditional characters and typos (交→缴, 医报→医保), turns punctuation into
// a ',' clause break and drops spaces and emoji, keeping a single space only
// between two ASCII letters or digits ("8 个 月" → "8个月", "8 months").
// Decimal points and date separators between digits are kept. question
// reports a question mark anywhere.
func normalize(text string) (string, bool) {
	n := normalizeText(text)
	return n.s, n.question
}

// maxMarks bounds the clause marks kept for one message; clauses past it
// are read as one.
const maxMarks = 16

// normalized is a normalised message with where its clauses end beyond the
// ',' breaks: a space between two Chinese characters ("我在领失业金 医保还要
// 自己交吗") separates clauses for weighing questions, though not for
// reading facts, where "断缴 八个月" must stay one phrase.
type normalized struct {
	s        string
	question bool
	// softEnds are offsets in s where a clause ends at a space between two
	// Chinese characters; qEnds where one ended with a question mark.
	softEnds, qEnds [maxMarks]int32
	nSoft, nQ       int
}

func normalizeText(text string) normalized {
	var out normalized
	text = swapEnCountAdj(fixEnTypos(arrowTo29a(text))) // readings_h11p.go, read29a.go
	var buf [256]rune
	rs := buf[:0]
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if r == utf8.RuneError && size <= 1 {
			r = ' '
		}
		rs = append(rs, foldRune(r))
	}
	var b strings.Builder
	b.Grow(len(text))
	const (
		sepNone = iota
		sepSoft
		sepHard
	)
	sep := sepNone
	question := false
	var last rune
	next := func(k int) rune {
		if k+1 < len(rs) {
			return rs[k+1]
		}
		return 0
	}
	for k, r := range rs {
		switch r {
		case '?':
			question = true
			sep = sepHard
			if out.nQ < maxMarks && b.Len() > 0 {
				out.qEnds[out.nQ] = int32(b.Len())
				out.nQ++
			}
			continue
		case '.', '-', '/', ':':
			if sep == sepNone && isDigitR(last) && isDigitR(next(k)) {
				b.WriteRune(r)
				last = r
				continue
			}
			if r == '-' && isAlnumR(last) && isLetterR(next(k)) {
				// "3-month gap", "self-employed": words, not a range.
				sep = max(sep, sepSoft)
				continue
			}
			sep = sepHard
			continue
		case '\'', '’', '‘', '`', '´':
			if sep == sepNone && isLetterR(last) && isLetterR(next(k)) {
				continue // didn't → didnt
			}
			sep = max(sep, sepSoft)
			continue
		}
		switch runeClass(r) {
		case classSoft:
			sep = max(sep, sepSoft)
			continue
		case classHard:
			sep = sepHard
			continue
		}
		if b.Len() > 0 {
			if sep == sepSoft && isCJK(last) && isCJK(r) && out.nSoft < maxMarks {
				out.softEnds[out.nSoft] = int32(b.Len())
				out.nSoft++
			}
			if sep == sepHard {
				b.WriteByte(',')
			} else if sep == sepSoft && isAlnumR(last) && isAlnumR(r) {
				b.WriteByte(' ')
			}
		}
		sep = sepNone
		if r == '报' && last == '医' {
			r = '保'
		}
		b.WriteRune(r)
		last = r
	}
	out.s, out.question = fixTypos(b.String()), question
	return out
}

const (
	classKeep = iota
	classSoft
	classHard
)

func runeClass(r rune) int {
	switch {
	case isCJK(r):
		return classKeep
	case r < 0x80:
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			return classKeep
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r < 0x20 || r == 0x7f:
			return classSoft
		}
		return classHard
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		return classKeep
	case unicode.IsPunct(r) || unicode.Is(unicode.Sm, r) || unicode.Is(unicode.Sc, r):
		return classHard
	}
	return classSoft // spaces, emoji and other symbols, marks, format characters
}

func foldRune(r rune) rune {
	if isCJK(r) {
		// No width variants here; only a few traditional characters to map.
		if i := r - cjkFirst; tradBits[i>>6]&(1<<(i&63)) != 0 {
			return tradMap[r]
		}
		return r
	}
	if r >= 0x80 {
		if f := width.LookupRune(r).Folded(); f != 0 {
			r = f
		}
	}
	if r < 0x80 {
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	if t, ok := tradMap[r]; ok {
		return t
	}
	if unicode.IsUpper(r) {
		return unicode.ToLower(r)
	}
	return r
}

const cjkFirst, cjkLast = 0x4E00, 0x9FFF

func isCJK(r rune) bool { return r >= cjkFirst && r <= cjkLast }

// tradBits marks the CJK runes in tradMap.
var tradBits = func() (b [(cjkLast-cjkFirst)/64 + 1]uint64) {
	for r := range tradMap {
		if isCJK(r) {
			i := r - cjkFirst
			b[i>>6] |= 1 << (i & 63)
		}
	}
	return b
}()

// tradMap maps traditional characters used in the word lists to simplified
// ones, and 交 to 缴 (people write 交 for 缴 all the time).
var tradMap = func() map[rune]rune {
	pairs := "交缴繳缴醫医報报險险職职員员單单個个歲岁兩两業业體体戶户靈灵從从開开費费還还沒没換换離离辭辞資资發发錢钱農农鄉乡養养齡龄滿满補补幾几麼么嗎吗為为這这區区廣广東东滬沪門门閉闭產产併并賣卖難难緊紧張张內内過过錯错參参徵征嬰婴兒儿寶宝斷断續续調调動动轉转廠厂闆板闊阔齊齐裡里後后週周號号協协議议會会當当時时嗎吗讓让經经營营虧亏問问題题無无謝谢確确記记曉晓識识話话電电說说遷迁聽听請请幫帮辦办處处報报銷销灣湾臺台陽阳蘇苏寧宁溫温錫锡慶庆漢汉長长鄭郑廈厦濟济島岛瀋沈連连爾尔濱滨貴贵蘭兰烏乌魯鲁紹绍興兴療疗術术診诊檢检懷怀預预約约應应該该對对僱雇頭头夠够滯滞納纳罰罚運运關关註注購购繼继復复暫暂終终結结禮礼來来縣县鎮镇網网線线買买聯联繫系見见蹤踪讀读書书塊块萬万給给們们點点邊边樣样證证帳账賬账領领學学現现認认務务傷伤災灾機机構构撫抚卹恤勞劳權权規规則则條条據据審审簽签帶带備备雙双親亲屬属孫孙婦妇媽妈爺爷級级畢毕裏里將将實实際际並并歸归轄辖計计劃划層层紀纪錄录碼码舊旧係系講讲"
	m := make(map[rune]rune)
	rs := []rune(pairs)
	for i := 0; i+1 < len(rs); i += 2 {
		m[rs[i]] = rs[i+1]
	}
	return m
}()

func isDigitR(r rune) bool  { return r >= '0' && r <= '9' }
func isLetterR(r rune) bool { return r >= 'a' && r <= 'z' }
func isAlnumR(r rune) bool  { return isDigitR(r) || isLetterR(r) }
func isDigit(c byte) bool   { return c >= '0' && c <= '9' }
func isLetter(c byte) bool  { return c >= 'a' && c <= 'z' }
func isAlnum(c byte) bool   { return isDigit(c) || isLetter(c) }
