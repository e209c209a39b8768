package persist

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Placeholders that Redact puts in place of personal data.
const (
	RedactedID     = "[ID]"
	RedactedPhone  = "[PHONE]"
	RedactedCard   = "[CARD]"
	RedactedEmail  = "[EMAIL]"
	RedactedNumber = "[NUMBER]"
)

// Redact replaces personal data in free text with placeholders: mainland
// ID-card numbers (18-digit, with X check digit, and the old 15-digit form)
// → [ID]; mobile numbers (optionally +86/0086/86, with spaces or dashes) and
// landlines with an area code → [PHONE]; bank-card numbers (16–19 digits,
// possibly grouped) → [CARD]; e-mail addresses → [EMAIL]; any other run of 12
// or more digits → [NUMBER]. Full-width digits and punctuation, as typed
// with Chinese input methods, Chinese numerals written digit by digit
// (一三八…, 壹贰叁…, 幺/洞 for 1/0), other digit systems and enclosed digits
// are recognised too, and so are digits split by spaces, dots, dashes,
// slashes, commas or line breaks.
//
// Years, amounts, dates, short hotlines such as 12393 and counts are left
// alone. Redact is idempotent, and its output never contains a run of 12 or
// more digits. Invalid UTF-8 is replaced by U+FFFD.
func Redact(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if !mayContainPII(s) {
		return s
	}
	text := []rune(s)
	// Apply every rule until nothing changes. A replacement can expose a
	// match that an earlier rule rejected because it touched other digits;
	// looping to the fixed point makes Redact idempotent. Every replacement
	// removes at least one digit or '@', so the loop terminates.
	for {
		changed := false
		var c bool
		text, c = redactSequences(text)
		changed = changed || c
		for _, r := range redactRules {
			text, c = r.apply(text)
			changed = changed || c
		}
		if !changed {
			return string(text)
		}
	}
}

func mayContainPII(s string) bool {
	for _, r := range s {
		f := fold(r)
		if f == '@' || (f >= '0' && f <= '9') {
			return true
		}
	}
	return false
}

// fold maps a rune to the ASCII form the rules match: full-width forms
// (０-９, ＋, －, ＠, letters…), every other Unicode decimal digit (Arabic-
// Indic, Devanagari, mathematical…), the ideographic space and other
// spaces, assorted dashes and middle dots. It maps rune to rune so that
// positions line up with the original text.
func fold(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		return r
	case r >= 0xFF01 && r <= 0xFF5E:
		return r - 0xFEE0
	case r == 0x3000 || r == 0x00A0 || r == 0x202F || (r >= 0x2000 && r <= 0x200A):
		return ' '
	case (r >= 0x2010 && r <= 0x2015) || r == 0x2212 || r == 0xFE63:
		return '-'
	case r == 0x00B7 || r == 0x30FB || r == 0xFF65 || r == 0x2022 || r == 0x3002:
		return '.'
	case unicode.IsDigit(r):
		return digitValue(r)
	case r == 0x3001:
		return ',' // 、 the enumeration comma
	}
	if d, ok := otherDigits[r]; ok {
		return d
	}
	return r
}

// otherDigits are the ways of writing a digit that are not Unicode decimal
// digits: Chinese numerals read out digit by digit (一三八…, the financial
// 壹贰叁…, 幺 for 1, 两 for 2, 拐 for 7, 勾 for 9 and 洞 for 0 as a phone
// number is read aloud), circled, parenthesised, superscript and
// subscript digits. Counting words (十, 百, 千) are not digits: "一百三十八"
// is not a phone number anybody writes.
var otherDigits = func() map[rune]rune {
	m := map[rune]rune{}
	for d, forms := range [10]string{
		"〇零○洞⓪⓿⁰₀",
		"一壹幺",
		"二贰貳两兩",
		"三叁參叄",
		"四肆",
		"五伍",
		"六陆陸",
		"七柒拐",
		"八捌",
		"九玖勾",
	} {
		for _, r := range forms {
			m[r] = '0' + rune(d)
		}
	}
	// Runs of 1…9 in the enclosed and symbol blocks: ①, ⑴, ⒈, ❶, ➀, ➊, ⓵,
	// ㈠, ㊀; and superscripts ⁴-⁹ (¹²³ sit in Latin-1).
	for _, lo := range []rune{0x2460, 0x2474, 0x2488, 0x2776, 0x2780, 0x278A, 0x24F5, 0x3220, 0x3280} {
		for i := range rune(9) {
			m[lo+i] = '1' + i
		}
	}
	for i := range rune(6) {
		m[0x2074+i] = '4' + i
	}
	for i := range rune(9) {
		m[0x2081+i] = '1' + i
	}
	m['¹'], m['²'], m['³'] = '1', '2', '3'
	return m
}()

