package dialog

import (
	"bujiao/dialog/understand"
	"bujiao/rules"
)

// leftRegion45a (fix45a, R33-M1 family 3) keeps the region paying stopped
// in beside the new region after a move ("my shanghai employer paid until
// end of july. a suzhou company registered me from august 5"): the old
// city's own stop rule judges the days before the new place's start
// (rules/leftcity45a.go). It returns the field when it changed, for the
// "明白了：…" echo.
func (t *turn) leftRegion45a(a understand.Analysis) []rules.Field {
	f := &t.s.Facts
	if t.typed == "" || !t.s.MovedAcross && (f.CrossCity == nil || !*f.CrossCity) || f.Region == "" || f.GapBeganHere != nil && *f.GapBeganHere {
		return nil
	}
	left := understand.LeftRegion45a(t.typed, f.Region, t.kb)
	if left == "" || left == rules.NationalRegion || left == f.LeftRegion {
		// The national baseline has no stop day of its own: naming it
		// would only echo "national" as a city.
		return nil
	}
	f.LeftRegion = left
	return []rules.Field{rules.FieldLeftRegion}
}
