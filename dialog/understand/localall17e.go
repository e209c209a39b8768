package understand

import (
	"strings"

	"bujiao/rules"
)

// Years told as all paid in the person's place (heldout8: "交了二十年职工医保
// 都在广州交的", "paid employee insurance 24 years, all in Guangzhou", "都在上海"
// at "how many of them here?"): the local years are all the years paid.

var (
	zhAllIn   = []string{"都是在", "全都在", "全部在", "都在", "全在", "全是在", "全部都在", "全是"}
	zhHere    = []string{"这边", "这里", "本地", "当地", "这儿", "这"}
	enAllIn   = []string{"all in ", "all paid in ", "all of them in ", "all of it in ", "all spent in ", "every year in "}
	enAllHere = []string{"all here", "all local", "all of them here", "all paid here", "all in this city"}
)

// allLocal sets AllLocal, and the local years with years paid, when the
// years are told as all paid where the person is.
func (x *extractor) allLocal(e *Extracted, regions RegionMatcher) {
	if e.LocalYearsPaid != nil || e.YearsPaid == nil && x.expecting != rules.FieldLocalYearsPaid {
		// Local years read already, or no years to be local.
		return
	}
	here := func(place string) bool {
		if place == "" {
			return false
		}
		if hasAny(place, zhHere) && len([]rune(place)) <= 2 {
			return true
		}
		id, ok := regions.MatchRegion(place)
		return ok && (e.Region == "" || id == e.Region)
	}
	s := x.s
	found := false
	for _, w := range zhAllIn {
		i := strings.Index(s, w)
		if i < 0 {
			continue
		}
		place := cutRunes(s[i+len(w):], 6)
		if k := firstIndexAny(place, []string{"缴", "参保", "的", " ", ",", "买", "上班", "工作"}); k >= 0 {
			place = place[:k]
		}
		if here(place) {
			found = true
			break
		}
	}
	if !found && hasAny(s, enAllHere) {
		found = true
	}
	for _, w := range enAllIn {
		if found {
			break
		}
		i := strings.Index(s, w)
		if i < 0 || i > 0 && isAlnum(s[i-1]) {
			continue
		}
		place := s[i+len(w):]
		if k := strings.IndexAny(place, ",.;"); k >= 0 {
			place = place[:k]
		}
		place = strings.TrimSpace(place)
		if len(place) > 0 && len(place) <= 20 && here(place) {
			found = true
		}
	}
	if !found {
		return
	}
	e.AllLocal = true
	if e.YearsPaid != nil && e.LocalYearsPaid == nil {
		d := *e.YearsPaid
		e.LocalYearsPaid = &d
	}
}

// paidEveryYear: at "how many full years without cover?", every year paid
// ("我去年今年都交了的", "年年都交", "paid every year") is none.
func (x *extractor) paidEveryYear(e *Extracted) {
	if x.expecting != rules.FieldBrokenYears || e.Number != nil || e.Gap != nil || e.Yes || e.No {
		return
	}
	if hasAny(x.s, []string{"都缴了", "每年都缴", "年年都缴", "一直都缴", "一直在缴", "都缴上了", "从没断", "没断过"}) &&
		!hasAny(x.s, []string{"没缴", "没有缴", "没都缴", "不是都缴", "吗"}) ||
		hasAny(x.s, []string{"paid every year", "paid each year", "never missed a year", "paid both years", "paid all the years"}) {
		e.No = true
	}
}
