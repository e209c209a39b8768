package knowledge

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"bujiao/knowledge/place"
)

// TestEnglishPlaceNames45e: every place the knowledge base names in
// Chinese (a region's name or alias) is read from its usual English
// (pinyin) name in free text as it is from the Chinese: the same region's
// rules and the same place, echoed in English by that name. A pinyin two
// cities of different regions share (Taizhou: 泰州 in Jiangsu, 台州 in
// Zhejiang) names no place: the chat asks which.
func TestEnglishPlaceNames45e(t *testing.T) {
	b, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, a := range b.aliases {
		if !hasHan45e(a.text) {
			continue
		}
		res := place.Default().Resolve(a.text)
		if res.Kind != place.Found || res.Place.Pinyin == "" {
			continue
		}
		wantRegion, ok := b.MatchRegion(a.text)
		if !ok || wantRegion != a.region {
			continue
		}
		wantPlace := b.placeName(res.Place)
		en := res.Place.Pinyin
		// Typed as the answer to the region question.
		for _, typed := range []string{en, strings.ToLower(en), " " + strings.ToUpper(en) + " "} {
			n++
			rr := b.ResolveRegion(typed)
			switch {
			case shared45e(en, b, wantRegion):
				if rr.Err == nil || !slices.Contains(rr.Err.CandidateCodes, res.Place.Code) {
					t.Errorf("typed %q (%s): %+v, want a question naming %s", typed, a.text, rr, res.Place.FullName())
				}
			case rr.Err != nil || rr.Region != wantRegion || rr.Place != wantPlace:
				t.Errorf("typed %q (%s): %+v, want %s %q", typed, a.text, rr, wantRegion, wantPlace)
			}
		}
		for _, text := range []string{
			"i work in " + strings.ToLower(en) + " and my insurance broke",
			"im in " + strings.ToLower(en),
			en + " company stopped paying",
			"my employer in " + en + ", they owe 3 months",
		} {
			n++
			if shared45e(en, b, wantRegion) {
				if r, ok := b.MatchRegion(text); ok && r != wantRegion {
					t.Errorf("%q (%s): region %s, want %s or a question", text, a.text, r, wantRegion)
				}
				continue
			}
			r, ok := b.MatchRegion(text)
			if !ok || r != wantRegion {
				t.Errorf("%q (%s): region %q, want %s", text, a.text, r, wantRegion)
				continue
			}
			p, _ := b.PlaceIn(text, r)
			if p != wantPlace {
				t.Errorf("%q (%s): place %q, want %q", text, a.text, p, wantPlace)
			}
			if wantPlace != "" && !strings.EqualFold(b.PlaceDisplay(p, En), en) {
				t.Errorf("%q: echoed %q, want %q", text, b.PlaceDisplay(p, En), en)
			}
		}
	}
	for _, id := range b.regionList {
		reg := b.regions[id]
		for _, text := range []string{reg.Name.En, strings.ToLower(reg.Name.En)} {
			n++
			if rr := b.ResolveRegion(text); rr.Err != nil || rr.Region != id {
				t.Errorf("typed %q: %+v, want %s", text, rr, id)
			}
			if id == "national" {
				continue
			}
			if r, ok := b.MatchRegion("i work in " + text + " now"); !ok || r != id {
				t.Errorf("%q in text: %q, want %s", text, r, id)
			}
		}
	}
	if n < 100 {
		t.Fatalf("only %d wordings: the aliases were not read", n)
	}
}

// shared45e: the pinyin names places of other regions too.
func shared45e(en string, b *Base, region string) bool {
	r := place.Default().Resolve(en)
	if r.Kind != place.Ambiguous {
		return false
	}
	for _, c := range r.Candidates {
		if b.regionOf(c) != region {
			return true
		}
	}
	return false
}

func hasHan45e(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}
