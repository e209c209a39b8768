package understand

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"bujiao/rules"
)

// fix39a (audit round 30, R30-W2 / R30-W3 / R30-M1): paying has already
// started at the new place. The person's old city paid until some month,
// then (perhaps after months without pay) an employer in another city
// registered them or started paying, or they started a job there:
// "ningbo company registered me on sep 10", "new employer in jiaxing
// registered me oct 20", "started a new job in hangzhou in sep", "9月进了
// 上海的公司开始交了", "上海的公司9月开始给我交", "9月入职了杭州的公司".
//
// The start is read from the sentence's structure: a clause with a word
// of starting (registered, started paying, 入职, 进了…公司, 开始…交) that
// names a city other than one named before it and a month. That month
// ENDS the gap: the employee scheme, a job change across pooling areas,
// the region the new city (unless read36b made the old city the region
// for a day before the move), and the month paying resumed the new job's.
// When the new job's month is the gap's first month, no month went unpaid
// (R30-M1: "shanghai paid thru sep … jiaxing registered me oct 20"): the
// gap is none. A month not after the old place's last is a conflict and
// is left as read; so is a start month still to come.

var (
	// enStart39a: the new place's start, the city in group 1.
	enStart39a = []*regexp.Regexp{
		regexp.MustCompile(`\b([a-z]+)\s+(?:company|employer|firm|job|boss|factory|office|unit|hospital|school|shop|store)\s+(?:\w+\s+){0,2}?(?:registered|regestered|registerd|enrolled|signed|started|began|begun|put|insured|has been paying|pays|paid|is paying)\b`),
		regexp.MustCompile(`\b(?:new|another)\s+(?:job|employer|company|firm|position|work|boss)\s+(?:in|at)\s+([a-z]+)`),
		regexp.MustCompile(`\b(?:employer|company|firm|factory)\s+(?:in|at|from)\s+([a-z]+)\s+(?:\w+\s+){0,2}?(?:registered|regestered|registerd|enrolled|signed|started|began|put|insured|pays|paid|is paying)\b`),
		regexp.MustCompile(`\b(?:started|start|starting|began|begun|got|found|took|joined)\s+(?:a\s+|my\s+|the\s+)?(?:new\s+)?(?:job|work|working|position|employment)\s+(?:in|at)\s+([a-z]+)`),
		regexp.MustCompile(`\b(?:hired|employed|registered|enrolled)\s+(?:me\s+)?(?:by\s+a\s+|by\s+an?\s+|by\s+)?(?:company|employer|firm)?\s*(?:in|at)\s+([a-z]+)`),
	}
	// zhStart39a: the same in Chinese.
	zhStart39a = []*regexp.Regexp{
		regexp.MustCompile(`(?:进了?|进入了?|入职了?|跳槽到了?|跳到了?|去了|到了|换到了?|调到了?)(\p{Han}{2,3}?)(?:的|那边的|这边的)?(?:一家|一个|新)?(?:公司|单位|厂|工厂|企业|医院|学校)`),
		regexp.MustCompile(`(?:在|到|去|来)(\p{Han}{2,3}?)(?:入职|上班了|找了(?:份|个)?(?:新)?工作|开始上班|开始工作)`),
		regexp.MustCompile(`(?:^|[\s,，。;；])(\p{Han}{2,3}?)(?:的|那边的|这边的)?(?:新)?(?:公司|单位|工厂|企业)[^,，。;；\s]{0,10}?(?:开始|给我|帮我)[^,，。;；\s]{0,4}?(?:交|缴|参保|上保险|买|登记)`),
	}
	// A month in the clause: en names, zh digits or numerals.
	enMonth39a = regexp.MustCompile(`\b` + enMonthRe36b)
	zhMonth39a = regexp.MustCompile(`(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?`)
	// clauseEnd39a ends a clause.
	clauseEnd39a = regexp.MustCompile(`[.;!?。；！？]|\s{2,}|[,，]\s*(?:doctor|dentist|surgery|operation|hospital|saw|had|看病|住院|手术|去医院)`)
)

// owedAfter39a: the new employer is told not to pay (arrears, never
// registered): not a start of paying. oldWork39a: the place before is told
// as one paid or worked in, not one lived in.
var (
	owedAfter39a = []string{"owe", "arrear", "not paying", "stopped paying", "hasnt paid", "hasn't paid", "havent paid", "haven't paid",
		"didnt pay", "didn't pay", "never paid", "not paid", "unpaid", "欠", "没给交", "没给我交", "没有给我交", "不给交", "不给我交", "停交", "没给缴", "没给我缴", "不给缴", "没缴", "没交", "断缴", "没给上"}
	oldWork39a = []string{"paid", "pay", "work", "job", "left", "quit", "insur", "employ", "compan", "contribut", "缴", "交", "上班", "工作", "离职", "辞职",
		"公司", "单位", "参保", "社保", "医保"}
)

