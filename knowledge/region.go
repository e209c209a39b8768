package knowledge

import (
	"slices"
	"strings"
	"unicode/utf8"

	"bujiao/knowledge/place"
	"bujiao/rules"

	"golang.org/x/text/width"
)

// PlaceError says a place name could not be resolved to one region: it is
// shared by several places (Candidates) or unknown (Suggestions, maybe
// none).
type PlaceError struct {
	Name        string
	Candidates  []string
	Suggestions []string
	// Codes identify each candidate, then each suggestion, for buttons:
	// a division code, or a region ID for a suggestion that is a region.
	CandidateCodes, SuggestionCodes []string
}

func (e *PlaceError) Error() string {
	switch {
	case len(e.Candidates) > 0:
		return "place " + e.Name + " is ambiguous: " + strings.Join(e.Candidates, ", ")
	case len(e.Suggestions) > 0:
		return "unknown place " + e.Name + "; did you mean " + strings.Join(e.Suggestions, ", ") + "?"
	}
	return "unknown place " + e.Name
}

// RegionResolution is where a place name leads: the region whose rules
// answer, and the place's own name when it is not the region itself
// ("成都" answered by the national rules, "杭州" by Zhejiang's).
type RegionResolution struct {
	Region string
	Place  string
	Err    *PlaceError
}

// ResolveRegion is the one way every surface turns what people typed for
// the region into the rules that answer it: a region ID or name; a place
// in a covered province (海宁 → Zhejiang); a real place elsewhere, answered
// by the national rules under its own name (成都); a name several places
// share (普陀) is an error listing them; anything else is an error with the
// closest names.
func (b *Base) ResolveRegion(name string) RegionResolution {
	raw := strings.TrimSpace(width.Fold.String(name))
	v := strings.ToLower(raw)
	if v == "" {
		return RegionResolution{Err: &PlaceError{Name: name}}
	}
	if r, ok := b.regions[v]; ok {
		return RegionResolution{Region: r.ID}
	}
	for _, id := range b.regionList {
		reg := b.regions[id]
		if strings.EqualFold(reg.Name.Zh, raw) || strings.EqualFold(reg.Name.En, raw) {
			return RegionResolution{Region: id}
		}
	}
	res := b.resolveKB45e(raw, place.Default().Resolve(raw)) // place45e.go
	switch res.Kind {
	case place.Found:
		return RegionResolution{Region: b.regionOf(res.Place), Place: b.placeName(res.Place)}
	case place.Ambiguous:
		e := &PlaceError{Name: raw}
		for _, c := range res.Candidates {
			e.Candidates = append(e.Candidates, c.FullName())
			e.CandidateCodes = append(e.CandidateCodes, c.Code)
		}
		return RegionResolution{Err: e}
	}
	// Names that are no place ("其他", "elsewhere", "SH") pick rules only.
	for _, a := range b.aliases {
		if a.text == v {
			return RegionResolution{Region: a.region}
		}
	}
	e := &PlaceError{Name: raw}
	for _, s := range res.Suggestions {
		e.Suggestions = append(e.Suggestions, s.Name)
		e.SuggestionCodes = append(e.SuggestionCodes, s.Code)
	}
	if len(e.Suggestions) == 0 {
		for _, name := range b.regionSuggestions(v) {
			if r := b.ResolveRegion(name); r.Err == nil {
				e.Suggestions = append(e.Suggestions, name)
				e.SuggestionCodes = append(e.SuggestionCodes, r.Region)
			}
		}
	}
	return RegionResolution{Err: e}
}

// regionOf is the region whose rules answer for a place: the one covering
// its province, else the national rules.
func (b *Base) regionOf(p place.Place) string {
	for _, id := range b.regionList {
		if d := b.regions[id].Division; d != "" && d == p.ProvinceCode() {
			return id
		}
	}
	return rules.NationalRegion
}

// placeName is the name kept for a place: none when it is the region
// itself, so "上海" does not read "上海 (上海)"; the name alone when it
// means one place ("海宁市"), else with its city ("舟山市普陀区").
func (b *Base) placeName(p place.Place) string {
	if p.Level == place.Province && b.regionOf(p) != rules.NationalRegion {
		return ""
	}
	if r := place.Default().Resolve(p.Name); r.Kind == place.Found && r.Place.Code == p.Code {
		return p.Name
	}
	if n := len(p.Parents); n > 0 {
		return p.Parents[n-1] + p.Name
	}
	return p.Name
}

// PlaceDisplay is a kept place name as people of lang read it: the Chinese
// name, or its romanisation in English ("Haining").
func (b *Base) PlaceDisplay(name string, lang Lang) string {
	if lang == Zh || name == "" {
		return name
	}
	if r := place.Default().Resolve(name); r.Kind == place.Found && r.Place.Pinyin != "" {
		return r.Place.Pinyin
	}
	return name
}

// PlaceLabel names a place by division code for a button: its full name,
// and in English its romanisation first.
func (b *Base) PlaceLabel(code string, lang Lang) string {
	p, ok := place.Default().ByCode(code)
	if !ok {
		return code
	}
	if lang == En && p.Pinyin != "" {
		return p.Pinyin + " (" + p.FullName() + ")"
	}
	return p.FullName()
}

// regionSuggestions are the region IDs, names and aliases closest to v.
func (b *Base) regionSuggestions(v string) []string {
	if utf8.RuneCountInString(v) < 2 {
		return nil // one character is too little to guess from
	}
	var names []string
	for _, id := range b.regionList {
		r := b.regions[id]
		names = append(names, id, r.Name.Zh, strings.ToLower(r.Name.En))
	}
	for _, a := range b.aliases {
		names = append(names, a.text)
	}
	return closest(v, names, 3)
}

// closest returns up to n of names within a small edit distance of s,
// nearest first: for "did you mean".
func closest(s string, names []string, n int) []string {
	type cand struct {
		name string
		d    int
	}
	s = strings.ToLower(s)
	limit := max(1, utf8.RuneCountInString(s)/3)
	var cs []cand
	for _, name := range names {
		if d := editDistance(s, strings.ToLower(name)); d <= limit && !slices.ContainsFunc(cs, func(c cand) bool { return c.name == name }) {
			cs = append(cs, cand{name, d})
		}
	}
	slices.SortStableFunc(cs, func(a, b cand) int { return a.d - b.d })
	var out []string
	for _, c := range cs[:min(n, len(cs))] {
		out = append(out, c.name)
	}
	return out
}
