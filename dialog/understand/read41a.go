package understand

import (
	"regexp"
	"strconv"
	"time"

	"bujiao/rules"
)

// fix41a: a move whose new place's start was read by newPlaceStart39a
// (read39a.go), with the gap's length told as a duration or not at all.
//
//   - "西安辞职以后在家呆了半年 8月份来温州上班了": the start's own month was
//     read as the gap's first month, so newPlaceStart39a found "no month
//     unpaid". The duration told (在家呆了半年, 断了三个月, uninsured for 5
//     months) is the gap, ended at the start month; with no duration and no
//     month paid to, the gap's length was not told and is asked, never
//     "none".
//   - "深圳交到了6月底 7月入职了上海的公司": a true move with no month unpaid
//     keeps the start month (GapEnded with a gap of 0) so the rules can
//     judge the days around it (rules/movestart41a.go), never "no gap,
//     covered".
//
// The duration is read from the clause's structure: a count of months (or
// 半年 / 一年, "half a year") in a clause with a word of being without pay,
// work or insurance (断, 停, 空, 没交, 在家, 呆, 歇, without, uninsured,
// gap …); two different counts are a conflict and leave the reading as it
// was.

var (
	zhDurNum41a  = `(\d{1,2}|十[一二]?|[一二两三四五六七八九])`
	zhDur41a     = regexp.MustCompile(`(?:` + zhDurNum41a + `\s*个\s*多?\s*月|(半)\s*年|([一1])\s*年(?:多)?|` + zhDurNum41a + `\s*月份?(?:左右)?(?:没|都没|一直没))`)
	enDurNum41a  = `(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`
	enDur41a     = regexp.MustCompile(`\b(?:` + enDurNum41a + `\s*(?:\+\s*)?(?:full\s+)?months?\b|(half)\s+a\s+year\b|(a|one)\s+year\b)`)
	idleWords41a = []string{"断", "停", "空", "没交", "没缴", "没上", "没工作", "没有工作", "没上班", "在家", "呆", "待业", "歇", "闲", "休息", "无业",
		"without", "uninsured", "no insurance", "not insured", "nothing paid", "no job", "unemployed", "gap", "between", "off work",
		"didnt pay", "didn't pay", "not paying", "no coverage", "unpaid", "lapsed", "lapse",
		"stayed home", "at home", "not working", "no work", "time off", "a break", "took off"}
	workWords41a = []string{"上班了", "工作了", "干了", "做了", "交了", "缴了", "worked for", "been working", "paid for", "contributed for"}
	enNums41a    = map[string]int{"one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
		"ten": 10, "eleven": 11, "twelve": 12}
	clauseCut41a   = regexp.MustCompile(`[.;!?。；！？,，]|\s{2,}`)
	zhClauseCut41a = regexp.MustCompile(`[.;!?。；！？,，\s]`)
)

// idleMonths41a is the one gap duration told in s (0 without one, or with
// two different).
func idleMonths41a(s string) int {
	n := 0
	add := func(k, lo, hi int, cut *regexp.Regexp) bool {
		if k <= 0 || k > 24 {
			return true
		}
		c := clauseAt41a(s, lo, hi, cut)
		if !hasAny(c, idleWords41a) || hasAny(s[max(0, lo-12):lo], workWords41a) {
			return true // no word of being without, or the time worked
		}
		if n != 0 && n != k {
			n = -1
			return false
		}
		n = k
		return true
	}
	for _, m := range zhDur41a.FindAllStringSubmatchIndex(s, -1) {
		k := 0
		switch {
		case m[2] >= 0:
			k = zhCount41a(s[m[2]:m[3]])
		case m[4] >= 0:
			k = 6
		case m[6] >= 0:
			k = 12
		case m[8] >= 0:
			continue // "8月份没交": a month named, not a count
		}
		if !add(k, m[0], m[1], zhClauseCut41a) {
			return 0
		}
	}
	for _, m := range enDur41a.FindAllStringSubmatchIndex(s, -1) {
		k := 0
		switch {
		case m[2] >= 0:
			k = enCount41a(s[m[2]:m[3]])
		case m[4] >= 0:
			k = 6
		case m[6] >= 0:
			k = 12
		}
		if !add(k, m[0], m[1], clauseCut41a) {
			return 0
		}
	}
	return max(n, 0)
}