// digitValue maps a Unicode decimal digit to '0'…'9'. Decimal digits come
// in runs of ten starting at a zero, and the Nd table's ranges are such
// runs back to back.
func digitValue(r rune) rune {
	for _, rg := range unicode.Nd.R16 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return '0' + (r-rune(rg.Lo))%10
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return '0' + (r-rune(rg.Lo))%10
		}
	}
	return r
}

// isSeparator reports whether a folded rune may sit between the digits of
// one number as people write them: spaces, dots, dashes, underscores,
// brackets, slashes, commas (the full-width ， and 、 fold to ',') and
// line breaks.
func isSeparator(r rune) bool {
	switch r {
	case ' ', '.', '-', '_', '(', ')', '[', ']', '\t', '/', '\\', ',', '|', '\n', '\r':
		return true
	}
	return false
}

// maxSeparatorRun is how many separator characters may join two groups of
// digits (" - ", ") ").
const maxSeparatorRun = 3

// redactSequences finds numbers written with separators — 138.1234.5678,
// 138 123 45678, 1 3 8 1 2 3 4 5 6 7 8, an ID grouped 4-4-4-4-2 — joins
// their digits and redacts them by what the digits are. A sequence whose
// groups are all dates or years (2025-03-01 2025-06-30, 2019 2020 2021) is
// left alone. The longest run of leading groups that is an identifier is
// redacted, and the scan goes on after it; a sequence of 12 digits or more
// that is none is redacted as a number.
func redactSequences(text []rune) ([]rune, bool) {
	f := make([]rune, len(text))
	for i, c := range text {
		f[i] = fold(c)
	}
	var out []rune
	last, changed := 0, false
	for i := 0; i < len(f); {
		if !isDigit7(f[i]) || (i > 0 && isDigit7(f[i-1])) {
			i++
			continue
		}
		// Digits glued to a word ("tel138/1234/5678", "ID110101…") are
		// redacted only as an identifier, never as a mere long number:
		// "v1.2.3" and the like stay.
		glued := i > 0 && isLetter(f[i-1])
		// Groups of digits joined by short separator runs.
		type group struct{ start, end int }
		var groups []group
		j := i
		for {
			k := j
			for k < len(f) && isDigit7(f[k]) {
				k++
			}
			groups = append(groups, group{j, k})
			s := k
			for s < len(f) && s-k < maxSeparatorRun && isSeparator(f[s]) {
				s++
			}
			if s == k || s >= len(f) || !isDigit7(f[s]) {
				break
			}
			j = s
		}
		// A trailing letter glued to the last group (an X check digit).
		lastEnd := groups[len(groups)-1].end
		if lastEnd < len(f) && (f[lastEnd] == 'X' || f[lastEnd] == 'x') && (lastEnd+1 == len(f) || !isLetter(f[lastEnd+1])) {
			groups[len(groups)-1].end++
		}
		plus := i > 0 && f[i-1] == '+'
		lengths := make([]int, len(groups))
		total := 0
		for gi, g := range groups {
			lengths[gi] = g.end - g.start
			total += lengths[gi]
		}
		if len(groups) < 2 {
			i = groups[0].end
			continue
		}
		if datesOnly(f, groups[0].start, lengths) {
			i = groups[len(groups)-1].end // dates all the way: nothing inside
			continue
		}
		// The leading groups that could hold an identifier: no identifier
		// has more than 19 digits, which keeps this linear.
		var prefix []rune
		var prefixes []string
		for _, g := range groups {
			prefix = append(prefix, f[g.start:g.end]...)
			if len(prefix) > 19 {
				break
			}
			prefixes = append(prefixes, string(prefix))
		}
		// An ID first, then a phone, then a card: the longest run of
		// leading groups that is one ("138 1234 5678 139 1234 5678" is two
		// phones, not an 18-digit card).
		label, used := "", 0
		// The whole sequence first: "4 1 1 1 … 1" is one 16-digit card, not
		// a 15-digit old ID with a digit left over.
		if len(prefixes) == len(groups) {
			if kind := classifyDigits(prefixes[len(prefixes)-1], plus); kind != "" {
				label, used = kind, len(groups)
			}
		}
		for _, kind := range []string{RedactedID, RedactedPhone, RedactedCard} {
			for n := len(prefixes); n >= 1 && label == ""; n-- {
				if classifyDigits(prefixes[n-1], plus) == kind {
					label, used = kind, n
				}
			}
		}
		if label == "" && total >= 12 && !glued {
			label, used = RedactedNumber, len(groups)
		}
		if label == "" {
			i = groups[0].end
			continue
		}
		start := i
		if plus {
			start--
		}
		end := groups[used-1].end
		// "(021)87654321": the bracket opened before the number goes too.
		if start > 0 && f[start-1] == '(' && strings.ContainsRune(string(f[start:end]), ')') {
			start--
		}
		out = append(out, text[last:start]...)
		out = append(out, []rune(label)...)
		last, i, changed = end, end, true
	}
	if !changed {
		return text, false
	}
	return append(out, text[last:]...), true
}

