package dialog

import (
	"bujiao/knowledge"
)

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
