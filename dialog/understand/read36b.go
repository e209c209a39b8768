package understand

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"bujiao/rules"
)

// fix36b (audit round 28, R28-W4 / R28-M1): a move between cities, told as
// the city the gap began in and the city of the new job, and a day
// corrected in the message that told it.
//
//   - "left my shanghai job …, started in guangzhou nov 1", "worked in
//     shanghai, paid through july … started a job in wuhan oct 1", "之前在
//     上海交的 … 11月1号来广州上班": the first city is the old one (the gap
//     began there), the second the new one. When the day asked about lies
//     before the month the new job began, it is in the gap the old city's
//     rules answer: the region is the old city and GapBeganHere is set
//     (rules/oldcity35c.go: the stop day is the old city's own; the
//     restart the new city's, rules/oldcity36b.go). The move is across
//     pooling areas; a new job makes it a job change in the employee
//     scheme, and the month it started ends the gap. Otherwise (no day
//     asked, a day after the move, an old city with no sources of its
//     own) the region is the new city, as read before.
//   - "sep 10 - sorry no, sep 20", "9月10号 不对 是20号", "oct 3, i mean
//     oct 5": the second day replaces the first.

// A day and its correction.
var (
	enDay36b    = `(?:` + enMonthRe36b + `\.?\s*(\d{1,2})(?:st|nd|rd|th)?\b|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + enMonthRe36b + `|(\d{1,2})/(\d{1,2})\b)`
	enDayFix36b = regexp.MustCompile(`(?i)\b` + enDay36b +
		`([\s,.!;:\x{2014}\x{2013}-]*(?:sorry[\s,]*no|no no|no wait|sorry|wait|oops|correction|i mean|i meant|make that|actually|no)[\s,.!;:\x{2014}\x{2013}-]*(?:it'?s|it was|its|rather|on|the)?\s*)` +
		`(?:` + enDay36b + `|(\d{1,2})(?:st|nd|rd|th)?\b)`)
	zhDay36b    = `(?:(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?)`
	zhDayNum36b = `(3[01]|[12][0-9]|[1-9]|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[号日]`
	zhDayFix36b = regexp.MustCompile(zhDay36b + zhDayNum36b +
		`([^\d月号日]{0,8}?[\s，,。.、！!]*(?:哦不对|噢不对|啊不对|哦不|噢不|不对不对|不对|不是不是|说错了|搞错了|记错了|打错了|错了|更正一下|更正)[\s，,。.、！!]*(?:其实是|应该是|准确说是|是)?\s*)` +
		zhDay36b + `?` + zhDayNum36b)
)

const enMonthRe36b = `(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b`

// fixDays36b rewrites a day corrected within the message to the corrected
// one; it reports whether it did. A bare number after the correction word
// is the day of the first day's month ("sep 10, no, 20"), never a count
// ("oct 1, sorry, 2 months").
func fixDays36b(s string) (string, bool) {
	fixed := false
	e := replaceFunc36b(enDayFix36b, s, func(g []string, rest string) (string, bool) {
		// groups: 1 mon,2 day | 3 day,4 mon | 5 m,6 d | 7 sep | 8 mon,9 day | 10 day,11 mon | 12 m,13 d | 14 bare day
		if g[14] != "" {
			if unitNext36b(rest) {
				return "", false
			}
			switch {
			case g[1] != "":
				return g[1] + " " + g[14], true
			case g[4] != "":
				return g[14] + " " + g[4], true
			default:
				return g[5] + "/" + g[14], true
			}
		}
		for _, i := range []int{8, 10, 12} {
			if g[i] != "" {
				switch i {
				case 8:
					return g[8] + " " + g[9], true
				case 10:
					return g[10] + " " + g[11], true
				default:
					return g[12] + "/" + g[13], true
				}
			}
		}
		return "", false
	})
	fixed = e != s
	s = e
	z := replaceFunc36b(zhDayFix36b, s, func(g []string, _ string) (string, bool) {
		// groups: 1 month, 2 day, 3 words, 4 month?, 5 day
		if g[4] != "" {
			return g[4] + "月" + g[5] + "号", true
		}
		return g[1] + "月" + g[5] + "号", true
	})
	return z, fixed || z != s
}