func isDigit7(r rune) bool { return r >= '0' && r <= '9' }

func isLetter(r rune) bool {
	return r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
}

// datesOnly reports whether every group is part of a date: a year
// (1900–2100), a month or day (one or two digits), or a compact date
// (yyyymmdd), with at least one year among them.
func datesOnly(f []rune, start int, lengths []int) bool {
	pos, year := start, false
	for _, n := range lengths {
		for pos < len(f) && !isDigit7(f[pos]) {
			pos++
		}
		g := string(f[pos : pos+n])
		pos += n
		switch {
		case n <= 2:
		case n == 4 && g >= "1900" && g <= "2100":
			year = true
		case n == 8 && plausibleBirthDate(g):
			year = true
		default:
			return false
		}
	}
	return year
}

// classifyDigits names the identifier the digits of a sequence form, or
// "": an 18- or 15-digit ID with a birth date, a mobile number (with or
// without 86 / 0086), a landline with its area code, a bank card.
func classifyDigits(d string, plus bool) string {
	if n := len(d); n == 18 || n == 15 {
		last := d[n-1]
		if n == 18 && (last == 'X' || last == 'x' || plausibleBirthDate(d[6:14])) {
			return RedactedID
		}
		if n == 15 && plausibleBirthDate("19"+d[6:12]) {
			return RedactedID
		}
	}
	if strings.ContainsAny(d, "Xx") {
		return ""
	}
	rest, intl := d, false
	switch {
	case strings.HasPrefix(d, "0086"):
		rest, intl = d[4:], true
	case strings.HasPrefix(d, "86") && (plus || len(d) == 13):
		rest, intl = d[2:], true
	}
	switch {
	case rest == "":
		return ""
	case len(rest) == 11 && rest[0] == '1' && rest[1] >= '3' && rest[1] <= '9':
		return RedactedPhone
	case rest[0] == '0' && len(rest) >= 10 && len(rest) <= 12:
		return RedactedPhone
	case intl && len(rest) >= 9 && len(rest) <= 11:
		return RedactedPhone
	case len(d) >= 16 && len(d) <= 19 && !intl:
		return RedactedCard
	}
	return ""
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

type redactRule struct {
	// re has the personal data in group 1. Rules that must not end next to
	// another digit say so with a trailing (?:[^0-9]|$), so that the regexp
	// engine itself tries shorter alternatives that end at a boundary.
	re *regexp.Regexp
	// leftBoundary rejects a match whose first character is a digit that
	// follows another digit (Go regexps have no look-behind).
	leftBoundary bool
	label        func(m string) string
}

func constLabel(p string) func(string) string { return func(string) string { return p } }

var redactRules = []redactRule{
	{
		re:    regexp.MustCompile(`([A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,})`),
		label: constLabel(RedactedEmail),
	},
	{
		// 18-digit ID (optionally grouped 6-8-4 or 6-4-4-4) or old 15-digit ID.
		re:           regexp.MustCompile(`(\d{6}[ -]?\d{4}[ -]?\d{4}[ -]?\d{3}[\dXx]|\d{15})(?:[^0-9]|$)`),
		leftBoundary: true,
		label:        idLabel,
	},
	{
		// Bank cards: 16–19 contiguous digits, or groups of four starting
		// with a real card prefix (3, 4, 5, 6, 9) so that a list of years
		// such as "2019 2020 2021 2022" is not mistaken for one.
		re:           regexp.MustCompile(`(\d{16,19}|[3-69]\d{3}(?:[ -]\d{4}){3}(?:[ -]?\d{1,3})?)(?:[^0-9]|$)`),
		leftBoundary: true,
		label:        constLabel(RedactedCard),
	},
	{
		// Mobile: 1[3-9]x xxxx xxxx with optional +86 / 0086 / 86 prefix.
		re:           regexp.MustCompile(`((?:(?:\+|00)?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2})(?:[^0-9]|$)`),
		leftBoundary: true,
		label:        constLabel(RedactedPhone),
	},
	{
		// Landline with area code: 0xx(x)-xxxx(x)xxxx, (0xx) xxxxxxxx,
		// +86 xx(x) xxxxxxxx.
		re:           regexp.MustCompile(`((?:(?:\+|00)86[ -]?\(?0?[1-9]\d{1,2}\)?|\(0\d{2,3}\)|0\d{2,3})[ -]?\d{3,4}[ -]?\d{4})(?:[^0-9]|$)`),
		leftBoundary: true,
		label:        constLabel(RedactedPhone),
	},
	{
		// Anything else this long is an identifier of some kind, never a
		// year, amount or date.
		re:    regexp.MustCompile(`(\d{12,})`),
		label: constLabel(RedactedNumber),
	},
}

// idLabel tells an 18-digit ID from an 18-digit bank card by the birth date
// in positions 7–14.
func idLabel(m string) string {
	d := make([]byte, 0, len(m))
	for i := 0; i < len(m); i++ {
		if isDigit(m[i]) || m[i] == 'X' || m[i] == 'x' {
			d = append(d, m[i])
		}
	}
	if len(d) != 18 || len(d) != len(m) || d[17] == 'X' || d[17] == 'x' {
		return RedactedID // 15-digit, grouped, or X check digit
	}
	if plausibleBirthDate(string(d[6:14])) {
		return RedactedID
	}
	return RedactedCard
}

func plausibleBirthDate(s string) bool {
	atoi := func(t string) int {
		n := 0
		for i := 0; i < len(t); i++ {
			n = n*10 + int(t[i]-'0')
		}
		return n
	}
	y, m, d := atoi(s[:4]), atoi(s[4:6]), atoi(s[6:8])
	return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31
}

// apply replaces every match of r in text. Matching runs on the folded
// text; replacements are spliced into the original runes, so characters
// outside a match are kept exactly as typed.
func (r redactRule) apply(text []rune) ([]rune, bool) {
	folded := make([]rune, len(text))
	for i, c := range text {
		folded[i] = fold(c)
	}
	ns := string(folded)
	// runeAt maps a byte offset in ns to a rune index in text.
	runeAt := make([]int, len(ns)+1)
	ri := 0
	for bi := range ns {
		runeAt[bi] = ri
		ri++
	}
	runeAt[len(ns)] = len(text)

	var out []rune
	last, pos, changed := 0, 0, false
	for pos < len(ns) {
		loc := r.re.FindStringSubmatchIndex(ns[pos:])
		if loc == nil {
			break
		}
		bs, be := pos+loc[2], pos+loc[3]
		if r.leftBoundary && bs > 0 && isDigit(ns[bs]) && isDigit(ns[bs-1]) {
			// No match can start inside this run of digits: skip it.
			pos = bs + 1
			for pos < len(ns) && isDigit(ns[pos]) {
				pos++
			}
			continue
		}
		out = append(out, text[last:runeAt[bs]]...)
		out = append(out, []rune(r.label(ns[bs:be]))...)
		last = runeAt[be]
		// Resume at the end of group 1: the boundary character after it may
		// be the left boundary of the next match.
		pos = be
		changed = true
	}
	if !changed {
		return text, false
	}
	return append(out, text[last:]...), true
}
