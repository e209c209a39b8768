package understand

import (
	"regexp"
	"time"

	"bujiao/rules"
)

// fix41a (h29-move-bj-sh-flex-reg, h29-move-flex-reg-gz-from-sh): a job
// left in one city, then paying as a flexible worker started in another:
// "北京的工作6月份辞了，回上海老家，10月份在上海办了灵活就业开始交医保，中间断了
// 三个多月", "7月离职了，搬来广州，9月份在广州用粤税通办了灵活就业". The region is
// the new city, the payer the person, the month named with the new city's
// registration or first payment ends the gap, and the gap is the duration
// told (中间断了三个多月: 3), else the months between the job's end month and
// that month, else asked.
var (
	zhFlexNew41a   = regexp.MustCompile(`(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?(?:开始)?(?:在|到|去|来)(\p{Han}{2,3}?)(?:那边|这边|当地)?(?:用[^,，。;；\s]{1,6}?)?(?:办了?|办理了?|登记了?|参加了?|按|以)?(?:灵活就业|个体户?)`)
	zhFlexNew41b   = regexp.MustCompile(`(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?(?:开始)?(?:在|到|去|来)(\p{Han}{2,3}?)(?:那边|这边)?自己(?:开始)?(?:交|缴|买)`)
	enFlexNew41a   = regexp.MustCompile(`\b(?:registered|signed up|enrolled|started paying)\s+(?:myself\s+)?(?:as\s+(?:a\s+)?(?:flexible|freelance|self[- ]employed)\s*(?:worker|employee)?\s+)?in\s+([a-z]+)\s+in\s+` + enMonthRe36b)
	zhLeftMonth41a = regexp.MustCompile(`(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?(?:底)?(?:就)?(?:辞职|辞了|离职|离的职|辞的|走的|不干了|裸辞)`)
)

// flexNewCity41a applies the reading above (called from statedLate).
func flexNewCity41a(a *Analysis, s string, regions RegionMatcher, today rules.Date) {
	cc, ok := regions.(cityCoder)
	if regions == nil || !ok {
		return
	}
	month, city, at := 0, "", -1
	if m := zhFlexNew41a.FindStringSubmatchIndex(s); m != nil {
		month, city, at = zhMonthNum39a(s[m[2]:m[3]]), s[m[4]:m[5]], m[0]
	} else if m := zhFlexNew41b.FindStringSubmatchIndex(s); m != nil {
		month, city, at = zhMonthNum39a(s[m[2]:m[3]]), s[m[4]:m[5]], m[0]
	} else if m := enFlexNew41a.FindStringSubmatchIndex(s); m != nil {
		month, city, at = enMonthNum36b(s[m[4]:m[5]]), s[m[2]:m[3]], m[0]
	}
	if month == 0 || at <= 0 {
		return
	}
	id, ok := regions.MatchRegion(city)
	prefix := s[:at]
	oldCode, ok1 := cc.CityCode(prefix)
	newCode, ok2 := cc.CityCode(city)
	if !ok || !ok1 || !ok2 || oldCode == newCode || !hasAny(prefix, oldWork39a) || hasAny(s, residentWords36b) {
		return
	}
	cur := today.MonthOf()
	m := rules.Month{Year: cur.Year, Month: time.Month(month)}
	if m.Since(cur) > 0 {
		m.Year--
	}
	if m.Since(cur) == 0 {
		return // this month: not past
	}
	gap := idleMonths41a(s)
	if gap == 0 {
		if l := zhLeftMonth41a.FindStringSubmatch(prefix); l != nil {
			left := rules.Month{Year: m.Year, Month: time.Month(zhMonthNum39a(l[1]))}
			if left.Since(m) >= 0 {
				left.Year--
			}
			gap = m.Since(left) - 1 // the month left was paid
		}
	}
	for _, e := range []*Extracted{&a.Extracted, &a.Stated} {
		rm := m
		e.Region, e.Scheme, e.Payer = id, rules.SchemeEmployee, rules.PayerIndividual
		if e.Reason == "" || e.Reason == rules.ReasonJobChange {
			e.Reason = rules.ReasonLeftJob
		}
		e.Resumed, e.GapEnded, e.GapConflict, e.GapTooLong = &rm, true, false, false
		e.Gap = nil
		if gap > 0 {
			e.Gap = &Duration{Months: gap}
		}
	}
	a.Moved, a.MovedAcross, a.MovedAll, a.MovedAcrossAll, a.SelfPaidMoved = true, true, true, true, true
}
