package understand

import (
	"regexp"
	"strings"

	"bujiao/rules"
)

// Audit round 24, R24-M4 (fix30c): calendar months listed as the gap of a
// job change, the month the new job began, and the listed months named as
// what was paid back.
//
//   - "之前辞职断了两个月 8月9月 10月新公司进去以后把8 9月都补缴了": the gap
//     is August and September (the count, when told, agrees), paying
//     resumed with the new job in October, and "把8 9月都补缴了" names the
//     months paid back, not the month of paying them: no month of an
//     employer's back-payment is read from it.
//   - A month list whose last month starts the new job ("8月9月10月新公司")
//     ends before that month.
//   - A count that disagrees with the months listed, or a new job in a
//     month that is not the one after the gap, is left to the readings
//     made before (which ask).

var (
	// zhMonthTok30c: one month of a list; the 月 may be left to the last
	// ("8 9月", "8、9月").
	zhMonthTok30c = regexp.MustCompile(`^` + zhMonth25b + `(月份?)?[\s、,，和跟及与]?`)
	// zhCount30c: the count told beside the list ("两个月").
	zhCount30c = regexp.MustCompile(`^(?:一共|总共|整整)?([0-9]+|[一二两三四五六七八九十]|十[一二])个月`)
	// zhNewJob30c: what follows a month that starts a new job.
	zhNewJob30c = regexp.MustCompile(`^(?:份)?(?:初|中|底)?(?:又|就|才)?(?:进了?|进入了?|到了?|去了?|换到了?|换了|找到了?|入职了?|开始在|在)?(?:一家|一个)?新的?(?:公司|单位|工作|厂|东家|老板)` +
		`|^(?:份)?(?:初|中|底)?(?:又|就|才)?(?:入职|上班了|开始上班|到岗)`)
	// zhGapBefore30c: gap words the list follows.
	zhGapBefore30c = []string{"断了", "断缴了", "断缴", "停了", "停缴了", "没缴了", "没缴", "没有缴", "未缴", "漏缴了", "漏了"}
	// zhGapAfter30c: gap words that follow the list.
	zhGapAfter30c = []string{"没缴", "没有缴", "未缴", "断了", "断缴", "停了", "停缴", "漏缴", "空着", "空了"}
)

// round30c runs fix30c's late readings (called from round25a).
func (x *extractor) round30c(e *Extracted) {
	x.jobChangeMonths30c(e)
}

// monthList30c reads a list of at least two months at the start of s: the
// months, each with whether 月 followed it, and the bytes read.
func (x *extractor) monthList30c(s string) ([]rules.Month, []int, bool) {
	var ms []rules.Month
	var ends []int
	at := 0
	lastHasYue := false
	for len(ms) < 12 {
		m := zhMonthTok30c.FindStringSubmatchIndex(s[at:])
		if m == nil {
			break
		}
		mon, ok := x.zhPastMonth25b(s[at+m[2] : at+m[3]])
		if !ok {
			break
		}
		lastHasYue = m[4] >= 0
		ms = append(ms, mon)
		ends = append(ends, at+m[3]+max(0, m[5]-m[4]))
		at += m[1]
		if !lastHasYue && (at >= len(s) || zhMonthTok30c.FindStringIndex(s[at:]) == nil) {
			// A bare number that no month follows is no month.
			ms, ends = ms[:len(ms)-1], ends[:len(ends)-1]
			break
		}
	}
	if len(ms) < 2 {
		return nil, nil, false
	}
	return ms, ends, true
}

// jobChangeMonths30c reads the listed gap months of a job change or a job
// left, and the month the new job began.
func (x *extractor) jobChangeMonths30c(e *Extracted) {
	if x.today.IsZero() || e.Reason != rules.ReasonJobChange && e.Reason != rules.ReasonLeftJob ||
		e.Scheme == rules.SchemeResident || e.PriorScheme != "" {
		return
	}
	s := x.s
	months, ends, count, listEnd := []rules.Month(nil), []int(nil), 0, -1
	for _, w := range zhGapBefore30c {
		i := strings.Index(s, w)
		if i < 0 {
			continue
		}
		rest := s[i+len(w):]
		off := i + len(w)
		if c := zhCount30c.FindStringSubmatch(rest); c != nil {
			count = max(zhCount25b(c[1]), 1)
			rest, off = rest[len(c[0]):], off+len(c[0])
		}
		t := strings.TrimLeft(rest, " ,，:：")
		off += len(rest) - len(t)
		if ms, es, ok := x.monthList30c(t); ok {
			months, ends = ms, es
			for k := range ends {
				ends[k] += off
			}
			listEnd = ends[len(ends)-1]
		}
		break
	}
	if months == nil {
		return
	}
	// The last month of the list may start the new job.
	var resumed *rules.Month
	if zhNewJob30c.MatchString(s[listEnd:]) {
		r := months[len(months)-1]
		resumed = &r
		months, ends = months[:len(months)-1], ends[:len(ends)-1]
		if len(months) == 0 {
			return
		}
	}
	for k := 1; k < len(months); k++ {
		if months[k] != months[k-1].Add(1) {
			return // not consecutive: not a gap to guess
		}
	}
	n := len(months)
	if count > 0 && count != n {
		return // the count disagrees: the readings made before stand
	}
	first, last := months[0], months[n-1]
	if resumed == nil {
		resumed = x.newJobMonth30c(s[ends[n-1]:])
	}
	if resumed != nil && *resumed != last.Add(1) {
		return
	}
	e.Gap = &Duration{Months: n, Since: &first}
	e.GapTooLong, e.GapConflict = false, false
	if resumed != nil && x.cur.Since(*resumed) >= 0 {
		r := *resumed
		e.Resumed, e.GapEnded = &r, true
	}
	// "把8 9月都补缴了": the months paid back, not the month of paying.
	if a := e.ArrearsPaid; a != nil && a.Since(first) >= 0 && last.Since(*a) >= 0 {
		e.ArrearsPaid = nil
	}
}

// newJobMonth30c finds "10月新公司", "10月进了新单位" in s.
func (x *extractor) newJobMonth30c(s string) *rules.Month {
	for at := 0; at < len(s); {
		loc := zhMonthAny30c.FindStringSubmatchIndex(s[at:])
		if loc == nil {
			return nil
		}
		if zhNewJob30c.MatchString(s[at+loc[1]:]) {
			if m, ok := x.zhPastMonth25b(s[at+loc[2] : at+loc[3]]); ok {
				return &m
			}
		}
		at += loc[1]
	}
	return nil
}

// zhMonthAny30c: a month anywhere ("10月").
var zhMonthAny30c = regexp.MustCompile(zhMonth25b + `月`)
