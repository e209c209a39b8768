package knowledge

import (
	"math"
	"strings"
	"unicode"

	"golang.org/x/text/width"
)

// FAQMatch is one FAQ entry found for a query.
type FAQMatch struct {
	FAQ *FAQ
	// Score is in [0, 1]: how much of the query and of the best-matching
	// question variant the two share, weighted by how rare each term is.
	Score float64
	// Variant is the question variant that matched best.
	Variant string
	// Terms are the query terms found in that variant.
	Terms []string
}

// MinFAQScore is the score below which a match is not shown as an answer.
const MinFAQScore = 0.30

// faqIndex is an inverted index over every question variant of every entry.
// Chinese is indexed as character bigrams, which needs no dictionary and
// tolerates word-boundary ambiguity; English as lightly stemmed words.
type faqIndex struct {
	postings map[string][]int32 // term -> variant ids
	idf      map[string]float64
	variants []variant
}

type variant struct {
	faq    int
	text   string
	weight float64 // sum of idf of its distinct terms
	terms  []string
}

func newFAQIndex(faqs []*FAQ) *faqIndex {
	ix := &faqIndex{postings: map[string][]int32{}, idf: map[string]float64{}}
	df := map[string]int{}
	for fi, f := range faqs {
		all := append(append([]string(nil), f.Questions.Zh...), f.Questions.En...)
		for _, q := range all {
			terms := dedupe(Terms(q))
			ix.variants = append(ix.variants, variant{faq: fi, text: q, terms: terms})
			for _, t := range terms {
				df[t]++
			}
		}
	}
	n := float64(len(ix.variants))
	for t, d := range df {
		ix.idf[t] = math.Log(1 + n/float64(d))
	}
	for vi := range ix.variants {
		v := &ix.variants[vi]
		for _, t := range v.terms {
			v.weight += ix.idf[t]
			ix.postings[t] = append(ix.postings[t], int32(vi))
		}
	}
	return ix
}

// SearchFAQ returns the entries matching query, best first, at most limit,
// including weak matches (callers compare Score with MinFAQScore).
func (b *Base) SearchFAQ(query string, limit int) []FAQMatch {
	return b.faqIndex.search(b.faq, query, limit)
}

func (ix *faqIndex) search(faqs []*FAQ, query string, limit int) []FAQMatch {
	if ix == nil || len(ix.variants) == 0 {
		return nil
	}
	if limit <= 0 {
		limit = len(faqs)
	}
	qterms := dedupe(Terms(query))
	var qweight float64
	unseen := math.Log(1 + float64(len(ix.variants)))
	for _, t := range qterms {
		w, ok := ix.idf[t]
		if !ok {
			// A term no question uses still counts against the match, as a
			// rare word would.
			w = unseen
		}
		qweight += w
	}
	if qweight == 0 {
		return nil
	}
	// Slices indexed by variant and by entry, not maps: a search touches
	// most variants (common bigrams such as 医保 are everywhere), and this is
	// the hot path of every typed question.
	common := make([]float64, len(ix.variants))
	for _, t := range qterms {
		w := ix.idf[t]
		for _, vi := range ix.postings[t] {
			common[vi] += w
		}
	}
	bestScore := make([]float64, len(faqs))
	bestVariant := make([]int32, len(faqs))
	for vi, c := range common {
		if c == 0 {
			continue
		}
		v := &ix.variants[vi]
		// Dice coefficient on idf mass: both the query and the variant
		// must be mostly covered for a high score.
		score := 2 * c / (qweight + v.weight)
		if score > bestScore[v.faq] {
			bestScore[v.faq], bestVariant[v.faq] = score, int32(vi)
		}
	}
	// Keep the top few by insertion; limit is small.
	top := make([]int, 0, limit+1)
	for fi, sc := range bestScore {
		if sc == 0 {
			continue
		}
		pos := len(top)
		for pos > 0 && better(sc, fi, bestScore[top[pos-1]], top[pos-1], faqs) {
			pos--
		}
		if pos >= limit {
			continue
		}
		top = append(top, 0)
		copy(top[pos+1:], top[pos:])
		top[pos] = fi
		if len(top) > limit {
			top = top[:limit]
		}
	}
	out := make([]FAQMatch, len(top))
	for i, fi := range top {
		v := &ix.variants[bestVariant[fi]]
		m := FAQMatch{FAQ: faqs[fi], Score: bestScore[fi], Variant: v.text}
		for _, t := range qterms {
			for _, u := range v.terms {
				if t == u {
					m.Terms = append(m.Terms, t)
					break
				}
			}
		}
		out[i] = m
	}
	return out
}

// better orders matches by score, then by ID so results are stable.
func better(s1 float64, f1 int, s2 float64, f2 int, faqs []*FAQ) bool {
	if s1 != s2 {
		return s1 > s2
	}
	return faqs[f1].ID < faqs[f2].ID
}

// Terms splits text into search terms: Han characters as overlapping
// bigrams (a lone character stands for itself), Latin words lower-cased and
// lightly stemmed, stop words dropped. Full-width letters and digits are
// folded first so "８个月" and "8个月" match.
func Terms(text string) []string {
	text = width.Fold.String(text)
	var terms []string
	var han []rune
	var word []rune
	flushHan := func() {
		switch {
		case len(han) == 1:
			if !hanStop[string(han)] {
				terms = append(terms, string(han))
			}
		case len(han) > 1:
			for i := 0; i+1 < len(han); i++ {
				terms = append(terms, string(han[i:i+2]))
			}
		}
		han = han[:0]
	}
	flushWord := func() {
		if len(word) > 0 {
			w := strings.ToLower(string(word))
			if !enStop[w] {
				terms = append(terms, stem(w))
			}
		}
		word = word[:0]
	}
	for _, r := range text {
		switch {
		case unicode.Is(unicode.Han, r):
			flushWord()
			han = append(han, r)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			flushHan()
			word = append(word, r)
		default:
			flushHan()
			flushWord()
		}
	}
	flushHan()
	flushWord()
	return terms
}

// stem strips the commonest English suffixes; enough to match "payments"
// with "payment" and "paying" with "pay" without a stemming library.
func stem(w string) string {
	if len(w) <= 3 {
		return w
	}
	for _, suf := range []string{"ing", "ies", "ed", "es", "s", "ly"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 3 {
			base := w[:len(w)-len(suf)]
			switch suf {
			case "ies":
				return base + "y"
			case "s":
				if strings.HasSuffix(base, "s") || strings.HasSuffix(base, "u") {
					return w // "class", "status"
				}
			}
			return base
		}
	}
	return w
}

var enStop = map[string]bool{"a": true, "an": true, "the": true, "i": true, "my": true, "me": true, "is": true,
	"are": true, "do": true, "does": true, "to": true, "of": true, "in": true, "on": true, "for": true,
	"it": true, "can": true, "be": true, "and": true, "or": true, "what": true, "how": true, "if": true,
	"was": true, "am": true, "you": true, "your": true, "with": true, "at": true, "this": true, "that": true}

var hanStop = map[string]bool{"的": true, "了": true, "吗": true, "呢": true, "吧": true, "啊": true, "我": true, "是": true}

func dedupe(s []string) []string {
	out := s[:0:0]
	for _, t := range s {
		dup := false
		for _, u := range out {
			if u == t {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, t)
		}
	}
	return out
}