// clauseAt41a is the clause around s[lo:hi].
func clauseAt41a(s string, lo, hi int, cut *regexp.Regexp) string {
	start := 0
	for _, l := range cut.FindAllStringIndex(s[:lo], -1) {
		start = l[1]
	}
	end := len(s)
	if l := cut.FindStringIndex(s[hi:]); l != nil {
		end = hi + l[0]
	}
	return s[start:end]
}

func zhCount41a(w string) int {
	if n, err := strconv.Atoi(w); err == nil {
		return n
	}
	if w == "两" {
		return 2
	}
	return zhNumMonth35a[w]
}

func enCount41a(w string) int {
	if n, err := strconv.Atoi(w); err == nil {
		return n
	}
	return enNums41a[w]
}

// moveWords41a: a move told as one ("beijing to guangzhou move", "搬到",
// "relocated").
var moveWords41a = []string{"move", "moving", "relocat", "搬", "调到", "转到"}

// movedIdle41a: the place before the start is told as moved from, not as
// worked or paid in, with time without insurance told: "Beijing to
// Guangzhou move. My Guangzhou employer began contributions in July. I was
// uninsured for 5 months before that" — insured before, so a move between
// pooling areas (read39a.go asks for a word of work or pay otherwise).
func movedIdle41a(s string, st start39a, regions RegionMatcher) bool {
	prefix := s[:st.at]
	if !hasAny(prefix, moveWords41a) || idleMonths41a(s) <= 0 {
		return false
	}
	// The first city told before the start is another city ("beijing to
	// guangzhou move", "从成都搬到杭州"): the new city may be told too.
	cc, ok := regions.(cityCoder)
	if !ok {
		return false
	}
	a, ok1 := cc.CityCode(prefix)
	b, ok2 := cc.CityCode(st.city)
	return ok1 && ok2 && a != b
}

// moveGap41a applies the reading above after newPlaceStart39a.
func moveGap41a(a *Analysis, s string, regions RegionMatcher, today rules.Date) {
	if regions == nil || !a.MovedAcross || hasAny(s, residentWords36b) {
		return
	}
	st, ok := pickStart42a(s, regions) // read42a.go: the same start read39a took
	if !ok || owedAfter42a(s[st.at:]) || !(oldCity39a(s, st, regions) && hasAny(s[:st.at], oldWork39a) || movedIdle41a(s, st, regions)) {
		return
	}
	cur := today.MonthOf()
	m := rules.Month{Year: cur.Year, Month: time.Month(st.month)}
	if m.Since(cur) > 0 {
		m.Year--
	}
	paidTo := paidTo39a(s[:st.at])
	n := idleMonths41a(s)
	for _, e := range []*Extracted{&a.Extracted, &a.Stated} {
		rm := m
		if e.Gap == nil && e.Resumed != nil && *e.Resumed == m && n > 0 && paidTo == 0 {
			// The start read, the gap's length not: the duration told.
			e.Gap = &Duration{Months: n}
			continue
		}
		if e.Gap == nil || e.Gap.Months != 0 || e.Gap.Since != nil || e.Resumed != nil {
			continue // not read as "no month unpaid"
		}
		switch {
		case n > 0 && paidTo == 0:
			// "在家呆了半年 8月份来温州上班了": the duration is the gap.
			e.Gap, e.Resumed, e.GapEnded = &Duration{Months: n}, &rm, true
		case paidTo > 0 && n == 0:
			// Paid to the month before the start: no month unpaid; the
			// start month stays for the days around it.
			e.Resumed, e.GapEnded = &rm, true
		default:
			// The start's own month was read as the gap's first: its
			// length was not told (or disagrees): asked.
			e.Gap, e.Resumed, e.GapEnded = nil, &rm, true
		}
	}
}
