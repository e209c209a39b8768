package knowledge

import (
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// PlaceError says a place name could not be resolved to one region: it is
// shared by several places (Candidates) or unknown (Suggestions, maybe
// none).
type PlaceError struct {
	Name        string
	Candidates  []string
	Suggestions []string
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
// in a covered region; a real place elsewhere, answered by the national
// rules under its own name; otherwise an error with the closest names.
func (b *Base) ResolveRegion(name string) RegionResolution {
	raw := strings.TrimSpace(width.Fold.String(name))
	v := strings.ToLower(raw)
	if v == "" {
		return RegionResolution{Err: &PlaceError{Name: name}}
	}
	if r, ok := b.regions[v]; ok {
		return RegionResolution{Region: r.ID}
	}
	for _, r := range b.regionList {
		reg := b.regions[r]
		if strings.EqualFold(reg.Name.Zh, raw) || strings.EqualFold(reg.Name.En, raw) {
			return RegionResolution{Region: r}
		}
	}
	for _, a := range b.aliases {
		if a.text == v {
			return RegionResolution{Region: a.region, Place: b.placeName(a.region, raw)}
		}
	}
	if b.places != nil {
		if r, ok := b.places.resolve(b, raw); ok {
			return r
		}
	}
	// A longer text that names exactly one known place ("杭州市西湖区",
	// "上海浦东") still means it.
	if id, ok := b.MatchRegion(v); ok && b.onlyRegionIn(v) {
		return RegionResolution{Region: id, Place: b.placeName(id, raw)}
	}
	return RegionResolution{Err: &PlaceError{Name: raw, Suggestions: b.regionSuggestions(v)}}
}

// placeName is the name to show for a place: none when it is the region
// itself, so "上海" does not read "上海 (上海)".
func (b *Base) placeName(region, raw string) string {
	if region == "" {
		return raw
	}
	r := b.regions[region]
	if r.ID != "national" && (strings.Contains(raw, r.Name.Zh) || strings.EqualFold(raw, r.Name.En)) {
		return ""
	}
	return raw
}

// onlyRegionIn reports whether every alias found in s leads to one region.
func (b *Base) onlyRegionIn(s string) bool {
	seen := ""
	for _, a := range b.aliases {
		if indexWord(s, a.text) < 0 {
			continue
		}
		if seen != "" && seen != a.region {
			return false
		}
		seen = a.region
	}
	return seen != ""
}

// regionSuggestions are the region IDs, names and aliases closest to v.
func (b *Base) regionSuggestions(v string) []string {
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
		if d := editDistance(s, strings.ToLower(name), limit); d <= limit && !slices.ContainsFunc(cs, func(c cand) bool { return c.name == name }) {
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

// editDistance is the Levenshtein distance between a and b in runes,
// giving up (returning limit+1) once it must exceed limit.
func editDistance(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > limit || -d > limit {
		return limit + 1
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			best = min(best, cur[j])
		}
		if best > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
