package dialog

// Free-text understanding: deterministic extraction of case facts from one
// chat message in Chinese or English. No regular expressions, no dictionary
// files, no network: the text is normalised once and then scanned with small
// word lists, so a typical message costs a few microseconds.

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"
	"golang.org/x/text/width"

	"bujiao/rules"
)

// RegionMatcher finds a region named in text (knowledge.Base satisfies it:
// aliases like 沪, 杭州→zhejiang, 深圳→guangdong, Shanghai).
type RegionMatcher interface {
	MatchRegion(text string) (id string, ok bool)
}

// Duration is a gap as people state it: a number of months, or the first
// unpaid month.
type Duration struct {
	Months int          // valid when Since == nil
	Since  *rules.Month // "since March", "2025年3月起", "去年3月"
}

// Extracted holds every fact found in one message; nil/empty = not mentioned.
type Extracted struct {
	Scheme     rules.Scheme
	Payer      rules.Payer
	Reason     rules.Reason
	UnitStatus rules.UnitStatus
	Gap        *Duration // any duration mentioned ("断缴8个月", "since March", "two years")
	Region     string
	Retirement rules.Retirement
	YearsPaid  *decimal.Decimal // "缴了22年" / "paid 22 years" (contribution years, for retirement)
	Sex        rules.Sex
	Newborn    *bool
	InWindow   *bool
	RepayYears *int // "补缴1年", "back-pay two years" (resident repair)
	Yes, No    bool // the message is a plain yes / no
	// Number is set when the message is essentially just a number ("8",
	// "８", "八", "十二", "14.5", "15年", "8个月"). Extracted has no
	// BrokenYears field: when expecting rules.FieldBrokenYears, the broken
	// years come back here (and not as Gap).
	Number *decimal.Decimal
}

// Empty reports whether nothing at all was found.
func (e Extracted) Empty() bool {
	return e.Scheme == "" && e.Payer == "" && e.Reason == "" && e.UnitStatus == "" && e.Gap == nil &&
		e.Region == "" && e.Retirement == "" && e.YearsPaid == nil && e.Sex == "" && e.Newborn == nil &&
		e.InWindow == nil && e.RepayYears == nil && !e.Yes && !e.No && e.Number == nil
}

// maxGapMonths bounds any duration this file returns (100 years).
const maxGapMonths = 1200

// maxYears bounds years paid and repay years.
const maxYears = 100

// ParseDuration understands one duration in text: the first count of months
// or years, or the first month named as the start of the gap. today fixes
// "this year", "last year" and "since March" (the most recent March not after
// today's month). A month after today's month is no valid start.
func ParseDuration(text string, today rules.Date) (Duration, bool) {
	s, _ := normalize(text)
	if s == "" {
		return Duration{}, false
	}
	sc := scanner{s: s, cur: today.MonthOf()}
	sc.run()
	for i := 0; i < sc.n; i++ {
		if d, ok := sc.items[i].duration(); ok {
			return d, true
		}
	}
	return Duration{}, false
}

// Extract reads every fact it can from one message. expecting is the
// question currently asked ("" = none): it decides how an otherwise ambiguous
// reply is read. A bare "8" is gap months when expecting rules.FieldGap,
// years paid for rules.FieldYearsPaid, repay years for rules.FieldRepayYears
// and only Number for rules.FieldBrokenYears (a stated number of years is
// then returned in Number instead of Gap). A plain yes/no answers
// rules.FieldNewborn and rules.FieldInWindow; "m"/"f" answer rules.FieldSex;
// bare "职工"/"居民", "自己"/"个人", "正常" answer FieldScheme, FieldPayer and
// FieldUnitStatus. Without expecting, only unambiguous facts are filled.
func Extract(text string, today rules.Date, regions RegionMatcher, expecting rules.Field) Extracted {
	s, _ := normalize(text)
	if s == "" {
		return Extracted{}
	}
	var x extractor
	x.init(s, today, expecting)
	e := x.extract(regions)
	if hasRangeOrNegative(width.Fold.String(text)) {
		// "3-5个月" or "-5": no single honest reading, so the numbers are
		// left out and the question is asked again rather than guessed.
		e.Gap, e.Number, e.YearsPaid, e.RepayYears = nil, nil, nil, nil
	}
	return e
}

// hasRangeOrNegative finds a range of small numbers ("3-5", "3到5", "10~12")
// or a negative number ("-5"). Dates such as 2025-03 start with four digits
// and are not ranges.
func hasRangeOrNegative(s string) bool {
	digitsBefore := func(i int) int {
		n := 0
		for i-1-n >= 0 && isDigit(s[i-1-n]) {
			n++
		}
		return n
	}
	for i := 0; i < len(s); i++ {
		sep := 0
		switch {
		case s[i] == '-' || s[i] == '~':
			sep = 1
		case strings.HasPrefix(s[i:], "到") || strings.HasPrefix(s[i:], "至") || strings.HasPrefix(s[i:], "～"):
			sep = 3
		}
		if sep == 0 {
			continue
		}
		j := i + sep
		for j < len(s) && s[j] == ' ' {
			j++
		}
		if j >= len(s) || !isDigit(s[j]) {
			continue
		}
		k := i
		for k > 0 && s[k-1] == ' ' {
			k--
		}
		n := digitsBefore(k)
		if p := k - n - 1; n > 0 && p >= 0 && (s[p] == '-' || s[p] == '/' || s[p] == '.') {
			continue // the month-day part of a date such as 2025-03-01
		}
		switch {
		case n >= 1 && n <= 3:
			after := 0
			for j+after < len(s) && isDigit(s[j+after]) {
				after++
			}
			if after <= 3 {
				return true
			}
		case n == 0 && s[i] == '-' && (k == 0 || !isAlnum(s[k-1])):
			return true
		}
	}
	return false
}

// LooksLikeQuestion reports whether a message is a question to look up in the
// FAQ rather than an answer: it has a question mark or question words and
// Extract finds no facts in it, or the question words outweigh the facts
// (wh-words count double; "怎么办" and "what should I do" are not questions
// but requests for the main flow).
func LooksLikeQuestion(text string) bool {
	s, qmark := normalize(text)
	if s == "" {
		return false
	}
	var x extractor
	x.init(s, rules.Date{Year: 2200, Month: time.December, Day: 31}, "")
	score := x.questionScore()
	if qmark {
		score++
	}
	if score == 0 {
		return false
	}
	f := x.extract(nil).factCount()
	return f == 0 || score > f
}

// factCount counts independent facts: implied ones (scheme from 灵活就业,
// payer from a reason, reason from a unit status) are not counted again.
func (e Extracted) factCount() int {
	n := 0
	count := func(b bool) {
		if b {
			n++
		}
	}
	count(e.Scheme != "" && e.Payer != rules.PayerIndividual)
	count(e.Payer != "" && e.Reason == "" && e.UnitStatus == "")
	count(e.Reason != "" && e.UnitStatus == "")
	count(e.UnitStatus != "")
	count(e.Gap != nil)
	count(e.Region != "")
	count(e.Retirement != "")
	count(e.YearsPaid != nil)
	count(e.Sex != "")
	count(e.Newborn != nil)
	count(e.InWindow != nil)
	count(e.RepayYears != nil)
	count(e.Number != nil)
	return n
}

// ---------------------------------------------------------------------------
// Normalisation

