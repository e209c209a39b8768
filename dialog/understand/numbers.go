package understand

import (
	"strings"
	"unicode/utf8"

	"bujiao/rules"
	"github.com/shopspring/decimal"
)

// ---------------------------------------------------------------------------
// Numbers and quantities

type number struct {
	v          int64 // value × 1000
	start, end int
	digits     int   // integer digits (arabic) or numerals (positional hanzi)
	seq        int64 // positional hanzi value (二零二五 → 2025)
	kind       byte  // 'd' arabic, 'h' hanzi, 'w' English word, 'a' article a/an
	frac       bool
	positional bool // hanzi without 十/百/千
	pair       bool // two positional hanzi digits: a range (三四个月), v is the larger
}

func hanDigit(r rune) int {
	switch r {
	case '零', '〇':
		return 0
	case '一', '壹':
		return 1
	case '二', '两', '贰', '俩':
		return 2
	case '三', '叁', '仨':
		return 3
	case '四', '肆':
		return 4
	case '五', '伍':
		return 5
	case '六', '陆':
		return 6
	case '七', '柒':
		return 7
	case '八', '捌':
		return 8
	case '九', '玖':
		return 9
	}
	return -1
}

func hanUnit(r rune) int {
	switch r {
	case '十', '拾':
		return 10
	case '百', '佰':
		return 100
	case '千', '仟':
		return 1000
	}
	return 0
}

func isHanNumeral(r rune) bool { return hanDigit(r) >= 0 || hanUnit(r) > 0 || hanTens(r) > 0 }

var enNumbers = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
	"forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"a": 1, "an": 1,
}

var enMonths = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
	"sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

var enMonthWords = map[string]bool{
	"month": true, "months": true, "mos": true, "mo": true, "mth": true, "mths": true, "mnth": true,
	"mnths": true, "monthes": true, "mounth": true, "mounths": true, "moths": true, "mons": true,
	"monts": true, "montsh": true, "monhts": true, "motnhs": true, "m": false,
}

var enYearWords = map[string]bool{
	"year": true, "years": true, "yr": true, "yrs": true, "yaer": true, "yaers": true, "yeras": true,
	"yeasr": true, "yera": true, "yeers": true, "yers": true, "yearss": true, "y": false,
}

// wordAt returns the ASCII word starting at i.
func wordAt(s string, i int) string {
	j := i
	for j < len(s) && isLetter(s[j]) {
		j++
	}
	return s[i:j]
}

// prevWord returns the ASCII word (letters or digits) ending just before i,
// one space apart at most, and where it starts; "" at a clause or script
// boundary.
func prevWord(s string, i int) (string, int) {
	j := i
	if j > 0 && j <= len(s) && s[j-1] == ' ' {
		j--
	}
	k := j
	for k > 0 && isAlnum(s[k-1]) {
		k--
	}
	return s[k:j], k
}

// parseNumAt parses an arabic, hanzi or English number at i.
func parseNumAt(s string, i int) (number, bool) {
	if i >= len(s) {
		return number{}, false
	}
	c := s[i]
	switch {
	case isDigit(c):
		if i > 0 && (isDigit(s[i-1]) || s[i-1] == '.') {
			return number{}, false
		}
		n := number{start: i, kind: 'd'}
		j := i
		var v int64
		for j < len(s) && isDigit(s[j]) {
			if v < 1e12 {
				v = v*10 + int64(s[j]-'0')
			}
			j++
		}
		n.digits = j - i
		n.v = v * 1000
		if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
			j++
			scale := int64(100)
			for j < len(s) && isDigit(s[j]) {
				n.v += int64(s[j]-'0') * scale
				scale /= 10
				j++
			}
			n.frac = n.v%1000 != 0
		}
		n.end = j
		return n, true
	case isLetter(c):
		if i > 0 && isAlnum(s[i-1]) {
			return number{}, false
		}
		w := wordAt(s, i)
		v, ok := enNumbers[w]
		if !ok {
			return number{}, false
		}
		n := number{start: i, end: i + len(w), v: int64(v) * 1000, kind: 'w'}
		if w == "a" || w == "an" {
			n.kind = 'a'
		}
		if v >= 20 && v%10 == 0 && n.end < len(s) && s[n.end] == ' ' {
			w2 := wordAt(s, n.end+1)
			if v2, ok := enNumbers[w2]; ok && v2 >= 1 && v2 <= 9 && w2 != "a" && w2 != "an" {
				n.v += int64(v2) * 1000
				n.end += 1 + len(w2)
			}
		}
		return n, true
	case c >= 0x80:
		r, _ := utf8.DecodeRuneInString(s[i:])
		if !isHanNumeral(r) {
			return number{}, false
		}
		if i > 0 {
			p, _ := utf8.DecodeLastRuneInString(s[:i])
			if isHanNumeral(p) || p == '第' {
				return number{}, false
			}
		}
		return parseHan(s, i)
	}
	return number{}, false
}

