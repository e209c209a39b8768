package knowledge

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// regressionQuestion is one line of testdata/faq_regression.yaml.
type regressionQuestion struct {
	Lang, Want, Kind, Text string
}

// LoadFAQRegression reads the FAQ regression questions; the dialog
// package's test reads the same file.
func loadFAQRegression(t *testing.T) []regressionQuestion {
	t.Helper()
	data, err := os.ReadFile("testdata/faq_regression.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct{ Questions []regressionQuestion }
	if err := yaml.Unmarshal(data, &doc); err != nil {
		t.Fatalf("testdata/faq_regression.yaml: %v", err)
	}
	return doc.Questions
}

// TestFAQRegression: questions written the way people type, in words the
// entries do not use, find their entry first with a score that is shown.
// It fails when a change to the search, the synonyms or the keywords
// loses one (drop the keyword 拍卖 and the auction question fails).
func TestFAQRegression(t *testing.T) {
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	qs := loadFAQRegression(t)
	n := map[string]int{}
	for _, q := range qs {
		n[q.Lang]++
		if kb.faqByID(q.Want) == nil {
			t.Errorf("%q: no entry %s", q.Text, q.Want)
			continue
		}
		if q.Kind == "region" || q.Kind == "pinyin" || q.Kind == "synonym-scheme" || q.Kind == "subject" {
			// The place decides between a national entry and its
			// region's (refines), pinyin is written in characters first,
			// the scheme named keeps the other scheme's entries out, and
			// a newborn named keeps back-payment entries out (subject):
			// that is the chat's reading, tested by dialog's
			// TestFAQRegressionFirstReply.
			continue
		}
		m := kb.SearchFAQ(q.Text, 3)
		if len(m) == 0 || m[0].FAQ.ID != q.Want || m[0].Score < MinFAQScore {
			var got []string
			for _, x := range m {
				got = append(got, fmt.Sprintf("%s %.3f", x.FAQ.ID, x.Score))
			}
			t.Errorf("[%s %s] %q: got %v, want %s first with score >= %.2f", q.Lang, q.Kind, q.Text, got, q.Want, MinFAQScore)
		}
	}
	if n["zh"] < 15 || n["en"] < 15 {
		t.Errorf("the table has %d zh and %d en questions; keep at least 15 of each", n["zh"], n["en"])
	}
}

func (b *Base) faqByID(id string) *FAQ {
	i := slices.IndexFunc(b.faq, func(f *FAQ) bool { return f.ID == id })
	if i < 0 {
		return nil
	}
	return b.faq[i]
}

// TestKeywordsDecide: a keyword tells apart two entries whose questions
// share as many words with a message; without keywords the neighbour
// wins. The table is the pairs the held-out set found mixed up.
func TestKeywordsDecide(t *testing.T) {
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ q, want string }{
		{"公司讲冇钱 欠费可唔可以分期", "unit-cannot-pay-at-once"},
		{"my employer merged with another one, who owes the old contributions", "merged-or-divided-unit"},
		{"I'm past retirement age and short of years", "pay-shortfall-how"},
		{"从上海调到苏州 医保关系咋转", "transfer-between-cities"},
		{"are missed years of city-and-rural resident insurance payable later", "resident-back-pay"},
	} {
		m := kb.SearchFAQ(c.q, 2)
		if len(m) == 0 || m[0].FAQ.ID != c.want || len(m[0].Keywords) == 0 {
			t.Errorf("%q: got %v, want %s first, raised by a keyword", c.q, ids(m), c.want)
		}
	}
}

func ids(m []FAQMatch) []string {
	var out []string
	for _, x := range m {
		out = append(out, x.FAQ.ID)
	}
	return out
}

// TestMatchKeywords: a keyword matches when all its terms are in the
// query, in any order, folded as the search folds.
func TestMatchKeywords(t *testing.T) {
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	keys := []keyword{}
	for _, k := range []string{"分期", "单位没钱", "cash flow", "sign up again", "拍卖"} {
		keys = append(keys, keyword{text: k, terms: keywordTerms(kb.folds, k)})
	}
	for _, c := range []struct {
		q    string
		want []string
	}{
		{"公司没钱 能分期吗", []string{"分期", "单位没钱"}},
		{"老闆冇錢", []string{"单位没钱"}}, // traditional and Cantonese fold first
		{"the firm has cash-flow problems", []string{"cash flow"}},
		{"how do I sign up for insurance again", []string{"sign up again"}},
		{"拍", nil}, // one character is not the keyword
		{"", nil},
	} {
		q := map[string]bool{}
		for _, t := range kb.Terms(c.q) {
			q[t] = true
		}
		if got := matchKeywords(q, keys); !slices.Equal(got, c.want) {
			t.Errorf("matchKeywords(%q) = %v, want %v", c.q, got, c.want)
		}
	}
}

