package knowledge

import (
	"slices"
	"strings"
)

// A keyword of several English words that the search reads as fewer terms
// (a word like "on", "in" or "to" is no term) is found only where its
// words stand together in the message: "back on" (coverage back on) is
// not in "pay it back in instalments", nor in "back-paid" (heldout10; the
// same kind of mistake as the narrowed keywords of narrowedKeyword).

// latinWords are the Latin words of a folded text, in order.
func latinWords(folded string) []string {
	return strings.FieldsFunc(strings.ToLower(folded), func(r rune) bool { return !isLatinWord(r) || r == '\'' })
}

// keepPhrases drops from hits the keywords of several words, read as
// fewer terms, whose words are not together in the query.
func keepPhrases(hits []string, keys []keyword, folds *folder, query string) []string {
	var qwords []string
	return slices.DeleteFunc(hits, func(h string) bool {
		i := slices.IndexFunc(keys, func(k keyword) bool { return k.text == h })
		if i < 0 {
			return false
		}
		kw := latinWords(folds.fold(keys[i].text))
		if len(kw) < 2 || len(keys[i].terms) >= len(kw) {
			return false
		}
		if qwords == nil {
			qwords = latinWords(folds.fold(query))
		}
		for j := 0; j+len(kw) <= len(qwords); j++ {
			if slices.Equal(qwords[j:j+len(kw)], kw) {
				return false
			}
		}
		return true
	})
}

// synonymPlurals are the plurals of the Latin spellings of syns that the
// folding would miss, as extra spellings of the same word: "penalties"
// (penalty ends in y, so "penalties" does not hold it), "bosses" and
// "firms" (short spellings fold whole words only). A spelling listed
// anywhere already is left to its own line.
func synonymPlurals(syns []Synonym) []Synonym {
	listed := map[string]bool{}
	for _, sy := range syns {
		for _, f := range sy.From {
			listed[foldSpelling(f)] = true
		}
		listed[foldSpelling(sy.To)] = true
	}
	var out []Synonym
	for _, sy := range syns {
		var more []string
		for _, f := range sy.From {
			for _, p := range pluralsOf(foldSpelling(f)) {
				if !listed[p] {
					listed[p] = true
					more = append(more, p)
				}
			}
		}
		if len(more) > 0 {
			out = append(out, Synonym{To: sy.To, From: more})
		}
	}
	return out
}

// pluralsOf is the plural of a Latin spelling's last word that folding
// does not reach already: "-ies" for a consonant and y, and for a word
// shorter than wholeWordBelow (folded as a whole word) "-s" or "-es".
func pluralsOf(f string) []string {
	if f == "" {
		return nil
	}
	for _, r := range f {
		if !(r >= 'a' && r <= 'z' || r == ' ') {
			return nil
		}
	}
	words := strings.Fields(f)
	last := words[len(words)-1]
	n := len(last)
	switch {
	case n >= 4 && last[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(last[n-2])):
		return []string{f[:len(f)-1] + "ies"}
	case len(f) < wholeWordBelow && n >= 3 && last[n-1] != 's':
		if strings.HasSuffix(last, "x") || strings.HasSuffix(last, "ch") || strings.HasSuffix(last, "sh") {
			return []string{f + "es"}
		}
		return []string{f + "s"}
	}
	return nil
}
