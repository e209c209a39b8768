package knowledge

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"bujiao/rules"
)

// Keywords and refinements: what an FAQ entry says about itself beyond the
// ways of asking it. The search scores a message against whole question
// variants, so two neighbouring entries ("how long do I wait" for the
// resident scheme and after a long employee gap) are told apart only by a
// word or two the variants may not happen to share with the message. An
// entry's keywords are those words, written once.

// keyword is one keyword of an entry with the search terms it must all
// find in a message.
type keyword struct {
	text  string
	terms []string
}

// Keyword bonus: the first keyword an entry finds in a message adds
// keywordBonus to its score and rank, each further one keywordMore, at
// most maxKeywordHits in all. A keyword says which of two close entries a
// message means; it is not meant to lift an entry that shares nothing
// else with the message over the answer threshold on its own.
const (
	keywordBonus   = 0.12
	keywordMore    = 0.04
	maxKeywordHits = 3
)

// keywordTerms are the terms a keyword must find: its bigrams and words,
// its single characters only when it has nothing else (which the loader
// refuses). Folded like a message, so 交/缴 and traditional characters do
// not matter.
func keywordTerms(folds *folder, kw string) []string {
	all := dedupe(terms(folds.fold(kw)))
	wide := slices.DeleteFunc(slices.Clone(all), isHanUnigram)
	if len(wide) > 0 {
		return wide
	}
	return all
}

// narrowedKeyword reports whether a keyword of several words is searched
// as one of them and the words the search skips were the question it
// names: "from when" is searched as "when", "which day" as "day", "还是要等"
// as "要等", so each marks every message that asks when, names a day or
// says 要等 (the keyword "monthly" that matched every "3-month" was the
// same kind of mistake). "in stages" searched as "stages" stays: the
// word skipped says nothing.
func narrowedKeyword(folds *folder, kw string, ts []string) bool {
	if len(ts) != 1 {
		return false
	}
	folded := folds.fold(kw)
	words := strings.FieldsFunc(folded, func(r rune) bool { return !isLatinWord(r) || r == '\'' })
	if len(words) > 1 && slices.ContainsFunc(words, func(w string) bool { return enQuestionWords[w] }) {
		return true
	}
	for _, w := range zhQuestionWords {
		if strings.Contains(folded, w) && !strings.Contains(ts[0], w) {
			return true
		}
	}
	return false
}

// enQuestionWords and zhQuestionWords ask; a keyword needs its topic too.
var (
	enQuestionWords = map[string]bool{"how": true, "what": true, "which": true, "when": true, "where": true, "who": true,
		"why": true, "whether": true}
	zhQuestionWords = []string{"还是", "什么", "怎么", "哪个", "多少", "是不", "吗", "呢"}
)

// newKeywords prepares the keywords of every entry, in entry order.
func newKeywords(faqs []*FAQ, folds *folder) [][]keyword {
	out := make([][]keyword, len(faqs))
	for fi, f := range faqs {
		for _, kw := range slices.Concat(f.Keywords.Zh, f.Keywords.En) {
			if ts := keywordTerms(folds, kw); len(ts) > 0 {
				out[fi] = append(out[fi], keyword{text: kw, terms: ts})
			}
		}
	}
	return out
}

// matchKeywords lists the keywords whose terms the query has, each once.
func matchKeywords(query map[string]bool, keys []keyword) []string {
	var hit []string
	for _, k := range keys {
		// A keyword with no terms would match every query.
		all := len(k.terms) > 0
		for _, t := range k.terms {
			if !query[t] {
				all = false
				break
			}
		}
		if all && !slices.Contains(hit, k.text) {
			hit = append(hit, k.text)
		}
	}
	return hit
}

// keywordScore is what n keywords found add to a match.
func keywordScore(n int) float64 {
	if n <= 0 {
		return 0
	}
	return keywordBonus + keywordMore*float64(min(n, maxKeywordHits)-1)
}

// Refining returns the regional entries that refine the entry id (their
// `refines` names it), in file order.
func (b *Base) Refining(id string) []*FAQ {
	var out []*FAQ
	for _, f := range b.faq {
		if slices.Contains(f.Refines, id) {
			out = append(out, f)
		}
	}
	return out
}

