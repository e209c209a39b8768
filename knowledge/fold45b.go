package knowledge

import "strings"

// fix45b: the English forms of a synonym's Latin spelling. A line lists
// "transfer" and the folder also folds "transferred", "transfers" and
// "transferring": otherwise a long spelling folds inside the longer word
// and leaves its tail ("transferred" became "movered", a word no entry
// has), and a short one (whole words only) misses its plural ("firms").
// The forms are added after every listed spelling, so a form a line lists
// itself keeps that line's word.
func inflected45b(from string) []string {
	i := strings.LastIndexFunc(from, func(r rune) bool { return !(r >= 'a' && r <= 'z') })
	head, w := from[:i+1], from[i+1:]
	n := len(w)
	if n < 3 || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
		return nil
	}
	last := w[n-1]
	var forms []string
	switch {
	case last == 'e':
		forms = []string{w + "s", w + "d", w[:n-1] + "ing"}
	case last == 'y' && isConsonant(w[n-2]):
		forms = []string{w[:n-1] + "ies", w[:n-1] + "ied", w + "ing"}
	case last == 's' || last == 'x' || last == 'h':
		forms = []string{w + "es", w + "ed", w + "ing"}
	default:
		forms = []string{w + "s", w + "ed", w + "ing"}
		if isConsonant(last) && last != 'w' && last != 'x' && last != 'y' {
			forms = append(forms, w+string(last)+"ed", w+string(last)+"ing")
		}
	}
	for k := range forms {
		forms[k] = head + forms[k]
	}
	return forms
}

// inflectedSynonyms45b gives the forms of every Latin spelling as synonyms
// of their own, none that a line lists or that is a line's word.
func inflectedSynonyms45b(syns []Synonym) []Synonym {
	listed := map[string]bool{}
	for _, sy := range syns {
		listed[foldSpelling(sy.To)] = true
		for _, f := range sy.From {
			listed[foldSpelling(f)] = true
		}
	}
	var out []Synonym
	for _, sy := range syns {
		add := Synonym{To: sy.To}
		for _, f := range sy.From {
			for _, form := range inflected45b(foldSpelling(f)) {
				if !listed[form] {
					listed[form] = true
					add.From = append(add.From, form)
				}
			}
		}
		if len(add.From) > 0 {
			out = append(out, add)
		}
	}
	return out
}
