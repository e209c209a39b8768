package store

import (
	"regexp"
	"strings"
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
// with Chinese input methods, are recognised too.
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
		for _, r := range redactRules {
			var c bool
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
// (０-９, ＋, －, ＠, letters…), the ideographic space and assorted dashes.
// It maps rune to rune so that positions line up with the original text.
func fold(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		return r
	case r >= 0xFF01 && r <= 0xFF5E:
		return r - 0xFEE0
	case r == 0x3000 || r == 0x00A0:
		return ' '
	case (r >= 0x2010 && r <= 0x2015) || r == 0x2212:
		return '-'
	}
	return r
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
