package web

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"bujiao/knowledge"
)

var partNumber = regexp.MustCompile(`^\((\d+)/(\d+)\)\n`)

// checkParts: every part fits, parts are numbered 1..n when there is more
// than one, and without the numbers they join back into the text.
func checkParts(t *testing.T, name, text string, parts []string, limit int) {
	t.Helper()
	var bodies []string
	for i, p := range parts {
		if n := utf16Len(p); n > limit {
			t.Errorf("%s: part %d is %d UTF-16 units, over %d", name, i+1, n, limit)
		}
		body := p
		if len(parts) > 1 {
			m := partNumber.FindStringSubmatch(p)
			if m == nil || m[1] != fmt.Sprint(i+1) || m[2] != fmt.Sprint(len(parts)) {
				t.Errorf("%s: part %d not numbered (%d/%d): %.20q", name, i+1, i+1, len(parts), p)
				continue
			}
			body = p[len(m[0]):]
		}
		bodies = append(bodies, body)
	}
	joined := strings.Join(bodies, "\n\n")
	if strings.ReplaceAll(joined, "\n", "") != strings.ReplaceAll(strings.TrimRight(text, "\n"), "\n", "") {
		t.Errorf("%s: the parts do not join back into the text", name)
	}
}

func TestTelegramParts(t *testing.T) {
	para := func(c string, n int) string { return strings.Repeat(c, n) }
	for _, tc := range []struct {
		name  string
		text  string
		limit int
		want  int // parts
	}{
		{"fits", "a\n\nb", 10, 1},
		{"exactly the limit", para("a", 10), 10, 1},
		{"two paragraphs", para("a", 30) + "\n\n" + para("b", 30), 40, 2},
		{"three paragraphs, packed", para("a", 10) + "\n\n" + para("b", 10) + "\n\n" + para("c", 30), 40, 2},
		{"a paragraph longer than a message splits at lines", para("a", 20) + "\n" + para("b", 20) + "\n" + para("c", 20), 40, 3},
		{"one line longer than a message", para("字", 100), 40, 4},
		{"emoji count twice", para("😀", 20) + "\n\n" + para("😀", 20), 48, 2},
	} {
		parts := telegramParts(tc.text, tc.limit)
		if len(parts) != tc.want {
			t.Errorf("%s: %d parts, want %d: %q", tc.name, len(parts), tc.want, parts)
		}
		checkParts(t, tc.name, tc.text, parts, tc.limit)
	}
	// Paragraph breaks are preferred: the second part of two paragraphs
	// starts with the second paragraph.
	parts := telegramParts(para("a", 30)+"\n\n"+para("b", 30), 40)
	if len(parts) == 2 && !strings.HasPrefix(parts[1], "(2/2)\nbbb") {
		t.Errorf("split inside a paragraph: %q", parts)
	}
}

// TestTelegramPartsOfEveryAnswer cuts the full plain-text answer of every
// scenario in both languages and counts how many need more than one
// message.
func TestTelegramPartsOfEveryAnswer(t *testing.T) {
	b := testKB(t)
	long := map[knowledge.Lang]int{}
	total := 0
	for _, sc := range b.Scenarios() {
		c, err := b.AnswerCase(sc.Facts, sc.Today, knowledge.Zh)
		if err != nil || len(c.Problems) > 0 {
			continue
		}
		total++
		for _, lang := range knowledge.Langs {
			text, err := b.Render(&c.Outcome, lang, knowledge.FormatText)
			if err != nil {
				t.Fatal(err)
			}
			parts := telegramParts(text, telegramLimit)
			if len(parts) > 1 {
				long[lang]++
			}
			checkParts(t, sc.Name+" "+string(lang), text, parts, telegramLimit)
		}
	}
	t.Logf("answers over one Telegram message: en %d of %d, zh %d of %d", long[knowledge.En], total, long[knowledge.Zh], total)
}

func FuzzTelegramParts(f *testing.F) {
	f.Add("a\n\nb\nc", 8)
	f.Add(strings.Repeat("字😀\n", 50), 20)
	f.Fuzz(func(t *testing.T, text string, limit int) {
		if limit < 16 || limit > 5000 || !utf8Valid(text) || strings.Contains(text, "\r") {
			return
		}
		parts := telegramParts(text, limit)
		for i, p := range parts {
			if utf16Len(p) > limit {
				t.Fatalf("part %d is %d units, over %d", i+1, utf16Len(p), limit)
			}
		}
	})
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "\uFFFD") == s }

// TestTelegramPartsManyParts: past 99 parts the numbers are longer, and
// still fit.
func TestTelegramPartsManyParts(t *testing.T) {
	text := strings.Repeat("abcdefghij\n\n", 300)
	parts := telegramParts(text, 24)
	if len(parts) < 100 {
		t.Fatalf("%d parts, want over 99", len(parts))
	}
	checkParts(t, "300 paragraphs", text, parts, 24)
}
