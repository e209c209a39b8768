package understand

import (
	"slices"
	"strings"
)

// TwoPlaces reports two places a message names for a job change when
// nothing tells which is the new one ("上海和深圳 换了工作 断了两个月"):
// the region is then asked, with both places as buttons, never the first
// one presumed (fix31a). A word of moving, hiring or correcting ("入职深
// 圳", "from … to", "不对 是杭州") settles it and gives no pair; so do two
// places of one city.
func TwoPlaces(text string, regions RegionMatcher) (first, second string, ok bool) {
	if regions == nil {
		return "", "", false
	}
	fixed, _ := fixInline(text)
	n := normalizeText(writeInEnglishPinyin(fixed))
	s := stripIdentity(fixPlaceTypos(n.s))
	if h := stripHukou(s); h != s {
		if _, ok := regions.MatchRegion(h); ok {
			s = h
		}
	}
	s = stripOrigin(s, regions)
	if _, ok := corrected(s, regions); ok {
		return "", "", false
	}
	if _, _, ok := newJobPlaceZh(s, regions); ok || len(markers(s)) > 0 {
		return "", "", false
	}
	if i := strings.Index(s, "from "); i >= 0 && strings.Contains(s[i:], " to ") {
		return "", "", false
	}
	if hasAny(s, zhOrient31a) || hasAny(" "+s+" ", enOrient31a) {
		// A word placing one of them in time ("im in beijing now, left my
		// shenzhen job"): the reading of the place stands.
		return "", "", false
	}
	// Each place in turn: the shortest stretch from the last one's end
	// that names a place.
	type place struct{ id, city string }
	var seen []place
	cc, isCC := regions.(cityCoder)
	for pos, k := 0, 0; pos < len(s) && k < 8; k++ {
		end := -1
		for i := range s[pos:] {
			if i == 0 {
				continue
			}
			if _, ok := regions.MatchRegion(s[pos : pos+i]); ok {
				end = pos + i
				break
			}
		}
		if end < 0 {
			if _, ok := regions.MatchRegion(s[pos:]); !ok {
				break
			}
			end = len(s)
		}
		id, _ := regions.MatchRegion(s[pos:end])
		city := id
		if isCC {
			if c, ok := cc.CityCode(s[pos:end]); ok {
				city = c
			}
		}
		if !slices.ContainsFunc(seen, func(p place) bool { return p.city == city }) {
			seen = append(seen, place{id, city})
		}
		pos = end
	}
	if len(seen) != 2 || seen[0].id == seen[1].id && !isCC {
		return "", "", false
	}
	return seen[0].id, seen[1].id, seen[0].id != seen[1].id
}

// zhOrient31a / enOrient31a tell which place is now or before.
var (
	zhOrient31a = []string{"现在", "目前", "如今", "之前", "以前", "原来", "原先", "先前", "上一家", "新", "老家", "辞", "离职", "离开", "走了", "从"}
	enOrient31a = []string{" now", "currently", " before", "previous", "used to", " old ", " new ", " left", " quit", " from ", "earlier", "formerly"}
)