// TestNarrowedKeyword: a keyword whose question words the search skips
// is searched as its one other word, and marks every message with that
// word ("from when" every "when"); lint warns. One whose skipped words
// say nothing, or that the synonyms fold into one word, is not narrowed.
func TestNarrowedKeyword(t *testing.T) {
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		kw   string
		want bool
	}{
		{"from when", true},
		{"which day", true},
		{"how much", true},
		{"还是要等", true},
		{"哪个月", false},          // two pairs searched
		{"in stages", false},    // "in" says nothing
		{"phone number", false}, // folded into "hotline"
		{"right away", false},   // two words searched
		{"卡丢了", false},          // a particle at the end
		{"滞纳金", false},
		{"就恢复", false},
	} {
		if got := narrowedKeyword(kb.folds, c.kw, keywordTerms(kb.folds, c.kw)); got != c.want {
			t.Errorf("narrowedKeyword(%q) = %v (terms %q), want %v", c.kw, got, keywordTerms(kb.folds, c.kw), c.want)
		}
	}
}

// TestKeywordScore: one keyword decides between neighbours, more add a
// little, and the bonus is bounded.
func TestKeywordScore(t *testing.T) {
	for _, c := range []struct {
		n    int
		want float64
	}{{0, 0}, {-1, 0}, {1, keywordBonus}, {2, keywordBonus + keywordMore}, {3, keywordBonus + 2*keywordMore}, {9, keywordBonus + 2*keywordMore}} {
		if got := keywordScore(c.n); got != c.want {
			t.Errorf("keywordScore(%d) = %v, want %v", c.n, got, c.want)
		}
	}
}

// TestStem: every form of a word people type is one stem.
func TestStem(t *testing.T) {
	for _, c := range [][]string{
		{"cancel", "cancelled", "canceled", "cancels", "cancelling"},
		{"stop", "stopped", "stopping", "stops"},
		{"pay", "paid", "paying", "pays"},
		{"leave", "left", "leaving"},
		{"lose", "lost", "losing"},
		{"move", "moved", "moving", "moves"},
		{"class"},
		{"status"},
	} {
		want := stem(c[0])
		for _, w := range c[1:] {
			if got := stem(w); got != want {
				t.Errorf("stem(%q) = %q, stem(%q) = %q; want the same", w, got, c[0], want)
			}
		}
	}
	if stem("class") != "class" || stem("pass") != "pass" {
		t.Errorf("a final ss is kept: class → %q, pass → %q", stem("class"), stem("pass"))
	}
}

