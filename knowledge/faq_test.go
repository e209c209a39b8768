package knowledge

import (
	"slices"
	"strings"
	"testing"
)

// TestTermsFold: the spellings people use for the same thing give the same
// terms, so a question typed in traditional characters, with 交 for 缴 or a
// colloquial word finds the entry written otherwise.
func TestTermsFold(t *testing.T) {
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ a, b string }{
		{"醫保斷繳了", "医保断缴了"},
		{"医保断交了", "医保断缴了"},
		{"医宝断了", "医保断了"},
		{"咋办", "怎么办"},
		{"公司倒闭了", "公司破产了"},
		{"补医保要带什么资料", "补医保要带什么材料"},
		{"back pay", "back-pay"},
		{"health insurance", "medical insurance"},
		{"新农合断了", "居民医保断了"},
		{"yibao停交了", "医保断缴了"},
		{"freelancer", "flexible worker"},
		{"I'm moving", "im move"},
		{"I don't have enough years", "I do not have enough years"},
		{"company doesnt pay", "company does not pay"},
		{"moved", "move"},
		{"employees", "employee"},
	} {
		if a, b := kb.Terms(c.a), kb.Terms(c.b); !slices.Equal(a, b) {
			t.Errorf("Terms(%q) = %v, Terms(%q) = %v; want the same", c.a, a, c.b, b)
		}
	}
}

// TestTermsDropParticleBigrams: a bigram with a particle is no term.
func TestTermsDropParticleBigrams(t *testing.T) {
	for _, term := range Terms("医保断了吗") {
		if strings.ContainsAny(term, "了吗") {
			t.Errorf("term %q has a particle", term)
		}
	}
}

// TestSearchFAQColloquial: ways of asking that share few words with the
// entries still find them.
func TestSearchFAQColloquial(t *testing.T) {
	b, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ q, want string }{
		{"補繳醫保要交滯納金嗎", "late-fee"},
		{"厂子倒闭了 欠的医保谁交", "bankrupt-unit"},
		{"补医保要带哪些资料", "documents"},
	} {
		m := b.SearchFAQ(c.q, 1)
		if len(m) == 0 || m[0].FAQ.ID != c.want || m[0].Score < MinFAQScore {
			t.Errorf("SearchFAQ(%q) = %+v, want %s above %.2f", c.q, m, c.want, MinFAQScore)
		}
	}
}

func FuzzTerms(f *testing.F) {
	for _, s := range []string{"醫保斷繳了咋辦", "补交医保", "health insurance back pay", "８个月", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		terms := Terms(s)
		if !slices.Equal(terms, Terms(s)) {
			t.Fatal("not deterministic")
		}
		for _, term := range terms {
			if term == "" {
				t.Fatalf("empty term from %q", s)
			}
		}
	})
}

// FuzzSearchFAQ: any text folds and searches without panicking, gives no
// empty term, and scores stay within [0, 1].
func FuzzSearchFAQ(f *testing.F) {
	kb, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"醫保斷交了咋辦", "yibao断了能补不", "I'm moving, what's next?", "新农合", "'", "了了了", "ｙｉｂａｏ", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, term := range kb.Terms(s) {
			if term == "" {
				t.Fatalf("empty term in %q", s)
			}
		}
		for _, m := range kb.SearchFAQ(s, 3) {
			if m.Score < 0 || m.Score > 1.0000001 || m.Rank < 0 || m.Rank > 1.0000001 {
				t.Fatalf("%q: %s scored %v (rank %v)", s, m.FAQ.ID, m.Score, m.Rank)
			}
		}
	})
}
