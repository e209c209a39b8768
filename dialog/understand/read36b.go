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
		`([^\d月号日，,。.、！!\s]{0,8})([\s，,。.、！!]*(?:哦不对|噢不对|啊不对|哦不|噢不|不对不对|不对|不是不是|说错了|搞错了|记错了|打错了|错了|更正一下|更正)[\s，,。.、！!]*(?:其实是|应该是|准确说是|是)?\s*)` +
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
		// groups: 1 month, 2 day, 3 words between (kept), 4 the
		// correction, 5 month?, 6 day
		if g[5] != "" {
			return g[5] + "月" + g[6] + "号" + g[3], true
		}
		return g[1] + "月" + g[6] + "号" + g[3], true
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
		regexp.MustCompile(`\b(?:left|lfet|leftt|leaving|quit|quitted|quite|lost)\s+(?:my |the |a |our |that )?([a-z]+)\s+(?:job|jobs|work|company|employer|position)`),
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
		regexp.MustCompile(`(?:来|到|去|在)([^\P{Han}在从到的]\p{Han}{1,3}?)(?:上班|工作|入职|找了|新公司|新单位|新工作|参保|打工)`),
		regexp.MustCompile(`(?:入职|调到|搬到|来到|去了|到了)([^\P{Han}在从的]\p{Han}{1,3}?)(?:的|新|公司|单位|上班|工作|[,，。\s]|$)`),
	}
	// jobWords36b: the move is told with a job.
	enJobWords36b = []string{"job", "work", "employer", "company", "hired", "position"}
	zhJobWords36b = []string{"上班", "工作", "入职", "公司", "单位", "离职", "辞职"}
	// residentWords36b: the resident scheme named; left alone.
	residentWords36b = []string{"resident", "居民", "城乡", "新农合", "农合", "student", "学生"}
)

// place36b is a place a marker names: its region, its words, where the
// marker starts, and where the place starts and ends.
type place36b struct {
	id, city       string
	at, start, end int
}

// cityAt36b is the first place a marker names in s, leaving out a place
// that starts at skip (the old city's, read again as a new one).
func cityAt36b(s string, res []*regexp.Regexp, regions RegionMatcher, skip int) (place36b, bool) {
	var best place36b
	found := false
	for _, re := range res {
		for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
			w := s[m[2]:m[3]]
			r, ok := regions.MatchRegion(w)
			if !ok || m[2] == skip || found && m[2] >= best.start {
				continue
			}
			best, found = place36b{id: r, city: w, at: m[0], start: m[2], end: m[3]}, true
			break
		}
	}
	return best, found
}

// oldNewCity36b reads the old city and the new one (see above).
func oldNewCity36b(a *Analysis, s string, regions RegionMatcher) {
	if regions == nil || a.Extracted.Scheme == rules.SchemeResident && hasAny(s, residentWords36b) || hasAny(s, residentWords36b) {
		return
	}
	old, okOld := cityAt36b(s, enOld36b, regions, -1)
	if p, ok := cityAt36b(s, zhOld36b, regions, -1); ok && !okOld {
		old, okOld = p, true
	}
	if !okOld {
		return
	}
	nw, okNew := cityAt36b(s, enNew36b, regions, old.start)
	if p, ok := cityAt36b(s, zhNew36b, regions, old.start); ok && !okNew {
		nw, okNew = p, true
	}
	if !okNew || old.city == nw.city {
		return
	}
	oldID, oldCity, newID, newCity := old.id, old.city, nw.id, nw.city
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
	jobDay, jobAt := newJobDay36b(s, nw)
	tr := a.Stated.Treatment
	if tr == nil {
		tr = a.Extracted.Treatment // asked about: "10月12号看病能报吗"
	}
	if tr != nil && jobAt >= 0 && int(tr.Month) == jobDay.Month && tr.Day == jobDay.Day {
		// The day read as the treatment is the new job's ("started in
		// guangzhou nov 1 mri oct 12"): the day told with a visit is.
		tr = visitDay36b(s, jobAt, *tr)
	}
	resumed := newJobMonth36b(jobDay.Month, a.Extracted.Gap, tr)
	if tr == nil || resumed == nil || tr.MonthOf().Since(*resumed) >= 0 || oldID == "national" {
		// Only a day asked about before the new job began lies in the
		// gap the old city's rules answer; otherwise the region is the
		// new city, as read before.
		return
	}
	for _, e := range []*Extracted{&a.Extracted, &a.Stated} {
		e.Region, e.GapBeganHere = oldID, true
		if e.Treatment != nil {
			d := *tr
			e.Treatment = &d
		}
		if !job {
			continue
		}
		if e.Scheme == "" || e.Scheme == rules.SchemeResident {
			e.Scheme, e.Newborn, e.InWindow = rules.SchemeEmployee, nil, nil
		}
		if (e.Payer == "" || e.Payer == rules.PayerUnit) && (e.Reason == "" || e.Reason == rules.ReasonLeftJob) {
			e.Payer, e.Reason = rules.PayerUnit, rules.ReasonJobChange
		}
		if e.Resumed == nil || resumed.Since(*e.Resumed) > 0 {
			m := *resumed
			e.Resumed, e.GapEnded = &m, true
		}
	}
	a.Moved, a.MovedAcross, a.MovedAll, a.MovedAcrossAll = true, true, true, true
}

