package knowledge

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// FAQMatch is one FAQ entry found for a query.
type FAQMatch struct {
	FAQ *FAQ
	// Score is in [0, 1]: how much of the query and of the best-matching
	// question variant the two share, weighted by how rare each term is.
	Score float64
	// Rank orders matches: Score with single Chinese characters counted
	// too, which tells apart entries whose words are written differently
	// ("补回来" and "补缴" share 补) without making a loose match look
	// strong. Thresholds compare Score.
	Rank float64
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
	folds    *folder
}

type variant struct {
	faq    int
	text   string
	weight float64 // sum of idf of its distinct terms
	// bigramWeight leaves single Chinese characters out.
	bigramWeight float64
	terms        []string
}

func newFAQIndex(faqs []*FAQ, folds *folder) *faqIndex {
	ix := &faqIndex{postings: map[string][]int32{}, idf: map[string]float64{}, folds: folds}
	df := map[string]int{}
	for fi, f := range faqs {
		all := append(append([]string(nil), f.Questions.Zh...), f.Questions.En...)
		for _, q := range all {
			terms := dedupe(terms(folds.fold(q)))
			ix.variants = append(ix.variants, variant{faq: fi, text: q, terms: terms})
			for _, t := range terms {
				df[t]++
			}
		}
	}
	n := float64(len(ix.variants))
	for t, d := range df {
		ix.idf[t] = math.Log(1 + n/float64(d))
		if isHanUnigram(t) {
			ix.idf[t] *= unigramWeight
		}
	}
	for vi := range ix.variants {
		v := &ix.variants[vi]
		for _, t := range v.terms {
			v.weight += ix.idf[t]
			if !isHanUnigram(t) {
				v.bigramWeight += ix.idf[t]
			}
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
	qterms := dedupe(terms(ix.folds.fold(query)))
	var qweight, qweightB float64
	unseen := 0.25 * math.Log(1+float64(len(ix.variants)))
	for _, t := range qterms {
		w, ok := ix.idf[t]
		if !ok {
			// A term no question uses still counts against the match, as a
			// rare word would.
			w = unseen
		}
		qweight += w
		if !isHanUnigram(t) {
			qweightB += w
		}
	}
	if qweight == 0 {
		return nil
	}
	// Slices indexed by variant and by entry, not maps: a search touches
	// most variants (common bigrams such as 医保 are everywhere), and this is
	// the hot path of every typed question.
	common := make([]float64, len(ix.variants))
	commonB := make([]float64, len(ix.variants))
	for _, t := range qterms {
		w := ix.idf[t]
		uni := isHanUnigram(t)
		for _, vi := range ix.postings[t] {
			common[vi] += w
			if !uni {
				commonB[vi] += w
			}
		}
	}
	bestRank := make([]float64, len(faqs))
	bestScore := make([]float64, len(faqs))
	bestVariant := make([]int32, len(faqs))
	for vi, c := range common {
		if c == 0 {
			continue
		}
		v := &ix.variants[vi]
		// Dice coefficient on idf mass: both the query and the variant
		// must be mostly covered for a high score.
		rank := 2 * c / (qweight + v.weight)
		if rank > bestRank[v.faq] {
			bestRank[v.faq], bestVariant[v.faq] = rank, int32(vi)
			bestScore[v.faq] = 0
			if d := qweightB + v.bigramWeight; d > 0 {
				bestScore[v.faq] = 2 * commonB[vi] / d
			}
		}
	}
	// Keep the top few by insertion; limit is small.
	top := make([]int, 0, limit+1)
	for fi, sc := range bestRank {
		if sc == 0 {
			continue
		}
		pos := len(top)
		for pos > 0 && better(sc, fi, bestRank[top[pos-1]], top[pos-1], faqs) {
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
		m := FAQMatch{FAQ: faqs[fi], Score: bestScore[fi], Rank: bestRank[fi], Variant: v.text}
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

// Terms splits text into search terms as the FAQ search does, the
// knowledge base's synonyms folded first ("醫保斷交了咋辦" gives the terms of
// "医保断缴了怎么办").
func (b *Base) Terms(text string) []string {
	return terms(b.folds.fold(text))
}

// Terms splits text into search terms with no synonyms folded: Han
// characters as overlapping bigrams and as single characters,
// Latin words lower-cased and lightly stemmed, stop words dropped.
// Full-width letters and digits and traditional characters are folded
// first so "８个月" and "8个月" match.
func Terms(text string) []string {
	return terms(foldSpelling(text))
}

func terms(text string) []string {
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
				// A bigram with a particle ("了医", "保吗") says nothing
				// about the topic and only dilutes the match.
				if hanStop[string(han[i])] || hanStop[string(han[i+1])] {
					continue
				}
				terms = append(terms, string(han[i:i+2]))
			}
			// Each character alone too: "补回来" and "补缴" share no
			// bigram but 补. They weigh less and only rank (see Rank).
			for _, r := range han {
				if !hanStop[string(r)] {
					terms = append(terms, string(r))
				}
			}
		}
		han = han[:0]
	}
	flushWord := func() {
		if len(word) > 0 {
			w := strings.ToLower(string(word))
			// A bare number ("3 months", "30年") says how much, not what
			// about: it would tie a gap of 3 months to every entry that
			// names 3 months.
			if !enStop[w] && !allDigits(w) && len(w) > 1 {
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
		case (r == '\'' || r == '’') && len(word) > 0:
			// "I'm", "what's", "don't": one word, as people also type them.
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
	for _, suf := range []string{"ing", "ies", "ed", "s", "ly"} {
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
			return dropFinalE(base)
		}
	}
	return dropFinalE(w)
}

// dropFinalE makes "move", "moving" and "moved" one stem.
func dropFinalE(w string) string {
	if len(w) > 3 && strings.HasSuffix(w, "e") {
		return w[:len(w)-1]
	}
	return w
}

// unigramWeight scales the idf of a single Chinese character: it is a
// weaker sign of the topic than a bigram.
const unigramWeight = 0.5

// isHanUnigram reports whether a term is one Chinese character.
func isHanUnigram(t string) bool {
	r, size := utf8.DecodeRuneInString(t)
	return size == len(t) && unicode.Is(unicode.Han, r)
}

var enStop = map[string]bool{"a": true, "an": true, "the": true, "i": true, "my": true, "me": true, "is": true,
	"are": true, "do": true, "does": true, "to": true, "of": true, "in": true, "on": true, "for": true,
	"it": true, "can": true, "be": true, "and": true, "or": true, "what": true, "how": true, "if": true,
	"was": true, "am": true, "you": true, "your": true, "with": true, "at": true, "this": true, "that": true,
	"im": true, "ive": true, "whats": true, "its": true, "theres": true, "ill": true}

var hanStop = map[string]bool{"的": true, "了": true, "吗": true, "呢": true, "吧": true, "啊": true, "我": true, "是": true,
	"呀": true, "嘛": true, "哦": true, "啦": true}

var tradToSimp = func() map[rune]rune {
	pairs := "醫医保保險险繳缴職职員员單单個个歲岁兩两業业體体戶户靈灵從从開开費费還还沒没換换離离辭辞資资發发錢钱農农鄉乡養养齡龄滿满補补幾几麼么嗎吗為为這这區区廣广東东滬沪門门閉闭產产併并賣卖難难緊紧張张內内過过錯错參参徵征嬰婴兒儿寶宝斷断續续調调動动轉转廠厂闆板闊阔齊齐裡里後后週周號号協协議议會会當当時时讓让經经營营虧亏問问題题無无謝谢確确記记曉晓識识話话電电說说遷迁聽听請请幫帮報报銷销診诊醫医療疗處处辦办領领給给買买帳账賬账戶户證证實实際际構构關关係系與与齡龄據据條条規规歸归級级"
	m := map[rune]rune{}
	rs := []rune(pairs)
	for i := 0; i+1 < len(rs); i += 2 {
		m[rs[i]] = rs[i+1]
	}
	return m
}()

// foldSpelling folds what needs no table a maintainer edits: full-width
// letters and digits, traditional characters, upper case.
func foldSpelling(s string) string {
	return strings.ToLower(strings.Map(func(r rune) rune {
		if t, ok := tradToSimp[r]; ok {
			return t
		}
		return r
	}, width.Fold.String(s)))
}

// folder rewrites the knowledge base's synonyms (synonyms: in the YAML)
// into the words the FAQ's questions use.
type folder struct {
	r *strings.Replacer
}

// maxFoldPasses bounds the passes of fold: a synonym may lead to a word
// that is itself folded (停交 → 停缴 → 断缴), and the loader makes sure
// every target is left alone, so a few passes settle.
const maxFoldPasses = 3

func (f *folder) fold(s string) string {
	s = foldSpelling(s)
	if f == nil || f.r == nil {
		return s
	}
	for range maxFoldPasses {
		next := f.r.Replace(s)
		if next == s {
			break
		}
		s = next
	}
	return s
}

// newFolder builds the replacer, longest spelling first, so "断交" is
// folded as a whole before "交" alone and the order of the file does not
// matter.
func newFolder(syns []Synonym) *folder {
	type pair struct{ from, to string }
	var pairs []pair
	for _, sy := range syns {
		for _, f := range sy.From {
			pairs = append(pairs, pair{foldSpelling(f), foldSpelling(sy.To)})
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool {
		return utf8.RuneCountInString(pairs[i].from) > utf8.RuneCountInString(pairs[j].from)
	})
	args := make([]string, 0, 2*len(pairs))
	for _, p := range pairs {
		args = append(args, p.from, p.to)
	}
	return &folder{r: strings.NewReplacer(args...)}
}

func allDigits(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

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
