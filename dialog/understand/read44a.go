package understand

import (
	"regexp"
	"time"

	"bujiao/rules"
)

// fix44a (audit round 32, R32-W1): a move told with no month unpaid
// ("guangzhou employer paid my insurance through june, then shenzhen
// company paid from july, no month missed", "广州交到6月 7月深圳公司接着交
// 中间没断过一个月", "无缝衔接到了深圳的公司").
//
//   - The old place's own clause ("guangzhou employer paid … through june",
//     "广州的公司给我交到6月底") has a word of paying and a month, so
//     read39a took it for the new place's start: a month told right after a
//     word of paying TO (through, until, 到, 至) ends the old place's pay, it
//     starts nothing (paidToClause44a, skipped by findStart39a).
//   - "No month missed" (no month missed, never missed a month, no gap,
//     没断过一个月, 中间没断, 无缝衔接) told with the move, at or after the
//     start or of the time between, is a gap of 0 with the new start month
//     (GapEnded), the form fix41a's rules/movestart41a.go judges the days
//     around; never a gap run to today. Its words are no words of owing
//     ("没断缴") or of being idle ("没断过一个月"). A paid-to month that
//     leaves months between, or a duration of being idle, is a conflict:
//     the reading is left as it was.

var (
	// enNoGap44a / zhNoGap44a: no month went unpaid.
	enNoGap44a = regexp.MustCompile(`\b(?:(?:no|not a|not one|not a single|never a|zero|without a|without any)\s+(?:single\s+)?(?:months?|gaps?|breaks?)(?:\s+(?:was|were))?(?:\s+(?:missed|skipped|unpaid|lost|in between|between))?|(?:never|didnt|didn't|did not|not|without)\s+(?:miss|missed|missing|skip|skipped|skipping)\s+(?:a|one|any|a single|even one)\s+(?:single\s+)?months?|seamless(?:ly)?|back to back|without (?:a |any )?(?:break|interruption)|no interruption)\b`)
	zhNoGap44a = regexp.MustCompile(`(?:中间|期间)?(?:一个月)?(?:都|也)?(?:没有?|未|不)(?:间断|断缴|断保|断交|断|停缴|停交|停|空|落下|漏)过?(?:一个月|一天|过)?|无缝(?:衔接|对接|连接|接上)?|没有?空档|中间(?:都)?接上了?`)
	// zhAskGap44a / enAskGap44a: a question whether there is a gap, not a
	// statement of none.
	zhAskGap44a = regexp.MustCompile(`断没断|停没停|有没有断|是不是断|算不算断|会不会断|没断吧|没断吗|没断呢|没有断吗`)
	// sinceNew44a: the words before the phrase tell of the new place only
	// ("一直没断", "到现在没断", "never missed a month since").
	sinceNew44a = regexp.MustCompile(`(?:一直|到现在|至今|到今天)\s*$`)
	enSince44a  = regexp.MustCompile(`^\s*(?:since|ever since|after that|from then)`)
	askAfter44a = regexp.MustCompile(`^\s*(?:吧|吗|呢|嘛|么|啊)?\s*[?？]|^\s*(?:吗|呢|嘛|么|or not|right\b|对吧|是吧)`)
	// paidToMonth44a: a word of paying to right before a month.
	paidToWord44a = regexp.MustCompile(`(?:到|至|到了|till|until|untill|til|thru|through|up to|to)\s*(?:the\s+)?(?:end\s+of\s+)?$`)
)

// paidToClause44a: the month the start clause around s[lo:hi] names first
// after its marker is one paid or worked TO: the old place's end, no start.
func paidToClause44a(s string, lo, hi int, zh bool) bool {
	_, end := clauseBounds39a(s, lo, hi)
	if zh {
		before := s[max(0, lo-12):lo]
		if zhMonth39a.MatchString(before) {
			return false // "9月进了上海的公司": the month before the marker
		}
		m := zhMonth39a.FindStringIndex(s[lo:end])
		return m != nil && paidToWord44a.MatchString(s[lo:lo+m[0]])
	}
	m := enMonth39a.FindStringIndex(s[hi:end])
	return m != nil && paidToWord44a.MatchString(s[hi:hi+m[0]])
}

// noGapAt44a is where a phrase of no month unpaid starts in s (the
// question forms set aside), and s with those phrases blanked; -1 without.
func noGapAt44a(s string) (int, string) {
	s = zhAskGap44a.ReplaceAllStringFunc(s, blank44a)
	at := -1
	clean := []byte(s)
	for _, re := range []*regexp.Regexp{enNoGap44a, zhNoGap44a} {
		for _, m := range re.FindAllStringIndex(s, -1) {
			if sinceNew44a.MatchString(s[:m[0]]) || enSince44a.MatchString(s[m[1]:]) {
				continue // said of the new place since its start
			}
			if askAfter44a.MatchString(s[m[1]:]) {
				continue // asked, not told
			}
			if at < 0 || m[0] > at {
				at = m[0]
			}
			copy(clean[m[0]:m[1]], blank44a(s[m[0]:m[1]]))
		}
	}
	return at, string(clean)
}

func blank44a(w string) string {
	b := make([]byte, len(w))
	for i := range b {
		b[i] = ' '
	}
	return string(b)
}

