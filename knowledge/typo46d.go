package knowledge

import (
	"slices"
	"strings"
)

// fix46d: English words typed with one slip ("chek", "histroy",
// "documnets", "contribtion", "recrod") match no question and only weigh
// against the match, so a question with several such words loses its
// entry to one that shares the few words typed right. A word the
// knowledge base never uses (its questions, keywords and synonyms) is
// spelled as the one word it does use that is a single slip away: a
// letter dropped or added, two neighbours swapped, or (words of six
// letters or more) one letter typed for another; a word of four letters
// only with a letter dropped ("chek", not "sing" for "sign"). The first letter must
// agree, the word must be four letters or more, it must not be another
// form of the word (same stem: "collects"), and every word a slip
// away must come to the same stem ("document", "documents"); otherwise
// the word is left as typed. Stop words are never a correction: a slip
// into "from" or "where" says nothing of the topic.

// minTypo46d is the shortest word corrected; minSubst46d the shortest
// word where one letter may stand for another.
const (
	minTypo46d  = 4
	minSubst46d = 6
)

// vocab46d gathers the Latin words the index knows: the questions',
// keywords' and synonyms' (the folder's words), stop words left out.
func vocab46d(faqs []*FAQ, folds *folder) map[string]bool {
	v := map[string]bool{}
	add := func(s string) {
		for _, w := range latinWords46d(foldSpelling(s)) {
			if len(w) >= minTypo46d-1 && !enStop[w] {
				v[w] = true
			}
		}
	}
	for _, f := range faqs {
		for _, q := range slices.Concat(f.Questions.Zh, f.Questions.En, f.Keywords.Zh, f.Keywords.En) {
			add(q)
		}
	}
	if folds != nil {
		for w := range folds.words {
			add(w)
		}
	}
	return v
}

// synonymWords46d are the Latin words of every synonym line, both sides.
func synonymWords46d(syns []Synonym) map[string]bool {
	out := map[string]bool{}
	for _, sy := range syns {
		for _, s := range append([]string{sy.To}, sy.From...) {
			for _, w := range latinWords46d(foldSpelling(s)) {
				out[w] = true
			}
		}
	}
	return out
}

// latinWords46d splits s into its runs of ASCII letters.
func latinWords46d(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !(r >= 'a' && r <= 'z') })
}

// fixTypos46d spells each mistyped word of query as the index's word.
func (ix *faqIndex) fixTypos46d(query string) string {
	if len(ix.vocab) == 0 {
		return query
	}
	low := foldSpelling(query)
	if len(low) != len(query) {
		// Full-width or traditional text: leave it as it is.
		low = query
	}
	var b strings.Builder
	changed := false
	for i := 0; i < len(query); {
		if !isLower46d(low[i]) {
			b.WriteByte(query[i])
			i++
			continue
		}
		j := i
		for j < len(query) && isLower46d(low[j]) {
			j++
		}
		w := low[i:j]
		// A word inside a longer run ("don't", "x2") is left alone.
		whole := (i == 0 || !isWordByte46d(query[i-1])) && (j == len(query) || !isWordByte46d(query[j]))
		if fix, ok := ix.typoFix46d(w); ok && whole {
			b.WriteString(fix)
			changed = true
		} else {
			b.WriteString(query[i:j])
		}
		i = j
	}
	if !changed {
		return query
	}
	return b.String()
}

func isLower46d(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isWordByte46d(c byte) bool { return isLower46d(c) || c >= '0' && c <= '9' || c == '\'' }

// typoFix46d is the index's word w is a slip of, if there is one.
func (ix *faqIndex) typoFix46d(w string) (string, bool) {
	w = strings.ToLower(w)
	if len(w) < minTypo46d || ix.vocab[w] || enStop[w] {
		return "", false
	}
	if _, ok := irregular[w]; ok {
		return "", false
	}
	if _, ok := negations[w]; ok {
		return "", false
	}
	found, stemmed, own := "", "", stem(w)
	for _, c := range ix.vocabList {
		if c[0] != w[0] || !oneSlip46d(w, c) {
			continue
		}
		switch s := stem(c); {
		case s == own:
			// Another form of the same word ("collects", "collect"): the
			// search already treats them alike, and a phrase keyword
			// must keep the form typed.
			return "", false
		case found == "":
			found, stemmed = c, s
		case s != stemmed:
			return "", false // two words fit: not settled
		case len(c) < len(found):
			found = c
		}
	}
	return found, found != ""
}

// oneSlip46d reports whether w is c with one letter dropped or added, two
// neighbours swapped, or (both of minSubst46d letters or more) one letter
// for another.
func oneSlip46d(w, c string) bool {
	switch len(w) - len(c) {
	case -1:
		return dropsOne46d(w, c)
	case 1:
		return dropsOne46d(c, w)
	case 0:
		if len(w) <= minTypo46d {
			// A short word a swap or a letter away from another is
			// often a word itself ("sing", "sign"): only a letter
			// dropped is taken as a slip ("chek").
			return false
		}
		k := 0
		for k < len(w) && w[k] == c[k] {
			k++
		}
		if k == len(w) {
			return false
		}
		if k+1 < len(w) && w[k] == c[k+1] && w[k+1] == c[k] && w[k+2:] == c[k+2:] {
			return true
		}
		return len(w) >= minSubst46d && w[k+1:] == c[k+1:]
	}
	return false
}

// dropsOne46d reports whether short is long with one letter left out.
func dropsOne46d(short, long string) bool {
	k := 0
	for k < len(short) && short[k] == long[k] {
		k++
	}
	return short[k:] == long[k+1:]
}
