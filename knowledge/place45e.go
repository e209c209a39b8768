package knowledge

import (
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"bujiao/knowledge/place"
)

// English names of the places the knowledge base names (fix45e).
//
// Every place a region file names in Chinese (its name or an alias: 苏州,
// 无锡, 金山, 拉萨, 内蒙古) is read in free text by its usual English name,
// the romanisation the division table carries (Suzhou, Wuxi, Jinshan,
// Lasa, Inner Mongolia), as it is read from the Chinese:
//
//   - a romanisation several places share, all answered by the same rules
//     (Suzhou: 苏州 and 宿州, both national), names the one the knowledge
//     base names; shared by places of different regions (Taizhou: 泰州 in
//     Jiangsu, 台州 in Zhejiang) it names none, and the chat asks;
//   - the division table's free-text finder takes lower-case names of five
//     letters or more only, and county-level ones from a short list; the
//     knowledge base's own places are taken at any length from four
//     letters (wuxi, lasa), lower case or two words (inner mongolia).

// kbPlaces45e are the places the knowledge base names in Chinese.
type kbPlaces45e struct {
	codes map[string]bool        // division codes
	latin map[string]place.Place // lower-case romanisation, words one space apart
	named []place.Place          // every one, in the order the regions name them
}

var kbPlacesCache45e sync.Map // *Base → *kbPlaces45e

// kbPlaces45e builds (once per Base) the places its regions name.
func (b *Base) kbPlaces45e() *kbPlaces45e {
	if v, ok := kbPlacesCache45e.Load(b); ok {
		return v.(*kbPlaces45e)
	}
	k := &kbPlaces45e{codes: map[string]bool{}, latin: map[string]place.Place{}}
	var found []place.Place
	for _, a := range b.aliases {
		if !hasNonASCII45e(a.text) {
			continue
		}
		r := place.Default().Resolve(a.text)
		if r.Kind != place.Found || b.regionOf(r.Place) != a.region {
			continue
		}
		if !k.codes[r.Place.Code] {
			k.codes[r.Place.Code] = true
			found = append(found, r.Place)
		}
	}
	k.named = found
	for _, p := range found {
		if p.Pinyin == "" {
			continue
		}
		if r := place.Default().Resolve(p.Pinyin); r.Kind == place.Ambiguous && !b.oneRegion45e(append([]place.Place{p}, r.Candidates...)) {
			continue // Taizhou, Fengxian: the chat asks which
		}
		for _, key := range latinKeys45e(p.Pinyin) {
			if utf8.RuneCountInString(key) >= 4 {
				k.latin[key] = p
			}
		}
	}
	v, _ := kbPlacesCache45e.LoadOrStore(b, k)
	return v.(*kbPlaces45e)
}

// latinKeys45e: "Xi'an" is written xi'an, xian and xi an; "Inner
// Mongolia" inner mongolia.
func latinKeys45e(name string) []string {
	low := strings.ToLower(strings.Join(strings.Fields(name), " "))
	keys := []string{low}
	if strings.Contains(low, "'") {
		keys = append(keys, strings.ReplaceAll(low, "'", ""), strings.ReplaceAll(low, "'", " "))
	}
	return keys
}

// oneRegion45e: the places are all answered by the same region's rules.
func (b *Base) oneRegion45e(ps []place.Place) bool {
	for _, p := range ps {
		if b.regionOf(p) != b.regionOf(ps[0]) {
			return false
		}
	}
	return len(ps) > 0
}

// kbCandidate45e is the one place of a shared name the knowledge base
// names, when every place the name may be is answered by the same rules.
func (b *Base) kbCandidate45e(ps []place.Place) (place.Place, bool) {
	if !b.oneRegion45e(ps) {
		return place.Place{}, false
	}
	k := b.kbPlaces45e()
	var one place.Place
	n := 0
	for _, p := range ps {
		if k.codes[p.Code] {
			one, n = p, n+1
		}
	}
	return one, n == 1
}

// findPlaces45e is place.Find with the knowledge base's own places read
// by their English names (see above).
func (b *Base) findPlaces45e(text string) []place.Mention {
	ms := place.Default().Find(text)
	for i := range ms {
		if ms[i].Kind == place.Ambiguous {
			if p, ok := b.kbCandidate45e(ms[i].Candidates); ok {
				ms[i].Kind, ms[i].Place, ms[i].Candidates = place.Found, p, nil
			}
		}
	}
	k := b.kbPlaces45e()
	low := asciiLower45e(text)
	added := false
	for key, p := range k.latin {
		from := 0
		for {
			j := strings.Index(low[from:], key)
			if j < 0 {
				break
			}
			j += from
			end := j + len(key)
			from = j + 1
			if j > 0 && (isWordByte(low[j-1]) || low[j-1] == '\'') || end < len(low) && (isWordByte(low[end]) || low[end] == '\'') {
				continue
			}
			if overlaps45e(ms, j, end) {
				continue
			}
			ms = append(ms, place.Mention{Start: j, End: end, Text: text[j:end],
				Resolution: place.Resolution{Kind: place.Found, Input: text[j:end], Place: p}})
			added = true
		}
	}
	if added {
		sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	}
	return ms
}

func overlaps45e(ms []place.Mention, start, end int) bool {
	for _, m := range ms {
		if start < m.End && m.Start < end {
			return true
		}
	}
	return false
}

// asciiLower45e lower-cases ASCII letters only, keeping byte offsets.
func asciiLower45e(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func hasNonASCII45e(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// resolveKB45e settles what Resolve made of a typed name with the
// knowledge base's own places: a shared romanisation all answered by the
// same rules is the place the knowledge base names (Suzhou is 苏州); one
// the knowledge base names among places of other regions is one more
// candidate to ask about (Fengxian: 奉贤 with 丰县 and 凤县).
func (b *Base) resolveKB45e(raw string, res place.Resolution) place.Resolution {
	if res.Kind == place.Ambiguous {
		if p, ok := b.kbCandidate45e(res.Candidates); ok {
			res.Kind, res.Place, res.Candidates = place.Found, p, nil
			return res
		}
	}
	if hasNonASCII45e(raw) {
		return res
	}
	key := strings.ToLower(strings.Join(strings.Fields(raw), " "))
	for p := range b.kbPlaces45e().all(key) {
		switch res.Kind {
		case place.Unknown:
			res.Kind, res.Place, res.Suggestions = place.Found, p, nil
		case place.Ambiguous:
			if !containsPlace45e(res.Candidates, p) {
				res.Candidates = append(res.Candidates, p)
			}
		}
	}
	return res
}

// all yields the knowledge base's places romanised as key, shared or not.
func (k *kbPlaces45e) all(key string) func(func(place.Place) bool) {
	return func(yield func(place.Place) bool) {
		for _, p := range k.named {
			for _, pk := range latinKeys45e(p.Pinyin) {
				if pk == key {
					if !yield(p) {
						return
					}
					break
				}
			}
		}
	}
}

func containsPlace45e(ps []place.Place, p place.Place) bool {
	for _, q := range ps {
		if q.Code == p.Code {
			return true
		}
	}
	return false
}
