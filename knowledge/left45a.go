package knowledge

import "bujiao/rules"

// withLeft45a gives p the benefit days of the region paying stopped in
// (Facts.LeftRegion, fix45a) where that region is one the knowledge base
// has; the rules use them only where a source gives them.
func (b *Base) withLeft45a(f rules.Facts, p rules.Policy) rules.Policy {
	if f.LeftRegion == "" || f.LeftRegion == f.Region {
		return p
	}
	if lp, ok := b.policies[f.LeftRegion]; ok {
		p.LeftDays = lp.BenefitDays
	}
	return p
}