// start39a is a new place's start: the city, its region, the month (1–12),
// and where its clause starts.
type start39a struct {
	id, city string
	month    int
	at       int
}

// enPaidTo39a / enPaidAfter39a / zhPaidTo39a: the old place paid or the
// person worked up to a month ("paid thru sep", "worked in tianjin till
// end of june", "quit my job in guangzhou after may",
// "成都交到3月份", "在武汉上班到5月底"): that month was paid, the gap
// begins the month after.
var (
	enPaidAfter39a = regexp.MustCompile(`\b(?:quitt?(?:ed)?|left|leaving|stopped working|worked|paid)\b[^.;!?]{0,30}?\bafter\s+(?:the\s+end\s+of\s+)?` + enMonthRe36b)
	enPaidTo39a    = regexp.MustCompile(`\b(?:paid|pay|payed|paying|worked|working|work|employed|insured|covered|contributions?)\b[^.;!?]{0,30}?\b(?:through|thru|until|untill|till|til|to|up to)\s+(?:the\s+)?(?:end\s+of\s+)?` + enMonthRe36b)
	zhPaidTo39a    = regexp.MustCompile(`(?:缴|交|上班|工作|干|做)到了?(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月(?:份)?(?:底)?`)
	// zhFix39a: a month corrected right after the start ("7月入职 不对
	// 是8月").
	zhFix39a = regexp.MustCompile(`^[^,，。;；]{0,24}?(?:不对不对|不对|说错了|记错了|搞错了|打错了|错了|不是)[,，\s]*(?:应该|其实|准确说)?是?(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月`)
)

// paidTo39a is the one month the text before the start names as paid or
// worked to; 0 without one or with two different.
func paidTo39a(prefix string) int {
	n := 0
	for _, m := range append(enPaidTo39a.FindAllStringSubmatch(prefix, -1), enPaidAfter39a.FindAllStringSubmatch(prefix, -1)...) {
		if k := enMonthNum36b(m[1]); n != 0 && k != n {
			return 0
		} else {
			n = k
		}
	}
	for _, m := range zhPaidTo39a.FindAllStringSubmatch(prefix, -1) {
		if k := zhMonthNum39a(m[1]); n != 0 && k != n {
			return 0
		} else {
			n = k
		}
	}
	return n
}

// findStart39a finds the first start clause of s whose city is a region.
func findStart39a(s string, regions RegionMatcher) (start39a, bool) {
	var best start39a
	found := false
	for _, group := range [][]*regexp.Regexp{enStart39a, zhStart39a} {
		zh := len(group) == len(zhStart39a) && group[0] == zhStart39a[0]
		for _, re := range group {
			for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
				city := s[m[2]:m[3]]
				id, ok := regions.MatchRegion(city)
				if !ok || found && m[2] >= best.at {
					continue
				}
				n := clauseMonth39a(s, m[0], m[1], zh)
				if n == 0 || paidToClause44a(s, m[0], m[1], zh) { // read44a.go
					continue
				}
				best, found = start39a{id: id, city: city, month: n, at: m[2]}, true
				break
			}
		}
	}
	return best, found
}

// clauseMonth39a is the month named in the clause around s[lo:hi]: after
// the marker first, then before it; a month told with a day number in zh
// ("9月25号") is a day, still the start's month when next to the marker.
func clauseMonth39a(s string, lo, hi int, zh bool) int {
	start, end := clauseBounds39a(s, lo, hi)
	after, before := s[hi:end], s[start:lo]
	if zh {
		if m := zhFix39a.FindStringSubmatch(s[hi:]); m != nil {
			return zhMonthNum39a(m[1])
		}
		// zh: the month right before the marker ("9月进了上海的公司"),
		// else inside or right after it ("上海的公司9月开始交").
		if ms := zhMonth39a.FindAllStringSubmatchIndex(before, -1); ms != nil {
			if l := ms[len(ms)-1]; len(before)-l[1] <= 12 {
				return zhMonthNum39a(before[l[2]:l[3]])
			}
		}
		if m := zhMonth39a.FindStringSubmatch(s[lo:end]); m != nil {
			return zhMonthNum39a(m[1])
		}
		return 0
	}
	if m := enMonth39a.FindStringSubmatch(after); m != nil {
		return enMonthNum36b(m[1])
	}
	if ms := enMonth39a.FindAllStringSubmatch(before, -1); ms != nil {
		return enMonthNum36b(ms[len(ms)-1][1])
	}
	return 0
}

