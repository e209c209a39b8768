package dialog

import (
	"bujiao/dialog/understand"
	"bujiao/knowledge/place"
	"bujiao/rules"
)

// twoPlaces31a: a first message about a job change that names two places
// with nothing telling which is the new one ("上海和深圳 换了工作"): the
// place is not presumed (the old one would be answered for); it is asked,
// both places one tap each (fix31a). It takes the place out of r.
func (t *turn) twoPlaces31a(r *Route, msg string) *conflict {
	if t.s.Facts.Region != "" || r.Facts.Region == "" || r.Analysis.Moved || r.Analysis.Correction || t.s.Asking == rules.FieldRegion {
		return nil
	}
	reason := r.Facts.Reason
	if reason == "" {
		reason = t.s.Facts.Reason
	}
	if reason != rules.ReasonJobChange {
		return nil
	}
	a, b, ok := understand.TwoPlaces(msg, t.kb)
	if !ok || a != r.Facts.Region {
		return nil
	}
	r.Facts.Region = ""
	return &conflict{field: rules.FieldRegion, old: t.placeCode31a(msg, a), new: t.placeCode31a(msg, b), two: true}
}

// placeCode31a is the division code of the first place of region named in
// msg (a button for it keeps the place's name), or the region itself.
func (t *turn) placeCode31a(msg, region string) string {
	for _, m := range place.Default().Find(msg) {
		if m.Kind != place.Found {
			continue
		}
		if r, _, ok := t.kb.PlaceByCode(m.Place.Code); ok && r == region {
			return m.Place.Code
		}
	}
	return region
}

// conflictKey31a is the message asking which of c holds.
func conflictKey31a(c conflict) string {
	if c.two {
		return "d.two_places"
	}
	return "d.conflict"
}
