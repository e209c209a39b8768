package understand

import "strings"

// RegionMatcher finds a region named in text (knowledge.Base satisfies it:
// aliases like 沪, 杭州→zhejiang, 深圳→guangdong, Shanghai).
type RegionMatcher interface {
	MatchRegion(text string) (id string, ok bool)
}

// zhMovedTo and enMovedTo come right before the place someone moved to:
// "从北京搬到上海", "moved from Beijing to Shanghai". The place after them
// is where they are insured now; the one before is where they were.
var zhMovedTo = []string{"搬到了", "搬到", "搬去了", "搬去", "搬来了", "搬来", "迁到", "迁往", "迁去", "转到了", "转到",
	"调到了", "调到", "调去", "来到了", "来到", "换到了", "换到", "去了", "回到", "回了", "到了", "现在在", "目前在", "现在人在"}
var enMovedTo = []string{"moved to", "move to", "moving to", "relocated to", "relocating to", "transferred to",
	"went to", "came to", "now in", "now live in", "now living in", "now work in", "now working in", "now based in",
	"i live in now", "back to"}

// region is the region the message names. When it says the person moved
// ("从北京搬到上海"), the place moved to counts, and moved is set: their
// record has to follow them (转移接续).
func (x *extractor) region(regions RegionMatcher) (id string, moved bool) {
	s := x.s
	if at, size := lastMarker(s, zhMovedTo, enMovedTo); at >= 0 {
		if id, ok := regions.MatchRegion(s[at+size:]); ok {
			_, before := regions.MatchRegion(s[:at])
			m := s[at : at+size]
			movingVerb := strings.ContainsAny(m, "搬迁") || strings.HasPrefix(m, "mov") || strings.HasPrefix(m, "reloc")
			return id, before || movingVerb
		}
	}
	if i := strings.Index(s, "from "); i >= 0 {
		// "from Beijing to Shanghai" without a verb of moving.
		if j := strings.Index(s[i:], " to "); j >= 0 {
			if id, ok := regions.MatchRegion(s[i+j+4:]); ok {
				_, before := regions.MatchRegion(s[i : i+j])
				if before || strings.Contains(s[:i], "mov") || strings.Contains(s[:i], "reloc") {
					return id, true
				}
			}
		}
	}
	if id, ok := regions.MatchRegion(s); ok {
		return id, false
	}
	return "", false
}

// lastMarker finds the last of the markers in s.
func lastMarker(s string, zh, en []string) (at, size int) {
	at = -1
	for _, m := range zh {
		if i := strings.LastIndex(s, m); i > at {
			at, size = i, len(m)
		}
	}
	for _, m := range en {
		if i := strings.LastIndex(s, m); i > at && (i == 0 || !isAlnum(s[i-1])) {
			at, size = i, len(m)
		}
	}
	return at, size
}