// replaceFunc36b replaces each match of re for which f says so.
func replaceFunc36b(re *regexp.Regexp, s string, f func(g []string, rest string) (string, bool)) string {
	var out strings.Builder
	last := 0
	for _, loc := range re.FindAllStringSubmatchIndex(s, -1) {
		g := make([]string, len(loc)/2)
		for i := range g {
			if loc[2*i] >= 0 {
				g[i] = s[loc[2*i]:loc[2*i+1]]
			}
		}
		r, ok := f(g, s[loc[1]:])
		if !ok {
			continue
		}
		out.WriteString(s[last:loc[0]])
		out.WriteString(r)
		last = loc[1]
	}
	out.WriteString(s[last:])
	return out.String()
}

// unitNext36b: a count follows ("2 months"), not a day.
func unitNext36b(rest string) bool {
	r := strings.ToLower(strings.TrimLeft(rest, " "))
	return hasPrefixAny(r, []string{"month", "year", "yr", "day", "week", "mo ", "hour", "time", "k", "%", "元", "yuan", "rmb"})
}

// The old city and the new one. The place is the word right after the
// marker (en) or the characters up to the word that follows it (zh).
var (
	enOld36b = []*regexp.Regexp{
		regexp.MustCompile(`\b(?:left|quit|lost)\s+(?:my |the |a |our |that )?([a-z]+)\s+(?:job|work|company|employer|position)`),
		regexp.MustCompile(`\b(?:worked|was working|used to work|was employed|was insured|insured|was paying|paid|was)\s+(?:in|at)\s+([a-z]+)`),
		regexp.MustCompile(`\b(?:my |the |a |our )?([a-z]+)\s+(?:job|company|employer)\s+(?:ended|finished|stopped|was over|let me go|closed)`),
		regexp.MustCompile(`\b([a-z]+)\s+(?:paid|was paid|contributions? paid)\s+(?:through|thru|until|till|up to|to)\b`),
		regexp.MustCompile(`\b(?:moved|relocated|came|transferred)\s+from\s+([a-z]+)`),
	}
	enNew36b = []*regexp.Regexp{
		regexp.MustCompile(`\b(?:started|began|got|found|took|joined|start|starting)(?:\s+(?:a|my|the|at|working|work|new|job|position|company|employer|firm))*\s+(?:in|at)\s+([a-z]+)`),
		regexp.MustCompile(`\b(?:new job|new employer|new company|new position)\s+(?:in|at)\s+([a-z]+)`),
		regexp.MustCompile(`\b(?:moved|relocated|went|came|transferred)\s+(?:over\s+)?to\s+([a-z]+)`),
	}
	zhOld36b = []*regexp.Regexp{
		regexp.MustCompile(`(?:之前|以前|原来|原先|本来|先前|早先)在(\p{Han}{2,4}?)(?:缴|交|上班|工作|参保|的|打工)`),
		regexp.MustCompile(`在(\p{Han}{2,4}?)(?:缴到|交到|上班到|工作到|干到)`),
		regexp.MustCompile(`(?:^|[,，。\s])(\p{Han}{2,4}?)(?:的)?(?:工作|公司|单位)(?:\S{0,6}?)(?:离职|辞职|辞了|没了|倒闭|结束)`),
		regexp.MustCompile(`从(\p{Han}{2,4}?)(?:辞职|离职|调|搬|来|去|到|跳槽)`),
	}
	zhNew36b = []*regexp.Regexp{
		regexp.MustCompile(`(?:来|到|去|在)(\p{Han}{2,4}?)(?:上班|工作|入职|找了|新公司|新单位|新工作|参保|打工)`),
		regexp.MustCompile(`(?:入职|调到|搬到|来到|去了|到了)(\p{Han}{2,4}?)(?:的|新|公司|单位|[,，。\s]|$)`),
	}
	// jobWords36b: the move is told with a job.
	enJobWords36b = []string{"job", "work", "employer", "company", "hired", "position"}
	zhJobWords36b = []string{"上班", "工作", "入职", "公司", "单位", "离职", "辞职"}
	// residentWords36b: the resident scheme named; left alone.
	residentWords36b = []string{"resident", "居民", "城乡", "新农合", "农合", "student", "学生"}
)

