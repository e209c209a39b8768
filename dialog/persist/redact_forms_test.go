package persist

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
)

// The ways people write the digits of a number, each digit 0…9. The
// test's own table, not Redact's: a form Redact does not know shows up
// as surviving digits.
var digitSystems = []struct {
	name   string
	digits [10]string
}{
	{"ascii", [10]string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}},
	{"full-width", [10]string{"０", "１", "２", "３", "４", "５", "６", "７", "８", "９"}},
	{"chinese", [10]string{"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"}},
	{"chinese 零", [10]string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}},
	{"financial", [10]string{"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"}},
	{"traditional financial", [10]string{"零", "壹", "貳", "參", "肆", "伍", "陸", "柒", "捌", "玖"}},
	{"read aloud", [10]string{"洞", "幺", "两", "三", "四", "五", "六", "拐", "八", "勾"}},
	{"read aloud 2", [10]string{"洞", "幺", "二", "三", "四", "五", "六", "七", "八", "九"}},
	{"arabic-indic", [10]string{"٠", "١", "٢", "٣", "٤", "٥", "٦", "٧", "٨", "٩"}},
	{"devanagari", [10]string{"०", "१", "२", "३", "४", "५", "६", "७", "८", "९"}},
	{"mathematical bold", [10]string{"𝟎", "𝟏", "𝟐", "𝟑", "𝟒", "𝟓", "𝟔", "𝟕", "𝟖", "𝟗"}},
	{"circled", [10]string{"⓪", "①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨"}},
	{"negative circled", [10]string{"⓿", "❶", "❷", "❸", "❹", "❺", "❻", "❼", "❽", "❾"}},
	{"parenthesised", [10]string{"0", "⑴", "⑵", "⑶", "⑷", "⑸", "⑹", "⑺", "⑻", "⑼"}},
	{"superscript", [10]string{"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"}},
	{"subscript", [10]string{"₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉"}},
}

// separators people put between groups of digits.
var formSeparators = []string{
	"", " ", "  ", "-", " - ", ".", "·", "/", " / ", "，", ",", "、", "\n", "\r\n", "_", "　", "\t", "|", "．", "－",
}

// The numbers planted: mobiles, IDs (with a digit and an X check digit),
// the old 15-digit ID, bank cards, a landline with its area code.
var plantedNumbers = []string{
	"13812345678", "15098765432", "19911112222",
	"110101199003071234", "44030619851231002X", "110101900307123",
	"6222021234567890123", "4111111111111111",
	"02187654321", "075512345678",
}

// groupings split n digits into groups, the ways people write them.
func groupings(n int) [][]int {
	out := [][]int{{n}}
	switch n {
	case 11:
		out = append(out, []int{3, 4, 4}, []int{3, 3, 5}, []int{3, 8}, []int{7, 4})
	case 18:
		out = append(out, []int{6, 8, 4}, []int{6, 4, 4, 4}, []int{4, 4, 4, 4, 2}, []int{3, 3, 4, 4, 4})
	case 15:
		out = append(out, []int{6, 6, 3})
	case 19:
		out = append(out, []int{4, 4, 4, 4, 3})
	case 16:
		out = append(out, []int{4, 4, 4, 4})
	case 12:
		out = append(out, []int{4, 8}, []int{4, 4, 4})
	}
	ones := make([]int, n) // one digit at a time
	for i := range ones {
		ones[i] = 1
	}
	return append(out, ones)
}

// writeForm writes the digits of number in a digit system, split into
// groups joined by sep. A system may be given per digit (mixed forms).
func writeForm(number string, sys func(i int) [10]string, groups []int, sep string) string {
	var b strings.Builder
	i := 0
	for gi, g := range groups {
		if gi > 0 {
			b.WriteString(sep)
		}
		for range g {
			c := number[i]
			if c == 'X' {
				b.WriteByte('X')
			} else {
				b.WriteString(sys(i)[c-'0'])
			}
			i++
		}
	}
	return b.String()
}