// TestTradToSimpPairs: every traditional → simplified pair is two
// characters, so no pair shifts the rest, and the table folds what people
// type in traditional characters.
func TestTradToSimpPairs(t *testing.T) {
	for _, f := range strings.Fields(tradPairs) {
		if n := len([]rune(f)); n != 2 {
			t.Errorf("pair %q has %d characters, want 2", f, n)
		}
	}
	for _, c := range []struct{ in, want string }{
		{"醫療保險斷繳了怎麼辦", "医疗保险断缴了怎么办"},
		{"單位欠費還沒補", "单位欠费还没补"},
		{"轉移到廣東", "转移到广东"},
		{"ＡＢＣ１２", "abc12"},
	} {
		if got := foldSpelling(c.in); got != c.want {
			t.Errorf("foldSpelling(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// FuzzKeywords: any keyword and any query give terms without empties, a
// match list of keywords given, and a bounded bonus.
func FuzzKeywords(f *testing.F) {
	kb, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range [][2]string{{"分期", "公司没钱能分期吗"}, {"sign up again", "sign me up again"}, {"", ""}, {"了", "了了"}, {"ｃａｓｈ", "Cash"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, kw, query string) {
		ts := keywordTerms(kb.folds, kw)
		for _, x := range ts {
			if x == "" {
				t.Fatalf("empty term in keyword %q", kw)
			}
		}
		q := map[string]bool{}
		for _, x := range kb.Terms(query) {
			q[x] = true
		}
		hit := matchKeywords(q, []keyword{{text: kw, terms: ts}})
		if len(hit) > 1 || len(hit) == 1 && hit[0] != kw {
			t.Fatalf("matchKeywords gave %v for the one keyword %q", hit, kw)
		}
		if len(ts) == 0 && len(hit) != 0 {
			t.Fatalf("a keyword with no terms matched %q", query)
		}
		if s := keywordScore(len(hit)); s < 0 || s > keywordBonus+keywordMore*(maxKeywordHits-1) {
			t.Fatalf("bonus %v out of bounds", s)
		}
		if st := stem(strings.ToLower(kw)); len(kw) > 0 && st == "" && strings.TrimSpace(kw) != "" && isWord(kw) {
			t.Fatalf("stem(%q) is empty", kw)
		}
	})
}

func isWord(s string) bool {
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// TestFoldWholeWords: a short Latin spelling folds whole words only, a
// long one (or pinyin the chat could not split) anywhere, and Chinese
// next to Latin keeps its character pairs.
func TestFoldWholeWords(t *testing.T) {
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text      string
		has, hasn []string
	}{
		{"how do I confirm it arrived", []string{"confirm"}, []string{"employer"}},
		{"the building may collapse", []string{"collaps"}, []string{"stop"}},
		{"my firm, and my boss", []string{"employer"}, []string{"firm", "boss"}},
		{"firm firm", []string{"employer"}, []string{"firm"}},
		{"yibao断了能补吗", []string{"医保", "保断"}, []string{"yibao"}},
		{"I relocated for work", []string{"mov"}, []string{"relocat"}},
		{"deidaishenmecailiao", []string{"材料"}, nil},
		{"insurance lapsed.", []string{"stop"}, []string{"laps"}},
	} {
		got := kb.Terms(c.text)
		for _, w := range c.has {
			if !slices.Contains(got, w) {
				t.Errorf("Terms(%q) = %v, want %q among them", c.text, got, w)
			}
		}
		for _, w := range c.hasn {
			if slices.Contains(got, w) {
				t.Errorf("Terms(%q) = %v, want no %q", c.text, got, w)
			}
		}
	}
}

// TestBound: spaces doubled, one between a Latin word and what touches
// it, none inside a Chinese run.
func TestBound(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", "  "},
		{"a b", " a  b "},
		{"yibao断了", " yibao 断了 "},
		{"断了yibao,", " 断了 yibao , "},
		{"don't", " don't "},
		{"医保断了", " 医保断了 "},
	} {
		if got := bound(c.in); got != c.want {
			t.Errorf("bound(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// FuzzBound: bound keeps every non-space character in order, and folding
// any text gives terms without empties.
func FuzzBound(f *testing.F) {
	kb, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"", "firm", "yibao断了", "a  b", "confirm collapse", "\xff", "ｆｉｒｍ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		strip := func(x string) string { return strings.ReplaceAll(x, " ", "") }
		if strip(bound(s)) != strip(s) {
			t.Fatalf("bound(%q) = %q changed more than spaces", s, bound(s))
		}
		for _, term := range kb.Terms(s) {
			if term == "" || strings.Contains(term, " ") {
				t.Fatalf("term %q from %q", term, s)
			}
		}
	})
}

// TestFoldWordsPeopleType: the words people type for a topic fold into the
// word the questions use, in every form of a verb ("made up" as "make up"),
// as pinyin the chat leaves in Latin letters, and in Cantonese. Drop one
// from synonyms.yaml and its line fails.
func TestFoldWordsPeopleType(t *testing.T) {
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want string }{
		{"can it be made up", "backpay"},
		{"making up the months", "backpay"},
		{"they paid back the arrears", "backpay"},
		{"the firm is in liquidation", "bankrupt"},
		{"our employer was liquidated", "bankrupt"},
		{"the company is insolvent", "bankrupt"},
		{"I have private medical insurance", "commercial"},
		{"settle it in several payments", "installment"},
		{"how do I re-register", "join"},
		{"where do I hand over the money", "pay"},
		{"zhigong yibao", "职工"},
		{"补缴医保找哪个chuangkou", "窗口"},
		{"qu nar jiao", "去哪"},
		{"要几多钱", "多少"},
		{"走什么程序", "流程"},
		{"住院刷医保卡", "报销"},
	} {
		if got := kb.Terms(c.text); !slices.Contains(got, c.want) {
			t.Errorf("Terms(%q) = %q, want %q among them", c.text, got, c.want)
		}
	}
}
