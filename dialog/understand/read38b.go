package understand

import (
	"regexp"
	"strings"
)

// Audit round 29, R29-W1 (fix38b): "my shanghai employer paid my insurance
// through may then i quit ... started a new job in changsha aug 1 i was in
// hospital jul 25". The old city is the one whose employer paid
// ("我上海的单位给我交到5月"), read as fix36b reads "left my X job"; the
// new job's start day ("started a new job ... aug 1", "8月1号入职") is no
// day of treatment.

func init() {
	enOld36b = append(enOld36b,
		regexp.MustCompile(`\b(?:my |the |our |a |that )?([a-z]+)\s+(?:employer|employers|company|job|work|boss|firm)\s+(?:paid|payed|had paid|was paying|had been paying|kept paying|covered|contributed)\b`))
	zhOld36b = append(zhOld36b,
		regexp.MustCompile(`(?:^|[,，。\s我])在?(\p{Han}{2,4}?)(?:的)?(?:单位|公司|老板|雇主|工作)(?:给我|帮我|替我|一直)?(?:缴|交|买|上)\S{0,6}?(?:到|至)`))
}

// startWords38b: words telling a job begun, the day after them in the
// same clause being its first day.
var (
	enStart38b = regexp.MustCompile(`\b(?:started|start|starting|began|begin|beginning|joined|hired|onboarded|new job|new employer|new company)\b`)
	zhStart38b = []string{"入职", "上班", "上岗", "报到", "新工作", "新单位", "新公司"}
)

// jobStartDay38b: the day is the first day of a job ("started a new job in
// changsha aug 1", "aug 1 i started my new job", "8月1号入职", "新工作8月1号
// 开始"): a job word within the clause just before it with no word of a
// visit or other day between, or a zh job word right after it.
func jobStartDay38b(s string, d dayAt30c) bool {
	lo := max(0, d.start-48)
	before := s[lo:d.start]
	if k := strings.LastIndexAny(before, ".;?!。；？！,，"); k >= 0 {
		before = before[k+1:]
	}
	if locs := enStart38b.FindAllStringIndex(before, -1); locs != nil {
		between := before[locs[len(locs)-1][1]:]
		if !hasAny(between, treatWords36b) && len(daysIn30c(between)) == 0 && !hasAny(between, []string{" i ", " was ", " had ", " got "}) {
			return true
		}
	}
	if k := strings.LastIndexAny(before, " "); k >= 0 && !strings.ContainsAny(before, "abcdefghijklmnopqrstuvwxyz") {
		before = before[k+1:]
	}
	zb := lastRunes(before, 6)
	if hasAny(zb, zhStart38b) && !hasAny(zb, treatWords36b) {
		return true
	}
	after := cutRunes(s[d.end:], 8)
	if k := strings.IndexAny(after, ".;?!。；？！,，"); k >= 0 {
		after = after[:k]
	}
	if hasAny(after, zhStart38b) && !hasAny(after, treatWords36b) {
		return true
	}
	return hasAny(after, []string{" i started", " i start", " started", " i began", " i joined"})
}
