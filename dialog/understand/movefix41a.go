package understand

import "regexp"

// fix41a (h29-move-gz-fs-correction's family): a move whose new city is
// corrected halfway ("我从广州换到深圳上班，断了一个月。哦不对，是佛山不是深圳"):
// the correction replaces the new city (places.go: corrected), and the move
// stays a move across cities when the city corrected to is still another
// city than the one left. Before, the correction dropped the move and the
// chat asked whether the new job was in another city.
var correctAt41a = regexp.MustCompile(`哦?不对|说错了|搞错了|记错了|打错了|\bsorry\b|\bi mean[t]?\b|\bcorrection\b|\bactually\b`)

// moveTo41a: a move to a new place told ("换到深圳上班", "调到", "moved to").
var moveTo41a = []string{"换到", "搬到", "调到", "跳槽到", "跳到", "转到", "去了", "来了", "moved to", "relocated to", "transferred to", "switched to"}

// enFromTo41a: "from guangzhou to shenzhen", "moved guangzhou to shenzhen".
var enFromTo41a = regexp.MustCompile(`\bfrom\s+([a-z]+)\s+to\s+([a-z]+)`)

func moveCorrected41a(a *Analysis, s string, regions RegionMatcher) {
	cc, ok := regions.(cityCoder)
	if regions == nil || !ok || a.MovedAcross {
		return
	}
	if _, ok := corrected(s, regions); !ok {
		return
	}
	loc := correctAt41a.FindStringIndex(s)
	if loc == nil || loc[0] == 0 {
		return
	}
	before, after := s[:loc[0]], s[loc[1]:]
	if !hasAny(before, moveTo41a) && enFromTo41a.FindStringIndex(before) == nil || !hasAny(before, oldWork39a) && !hasAny(before, []string{"跳槽", "换工作", "new job"}) {
		return // not a move to a new job told
	}
	oldCode, ok1 := cc.CityCode(before)
	newCode, ok2 := cc.CityCode(after)
	if !ok1 || !ok2 || oldCode == newCode {
		return
	}
	a.Moved, a.MovedAcross, a.MovedAll, a.MovedAcrossAll = true, true, true, true
	a.Extracted.SameCity, a.Stated.SameCity = false, false
}
