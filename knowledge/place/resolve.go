package place

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// Kind says what Resolve made of a name.
type Kind uint8

const (
	// Unknown: no place has this name; Suggestions lists the closest.
	Unknown Kind = iota
	// Found: the name picks out one place.
	Found
	// Ambiguous: several places have this name; Candidates lists them and a
	// qualified name ("上海普陀") picks one.
	Ambiguous
)

func (k Kind) String() string {
	switch k {
	case Found:
		return "found"
	case Ambiguous:
		return "ambiguous"
	}
	return "unknown"
}

// Resolution is the answer to Resolve.
type Resolution struct {
	Kind Kind
	// Input is the name as given.
	Input string
	// Place is the place named, when Kind is Found.
	Place Place
	// Also lists, when Kind is Found, less prominent places that share the
	// name and were set aside (中山 is 中山市 in Guangdong; the 中山区 of
	// 大连 is in Also). A caller may mention them; it need not ask.
	Also []Place
	// Candidates lists, when Kind is Ambiguous, every place the name may
	// mean, most prominent first.
	Candidates []Place
	// Suggestions lists, when Kind is Unknown, the closest places by Chinese
	// and pinyin edit distance, closest first; at most five, possibly none.
	Suggestions []Place
}

// Inputs longer than this are not place names; they are answered Unknown
// without the quadratic work of segmenting and suggesting.
const maxInputRunes = 48

const maxSuggestions = 5

// Resolve finds the place a name means. It accepts:
//   - full and short names: 海宁市, 海宁, 延边朝鲜族自治州, 延边, 延边州;
//   - names qualified by an enclosing division, in either order and with any
//     separators: 上海普陀, 舟山普陀区, 浙江省嘉兴市海宁市, "Putuo, Shanghai";
//   - pinyin and common English forms, any case, tone marks or not:
//     hangzhou, Hai Ning, Xi'an, Canton, Inner Mongolia;
//   - traditional characters of names (廣州) and full-width letters;
//   - a province's one-character abbreviation as the whole input (沪, 粤).
//
// When several places share a name, a province is preferred to anything
// else and a prefecture to the county-level places of provinces (吉林 is 吉林省,
// 中山 is 中山市); anything else is Ambiguous (普陀, 鼓楼, 西湖, and 朝阳, a city
// in 辽宁 and a district of 北京). A full official name is preferred to a
// short form (朝阳市).
func (t *Table) Resolve(name string) Resolution {
	r := Resolution{Input: name}
	if utf8.RuneCountInString(name) > maxInputRunes*2 {
		return r
	}
	if han := hanOnly(name); len(han) > 0 {
		if len(han) > maxInputRunes {
			return r
		}
		if code, ok := provinceAbbreviations[string(han)]; ok {
			r.Kind, r.Place = Found, t.places[t.byCode[code]]
			return r
		}
		units := make([]string, len(han))
		for i, c := range han {
			units[i] = string(c)
		}
		return t.resolveUnits(r, units, false)
	}
	tokens := latinTokens(name)
	if len(tokens) == 0 || len(tokens) > maxInputRunes/2 {
		return r
	}
	return t.resolveUnits(r, tokens, true)
}

// resolveUnits resolves a name split into units, Chinese characters or latin
// words, that keys are made of.
func (t *Table) resolveUnits(r Resolution, units []string, latin bool) Resolution {
	dict, maxKey := t.han, t.hanMax
	if latin {
		dict, maxKey = t.latin, t.latinMax
	}
	if es, ok := dict[strings.Join(units, "")]; ok {
		return t.decide(r, preferFull(es))
	}
	var matches []entry
	segs := segment(units, dict, maxKey)
	for _, s := range segs {
		matches = append(matches, qualified(t, s)...)
	}
	if len(matches) > 0 {
		return t.decide(r, matches)
	}
	// Every part is a place but they do not nest (北京普陀): offer the parts,
	// the last one (the most specific, as Chinese is written) first.
	seen := map[int32]bool{}
	for _, s := range segs {
		for i := len(s) - 1; i >= 0; i-- {
			for _, e := range s[i] {
				if !seen[e.place] && len(r.Suggestions) < maxSuggestions {
					seen[e.place] = true
					r.Suggestions = append(r.Suggestions, t.places[e.place])
				}
			}
		}
	}
	if len(r.Suggestions) == 0 {
		r.Suggestions = t.suggest(units, latin)
	}
	return r
}

