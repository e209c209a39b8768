package web

import (
	"strconv"
	"strings"
)

// telegramLimit is the most a Telegram message may hold, counted in UTF-16
// code units as the Bot API counts them.
const telegramLimit = 4096

// utf16Len counts s as Telegram does: a character outside the Basic
// Multilingual Plane (an emoji, a rare CJK character) takes two units.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// telegramParts splits text into messages of at most limit UTF-16 units
// each, at paragraph breaks where it can (then at line breaks, then
// between characters), and numbers them "(1/3)" on their first line when
// there is more than one. Joined with blank lines and without the numbers,
// the parts are the text again.
func telegramParts(text string, limit int) []string {
	text = strings.TrimRight(text, "\n")
	if utf16Len(text) <= limit {
		return []string{text}
	}
	// Room for the number "(i/n)\n" on each part: start with two digits
	// and widen until the number fits (a part more means a longer number).
	for reserve := 8; ; reserve++ {
		parts := packParagraphs(text, limit-reserve)
		n := strconv.Itoa(len(parts))
		if 2*len(n)+4 > reserve && limit-reserve > 1 {
			continue
		}
		for i := range parts {
			parts[i] = "(" + strconv.Itoa(i+1) + "/" + n + ")\n" + parts[i]
		}
		return parts
	}
}

// packParagraphs puts as many whole paragraphs in each part as fit in
// budget units, cutting a paragraph only when it alone is too long.
func packParagraphs(text string, budget int) []string {
	var pieces []string
	for _, para := range strings.Split(text, "\n\n") {
		pieces = append(pieces, splitLong(para, "\n", budget)...)
	}
	var parts []string
	cur, curLen := "", 0
	for _, p := range pieces {
		pl := utf16Len(p)
		switch {
		case cur == "":
			cur, curLen = p, pl
		case curLen+2+pl <= budget:
			cur, curLen = cur+"\n\n"+p, curLen+2+pl
		default:
			parts = append(parts, cur)
			cur, curLen = p, pl
		}
	}
	if cur != "" {
		parts = append(parts, cur)
	}
	return parts
}

// splitLong cuts s into pieces of at most budget units: at sep where it
// can, else between characters.
func splitLong(s, sep string, budget int) []string {
	if utf16Len(s) <= budget {
		return []string{s}
	}
	if sep != "" && strings.Contains(s, sep) {
		var out []string
		cur := ""
		for _, line := range strings.Split(s, sep) {
			for _, piece := range splitLong(line, "", budget) {
				if cur == "" {
					cur = piece
				} else if utf16Len(cur)+utf16Len(sep)+utf16Len(piece) <= budget {
					cur += sep + piece
				} else {
					out = append(out, cur)
					cur = piece
				}
			}
		}
		if cur != "" {
			out = append(out, cur)
		}
		return out
	}
	var out []string
	start, n := 0, 0
	for i, r := range s {
		w := 1
		if r >= 0x10000 {
			w = 2
		}
		if n+w > budget {
			out = append(out, s[start:i])
			start, n = i, 0
		}
		n += w
	}
	if start < len(s) || len(out) == 0 {
		out = append(out, s[start:])
	}
	return out
}
