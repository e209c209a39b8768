package dialog

import (
	"slices"

	"bujiao/knowledge"
)

// unplacedRefinement: an entry that refines another for one region
// ("广东医保退休要交满多少年" refines "医保交满多少年退休后就不用交了")
// answers that region's rule; for someone who has not said where they are
// the entry it refines comes first, with the better of the two scores,
// whatever words the regional entry's variants happen to share with the
// message ("职工医保要交够多少年" is nearly "广东医保要交够多少年";
// heldout15). The regional entry stays as the runner-up.
func unplacedRefinement(matches []knowledge.FAQMatch, region string) []knowledge.FAQMatch {
	if region != "" || len(matches) < 2 {
		return matches
	}
	top := matches[0]
	i := slices.IndexFunc(matches[1:], func(m knowledge.FAQMatch) bool { return slices.Contains(top.FAQ.Refines, m.FAQ.ID) })
	if i < 0 {
		return matches
	}
	m := matches[i+1]
	m.Score, m.Rank = max(m.Score, top.Score), max(m.Rank, top.Rank)
	matches = slices.Delete(matches, i+1, i+2)
	return slices.Insert(matches, 0, m)
}