func zhMonthNum39a(w string) int {
	if n, err := strconv.Atoi(w); err == nil {
		return n
	}
	return zhNumMonth35a[w]
}

// oldCity39a: a place named before the start that is another city.
func oldCity39a(s string, st start39a, regions RegionMatcher) bool {
	prefix := s[:st.at]
	if prefix == "" {
		return false
	}
	id, ok := regions.MatchRegion(prefix)
	if !ok {
		return false
	}
	if strings.Contains(prefix, st.city) {
		return false // the new city told before: not a move told here
	}
	if id != st.id {
		return true
	}
	cc, isCC := regions.(cityCoder)
	if !isCC {
		return false
	}
	a, ok1 := cc.CityCode(prefix)
	b, ok2 := cc.CityCode(st.city)
	return ok1 && ok2 && a != b
}

// newPlaceStart39a applies the reading above to both sets of facts.
func newPlaceStart39a(a *Analysis, s string, regions RegionMatcher, today rules.Date) {
	if regions == nil || hasAny(s, residentWords36b) {
		return
	}
	st, ok := pickStart42a(s, regions) // read42a.go
	if !ok || owedAfter42a(s[st.at:]) || !(oldCity39a(s, st, regions) && hasAny(s[:st.at], oldWork39a) || movedIdle41a(s, st, regions)) {
		return
	}
	cur := today.MonthOf()
	for _, e := range []*Extracted{&a.Extracted, &a.Stated} {
		var since *rules.Month
		if e.Gap != nil && e.Gap.Since != nil {
			since = e.Gap.Since
		}
		m := rules.Month{Year: cur.Year, Month: time.Month(st.month)}
		if p := paidTo39a(s[:st.at]); p > 0 {
			// The old place paid to month p: the gap begins the month
			// after, in the year that puts it at or before the start.
			if m.Since(cur) > 0 {
				m.Year--
			}
			n := rules.Month{Year: m.Year, Month: time.Month(p)}.Add(1)
			if n.Since(m) > 0 {
				n.Year--
			}
			e.Gap, e.GapConflict, e.GapTooLong = &Duration{Since: &n}, false, false
			since = e.Gap.Since
		}
		if since != nil {
			m.Year = since.Year
			if m.Since(*since) < 0 {
				m.Year++
			}
		} else if m.Since(cur) > 0 {
			m.Year--
		}
		if m.Since(cur) > 0 {
			continue // a start still to come
		}
		switch {
		case since != nil && m == *since:
			e.Gap, e.Resumed, e.GapEnded, e.GapConflict = &Duration{Months: 0}, nil, false, false
		case since != nil && m.Since(*since) < 0:
			continue
		default:
			if e.Resumed == nil || m.Since(*e.Resumed) > 0 {
				rm := m
				e.Resumed, e.GapEnded = &rm, true
			}
		}
		jobMovedTo39a(e, st.id)
	}
	markMoved39a(a)
}

// jobMovedTo39a sets e as a job change to an employer in region (the
// region kept where the old city is the one named, GapBeganHere).
func jobMovedTo39a(e *Extracted, region string) {
	if !e.GapBeganHere {
		e.Region = region
	}
	e.Scheme, e.Newborn, e.InWindow = rules.SchemeEmployee, nil, nil
	e.Payer, e.Reason, e.UnitStatus, e.UnitImplied = rules.PayerUnit, rules.ReasonJobChange, "", false
	e.SameCity = false
}

// markMoved39a marks a as a move across cities, told and in all.
func markMoved39a(a *Analysis) {
	a.Moved, a.MovedAcross, a.MovedAll, a.MovedAcrossAll = true, true, true, true
}

// clauseBounds39a are the ends of the clause around s[lo:hi].
func clauseBounds39a(s string, lo, hi int) (start, end int) {
	for _, l := range clauseEnd39a.FindAllStringIndex(s[:lo], -1) {
		start = l[1]
	}
	end = len(s)
	if l := clauseEnd39a.FindStringIndex(s[hi:]); l != nil {
		end = hi + l[0]
	}
	return start, end
}