// survivingDigits returns the digits left in s, in any of the forms above.
func survivingDigits(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsDigit(r) {
			b.WriteRune(r)
			continue
		}
		for _, ds := range digitSystems {
			for _, d := range ds.digits {
				if string(r) == d {
					b.WriteRune(r)
				}
			}
		}
	}
	return b.String()
}

// numberForm is the generator the fuzz target and the property test share:
// planted number p, digit system d (or mixed, one system per digit, when d
// is past the end), grouping g, separator s, all taken modulo their counts.
func numberForm(p, d, g, s int, mixSeed uint64) (form, number, desc string) {
	number = plantedNumbers[p%len(plantedNumbers)]
	gs := groupings(len(number))
	groups := gs[g%len(gs)]
	sep := formSeparators[s%len(formSeparators)]
	n := d % (len(digitSystems) + 1)
	sys := func(int) [10]string { return digitSystems[n%len(digitSystems)].digits }
	name := "mixed"
	if n < len(digitSystems) {
		name = digitSystems[n].name
	} else {
		rng := rand.New(rand.NewPCG(mixSeed, 25))
		picks := make([]int, len(number))
		for i := range picks {
			picks[i] = rng.IntN(len(digitSystems))
		}
		sys = func(i int) [10]string { return digitSystems[picks[i]].digits }
	}
	return writeForm(number, sys, groups, sep), number, fmt.Sprintf("%s in %s, groups %v, separator %q", number, name, groups, sep)
}

// TestRedactNumberForms plants every number in every digit system, every
// grouping and every separator, inside a sentence, and checks that not one
// digit of it is left after Redact.
func TestRedactNumberForms(t *testing.T) {
	// Under -race a deterministic eighth of the combinations (every digit
	// system, grouping and separator still appears): Redact is a pure
	// function, the race detector finds nothing here and made this 30 s.
	stride := 1
	if raceEnabled {
		stride = 8
	}
	tried, failed, n := 0, 0, 0
	for p := range plantedNumbers {
		for d := range len(digitSystems) + 1 {
			for g := range len(groupings(len(plantedNumbers[p]))) {
				for s := range formSeparators {
					if n++; n%stride != 0 {
						continue
					}
					form, _, desc := numberForm(p, d, g, s, uint64(p*1000+g*100+s))
					contexts := []string{form, "我的号码是" + form + "，谢谢", "number: " + form + " thanks", "tel" + form, "ID" + form + "号"}
					for _, text := range []string{contexts[n%len(contexts)]} {
						tried++
						out := Redact(text)
						if left := survivingDigits(out); left != "" {
							failed++
							if failed <= 20 {
								t.Errorf("%s: Redact(%q) = %q leaves %q", desc, text, out, left)
							}
						}
					}
				}
			}
		}
	}
	t.Logf("%d texts tried, %d with digits left", tried, failed)
}

// FuzzRedactNumberForms fuzzes the generator's choices: every form it
// makes is redacted to the last digit, whatever text surrounds it.
func FuzzRedactNumberForms(f *testing.F) {
	f.Add(uint8(0), uint8(2), uint8(1), uint8(9), uint64(1), "电话", "谢谢")
	f.Add(uint8(3), uint8(6), uint8(2), uint8(12), uint64(2), "身份证:", "")
	f.Add(uint8(5), uint8(16), uint8(1), uint8(7), uint64(3), "", "号")
	f.Fuzz(func(t *testing.T, p, d, g, s uint8, mix uint64, before, after string) {
		// Text around the number must not carry digits of its own (they
		// would be counted as left over) nor letters glued to it (a letter
		// next to digits makes them part of a word such as "v2").
		clean := func(x string) string {
			x = strings.ToValidUTF8(x, "")
			return strings.Map(func(r rune) rune {
				if survivingDigits(string(r)) != "" || r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '+' || r == '@') ||
					fold(r) != r || r == 'X' || r == 'x' {
					return -1
				}
				return r
			}, x)
		}
		form, _, desc := numberForm(int(p), int(d), int(g), int(s), mix)
		text := clean(before) + " " + form + " " + clean(after)
		out := Redact(text)
		if left := survivingDigits(out); left != "" {
			t.Fatalf("%s: Redact(%q) = %q leaves %q", desc, text, out, left)
		}
	})
}