// preferFull keeps the entries for which the key is the full official name,
// if there are any: 朝阳市 means the city even though 朝阳 is also a district.
func preferFull(es []entry) []entry {
	var full []entry
	for _, e := range es {
		if e.full {
			full = append(full, e)
		}
	}
	if len(full) > 0 {
		return full
	}
	return es
}

// decide turns the places a name may mean into a Resolution, by prominence.
func (t *Table) decide(r Resolution, es []entry) Resolution {
	ps := make([]Place, 0, len(es))
	for _, e := range es {
		if !slices.ContainsFunc(ps, func(p Place) bool { return p.index == e.place }) {
			ps = append(ps, t.places[e.place])
		}
	}
	sortProminent(ps)
	keep := prominent(ps)
	if len(keep) == 1 {
		r.Kind, r.Place = Found, keep[0]
		for _, p := range ps {
			if p.Code != keep[0].Code {
				r.Also = append(r.Also, p)
			}
		}
		return r
	}
	r.Kind, r.Candidates = Ambiguous, keep
	return r
}

// prominent keeps the places a bare name most likely means (ps sorted by
// sortProminent): a province over everything; a prefecture over the
// county-level places of provinces, but not over the districts of the four
// municipalities, which are as well known as cities (朝阳 stays ambiguous
// between 朝阳市 and 北京's 朝阳区).
func prominent(ps []Place) []Place {
	if len(ps) <= 1 {
		return ps
	}
	var out []Place
	switch {
	case ps[0].Level == Province:
		for _, p := range ps {
			if p.Level == Province {
				out = append(out, p)
			}
		}
	case ps[0].Level == Prefecture:
		for _, p := range ps {
			if p.Level == Prefecture || p.municipal() {
				out = append(out, p)
			}
		}
	default:
		out = ps
	}
	return out
}

func sortProminent(ps []Place) {
	sort.SliceStable(ps, func(i, j int) bool {
		if ps[i].Level != ps[j].Level {
			return ps[i].Level < ps[j].Level
		}
		if ps[i].municipal() != ps[j].municipal() {
			return ps[i].municipal()
		}
		return ps[i].Code < ps[j].Code
	})
}

// Limits on the ways to split one name into parts, so that adversarial input
// cannot make Resolve slow.
const (
	maxSegmentations = 32
	maxSegments      = 4
)

// segment lists the ways to split units into 2 to maxSegments consecutive
// keys of dict (each at most maxKey units long), longest first part first.
func segment(units []string, dict map[string][]entry, maxKey int) [][][]entry {
	var out [][][]entry
	var cur [][]entry
	var walk func(pos int)
	walk = func(pos int) {
		if len(out) >= maxSegmentations {
			return
		}
		if pos == len(units) {
			if len(cur) >= 2 {
				out = append(out, slices.Clone(cur))
			}
			return
		}
		if len(cur) == maxSegments {
			return
		}
		for end := len(units); end > pos; end-- {
			if end-pos > maxKey {
				continue
			}
			key := strings.Join(units[pos:end], "")
			if es, ok := dict[key]; ok {
				cur = append(cur, preferFull(es))
				walk(end)
				cur = cur[:len(cur)-1]
			}
		}
	}
	walk(0)
	return out
}

// qualified returns the places named by one part of s that lie inside a place
// named by every other part: in 上海普陀, the 普陀 inside 上海.
func qualified(t *Table, s [][]entry) []entry {
	var out []entry
	for i, target := range s {
	candidates:
		for _, e := range target {
			p := &t.places[e.place]
			for j, other := range s {
				if j == i {
					continue
				}
				inside := false
				for _, o := range other {
					if isAncestor(&t.places[o.place], p) {
						inside = true
						break
					}
				}
				if !inside {
					continue candidates
				}
			}
			out = append(out, e)
		}
	}
	return out
}