func parseHan(s string, i int) (number, bool) {
	n := number{start: i, kind: 'h', positional: true}
	var total, cur, lastUnit int64 = 0, -1, 0
	var seq, maxDigit int64
	zero := false
	j := i
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if t := hanTens(r); t > 0 { // 廿二 = 22 (numbers_h14.go)
			if j != i {
				break
			}
			total, lastUnit, n.positional = t, 10, false
			j += size
			continue
		}
		if d := hanDigit(r); d >= 0 {
			if n.digits < 6 {
				seq = seq*10 + int64(d)
			}
			n.digits++
			maxDigit = max(maxDigit, int64(d))
			if d == 0 {
				zero = true
			} else {
				cur = int64(d)
			}
			j += size
			continue
		}
		if u := int64(hanUnit(r)); u > 0 {
			if lastUnit != 0 && u >= lastUnit {
				break // 十十: stop here
			}
			n.positional = false
			if cur < 0 {
				cur = 1
			}
			total += cur * u
			lastUnit, cur, zero = u, -1, false
			j += size
			continue
		}
		break
	}
	if j == i {
		return number{}, false
	}
	n.end = j
	if n.positional {
		n.seq = seq
		switch n.digits {
		case 1:
			n.v = seq * 1000
		case 2:
			n.pair = true
			n.v = maxDigit * 1000
		default:
			n.v = -1 // only usable as a year
		}
		return n, true
	}
	if cur >= 0 {
		if lastUnit >= 100 && !zero {
			total += cur * lastUnit / 10 // 一百二 = 120
		} else {
			total += cur
		}
	}
	n.v = total * 1000
	return n, true
}

type unitKind uint8

const (
	uNone unitKind = iota
	uYears
	uMonths
	uMonthOfYear
	uAge
	uOther
)

// unitAt reads the unit after a number ending at j. half reports a trailing
// half (一年半, 一个半月, "a year and a half").
func unitAt(s string, j int) (u unitKind, half bool, end int) {
	rest := s[j:]
	switch {
	case strings.HasPrefix(rest, "个半月"):
		return monthsOrAge(s, j+len("个半月"), true)
	case strings.HasPrefix(rest, "个多月"):
		return monthsOrAge(s, j+len("个多月"), false)
	case strings.HasPrefix(rest, "多个月"):
		return monthsOrAge(s, j+len("多个月"), false)
	case strings.HasPrefix(rest, "个来月"):
		return monthsOrAge(s, j+len("个来月"), false)
	case strings.HasPrefix(rest, "个月"):
		return monthsOrAge(s, j+len("个月"), false)
	case strings.HasPrefix(rest, "年级"), strings.HasPrefix(rest, "年纪"), strings.HasPrefix(rest, "年龄"),
		strings.HasPrefix(rest, "年代"):
		return uOther, false, j
	case strings.HasPrefix(rest, "年半"):
		return uYears, true, j + len("年半")
	case strings.HasPrefix(rest, "年多"), strings.HasPrefix(rest, "多年"):
		return uYears, false, j + len("年多")
	case strings.HasPrefix(rest, "年"):
		return uYears, false, j + len("年")
	case strings.HasPrefix(rest, "月份"):
		return uMonthOfYear, false, j + len("月份")
	case strings.HasPrefix(rest, "月"):
		return uMonthOfYear, false, j + len("月")
	case strings.HasPrefix(rest, "周岁"):
		return uAge, false, j + len("周岁")
	case strings.HasPrefix(rest, "岁"):
		return uAge, false, j + len("岁")
	case strings.HasPrefix(rest, "周"), strings.HasPrefix(rest, "天"), strings.HasPrefix(rest, "星期"),
		strings.HasPrefix(rest, "号"), strings.HasPrefix(rest, "日"), strings.HasPrefix(rest, "元"),
		strings.HasPrefix(rest, "块"), strings.HasPrefix(rest, "次"):
		return uOther, false, j
	}
	k := j
	if k < len(s) && s[k] == ' ' {
		k++
	}
	if k >= len(s) || !isLetter(s[k]) || (k == j && j > 0 && isLetter(s[j-1])) {
		return uNone, false, j
	}
	w := wordAt(s, k)
	e := k + len(w)
	switch {
	case enMonthWords[w]:
		u = uMonths
	case enYearWords[w]:
		u = uYears
	default:
		return uNone, false, j
	}
	if strings.HasPrefix(s[e:], " old") && (e+4 == len(s) || !isAlnum(s[e+4])) {
		return uAge, false, e + 4
	}
	if strings.HasPrefix(s[e:], " and a half") {
		return u, true, e + len(" and a half")
	}
	return u, false, e
}

