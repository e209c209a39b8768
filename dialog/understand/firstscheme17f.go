package understand

import "strings"

// Someone who has never been insured names the scheme they want to join
// inside their question ("一直没参过医保 现在能给她办居民医保吗", "现在想自己
// 交职工医保第一次要怎么弄", "never enrolled, can I join the resident
// scheme?"): there is no other scheme it could be, so the scheme (and a
// payer said with it) is theirs, not only asked about (heldout9).
func firstScheme(a *Analysis) {
	if !a.Extracted.FirstEnrolment && !a.Stated.FirstEnrolment {
		return
	}
	if a.Stated.Scheme == "" && a.Extracted.Scheme != "" {
		a.Stated.Scheme = a.Extracted.Scheme
	}
	if a.Stated.Payer == "" && a.Extracted.Payer != "" {
		a.Stated.Payer = a.Extracted.Payer
	}
	a.Stated.FirstEnrolment = true
	firstWantsEmployee24a(a) // firstscheme24a.go
}

// neverInsuredMore: never insured, told with a place or a pause between
// the words ("从来没在大陆参过医保", "可以买居民医保吗 之前从来冇买过"):
// "从来没/从没/从来冇" and, within a few characters, a verb of joining
// with 过, the insurance named after it or not long before.
func neverInsuredMore(s string) bool {
	for _, nv := range []string{"从来没有", "从来没", "从没", "从来冇", "从未", "一直没"} {
		for k := 0; ; {
			j := strings.Index(s[k:], nv)
			if j < 0 {
				break
			}
			i := k + j
			k = i + len(nv)
			if gapJustBefore(s[:i]) || hasAny(s[:i], []string{"是不是", "有没有"}) {
				continue
			}
			after := cutRunes(s[k:], 8)
			v := -1
			for _, w := range []string{"参过", "买过", "缴过", "参加过", "上过", "办过", "参保过"} {
				if p := strings.Index(after, w); p >= 0 && (v < 0 || p < v) {
					v = p
				}
			}
			// "公司从来没给我上过社保": an employer that never enrolled
			// anyone, not a person who never joined.
			if v < 0 || strings.ContainsAny(after[:v], "断停欠月年给帮替") || hasAny(lastRunes(s[:i], 6), zhShutUnits) {
				continue
			}
			if hasAny(cutRunes(s[k+v:], 10), zhInsurance) {
				return true
			}
			if before := lastRunes(s[:i], 14); hasAny(before, zhInsurance) && !strings.ContainsAny(before, "断停欠") {
				return true
			}
		}
	}
	return false
}
