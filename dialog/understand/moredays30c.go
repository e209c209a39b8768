package understand

import (
	"regexp"
	"strconv"
	"strings"
)

// Audit round 24, R24-M3 (fix30c): more than one treatment day in a
// message ("6月3号看过门诊，7月20号又缝了针", "i had a checkup june 3 and
// got stitches july 20"), and a follow-up that names another day after an
// answer ("那10月20号那次呢", "and the july 20 stitches?"). Each day named
// is judged in the reply; the days are told as month and day, the year
// being the treatment day's the answer already judges.

// MonthDay is a day of a month with no year.
type MonthDay struct{ Month, Day int }

// String is "MM-DD".
func (m MonthDay) String() string {
	return twoDigits30c(m.Month) + "-" + twoDigits30c(m.Day)
}

func twoDigits30c(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

var (
	zhDay30c    = regexp.MustCompile(`(1[0-2]|0?[1-9])月(3[01]|[12][0-9]|0?[1-9])(?:号|日)`)
	enMonths30c = `(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)`
	enDayA30c   = regexp.MustCompile(`\b` + enMonths30c + `\.? (3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?\b`)
	enDayB30c   = regexp.MustCompile(`\b(3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)? (?:of )?` + enMonths30c + `\b`)
	// notTreat30c: a day of paying, leaving, starting or a deadline, in
	// the words just before or after it.
	notTreat30c = []string{"缴", "补", "恢复", "停", "断", "到账", "离职", "辞职", "入职", "上班", "停保", "截止", "期限", "到期", "登记", "退休", "出生",
		"pay", "paid", "back", "settled", "resum", "stopp", "lapse", "quit", "left", "resign", "start", "join", "deadline", "register", "retire", "born", "birthday", "due"}
	// followWords30c: a follow-up about another day.
	followWords30c = []string{"那", "呢", "还有", "另外", "and ", "what about", "how about", "and the", "also", "the other", "?"}
)

// dayAt30c is a day named at an offset of s.
type dayAt30c struct {
	md         MonthDay
	start, end int
}

// daysIn30c lists the month-days named in a normalised message.
func daysIn30c(s string) []dayAt30c {
	var out []dayAt30c
	add := func(m, d, i, j int) {
		if m < 1 || m > 12 || d < 1 || d > 31 {
			return
		}
		out = append(out, dayAt30c{MonthDay{m, d}, i, j})
	}
	for _, l := range zhDay30c.FindAllStringSubmatchIndex(s, -1) {
		m, _ := strconv.Atoi(s[l[2]:l[3]])
		d, _ := strconv.Atoi(s[l[4]:l[5]])
		add(m, d, l[0], l[1])
	}
	for _, l := range enDayA30c.FindAllStringSubmatchIndex(s, -1) {
		d, _ := strconv.Atoi(s[l[4]:l[5]])
		add(int(enMonths[s[l[2]:l[3]]]), d, l[0], l[1])
	}
	for _, l := range enDayB30c.FindAllStringSubmatchIndex(s, -1) {
		d, _ := strconv.Atoi(s[l[2]:l[3]])
		add(int(enMonths[s[l[4]:l[5]]]), d, l[0], l[1])
	}
	return out
}

// treatLike30c: the words around the day do not make it a day of paying,
// leaving or a deadline.
func treatLike30c(s string, d dayAt30c) bool {
	// Chinese ties such a word to the day ("缴到9月5号", "9月5号离职");
	// English may put a word or two between ("paid on june 3").
	n := 2
	if d.start > 0 && s[d.start-1] < 0x80 {
		n = 28
	}
	before := lastRunes(s[:d.start], n)
	if k := strings.LastIndexAny(before, ",;"); k >= 0 {
		before = before[k+1:]
	}
	after := cutRunes(s[d.end:], 5)
	if k := strings.IndexAny(after, ",;"); k >= 0 {
		after = after[:k]
	}
	if n == 2 {
		// "缴到9月5号" is a payment day; "没缴我9月5号住院" is not.
		before = strings.TrimRight(before, "到至于在是的")
		return !hasSuffixAnyStr(before, notTreat30c) && !hasAny(after, notTreat30c) && !hasAny(after, zhBefore30c)
	}
	return !hasAny(before+" "+after, notTreat30c) && !hasAny(after, []string{"before", "by "})
}

// zhBefore30c: a day as a deadline ("8月15号之前").
var zhBefore30c = []string{"之前", "以前", "前"}

// TreatmentDays30c lists the days a message names as days of treatment
// when it names two or more (at most 4, in order, each once); nil
// otherwise.
func TreatmentDays30c(text string) []MonthDay {
	text, _ = fixDays36b(text) // read36b.go: a corrected day is gone
	s, _ := normalize(text)
	var out []MonthDay
	for _, d := range daysIn30c(s) {
		if !treatLike30c(s, d) && !visitAfterPay35b(s, d) || regDay33b(s, d) || jobStartDay38b(s, d) { // read33b.go, read35b.go, read38b.go
			continue
		}
		dup := false
		for _, o := range out {
			dup = dup || o == d.md
		}
		if !dup && len(out) < 4 {
			out = append(out, d.md)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// FollowUpDay30c reads a short follow-up that names one other day ("那10月
// 20号那次呢", "and the july 20 stitches?", "what about 7月20号?").
func FollowUpDay30c(text string) (MonthDay, bool) {
	s, _ := normalize(text)
	if len([]rune(s)) > 32 {
		return MonthDay{}, false
	}
	ds := daysIn30c(s)
	if len(ds) != 1 || !treatLike30c(s, ds[0]) {
		return MonthDay{}, false
	}
	low := strings.ToLower(text)
	if !hasAny(s, followWords30c) && !hasAny(low, followWords30c) {
		return MonthDay{}, false
	}
	return ds[0].md, true
}