func monthsOrAge(s string, end int, half bool) (unitKind, bool, int) {
	if strings.HasPrefix(s[end:], "大") {
		return uAge, false, end
	}
	return uMonths, half, end
}

type qkind uint8

const (
	qDuration qkind = iota + 1
	qSince
)

type qty struct {
	kind       qkind
	start, end int
	years      int64 // × 1000
	months     int64 // × 1000
	hasYears   bool
	hasMonths  bool
	since      rules.Month
	beyond     bool // a qSince month longer ago than rules.MaxGapMonths
}

// tooLong reports a gap read but beyond rules.MaxGapMonths.
func (q qty) tooLong() bool {
	if q.kind == qSince {
		return q.beyond
	}
	return q.years*12+q.months > rules.MaxGapMonths*1000
}

// totalMonths rounds the duration to whole months; ok is false beyond the
// limit.
func (q qty) totalMonths() (int, bool) {
	t := q.years*12 + q.months // × 1000
	if t < 0 || t > rules.MaxGapMonths*1000 {
		return 0, false
	}
	return int((t + 500) / 1000), true
}

func (q qty) duration() (Duration, bool) {
	switch q.kind {
	case qSince:
		if q.beyond {
			return Duration{}, false
		}
		m := q.since
		return Duration{Since: &m}, true
	case qDuration:
		if n, ok := q.totalMonths(); ok {
			return Duration{Months: n}, true
		}
	}
	return Duration{}, false
}

// yearsDec is the duration in years, for years paid.
func (q qty) yearsDec() (decimal.Decimal, bool) {
	if !q.hasYears || q.years < 0 {
		return decimal.Decimal{}, false
	}
	if !q.hasMonths {
		if q.years > rules.MaxYears*1000 {
			return decimal.Decimal{}, false
		}
		return milliDec(q.years), true
	}
	t := q.years*12 + q.months
	if t > rules.MaxYears*12000 {
		return decimal.Decimal{}, false
	}
	return decimal.New(t, -3).DivRound(decimal.NewFromInt(12), 2), true
}

func milliDec(v int64) decimal.Decimal {
	exp := int32(-3)
	for exp < 0 && v%10 == 0 {
		v /= 10
		exp++
	}
	return decimal.New(v, exp)
}

// HanNumber reads a message that is only a Chinese numeral ("一万二",
// "三千五百", "两千", "一万二千") as a whole number; ok is false for
// anything else.
func HanNumber(s string) (int64, bool) {
	if hi, lo, ok := strings.Cut(s, "万"); ok {
		h, ok := hanSmall(hi)
		if !ok || h == 0 {
			return 0, false
		}
		if lo == "" {
			return h * 10000, true
		}
		if r, size := utf8.DecodeRuneInString(lo); size == len(lo) && hanDigit(r) > 0 {
			return h*10000 + int64(hanDigit(r))*1000, true // 一万二 = 12000
		}
		l, ok := hanSmall(strings.TrimPrefix(lo, "零"))
		if !ok || l >= 10000 {
			return 0, false
		}
		return h*10000 + l, true
	}
	return hanSmall(s)
}

// hanSmall reads a Chinese numeral below ten thousand.
func hanSmall(s string) (int64, bool) {
	if s == "" {
		return 0, false
	}
	n, ok := parseHan(s, 0)
	if !ok || n.end != len(s) {
		return 0, false
	}
	if n.positional {
		if n.digits > 1 {
			return 0, false // "一二三": no amount
		}
		return n.seq, true
	}
	if n.v < 0 {
		return 0, false
	}
	return n.v / 1000, true
}