// noGapMove44a applies the reading above after moveGap41a (read41a.go).
func noGapMove44a(a *Analysis, s string, regions RegionMatcher, today rules.Date) {
	if regions == nil || hasAny(s, residentWords36b) {
		return
	}
	at, c := noGapAt44a(s)
	if at < 0 {
		return
	}
	st, ok := pickStart42a(c, regions)
	if !ok || !(oldCity39a(c, st, regions) && hasAny(c[:st.at], oldWork39a) || movedIdle41a(c, st, regions)) {
		st, ok = twoCityStart44a(c, regions)
	}
	if !ok || owedAfter42a(c[st.at:]) {
		return
	}
	if clauseStart, _ := clauseBounds39a(c, st.at, st.at); at < clauseStart && !hasAny(s[at:], []string{"中间", "期间", "between", "衔接"}) {
		return // said of the old place's years, before the move
	}
	if idleMonths41a(c) > 0 {
		return // a time without pay told too: a conflict
	}
	cur := today.MonthOf()
	m := rules.Month{Year: cur.Year, Month: time.Month(st.month)}
	if m.Since(cur) > 0 {
		m.Year--
	}
	if p := paidTo39a(c[:st.at]); p > 0 && time.Month(p)%12+1 != m.Month {
		return // months between the old place's last and the start
	}
	for _, e := range []*Extracted{&a.Extracted, &a.Stated} {
		rm := m
		e.Gap, e.Resumed, e.GapEnded, e.GapConflict, e.GapTooLong = &Duration{Months: 0}, &rm, true, false, false
		jobMovedTo39a(e, st.id)
	}
	markMoved39a(a)
}

// A start the markers of read39a / read42a miss, told with no month
// unpaid: "from july the shenzhen employer took over", "7月起深圳公司接着
// 交", "i changed jobs from guangzhou to shenzhen in july". The structure:
// the first city named (the old place), then another city (the new place)
// with a month in its clause — right before it ("7月深圳…", "from july the
// shenzhen …") or after it — that is no month paid TO; without one, the
// month after the old place's paid-to month.

// mention44a is a city named in s: its code and where it starts and ends.
type mention44a struct {
	code    string
	at, end int
}

// secondCity44a is the first city named after the first place in s that
// is another pooling area, found by the matcher itself (its own names and
// segmentation): the earliest word or character start from which the first
// place named is another city, then the shortest text that names it.
func secondCity44a(s string, cc cityCoder) (mention44a, bool) {
	a, ok := cc.CityCode(s)
	if !ok {
		return mention44a{}, false
	}
	var starts []int
	prevLetter := false
	for i, r := range s {
		letter := r < 128 && (r >= 'a' && r <= 'z' || r == '\'')
		if r >= 128 || letter && !prevLetter {
			starts = append(starts, i)
		}
		prevLetter = letter
	}
	starts = append(starts, len(s))
	for n, i := range starts[:len(starts)-1] {
		b, ok := cc.CityCode(s[i:])
		if !ok || b == a {
			continue
		}
		for _, k := range starts[n+1:] {
			if c, ok := cc.CityCode(s[i:k]); !ok || c != b {
				continue
			}
			for j := k - 1; j >= i; j-- {
				if c, ok := cc.CityCode(s[j:k]); ok && c == b {
					return mention44a{b, j, k}, true
				}
			}
		}
		return mention44a{}, false
	}
	return mention44a{}, false
}

// twoCityStart44a is the new place's start read from the two cities named.
func twoCityStart44a(s string, regions RegionMatcher) (start39a, bool) {
	cc, ok := regions.(cityCoder)
	if !ok {
		return start39a{}, false
	}
	b, found := secondCity44a(s, cc)
	if !found {
		return start39a{}, false
	}
	city := s[b.at:b.end]
	id, ok := regions.MatchRegion(city)
	if !ok {
		return start39a{}, false
	}
	start, end := clauseBounds39a(s, b.at, b.end)
	if !hasAny(s[:end], oldWork39a) && !hasAny(s[:b.at], moveWords41a) && !hasAny(s[:b.at], []string{"换", "changed job", "switched job"}) {
		return start39a{}, false
	}
	n := 0
	// A month right before the new city ("7月深圳的公司", "from july the
	// shenzhen employer"), not one paid to.
	before := s[start:b.at]
	for _, re := range []*regexp.Regexp{zhMonth39a, enMonth39a} {
		if l := re.FindAllStringSubmatchIndex(before, -1); l != nil {
			k := l[len(l)-1]
			if len(before)-k[1] <= 12 && !paidToWord44a.MatchString(before[:k[0]]) {
				n = monthAt44a(before, k)
			}
		}
	}
	if n == 0 {
		after := s[b.end:end]
		best := -1
		for _, re := range []*regexp.Regexp{zhMonth39a, enMonth39a} {
			if k := re.FindStringSubmatchIndex(after); k != nil && !paidToWord44a.MatchString(after[:k[0]]) && (best < 0 || k[0] < best) {
				best, n = k[0], monthAt44a(after, k)
			}
		}
	}
	if p := paidTo39a(s[:b.at]); n == 0 && p > 0 {
		n = p%12 + 1
	}
	if n == 0 {
		return start39a{}, false
	}
	return start39a{id: id, city: city, month: n, at: b.at}, true
}

// monthAt44a is the month of a zhMonth39a / enMonth39a match.
func monthAt44a(s string, k []int) int {
	w := s[k[2]:k[3]]
	if n := enMonthNum36b(w); n > 0 {
		return n
	}
	return zhMonthNum39a(w)
}