// FAQRegion is the region whose rules an entry is about, from its first
// Chinese question ("上海灵活就业…" → shanghai), or "" for a national one.
func (b *Base) FAQRegion(f *FAQ) string {
	if len(f.Questions.Zh) == 0 {
		return ""
	}
	if at, ok := b.MatchRegion(f.Questions.Zh[0]); ok && at != rules.NationalRegion {
		return at
	}
	return ""
}

// checkFAQKeywords checks every entry's keywords and refinements once the
// synonyms are folded: a keyword must give a search term of its own, be
// written in its language and belong to one entry only; a refinement names
// a national entry, from an entry about one region.
func (l *loader) checkFAQKeywords(b *Base) {
	type where struct{ id, file, field string }
	seen := map[string]where{}
	for _, f := range l.faq {
		if !slices.Contains(b.faq, f.v) {
			continue // refused already
		}
		for _, lk := range []struct {
			lang string
			ks   []string
		}{{"zh", f.v.Keywords.Zh}, {"en", f.v.Keywords.En}} {
			for i, kw := range lk.ks {
				field := fmt.Sprintf("%s.keywords.%s[%d]", f.path, lk.lang, i)
				ts := keywordTerms(b.folds, kw)
				switch {
				case strings.TrimSpace(kw) == "":
					l.errorf(f.file, field, "empty keyword")
					continue
				case len(ts) == 0:
					l.errorf(f.file, field, "keyword %q gives no search term (only particles or common words); write the word that marks this entry", kw)
					continue
				case len(ts) == 1 && isHanUnigram(ts[0]):
					l.errorf(f.file, field, "keyword %q is one character, which too many questions share; write a word of two characters or more", kw)
					continue
				case narrowedKeyword(b.folds, kw, ts):
					l.warnf(f.file, field, "keyword %q is searched as %q alone (the search skips its other words), so every message with %q counts as this entry's keyword; write a keyword whose every word is searched",
						kw, ts[0], ts[0])
				case lk.lang == "zh" && !hasHan(kw):
					l.warnf(f.file, field, "keyword %q has no Chinese character; put it under en", kw)
				case lk.lang == "en" && hasHan(kw):
					l.warnf(f.file, field, "keyword %q has Chinese characters; put it under zh", kw)
				}
				key := strings.Join(ts, " ")
				first, dup := seen[key]
				switch {
				case !dup:
					seen[key] = where{f.v.ID, f.file, field}
				case first.id == f.v.ID:
					l.warnf(f.file, field, "keyword %q is listed twice in this entry (as searched); %s", kw,
						strings.TrimPrefix(l.firstCopy(first.file, first.field), "; "))
				default:
					l.warnf(f.file, field, "keyword %q is also a keyword of faq %s%s; a word both entries list tells neither apart, so keep it under one",
						kw, first.id, l.firstCopy(first.file, first.field))
				}
			}
		}
		l.checkRefines(f, b)
	}
}

func (l *loader) checkRefines(f located[FAQ], b *Base) {
	if len(f.v.Refines) == 0 {
		return
	}
	if b.FAQRegion(f.v) == "" {
		l.errorf(f.file, f.path+".refines", "refines is for an entry about one region's rules, and the first zh question of %s names no region; name it there or drop refines", f.v.ID)
		return
	}
	var ids []string
	for _, g := range b.faq {
		ids = append(ids, g.ID)
	}
	for i, id := range f.v.Refines {
		field := fmt.Sprintf("%s.refines[%d]", f.path, i)
		j := slices.Index(ids, id)
		switch {
		case id == f.v.ID:
			l.errorf(f.file, field, "an entry cannot refine itself")
		case j < 0:
			l.errorf(f.file, field, "no faq entry %q%s", id, definedInstead(ids, id))
		case b.FAQRegion(b.faq[j]) != "":
			l.errorf(f.file, field, "faq %s is about one region's rules itself; refines names the national entry this one narrows", id)
		}
	}
}

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}