// normalize folds full-width forms to half-width, lower-cases, maps a few
// traditional characters and typos (交→缴, 医报→医保), turns punctuation into
// a ',' clause break and drops spaces and emoji, keeping a single space only
// between two ASCII letters or digits ("8 个 月" → "8个月", "8 months").
// Decimal points and date separators between digits are kept. question
// reports a question mark anywhere.
func normalize(text string) (string, bool) {
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
			continue
		case '.', '-', '/', ':':
			if sep == sepNone && isDigitR(last) && isDigitR(next(k)) {
				b.WriteRune(r)
				last = r
				continue
			}
			if r == '-' && isLetterR(last) && isLetterR(next(k)) {
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
	return b.String(), question
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
	pairs := "交缴繳缴醫医報报險险職职員员單单個个歲岁兩两業业體体戶户靈灵從从開开費费還还沒没換换離离辭辞資资發发錢钱農农鄉乡養养齡龄滿满補补幾几麼么嗎吗為为這这區区廣广東东滬沪門门閉闭產产併并賣卖難难緊紧張张內内過过錯错參参徵征嬰婴兒儿寶宝斷断續续調调動动轉转廠厂闆板闊阔齊齐裡里後后週周號号協协議议會会當当時时嗎吗讓让經经營营虧亏問问題题無无"
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

func isHanNumeral(r rune) bool { return hanDigit(r) >= 0 || hanUnit(r) > 0 }

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
}

// totalMonths rounds the duration to whole months; ok is false beyond the
// limit.
func (q qty) totalMonths() (int, bool) {
	t := q.years*12 + q.months // × 1000
	if t < 0 || t > maxGapMonths*1000 {
		return 0, false
	}
	return int((t + 500) / 1000), true
}

func (q qty) duration() (Duration, bool) {
	switch q.kind {
	case qSince:
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
		if q.years > maxYears*1000 {
			return decimal.Decimal{}, false
		}
		return milliDec(q.years), true
	}
	t := q.years*12 + q.months
	if t > maxYears*12000 {
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

const maxItems = 8

type scanner struct {
	s     string
	cur   rules.Month
	items [maxItems]qty
	n     int
}

func (sc *scanner) add(q qty) {
	if sc.n < maxItems {
		sc.items[sc.n] = q
		sc.n++
	}
}

func (sc *scanner) run() {
	s := sc.s
	for i := 0; i < len(s); {
		c := s[i]
		var next int
		switch {
		case isDigit(c):
			next = sc.arabic(i)
		case isLetter(c):
			next = sc.word(i)
		case c >= 0x80:
			next = sc.han(i)
		}
		if next <= i {
			next = i + 1
		}
		i = next
	}
}

func (sc *scanner) arabic(i int) int {
	s := sc.s
	if i > 0 && (isDigit(s[i-1]) || s[i-1] == '.') {
		return i + 1
	}
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	nd := j - i
	// YYYY-MM, YYYY/MM, YYYY.M
	if nd == 4 && j+1 < len(s) && (s[j] == '-' || s[j] == '/' || s[j] == '.') && isDigit(s[j+1]) {
		k := j + 1
		for k < len(s) && isDigit(s[k]) {
			k++
		}
		if k-(j+1) <= 2 {
			y, m := atoi(s[i:j]), atoi(s[j+1:k])
			if m >= 1 && m <= 12 {
				// skip a day: 2025-03-15
				if k+1 < len(s) && (s[k] == '-' || s[k] == '/' || s[k] == '.') && isDigit(s[k+1]) {
					for k++; k < len(s) && isDigit(s[k]); k++ {
					}
				}
				sc.since(i, k, y, m)
				return k
			}
		}
	}
	// MM/YYYY
	if nd <= 2 && j+5 <= len(s) && s[j] == '/' && isDigit(s[j+1]) && isDigit(s[j+4]) &&
		isDigit(s[j+2]) && isDigit(s[j+3]) && (j+5 == len(s) || !isDigit(s[j+5])) {
		sc.since(i, j+5, atoi(s[j+1:j+5]), atoi(s[i:j]))
		return j + 5
	}
	n, ok := parseNumAt(s, i)
	if !ok {
		return j
	}
	return sc.afterNumber(n)
}

func atoi(s string) int {
	v := 0
	for i := 0; i < len(s) && i < 9; i++ {
		v = v*10 + int(s[i]-'0')
	}
	return v
}

func (sc *scanner) word(i int) int {
	s := sc.s
	w := wordAt(s, i)
	end := i + len(w)
	if i > 0 && isAlnum(s[i-1]) {
		return end
	}
	if _, ok := enNumbers[w]; ok {
		n, _ := parseNumAt(s, i)
		if n.kind == 'a' {
			if u, _, _ := unitAt(s, n.end); u != uYears && u != uMonths {
				return end
			}
		}
		return sc.afterNumber(n)
	}
	if m, ok := enMonths[w]; ok {
		return sc.enMonth(i, end, m)
	}
	switch w {
	case "half":
		for _, p := range []struct {
			t string
			u unitKind
		}{{" a year", uYears}, {" year", uYears}, {" a month", uMonths}, {" month", uMonths}} {
			if hasWordAt(s, end, p.t) {
				q := qty{kind: qDuration, start: i, end: end + len(p.t)}
				q.set(p.u, 500)
				sc.add(q)
				return q.end
			}
		}
	case "last", "this":
		if hasWordAt(s, end, " month") {
			m := sc.cur
			if w == "last" {
				m = m.Add(-1)
			}
			sc.since(i, end+len(" month"), m.Year, int(m.Month))
			return end + len(" month")
		}
	}
	return end
}

// hasWordAt reports whether s[i:] starts with t followed by a word boundary.
func hasWordAt(s string, i int, t string) bool {
	if i > len(s) || !strings.HasPrefix(s[i:], t) {
		return false
	}
	e := i + len(t)
	return e == len(s) || !isAlnum(s[e])
}

func (sc *scanner) enMonth(i, end, m int) int {
	s := sc.s
	prev, pstart := prevWord(s, i)
	year := 0
	k := end
	if strings.HasPrefix(s[k:], " of") {
		k += 3
	}
	switch {
	case k+5 <= len(s) && s[k] == ' ' && isDigit(s[k+1]) && isDigit(s[k+2]) && isDigit(s[k+3]) && isDigit(s[k+4]) &&
		(k+5 == len(s) || !isAlnum(s[k+5])):
		year, end = atoi(s[k+1:k+5]), k+5
	case hasWordAt(s, k, " last year"):
		year, end = sc.cur.Year-1, k+len(" last year")
	case hasWordAt(s, k, " this year"):
		year, end = sc.cur.Year, k+len(" this year")
	case len(prev) == 4 && isDigit(prev[0]) && isDigit(prev[3]):
		year = atoi(prev)
		i = pstart
	}
	if year == 0 && m == 5 {
		switch prev {
		case "since", "from", "in", "last", "early", "late", "mid", "until", "till", "before", "after", "around", "end":
		default:
			return end // "may" is mostly a verb
		}
	}
	if year != 0 {
		sc.since(i, end, year, m)
		return end
	}
	mo := sc.recent(m, prev == "last")
	sc.since(i, end, mo.Year, int(mo.Month))
	return end
}

// recent returns the most recent month m not after the current month (before
// it when strictly is set).
func (sc *scanner) recent(m int, strictly bool) rules.Month {
	y := sc.cur.Year
	if m > int(sc.cur.Month) || (strictly && m == int(sc.cur.Month)) {
		y--
	}
	return rules.Month{Year: y, Month: time.Month(m)}
}

func (sc *scanner) since(start, end, y, m int) {
	if m < 1 || m > 12 || y < 1950 || y > 2200 {
		return
	}
	// "1968年5月出生", "born in May 1968": a birthday, not a gap.
	rest := sc.s[end:]
	if strings.HasPrefix(rest, "出生") || strings.HasPrefix(rest, "生的") || strings.HasPrefix(rest, "生日") {
		return
	}
	if w, p := prevWord(sc.s, start); w == "born" || w == "in" && strings.HasSuffix(sc.s[:p], "born ") {
		return
	}
	mo := rules.Month{Year: y, Month: time.Month(m)}
	if d := sc.cur.Since(mo); d < 0 || d > maxGapMonths {
		return
	}
	sc.add(qty{kind: qSince, start: start, end: end, since: mo})
}

func (sc *scanner) han(i int) int {
	s := sc.s
	r, size := utf8.DecodeRuneInString(s[i:])
	switch {
	case isHanNumeral(r):
		n, ok := parseNumAt(s, i)
		if !ok {
			return i + size
		}
		if (r == '俩' || r == '仨') && n.end-n.start == size && strings.HasPrefix(s[n.end:], "月") {
			q := qty{kind: qDuration, start: i, end: n.end + len("月")}
			q.set(uMonths, n.v)
			sc.add(q)
			return q.end
		}
		return sc.afterNumber(n)
	case r == '半':
		if p, _ := utf8.DecodeLastRuneInString(s[:i]); isHanNumeral(p) {
			return i + size
		}
		u, _, end := unitAt(s, i+size)
		if u == uYears || u == uMonths {
			q := qty{kind: qDuration, start: i, end: end}
			q.set(u, 500)
			sc.add(q)
			return end
		}
	case r == '上' || r == '这' || r == '本':
		for _, p := range []struct {
			t string
			d int
		}{{"上上个月", -2}, {"上个月", -1}, {"上月", -1}, {"这个月", 0}, {"本月", 0}, {"这月", 0}} {
			if strings.HasPrefix(s[i:], p.t) {
				m := sc.cur.Add(p.d)
				sc.since(i, i+len(p.t), m.Year, int(m.Month))
				return i + len(p.t)
			}
		}
	}
	return i + size
}

func (q *qty) set(u unitKind, v int64) {
	if u == uYears {
		q.years, q.hasYears = v, true
	} else {
		q.months, q.hasMonths = v, true
	}
}

var zhSinceMarkers = []string{"开始", "起", "以来", "以后", "之后", "至今", "到现在", "后"}

func hasPrefixAny(s string, list []string) bool {
	for _, p := range list {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func hasSuffixAny(s string, list []string) (string, bool) {
	for _, p := range list {
		if strings.HasSuffix(s, p) {
			return p, true
		}
	}
	return "", false
}

// yearOf reads a number as a calendar year: four digits, or two (25年 →
// 2025, 98年 → 1998).
func (sc *scanner) yearOf(n number) int {
	if n.frac {
		return 0
	}
	switch {
	case n.kind == 'd' && n.digits == 4:
		return int(n.v / 1000)
	case n.kind == 'd' && n.digits == 2:
		return sc.twoDigitYear(int(n.v / 1000))
	case n.kind == 'h' && n.positional && n.digits == 4:
		return int(n.seq)
	case n.kind == 'h' && n.positional && n.digits == 2:
		return sc.twoDigitYear(int(n.seq))
	}
	return 0
}

func (sc *scanner) twoDigitYear(v int) int {
	if 2000+v <= sc.cur.Year {
		return 2000 + v
	}
	return 1900 + v
}

// monthNumberAt reads "3月", "三月份" at k (not "3个月").
func monthNumberAt(s string, k int) (m int, end int, ok bool) {
	n, ok := parseNumAt(s, k)
	if !ok || n.kind == 'a' || n.kind == 'w' || n.frac || n.v < 1000 || n.v > 12000 || (n.kind == 'h' && n.pair) {
		return 0, 0, false
	}
	u, _, e := unitAt(s, n.end)
	if u != uMonthOfYear {
		return 0, 0, false
	}
	return int(n.v / 1000), e, true
}

// afterNumber reads what follows a number: a unit, a calendar month, a
// composite duration (两年零三个月, 2 years 3 months).
func (sc *scanner) afterNumber(n number) int {
	s := sc.s
	if n.kind != 'h' && n.v >= 0 && strings.HasPrefix(s[n.end:], " and a half") {
		// "one and a half years"
		if u, _, end := unitAt(s, n.end+len(" and a half")); u == uYears || u == uMonths {
			q := qty{kind: qDuration, start: n.start, end: end}
			q.set(u, n.v+500)
			sc.add(q)
			return end
		}
	}
	u, half, end := unitAt(s, n.end)
	switch u {
	case uYears:
		// calendar: 2025年3月, 25年3月, 二零二五年三月
		if y := sc.yearOf(n); y != 0 {
			if m, e, ok := monthNumberAt(s, end); ok && !half {
				sc.since(n.start, e, y, m)
				return e
			}
			if n.digits == 4 || hasPrefixAny(s[end:], zhSinceMarkers) || n.kind == 'h' && n.positional && n.digits > 2 {
				return end // a year alone: not a duration
			}
		}
		if n.v < 0 {
			return end
		}
		q := qty{kind: qDuration, start: n.start}
		v := n.v
		if half {
			v += 500
		}
		q.set(uYears, v)
		end = sc.compositeMonths(&q, end)
		q.end = end
		sc.add(q)
		return end
	case uMonths:
		if n.v < 0 {
			return end
		}
		v := n.v
		if half {
			v += 500
		}
		q := qty{kind: qDuration, start: n.start, end: end}
		q.set(uMonths, v)
		sc.add(q)
		return end
	case uMonthOfYear:
		if n.frac || n.v < 1000 || n.v > 12000 || n.kind == 'a' || n.pair {
			return end
		}
		m := int(n.v / 1000)
		before := s[:n.start]
		start := n.start
		for _, p := range []struct {
			t string
			d int
		}{{"去年", -1}, {"今年", 0}, {"前年", -2}, {"明年", 1}, {"上年", -1}, {"本年", 0}} {
			if strings.HasSuffix(before, p.t) {
				sc.since(start-len(p.t), end, sc.cur.Year+p.d, m)
				return end
			}
		}
		// "断缴8月": months, not August, when a gap verb comes right before
		// and no since-marker follows.
		t := strings.TrimSuffix(before, "了")
		if _, ok := hasSuffixAny(t, zhGapVerbs); ok && !hasPrefixAny(s[end:], zhSinceMarkers) &&
			!strings.HasPrefix(s[n.end:], "月份") && !hasPrefixAny(s[end:], []string{"底", "初", "中", "到", "至"}) {
			q := qty{kind: qDuration, start: n.start, end: end}
			q.set(uMonths, n.v)
			sc.add(q)
			return end
		}
		mo := sc.recent(m, false)
		sc.since(start, end, mo.Year, m)
		return end
	case uNone:
		// "3 mos" handled by unitAt; "2025" alone or a bare number: nothing
		return n.end
	}
	return end
}

func (sc *scanner) compositeMonths(q *qty, end int) int {
	s := sc.s
	k := end
	for _, sep := range []string{"零", "又", " and ", " ", ","} {
		if strings.HasPrefix(s[k:], sep) {
			k += len(sep)
			break
		}
	}
	var m number
	var ok bool
	if k < len(s) && s[k] >= 0x80 {
		m, ok = parseHan(s, k)
	} else {
		m, ok = parseNumAt(s, k)
	}
	if !ok || m.v < 0 || m.pair || m.kind == 'a' && !strings.HasPrefix(s[m.end:], " month") {
		return end
	}
	u, half, e := unitAt(s, m.end)
	if u == uMonthOfYear && m.kind != 'w' && m.v >= 1000 && m.v <= 11000 {
		u = uMonths // 2年3月 = two years three months
	}
	if u != uMonths {
		return end
	}
	v := m.v
	if half {
		v += 500
	}
	q.months, q.hasMonths = v, true
	return e
}

// ---------------------------------------------------------------------------
// Roles of durations

type role uint8

const (
	roleDefault role = iota // no evidence: a gap unless expecting years
	roleGap
	roleYearsPaid
	roleRepay
	roleIgnore
	roleBroken
)

var zhGapVerbs = []string{"断缴", "中断", "断了", "断", "没缴", "没有缴", "未缴", "欠缴", "欠费", "欠", "停缴", "停了", "停", "漏缴", "不缴"}

var zhFillers = []string{"了", "有", "是", "为", "够", "满", "足", "共", "总共", "一共", "已经", "已", "大概", "大约", "约",
	"差不多", "将近", "近", "足足", "整整", "都", "快", "过", "了有", "医保", "社保", "保险", "险", "将", "大致"}

var zhPaidVerbs = []string{"缴费年限", "累计缴费", "累计缴", "累计", "缴费", "缴纳", "参保", "年限", "工龄", "缴"}

var zhIgnore = []string{"工作", "上班", "干", "做", "住", "待", "呆", "差", "还需", "还要", "退休", "第", "每", "读", "上学", "结婚", "活"}

var enFillers = map[string]bool{"for": true, "about": true, "around": true, "roughly": true, "nearly": true,
	"almost": true, "over": true, "just": true, "only": true, "already": true, "the": true, "a": true,
	"total": true, "of": true, "approximately": true, "approx": true, "like": true, "maybe": true,
	"last": true, "past": true, "another": true, "in": true, "into": true, "it": true, "on": true,
	"full": true, "whole": true, "than": true, "more": true, "at": true, "least": true, "my": true}

var enNeg = map[string]bool{"not": true, "didnt": true, "havent": true, "hasnt": true, "hadnt": true,
	"never": true, "no": true, "stopped": true, "stop": true, "wasnt": true, "werent": true, "dont": true,
	"doesnt": true, "arent": true, "isnt": true, "without": true, "missed": true, "cant": true,
	"cannot": true, "couldnt": true, "wont": true, "nor": true, "neither": true, "longer": true}

func (x *extractor) role(q qty) role {
	s := x.s
	r := roleDefault
	j := q.start
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	if j > 0 && s[j-1] >= 0x80 {
		r = zhRole(s[:j])
	} else if j > 0 && isAlnum(s[j-1]) {
		r = enRole(s, q.start)
	}
	if r == roleDefault {
		rest := s[q.end:]
		switch {
		case hasPrefixAny(rest, []string{"缴费", "的缴费", "工龄", "的工龄", "的参保", "参保"}),
			hasPrefixAny(rest, []string{" of contribution", " of payment", " of paying", " contribution",
				" paid", " of insurance", " of coverage", " of pension", " of social"}):
			r = roleYearsPaid
		}
	}
	switch r {
	case roleYearsPaid:
		if !q.hasYears {
			return roleIgnore
		}
	case roleRepay:
		if !q.hasYears || q.hasMonths || q.years%1000 != 0 {
			return roleGap
		}
	}
	return r
}

func zhRole(ctx string) role {
	if i := strings.LastIndexByte(ctx, ','); i >= 0 {
		ctx = ctx[i+1:]
	}
	for changed := true; changed; {
		changed = false
		for _, f := range zhFillers {
			if strings.HasSuffix(ctx, f) {
				ctx = ctx[:len(ctx)-len(f)]
				changed = true
			}
		}
		ctx = strings.TrimRight(ctx, " ")
	}
	if _, ok := hasSuffixAny(ctx, []string{"补缴", "补", "补上", "补齐", "补足", "补办", "补缴费"}); ok {
		return roleRepay
	}
	if p, ok := hasSuffixAny(ctx, zhPaidVerbs); ok {
		before := ctx[:len(ctx)-len(p)]
		r, _ := utf8.DecodeLastRuneInString(before)
		switch {
		case r == '补':
			return roleRepay
		case strings.ContainsRune("断欠没未停不漏少拖", r):
			return roleGap
		}
		return roleYearsPaid
	}
	if _, ok := hasSuffixAny(ctx, zhIgnore); ok {
		return roleIgnore
	}
	if _, ok := hasSuffixAny(ctx, zhGapVerbs); ok {
		return roleGap
	}
	return roleDefault
}

func enRole(s string, start int) role {
	w, p := prevWord(s, start)
	for k := 0; k < 6 && enFillers[w]; k++ {
		w, p = prevWord(s, p)
	}
	w2, p2 := prevWord(s, p)
	switch w {
	case "":
		return roleDefault
	case "repay", "backpay", "repaying", "backpaying", "topup":
		return roleRepay
	case "pay", "paying":
		if w2 == "back" {
			return roleRepay
		}
	case "back":
		if w2 == "pay" || w2 == "paying" {
			return roleRepay
		}
	case "up":
		if w2 == "make" || w2 == "catch" || w2 == "top" {
			return roleRepay
		}
	case "worked", "working", "lived", "aged", "age", "old", "retired", "studied", "married":
		return roleIgnore
	case "stopped", "unpaid", "missed", "gap", "interrupted", "lapsed", "arrears", "owes", "owe", "owed", "broken", "skipped":
		return roleGap
	}
	switch w {
	case "paid", "payed", "contributed", "contributing", "paying", "insured", "enrolled", "contributions":
		n, q := w2, p2
		for k := 0; k < 4; k++ {
			switch n {
			case "been", "have", "has", "had", "i", "ive", "we", "already", "just", "only", "they", "it", "was", "were", "company", "employer", "my":
				n, q = prevWord(s, q)
				continue
			}
			break
		}
		if enNeg[n] {
			return roleGap
		}
		if n == "back" {
			return roleRepay
		}
		return roleYearsPaid
	}
	return roleDefault
}

// ---------------------------------------------------------------------------
// The extractor

type extractor struct {
	s         string
	cur       rules.Month
	expecting rules.Field
	hits      [maxHits]hit
	nh        int
}

func (x *extractor) init(s string, today rules.Date, expecting rules.Field) {
	x.s, x.cur, x.expecting = s, today.MonthOf(), expecting
	x.scanWords()
}

func (x *extractor) extract(regions RegionMatcher) Extracted {
	var e Extracted
	x.quantities(&e)
	x.keywords(&e)
	x.bare(&e)
	x.yesNo(&e)
	if regions != nil {
		if id, ok := regions.MatchRegion(x.s); ok {
			e.Region = id
		}
	}
	return e
}

func isYearsField(f rules.Field) bool {
	return f == rules.FieldYearsPaid || f == rules.FieldRepayYears || f == rules.FieldBrokenYears
}

func (x *extractor) quantities(e *Extracted) {
	sc := scanner{s: x.s, cur: x.cur}
	sc.run()
	claimed := false
	for i := 0; i < sc.n; i++ {
		q := sc.items[i]
		if q.kind == qSince {
			if e.Gap == nil {
				d, _ := q.duration()
				e.Gap = &d
			}
			continue
		}
		r := x.role(q)
		if isYearsField(x.expecting) && !claimed && q.hasYears && (r == roleDefault ||
			x.expecting == rules.FieldBrokenYears && r == roleGap && !q.hasMonths) {
			switch x.expecting {
			case rules.FieldYearsPaid:
				r = roleYearsPaid
			case rules.FieldRepayYears:
				r = roleRepay
				if q.hasMonths || q.years%1000 != 0 {
					r = roleDefault
				}
			case rules.FieldBrokenYears:
				if !q.hasMonths && q.years%1000 == 0 {
					r = roleBroken
				}
			}
			claimed = r != roleDefault
		}
		switch r {
		case roleYearsPaid:
			if d, ok := q.yearsDec(); ok && e.YearsPaid == nil {
				e.YearsPaid = &d
			}
		case roleRepay:
			if v := q.years / 1000; e.RepayYears == nil && v <= maxYears {
				n := int(v)
				e.RepayYears = &n
			}
		case roleBroken:
			if d, ok := q.yearsDec(); ok && e.Number == nil {
				e.Number = &d
			}
		case roleGap, roleDefault:
			if d, ok := q.duration(); ok && e.Gap == nil {
				e.Gap = &d
			}
		}
	}
}

// A wordList is a list of Chinese phrases (matched as substrings of the
// normalised text, where 交 is already 缴) and English words or phrases
// (matched as whole words; a trailing '*' allows any ending). All lists live
// in one dictionary keyed by first rune or first word, so a message is
// scanned once for all of them.
type wordList int16

type dictEntry struct {
	w    string
	list wordList
}

var (
	zhDict  = map[rune][]dictEntry{}
	enDict  = map[string][]dictEntry{}
	enStems []dictEntry
	nLists  wordList
)

func newList(zh, en []string) wordList {
	l := nLists
	nLists++
	for _, w := range zh {
		r, _ := utf8.DecodeRuneInString(w)
		zhDict[r] = append(zhDict[r], dictEntry{w, l})
	}
	for _, w := range en {
		if stem, ok := strings.CutSuffix(w, "*"); ok {
			enStems = append(enStems, dictEntry{stem, l})
			continue
		}
		first, _, _ := strings.Cut(w, " ")
		enDict[first] = append(enDict[first], dictEntry{w, l})
	}
	return l
}

type hit struct {
	list     wordList
	pos, end int32
}

const maxHits = 96

func (x *extractor) addHit(l wordList, pos, end int) {
	if x.nh < maxHits {
		x.hits[x.nh] = hit{l, int32(pos), int32(end)}
		x.nh++
	}
}

// scanWords records every dictionary hit, in text order.
func (x *extractor) scanWords() {
	s := x.s
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= 0x80:
			r, size := utf8.DecodeRuneInString(s[i:])
			for _, d := range zhDict[r] {
				if strings.HasPrefix(s[i:], d.w) {
					x.addHit(d.list, i, i+len(d.w))
				}
			}
			i += size
		case isLetter(c) && (i == 0 || !isAlnum(s[i-1])):
			w := wordAt(s, i)
			for _, d := range enDict[w] {
				if hasWordAt(s, i, d.w) {
					x.addHit(d.list, i, i+len(d.w))
				}
			}
			for _, d := range enStems {
				if strings.HasPrefix(w, d.w) {
					x.addHit(d.list, i, i+len(w))
				}
			}
			i += len(w)
		default:
			i++
		}
	}
}

// find returns the first hit of l (the longest at the same position).
func (x *extractor) find(l wordList) (pos, end int) {
	pos, end = -1, -1
	for _, h := range x.hits[:x.nh] {
		if h.list == l && (pos < 0 || int(h.pos) == pos && int(h.end) > end) {
			pos, end = int(h.pos), int(h.end)
		}
	}
	return pos, end
}

func (x *extractor) has(l wordList) bool {
	for _, h := range x.hits[:x.nh] {
		if h.list == l {
			return true
		}
	}
	return false
}

// findPlain is find but skips negated hits (zhNegs right before a Chinese
// hit, a negation among the three words before an English one).
func (x *extractor) findPlain(l wordList, zhNegs []string) int {
	for _, h := range x.hits[:x.nh] {
		if h.list != l {
			continue
		}
		if x.s[h.pos] >= 0x80 {
			if _, neg := hasSuffixAny(x.s[:h.pos], zhNegs); !neg {
				return int(h.pos)
			}
		} else if !enNegated(x.s, int(h.pos), false) {
			return int(h.pos)
		}
	}
	return -1
}

// enNegated reports a negation among the three words before i; outside also
// counts "outside", "after" and "past" (the enrolment window).
func enNegated(s string, i int, outside bool) bool {
	w, p := prevWord(s, i)
	for k := 0; k < 3 && w != ""; k++ {
		if enNeg[w] || outside && (w == "outside" || w == "after" || w == "past") {
			return true
		}
		w, p = prevWord(s, p)
	}
	return false
}

var zhNeg = []string{"不是", "不", "没", "没有", "未", "非", "并非", "不在", "没在", "还没", "尚未", "不属于"}

// Word lists. Chinese entries are substrings of the normalised text (交 is
// already 缴); English entries are whole words or phrases.
var (
	zhEmployee = []string{"职工", "灵活就业", "个体户", "个体工商户"}
	enEmployee = []string{"employee insurance", "employee scheme", "employee medical", "employee health",
		"employee plan", "employees insurance", "employee basic", "urban employee", "employee based",
		"flexib*", "self employed", "selfemployed", "sole proprietor"}
	zhResident = []string{"居民医保", "居民医疗", "居民保险", "居民基本医疗", "居民社保", "城乡居民", "城镇居民", "新农合",
		"农合", "农村合作医疗", "学生医保", "少儿医保", "儿童医保"}
	enResident = []string{"resident insurance", "resident scheme", "resident medical", "resident health",
		"residents insurance", "residents medical", "residents scheme", "resident plan", "rural resident",
		"rural cooperative", "new rural", "ncms", "urban and rural"}

	zhUnit = []string{"单位", "公司", "企业", "老板", "厂里", "工厂", "厂子", "雇主", "东家"}
	enUnit = []string{"company", "companys", "companies", "employer", "employers", "boss", "firm",
		"factory", "workplace", "work unit"}
	zhIndividual = []string{"灵活就业", "自由职业", "个体户", "个体工商户", "自己缴", "个人缴", "自缴", "自己在缴", "自费缴",
		"以个人身份", "个人身份", "自己付", "打零工", "零工"}
	enIndividual = []string{"flexib*", "freelanc*", "self employed", "selfemployed", "gig", "gigs",
		"pay myself", "paying myself", "pay it myself", "pay by myself", "paid myself", "on my own",
		"sole trader", "sole proprietor", "as an individual", "individually"}

	zhArrearsStrong = []string{"没给缴", "没给我缴", "不给缴", "不给我缴", "没帮我缴", "不帮我缴", "没有给我缴",
		"拖欠"}
	zhArrearsUnit = []string{"欠费", "欠缴", "欠"}
	zhArrearsWeak = []string{"没缴", "没有缴", "未缴", "停缴", "不缴", "断缴", "停了", "漏缴", "少缴", "断了", "停保",
		"没给", "不给"}
	enArrears = []string{"didnt pay", "did not pay", "stopped paying", "stop paying", "stopped contributing",
		"stopped contributions", "stopped my", "owes", "owe", "owed", "owing", "hasnt paid", "has not paid",
		"havent paid", "have not paid", "hadnt paid", "not paying", "isnt paying", "doesnt pay",
		"does not pay", "didnt contribute", "arrears", "unpaid", "failed to pay", "hasnt been paying",
		"wasnt paying", "never paid", "no longer pays", "no longer paying", "skipped"}

	zhJobChange = []string{"换工作", "换了工作", "换了个工作", "换了一份工作", "跳槽", "新单位", "新公司", "新工作",
		"调动", "转到", "换城市", "换了城市", "换单位", "换了单位", "换公司", "换了公司", "转入", "转移",
		"别的公司", "入职新", "换了新"}
	enJobChange = []string{"changed job", "changed jobs", "change job", "change jobs", "changing job",
		"changing jobs", "switched job", "switched jobs", "switch jobs", "switching jobs", "new job",
		"new employer", "new company", "moved", "relocated", "transferred", "job change", "job switch",
		"another company", "different company", "another city", "different city"}
	zhLeftJob = []string{"离职", "辞职", "失业", "被裁", "裁员", "被辞退", "辞退", "没工作", "没有工作", "待业",
		"下岗", "开除", "不干了", "离开公司", "离开单位", "解除劳动合同", "解除合同", "炒鱿鱼", "裸辞"}
	enLeftJob = []string{"quit", "quitted", "laid off", "lay off", "layoff", "let go", "fired", "unemployed",
		"lost my job", "lost the job", "lost job", "left my job", "left the job", "left the company",
		"left my company", "left my employer", "resigned", "resign", "out of work", "jobless", "no job",
		"dismissed", "redundant", "between jobs"}

	zhAtAge = []string{"到退休年龄", "到了退休年龄", "满退休年龄", "退休年龄到了", "过了退休年龄", "快退休", "要退休", "办退休", "准备退休", "即将退休", "马上退休",
		"临近退休", "快要退休", "该退休", "就要退休", "办理退休", "到龄"}
	enAtAge = []string{"reached retirement age", "reach retirement age", "reaching retirement age",
		"at retirement age", "past retirement age", "reached the retirement age", "about to retire", "going to retire", "retiring soon", "retire soon",
		"near retirement", "nearing retirement", "close to retirement", "will retire", "retiring next",
		"retire next", "planning to retire", "approaching retirement", "retire this year", "retiring this year"}
	zhRetired = []string{"已退休", "已经退休", "退休了", "领养老金", "拿养老金", "领退休金", "拿退休金", "退休人员",
		"退休职工", "退休在家", "在领养老金"}
	enRetired = []string{"retired", "retiree", "pensioner", "drawing a pension", "draw a pension",
		"drawing my pension", "drawing pension", "receiving a pension", "receive a pension",
		"receiving my pension", "getting a pension", "collecting a pension", "on a pension",
		"get a pension", "drawing a retirement pension"}
	zhWorking = []string{"在职", "上班", "在工作", "还在工作", "正常工作", "工作中", "在岗"}
	enWorking = []string{"still working", "working", "still work", "currently work", "i work", "have a job",
		"in work"}

	zhNewborn = []string{"新生儿", "刚出生", "刚生", "宝宝", "婴儿", "出生证", "刚满月"}
	enNewborn = []string{"newborn", "new born", "baby", "babies", "infant", "just born"}

	zhWindow = []string{"集中参保期", "集中征缴期", "集中缴费期", "集中参保", "集中征缴", "缴费期内", "参保期内",
		"征缴期内", "缴费期", "参保期", "征缴期"}
	enWindow = []string{"enrolment window", "enrollment window", "enrolment period", "enrollment period",
		"open enrolment", "open enrollment", "payment window", "enrolment season", "enrollment season",
		"window"}
	zhWindowNeg   = []string{"不在", "没在", "不是", "非", "错过了", "错过", "过了", "已过", "不", "超过了"}
	zhWindowAfter = []string{"已过", "过了", "已经过了", "结束", "已结束", "已经结束"}
	enWindowAfter = []string{" closed", " has closed", " is closed", " is over", " has passed", " passed",
		" ended", " has ended", " is past"}
)

var (
	lEmployee      = newList(zhEmployee, enEmployee)
	lResident      = newList(zhResident, enResident)
	lUnit          = newList(zhUnit, enUnit)
	lIndividual    = newList(zhIndividual, enIndividual)
	lArrearsStrong = newList(zhArrearsStrong, nil)
	lArrearsUnit   = newList(zhArrearsUnit, enArrears)
	lArrearsWeak   = newList(zhArrearsWeak, nil)
	lJobChange     = newList(zhJobChange, enJobChange)
	lLeftJob       = newList(zhLeftJob, enLeftJob)
	lAtAge         = newList(zhAtAge, enAtAge)
	lRetired       = newList(zhRetired, enRetired)
	lWorking       = newList(zhWorking, enWorking)
	lNewborn       = newList(zhNewborn, enNewborn)
	lWindow        = newList(zhWindow, enWindow)
	lSexMale       = newList([]string{"男"}, []string{"male", "man", "guy", "gentleman"})
	lSexFemale     = newList([]string{"女"}, []string{"female", "woman", "lady"})
	lStrongQ       = newList(zhStrongQ, enStrongQ)
	lWeakQ         = newList(zhWeakQ, enWeakQ)
)

type statusWords struct {
	status   rules.UnitStatus
	alone    wordList // enough alone
	unitOnly wordList // needs a unit word in the message
}

func statusList(st rules.UnitStatus, zh, en, zhUnitOnly, enUnitOnly []string) statusWords {
	return statusWords{st, newList(zh, en), newList(zhUnitOnly, enUnitOnly)}
}

var statusTable = []statusWords{
	statusList(rules.UnitBankrupt, []string{"破产", "倒闭", "清算", "跑路"},
		[]string{"bankrupt*", "liquidat*", "insolven*", "went bust", "gone bust", "out of business", "went under", "gone under"},
		[]string{"关门", "注销", "黄了", "垮了"},
		[]string{"bust", "closed down", "shut down", "closed", "folded", "ran away", "disappeared"}),
	statusList(rules.UnitAuctioned, []string{"拍卖"},
		[]string{"auction*"},
		[]string{"被卖", "出售", "租赁", "卖掉", "卖了", "转卖", "被租", "被拍"},
		[]string{"sold off", "sold", "leased", "lease", "was sold"}),
	statusList(rules.UnitMerged, []string{"被收购", "兼并", "被合并"},
		[]string{"merged", "merger", "taken over", "takeover", "bought out"},
		[]string{"合并", "收购", "并购"},
		[]string{"acquired", "take over", "bought by", "merge"}),
	statusList(rules.UnitDivided, []string{"分立"},
		nil,
		[]string{"拆分", "分拆", "拆成"},
		[]string{"split", "divided", "spun off", "spin off", "broken up", "split up"}),
	statusList(rules.UnitHardship, []string{"资金紧张", "发不出工资", "发不出", "经营困难", "资金困难"},
		[]string{"cash flow", "cashflow", "cant pay in full", "cannot pay in full", "can not pay in full",
			"unable to pay in full"},
		[]string{"困难", "没钱", "分期", "缺钱", "周转不", "亏损"},
		[]string{"struggling", "hardship", "difficult*", "instalment*", "installment*", "no money", "broke",
			"financial trouble*", "short of money", "in trouble"}),
	statusList(rules.UnitNormal, []string{"正常经营", "经营正常", "还在经营", "正常运营", "运营正常"},
		[]string{"operating normally", "still operating", "running normally", "still running", "operating as normal"},
		nil, nil),
}

func (x *extractor) keywords(e *Extracted) {
	s := x.s
	exp := x.expecting
	hasUnit := x.hasUnit()

	// Unit status.
	for _, st := range statusTable {
		neg := []string{"没有", "没", "不是", "未", "不会"}
		if x.findPlain(st.alone, neg) >= 0 || hasUnit && x.findPlain(st.unitOnly, neg) >= 0 {
			e.UnitStatus = st.status
			break
		}
	}
	if e.UnitStatus == "" && exp == rules.FieldUnitStatus {
		if x.bareIs([]string{"正常", "正常的", "没有", "都没有", "没", "normal", "fine", "ok", "none", "no", "nothing", "operating"}) {
			e.UnitStatus = rules.UnitNormal
		}
	}

	// Reason.
	strongArrears := x.has(lArrearsStrong) || hasUnit && x.has(lArrearsUnit)
	switch {
	case e.UnitStatus != "" || strongArrears:
		e.Reason = rules.ReasonArrears
	case x.has(lJobChange):
		e.Reason = rules.ReasonJobChange
	case x.has(lLeftJob):
		e.Reason = rules.ReasonLeftJob
	case hasUnit && x.has(lArrearsWeak):
		e.Reason = rules.ReasonArrears
	}

	// Payer and scheme.
	indiv := x.has(lIndividual)
	if !indiv && exp == rules.FieldPayer {
		indiv = x.bareIs([]string{"自己", "我自己", "个人", "本人", "我", "me", "myself", "self", "i do", "i pay", "individual", "personal"})
	}
	switch {
	case indiv:
		e.Payer = rules.PayerIndividual
	case hasUnit || e.Reason != "":
		e.Payer = rules.PayerUnit
	}
	resident := x.has(lResident)
	employee := x.has(lEmployee)
	if !resident && !employee && exp == rules.FieldScheme {
		resident = x.bareIs([]string{"居民", "城乡", "resident", "residents", "resident one"})
		employee = x.bareIs([]string{"employee", "employees", "employee one", "worker", "workers"})
	}
	switch {
	case resident:
		e.Scheme = rules.SchemeResident
	case employee:
		e.Scheme = rules.SchemeEmployee
	}

	// Retirement.
	switch {
	case x.has(lAtAge):
		e.Retirement = rules.RetirementAtAge
	case x.findPlain(lRetired, zhNeg) >= 0:
		e.Retirement = rules.RetirementRetired
	case x.findPlain(lWorking, []string{"没", "不", "没有", "未", "不在", "没在"}) >= 0:
		e.Retirement = rules.RetirementWorking
	}

	// Sex.
	e.Sex = x.sex()

	// Newborn.
	if i, _ := x.find(lNewborn); i >= 0 {
		neg := false
		if s[i] >= 0x80 {
			_, neg = hasSuffixAny(s[:i], []string{"不是", "不", "非", "没有", "并非", "不算"})
		} else {
			neg = enNegated(s, i, false)
		}
		b := !neg
		e.Newborn = &b
	}

	// In the enrolment window.
	if i, end := x.find(lWindow); i >= 0 {
		neg := false
		rest := s[end:]
		if s[i] >= 0x80 {
			_, neg = hasSuffixAny(s[:i], zhWindowNeg)
			neg = neg || hasPrefixAny(rest, zhWindowAfter) || hasPrefixAny(strings.TrimPrefix(rest, "内"), zhWindowAfter)
		} else {
			neg = enNegated(s, i, true) || hasPrefixAny(rest, enWindowAfter)
		}
		b := !neg
		e.InWindow = &b
	} else if exp == rules.FieldInWindow {
		switch {
		case x.bareIs([]string{"在", "在的", "在呢", "是在", "在期内", "期内", "in", "inside", "within", "yes in"}):
			b := true
			e.InWindow = &b
		case x.bareIs([]string{"不在", "没在", "错过了", "错过", "过了", "已经过了", "missed", "missed it", "outside", "not in"}):
			b := false
			e.InWindow = &b
		}
	}
}

// hasUnit reports an employer word; 企业 in 企业职工(医保), the scheme's full
// name, does not count.
func (x *extractor) hasUnit() bool {
	for _, h := range x.hits[:x.nh] {
		if h.list == lUnit && !(x.s[h.pos:h.end] == "企业" && strings.HasPrefix(x.s[h.end:], "职工")) {
			return true
		}
	}
	return false
}

// bareIs reports whether the whole message (without trailing particles) is
// one of list.
func (x *extractor) bareIs(list []string) bool {
	t := trimParticles(x.s)
	for _, w := range list {
		if t == w {
			return true
		}
	}
	return false
}

func trimParticles(s string) string {
	s = strings.Trim(s, " ,")
	for {
		r, size := utf8.DecodeLastRuneInString(s)
		if size == 0 || !strings.ContainsRune("啊呀吧呢哦啦嘛哈噢喔", r) || len(s) == size {
			break
		}
		s = strings.TrimRight(s[:len(s)-size], " ,")
	}
	return s
}

func (x *extractor) sex() rules.Sex {
	s := x.s
	for _, h := range x.hits[:x.nh] {
		if h.list != lSexMale && h.list != lSexFemale {
			continue
		}
		if s[h.pos] >= 0x80 {
			// 男/女 inside 女儿, 子女, 男朋友, 女婴, 美女, 男女 … is someone else.
			nx, _ := utf8.DecodeRuneInString(s[h.end:])
			pv, _ := utf8.DecodeLastRuneInString(s[:h.pos])
			if strings.ContainsRune("儿孩友朋宝婴童方男女", nx) || strings.ContainsRune("儿子孙侄甥美男女", pv) {
				continue
			}
		}
		if h.list == lSexMale {
			return rules.SexMale
		}
		return rules.SexFemale
	}
	if x.expecting == rules.FieldSex {
		switch trimParticles(s) {
		case "m", "boy", "men", "him", "he":
			return rules.SexMale
		case "f", "girl", "women", "her", "she":
			return rules.SexFemale
		}
	}
	return ""
}

// ---------------------------------------------------------------------------
// Bare numbers, yes and no

var zhBareFillersPre = []string{"大概是", "大概有", "大概", "大约", "约", "差不多", "将近", "接近", "快", "有", "是", "一共",
	"总共", "共", "已经", "应该是", "应该", "估计", "我", "了", "嗯"}
var zhBareFillersPost = []string{"左右", "上下", "吧", "了", "啊", "呀", "多", "的样子", "这样", "的", "呢", "哦", "吧"}
var enBareFillersPre = []string{"about", "around", "approx", "approximately", "roughly", "maybe", "like", "almost",
	"nearly", "over", "just", "only", "its", "it is", "i think", "i guess", "for", "total", "probably", "exactly"}
var enBareFillersPost = []string{"or so", "ish", "maybe", "i think", "total", "in total", "now", "already", "roughly",
	"approx", "i guess", "probably"}

func stripFillers(t string) string {
	for changed := true; changed; {
		changed = false
		t = strings.Trim(t, " ,~")
		for _, f := range zhBareFillersPre {
			if strings.HasPrefix(t, f) && len(t) > len(f) {
				t, changed = t[len(f):], true
			}
		}
		for _, f := range zhBareFillersPost {
			if strings.HasSuffix(t, f) && len(t) > len(f) {
				t, changed = t[:len(t)-len(f)], true
			}
		}
		for _, f := range enBareFillersPre {
			if hasWordAt(t, 0, f) && len(t) > len(f) {
				t, changed = t[len(f):], true
			}
		}
		for _, f := range enBareFillersPost {
			if strings.HasSuffix(t, f) && len(t) > len(f) && !isAlnum(t[len(t)-len(f)-1]) {
				t, changed = t[:len(t)-len(f)], true
			}
		}
	}
	return t
}

// bare handles a message that is essentially one number.
func (x *extractor) bare(e *Extracted) {
	if len(x.s) > 64 {
		return
	}
	t := stripFillers(x.s)
	var n number
	var ok bool
	var u unitKind
	var half bool
	end := 0
	if strings.HasPrefix(t, "半") {
		u, half, end = unitAt(t, len("半"))
		if u != uYears && u != uMonths {
			return
		}
		n, ok = number{v: 0, kind: 'h'}, true
		half = true
	} else {
		n, ok = parseNumAt(t, 0)
		if !ok || n.v < 0 || n.digits > 9 {
			return
		}
		u, half, end = unitAt(t, n.end)
		switch u {
		case uNone:
			end = n.end
			if n.kind == 'a' || n.pair {
				return
			}
		case uYears, uMonths:
			if n.kind == 'h' && n.positional && n.digits > 1 && !n.pair || u == uYears && n.kind == 'd' && n.digits == 4 {
				return
			}
		default:
			return
		}
	}
	if strings.Trim(t[end:], " ,") != "" {
		return
	}
	v := n.v
	if half {
		v += 500
	}
	d := milliDec(v)
	e.Number = &d
	if u != uNone {
		return // a duration: quantities already read it
	}
	switch x.expecting {
	case rules.FieldGap:
		if v%1000 == 0 && v <= maxGapMonths*1000 && e.Gap == nil {
			e.Gap = &Duration{Months: int(v / 1000)}
		}
	case rules.FieldYearsPaid:
		if v <= maxYears*1000 && e.YearsPaid == nil {
			e.YearsPaid = &d
		}
	case rules.FieldRepayYears:
		if v%1000 == 0 && v <= maxYears*1000 && e.RepayYears == nil {
			r := int(v / 1000)
			e.RepayYears = &r
		}
	}
}

var yesWords = map[string]bool{
	"是": true, "是的": true, "是啊": true, "是呀": true, "对": true, "对的": true, "对啊": true, "对呀": true,
	"嗯": true, "嗯嗯": true, "恩": true, "好": true, "好的": true, "行": true, "可以": true, "没错": true, "有": true,
	"有的": true, "是滴": true, "对头": true, "确定": true, "当然": true, "当然是": true, "没问题": true, "是是": true,
	"yes": true, "y": true, "yep": true, "yeah": true, "yea": true, "ya": true, "yup": true, "sure": true,
	"ok": true, "okay": true, "correct": true, "right": true, "true": true, "of course": true,
	"yes please": true, "yes i am": true, "yes im": true, "yes it is": true, "yes i do": true,
	"thats right": true, "affirmative": true, "indeed": true, "absolutely": true, "definitely": true,
	"yes yes": true, "yess": true, "yesss": true, "ye": true, "是的是的": true, "对对": true, "对对对": true,
}

var noWords = map[string]bool{
	"不是": true, "否": true, "没有": true, "不": true, "不对": true, "没": true, "无": true, "不是的": true,
	"没有的": true, "不用": true, "不要": true, "并不是": true, "不在": true, "没有啊": true, "都不是": true, "不是啊": true,
	"no": true, "n": true, "nope": true, "nah": true, "not really": true, "no im not": true, "no i am not": true,
	"no it isnt": true, "no it is not": true, "nop": true, "never": true, "negative": true, "false": true,
	"not": true, "no no": true, "none": true, "i dont": true, "no i dont": true, "no not": true,
}

var (
	zhYesTokens = []string{"是的", "对的", "好的", "没错", "可以", "是", "对", "嗯", "恩", "好", "行", "啊", "呀", "哦", "滴"}
	zhNoTokens  = []string{"不是", "没有", "不对", "不用", "不要", "不", "没", "否", "啊", "呀", "哦", "的"}
)

// madeOf reports whether t is a run of yes (or no) words: "嗯嗯好的",
// "yes sure", "no no". Tokens of one polarity only, so 是不是 is neither.
func madeOf(t string, words map[string]bool, zhTokens []string) bool {
	if t == "" {
		return false
	}
	if t[0] < 0x80 {
		for w := range strings.SplitSeq(t, " ") {
			if !words[w] {
				return false
			}
		}
		return true
	}
	n := 0
	for t != "" {
		found := false
		for _, tok := range zhTokens {
			if rest, ok := strings.CutPrefix(t, tok); ok {
				t, found = rest, true
				n++
				break
			}
		}
		if !found {
			return false
		}
	}
	return n > 1
}

func (x *extractor) yesNo(e *Extracted) {
	first := x.s
	if i := strings.IndexByte(first, ','); i >= 0 {
		first = first[:i]
	}
	first = trimParticles(first)
	switch {
	case yesWords[first] || madeOf(first, yesWords, zhYesTokens):
		e.Yes = true
	case noWords[first] || madeOf(first, noWords, zhNoTokens):
		e.No = true
	default:
		return
	}
	var p **bool
	switch x.expecting {
	case rules.FieldNewborn:
		p = &e.Newborn
	case rules.FieldInWindow:
		p = &e.InWindow
	default:
		return
	}
	if *p == nil {
		b := e.Yes
		*p = &b
	}
}

// ---------------------------------------------------------------------------
// Questions

var zhStrongQ = []string{"怎么", "如何", "什么", "哪里", "哪儿", "哪些", "哪个", "多少", "为什么", "为啥", "怎样", "多久",
	"多长时间", "啥", "咋"}
var zhWeakQ = []string{"吗", "能不能", "可不可以", "是否", "能否", "有没有", "是不是", "会不会", "要不要", "需不需要",
	"几年", "几个月", "么"}
var enStrongQ = []string{"how", "what", "where", "when", "why", "which", "who", "whats", "hows"}
var enWeakQ = []string{"can i", "could i", "do i", "does", "is it", "should", "will i", "am i", "is there",
	"are there", "can my", "can you", "is my", "do you", "shall", "may i", "would", "need i", "must i"}

// clauseStart reports whether the English word at i begins a clause (perhaps
// after so/and/but/then/ok/please).
func clauseStart(s string, i int) bool {
	w, p := prevWord(s, i)
	switch w {
	case "so", "and", "but", "then", "ok", "okay", "hi", "hello", "please", "also", "thanks", "well":
		w, _ = prevWord(s, p)
	}
	return w == ""
}

// questionScore weighs question words: wh-words count 2, others 1. Requests
// for the main flow (怎么办, what should I do) do not count.
func (x *extractor) questionScore() int {
	s := x.s
	score := 0
	for _, h := range x.hits[:x.nh] {
		w, rest := s[h.pos:h.end], s[h.end:]
		switch h.list {
		case lStrongQ:
			switch {
			case (w == "怎么" || w == "咋") && strings.HasPrefix(rest, "办"):
			case w == "what" && hasPrefixAny(rest, []string{" should i do", " can i do", " do i do", " now", " to do", " shall i do"}):
			case w[0] < 0x80 && (w == "when" || !clauseStart(s, int(h.pos))):
				// "when I left my job", "I know what I paid": a statement
				// unless the question mark says otherwise.
				score++
			default:
				score += 2
			}
		case lWeakQ:
			p, _ := utf8.DecodeLastRuneInString(s[:h.pos])
			if w == "么" && strings.ContainsRune("什怎那这多要", p) || strings.HasPrefix(w, "几") && strings.ContainsRune("十好", p) {
				continue // 什么, 怎么 (counted above); 十几个月, 好几年 (a statement)
			}
			score++
		}
	}
	if strings.HasSuffix(s, "呢") {
		score++
	}
	return score
}
