package understand

import (
	"strings"

	"bujiao/rules"
)

// A job change inside one city (heldout8: "都是在天津本地", "changed jobs
// inside Guangzhou … same city", "同城换的工作"): no pooling area was
// crossed, so rules.FieldCrossCity is no. A move named between two places
// is read by the place reader instead.

var (
	zhSameCity = []string{"都是在本地", "都在本地", "本地换的", "本地换了", "同城", "同一个城市", "同一座城市", "一个城市里", "同一个地方",
		"没换城市", "没有换城市", "没换地方", "城市没变", "市内换"}
	enSameCity = []string{"same city", "same town", "same place", "inside the city", "within the city", "didnt move",
		"did not move", "didnt change city", "did not change city", "not moved", "havent moved"}
	// "inside Guangzhou", "within Shanghai": a job change in one city.
	enInside = []string{"inside ", "within "}
)

// sameCity reports a job change said to stay in one city.
func (x *extractor) sameCity(e *Extracted) {
	if e.Reason != "" && e.Reason != rules.ReasonJobChange {
		return
	}
	s := x.s
	if (hasAny(s, zhSameCity) || localHere(s)) && !hasAny(s, []string{"不是本地", "不在本地", "外地", "不是同城", "不同城市", "换城市", "跨市", "跨城"}) {
		e.SameCity = true
		return
	}
	if hasAny(s, enSameCity) && !hasAny(s, []string{"not the same city", "not same city", "another city", "different city", "moved to", "moved from"}) {
		e.SameCity = true
		return
	}
	for _, w := range enInside {
		if i := strings.Index(s, "jobs "+w); i >= 0 {
			e.SameCity = true
			return
		}
		if i := strings.Index(s, "job "+w); i >= 0 {
			e.SameCity = true
			return
		}
	}
}

// localHere: "本地" of where the jobs were ("都是在天津本地"), not of a
// hukou or a person ("本地户口", "本地人").
func localHere(s string) bool {
	for k := 0; ; {
		j := strings.Index(s[k:], "本地")
		if j < 0 {
			return false
		}
		k += j + len("本地")
		if !hasPrefixAny(s[k:], []string{"户", "人", "的户", "医保", "社保", "参保"}) {
			return true
		}
	}
}