// cityAt36b is the first place a marker names in s, with where it ends.
func cityAt36b(s string, res []*regexp.Regexp, regions RegionMatcher) (id, city string, end int, ok bool) {
	best := -1
	for _, re := range res {
		for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
			w := s[m[2]:m[3]]
			r, found := regions.MatchRegion(w)
			if !found || best >= 0 && m[2] >= best {
				continue
			}
			best, id, city, end, ok = m[2], r, w, m[3], true
			break
		}
	}
	return id, city, end, ok
}

// oldNewCity36b reads the old city and the new one (see above).
func oldNewCity36b(a *Analysis, s string, regions RegionMatcher) {
	if regions == nil || a.Extracted.Scheme == rules.SchemeResident && hasAny(s, residentWords36b) || hasAny(s, residentWords36b) {
		return
	}
	oldID, oldCity, _, okOld := cityAt36b(s, enOld36b, regions)
	if id, c, _, ok := cityAt36b(s, zhOld36b, regions); ok && !okOld {
		oldID, oldCity, okOld = id, c, true
	}
	newID, newCity, newEnd, okNew := cityAt36b(s, enNew36b, regions)
	if id, c, e, ok := cityAt36b(s, zhNew36b, regions); ok && !okNew {
		newID, newCity, newEnd, okNew = id, c, e, true
	}
	if !okOld || !okNew || oldCity == newCity {
		return
	}
	if oldID == newID {
		cc, isCC := regions.(cityCoder)
		if !isCC {
			return
		}
		a1, ok1 := cc.CityCode(oldCity)
		b1, ok2 := cc.CityCode(newCity)
		if !ok1 || !ok2 || a1 == b1 {
			return
		}
	}
	job := hasAny(s, enJobWords36b) || hasAny(s, zhJobWords36b)
	resumed := newJobMonth36b(s, newEnd, a.Extracted.Gap)
	tr := a.Stated.Treatment
	if tr == nil || resumed == nil || tr.MonthOf().Since(*resumed) >= 0 || oldID == "national" {
		// Only a day asked about before the new job began lies in the
		// gap the old city's rules answer; otherwise the region is the
		// new city, as read before.
		return
	}
	for _, e := range []*Extracted{&a.Extracted, &a.Stated} {
		e.Region, e.GapBeganHere = oldID, true
		if !job {
			continue
		}
		if e.Scheme == "" || e.Scheme == rules.SchemeResident {
			e.Scheme, e.Newborn, e.InWindow = rules.SchemeEmployee, nil, nil
		}
		if e.Payer == "" && (e.Reason == "" || e.Reason == rules.ReasonLeftJob) {
			e.Payer, e.Reason = rules.PayerUnit, rules.ReasonJobChange
		}
		if resumed != nil && (e.Resumed == nil || resumed.Since(*e.Resumed) > 0) {
			m := *resumed
			e.Resumed, e.GapEnded = &m, true
		}
	}
	a.Moved, a.MovedAcross, a.MovedAll, a.MovedAcrossAll = true, true, true, true
}

// newJobMonth36b is the month named right after the new city ("started in
// guangzhou nov 1") or right before it in its clause ("11月1号来广州上班"),
// in the year that follows the gap's first month; nil without one.
func newJobMonth36b(s string, end int, gap *Duration) *rules.Month {
	if gap == nil || gap.Since == nil {
		return nil
	}
	n := 0
	after := s[end:]
	if len(after) > 20 {
		after = after[:20]
	}
	if m := enJobMonth36b.FindStringSubmatch(after); m != nil {
		n = enMonthNum36b(m[1])
	} else {
		before := s[:end]
		if i := strings.LastIndexAny(before, ",，。"); i >= 0 {
			before = before[i+1:]
		}
		if m := zhJobMonth36b.FindStringSubmatch(before); m != nil {
			n, _ = strconv.Atoi(m[1])
		}
	}
	if n < 1 {
		return nil
	}
	m := rules.Month{Year: gap.Since.Year, Month: time.Month(n)}
	if m.Since(*gap.Since) < 0 {
		m.Year++
	}
	if m.Since(*gap.Since) < 1 {
		return nil
	}
	return &m
}

var (
	enJobMonth36b = regexp.MustCompile(`^\s*(?:on |from |in |since |starting )?` + enMonthRe36b)
	zhJobMonth36b = regexp.MustCompile(`^\s*(1[0-2]|[1-9])月`)
)

func enMonthNum36b(w string) int {
	for i, m := range []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if strings.HasPrefix(w, m) {
			return i + 1
		}
	}
	return 0
}