// newJobDay36b is the day named right after the new city ("started in
// guangzhou nov 1") or right before its marker ("11月1号来广州上班"), with
// where it starts (-1 without one; Day 0 for a month alone).
func newJobDay36b(s string, p place36b) (MonthDay, int) {
	after := s[p.end:]
	if len(after) > 24 {
		after = after[:24]
	}
	if m := enJobMonth36b.FindStringSubmatchIndex(after); m != nil {
		md := MonthDay{Month: enMonthNum36b(after[m[2]:m[3]])}
		if m[4] >= 0 {
			md.Day, _ = strconv.Atoi(after[m[4]:m[5]])
		}
		return md, p.end + m[2]
	}
	lo := max(0, p.at-20)
	if m := zhJobMonth36b.FindStringSubmatchIndex(s[lo:p.at]); m != nil {
		md := MonthDay{}
		md.Month, _ = strconv.Atoi(s[lo+m[2] : lo+m[3]])
		if m[4] >= 0 {
			md.Day, _ = strconv.Atoi(s[lo+m[4] : lo+m[5]])
		}
		return md, lo + m[2]
	}
	return MonthDay{}, -1
}

// newJobMonth36b is the new job's month in the year that follows the gap's
// first month, or without one the treatment's year when the month is not
// before the treatment's; nil otherwise.
func newJobMonth36b(n int, gap *Duration, tr *rules.Date) *rules.Month {
	if n < 1 {
		return nil
	}
	switch {
	case gap != nil && gap.Since != nil:
		m := rules.Month{Year: gap.Since.Year, Month: time.Month(n)}
		if m.Since(*gap.Since) < 0 {
			m.Year++
		}
		if m.Since(*gap.Since) < 1 {
			return nil
		}
		return &m
	case tr != nil && n >= int(tr.Month):
		return &rules.Month{Year: tr.Year, Month: time.Month(n)}
	}
	return nil
}

// visitDay36b is the one other day told with a word of treatment near it,
// in the treatment's year (a month after the job's in the year before);
// the day as read when there is none or more than one.
func visitDay36b(s string, jobAt int, tr rules.Date) *rules.Date {
	var found *rules.Date
	for _, d := range daysIn30c(s) {
		if d.start == jobAt || d.start <= jobAt+8 && d.start >= jobAt {
			continue
		}
		lo := max(0, d.start-24)
		hi := min(len(s), d.end+12)
		near := s[lo:d.start] + " " + s[d.end:hi]
		if !hasAny(near, treatWords36b) {
			continue
		}
		if found != nil {
			return &tr
		}
		t := rules.Date{Year: tr.Year, Month: time.Month(d.md.Month), Day: d.md.Day}
		if d.md.Month > int(tr.Month) {
			t.Year--
		}
		found = &t
	}
	if found == nil {
		return &tr
	}
	return found
}

// treatWords36b: words of a visit or treatment.
var treatWords36b = []string{"mri", "scan", "surgery", "operation", "hospital", "doctor", "clinic", "treatment", "appointment", "admitted",
	"checkup", "check-up", "x-ray", "xray", "ct ", "er ", "emergency", "dentist", "stitches", "核磁", "手术", "住院", "看病", "门诊", "检查", "急诊", "就医",
	"看医生", "做了", "拍片", "开刀"}

var (
	enJobMonth36b = regexp.MustCompile(`^\s*(?:on |from |in |since |starting )?(?:the )?` + enMonthRe36b + `(?:\s*(\d{1,2})(?:st|nd|rd|th)?\b)?`)
	zhJobMonth36b = regexp.MustCompile(`(1[0-2]|[1-9])月(?:份)?(?:(3[01]|[12][0-9]|[1-9])[号日])?(?:份)?(?:就|又|开始|起|初|中|底)?\s*$`)
)

func enMonthNum36b(w string) int {
	for i, m := range []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if strings.HasPrefix(w, m) {
			return i + 1
		}
	}
	return 0
}
