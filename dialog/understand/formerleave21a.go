package understand

import (
	"strings"

	"bujiao/rules"
)

// The months a former employer owed before the person left are the first
// months of the gap, not all of it (fix21a): "杭州 离职4个月了，离职前公司还
// 欠2个月医保没交" has six unpaid months, from the first month the former
// employer did not pay to now. The gap is the months owed plus the time
// since leaving when that time is told ("离职4个月了", "left in August",
// "上个月刚离职"), the whole gap when it is told ("断了6个月了"), and is
// otherwise asked: it is never the months owed counted back from today,
// which would tell a person who left long ago that they were covered in
// months they were not.

// fl21ZhLeave are the words for having left a job that a time since
// leaving follows ("离职4个月了") or precedes ("8月份离职的").
var fl21ZhLeave = []string{"离职", "辞职", "辞工", "辞了职", "辞了工", "辞了", "不干了", "离开公司", "离开了公司", "离开单位", "离开了单位",
	"被裁", "被辞退", "被开除", "辞咗工", "辞咗", "走了", "离开了", "出来", "离开"}

// fl21ZhFill may stand between a leaving word and its time ("离职有4个月了",
// "辞职已经快两个月了") or between a month and the leaving ("8月份刚离职").
var fl21ZhFill = []string{"了", "有", "已经", "已", "都", "快", "快要", "差不多", "将近", "大概", "大约", "约", "刚", "刚好", "满", "就",
	"份", "底", "初", "中旬", "中", "的时候", "时", "我", "正式", "是", "在", "于", "也", "咗", "嗰阵", "从公司", "从单位", "从原单位", "从原公司", "从厂里", "从那家公司", "从老公司"}

// fl21EnLeave are the English words for having left a job.
var fl21EnLeave = []string{"i left", "left my job", "left the job", "left the company", "left that job", "left work", "i quit", "quit my job",
	"quit the job", "i resigned", "resigned", "laid off", "got fired", "was fired", "stopped working there", "left in", "left at", "left last",
	"left on", "left there"}

// fl21Owed / fl21EnOwed mark the months owed: told with the former employer's
// not paying, or as the last months before leaving.
var fl21Owed = []string{"欠", "没给", "没帮", "没替", "没缴", "没交", "未缴", "冇交", "冇俾", "冇畀", "无交", "沒交", "沒給", "离职前", "辞职前", "走之前",
	"离开前", "离职之前", "辞职之前"}
var fl21EnOwed = []string{"owe", "owed", "owes", "didnt pay", "did not pay", "didn't pay", "never paid", "hadnt paid", "had not paid", "not paid",
	"unpaid", "last", "before i left", "before leaving", "before i quit", "before i resigned"}

// fl21Total mark a duration told as the whole gap ("断了6个月了", "no
// insurance for 6 months").
var fl21Total = []string{"断了", "断缴了", "断缴", "断保", "断", "停了", "停缴了", "停缴", "停保", "没有医保", "没医保", "冇医保"}
var fl21EnTotal = []string{"without insurance for", "without medical insurance for", "no insurance for", "uninsured for", "not covered for",
	"gap of", "a gap of", "broken for", "stopped for"}

// formerLeaving is what the quantities of a message say about a former
// employer's months: owed (0 when none is clear), the time since leaving
// (leaveMonths, or the leaving month), and a whole gap told.
type formerLeaving struct {
	owed        int
	leaveMonths int
	leaveMonth  *rules.Month
	total       *Duration
	ambiguous   bool
	// leaveEnd: the leaving month was said as its end ("9月底离职");
	// leavePaid: the leaving month itself was said to be paid (fix22a).
	leaveEnd, leavePaid bool
	// owedMonths: months named as unpaid ("8月9月公司没交"); owedFrom:
	// one of them is where the not paying began (fix22a).
	owedMonths []rules.Month
	owedFrom   bool
	// named counts the months named (not days): with two or more and
	// ambiguous, the owed months cannot be placed (resumedsince22.go).
	named int
}

// readFormerLeaving sorts the message's quantities.
func (x *extractor) readFormerLeaving() formerLeaving {
	var fl formerLeaving
	sc := scanner{s: x.s, cur: x.cur}
	sc.run()
	leave := -1
	var plain []int // durations neither leaving nor whole
	owedAt := -1
	for i := 0; i < sc.n; i++ {
		q := sc.items[i]
		d, ok := q.duration()
		if !ok || x.dayNamed(q) {
			continue
		}
		if d.Since != nil {
			fl.named++
		}
		switch {
		case x.leaveAttached(q):
			if leave >= 0 {
				fl.ambiguous = true
				continue
			}
			leave = i
			if d.Since != nil {
				m := *d.Since
				fl.leaveMonth = &m
				fl.leaveEnd = x.leaveEnd(q)
			} else {
				fl.leaveMonths = d.Months
			}
		case x.owedNamed(q):
			fl.owedMonths = append(fl.owedMonths, *d.Since)
			fl.owedFrom = fl.owedFrom || x.owedFrom(q)
		case x.resumeNamed(q):
			// The month paying resumed: neither gap nor leaving.
		case d.Since != nil || x.totalAttached(q):
			if fl.total != nil {
				fl.ambiguous = true
				continue
			}
			dd := d
			fl.total = &dd
		default:
			if d.Months <= 0 {
				continue
			}
			plain = append(plain, i)
			if x.owedAttached(q) {
				if owedAt >= 0 {
					fl.ambiguous = true
				}
				owedAt = i
			}
		}
	}
	switch {
	case owedAt >= 0:
		d, _ := sc.items[owedAt].duration()
		fl.owed = d.Months
	case len(plain) == 1:
		d, _ := sc.items[plain[0]].duration()
		fl.owed = d.Months
	case len(plain) > 1:
		fl.ambiguous = true
	}
	fl.leavePaid = x.leavePaidSaid()
	return fl
}

// leaveAttached: q is the time since leaving ("离职4个月了", "4个月前辞职的",
// "8月份离职的", "上个月刚离职", "quit 3 months ago", "left in August").
func (x *extractor) leaveAttached(q qty) bool {
	s := x.s
	if zhAround(s, q) {
		before := trimFillSuffix(s[:q.start])
		after := trimFillPrefix(s[q.end:])
		if q.kind == qDuration {
			if hasSuffixAnyStr(before, fl21ZhLeave) && !strings.HasPrefix(s[q.end:], "没") && !strings.HasPrefix(s[q.end:], "的医保") {
				return true
			}
			// "4个月前辞职的", "两个月之前离职".
			for _, p := range []string{"前", "之前", "以前"} {
				if strings.HasPrefix(strings.TrimPrefix(s[q.end:], "了"), p) &&
					hasPrefixAny(trimFillPrefix(strings.TrimPrefix(strings.TrimPrefix(s[q.end:], "了"), p)), fl21ZhLeave) {
					return true
				}
			}
			return false
		}
		// A month: "8月份离职的", "上个月刚离职", "离职是在8月".
		return hasPrefixAny(after, fl21ZhLeave) && !hasPrefixAny(after, []string{"离职前", "离职之前", "辞职前", "辞职之前", "离开前", "走之前"}) ||
			hasSuffixAnyStr(before, []string{"离职", "辞职", "辞工", "离开公司"}) || leaveFromPlace23c(after)
	}
	clause := commaClause(s, q.start, q.end)
	at := strings.Index(clause, s[q.start:q.end])
	if at < 0 {
		return false
	}
	head := clause[:at]
	endsLeave := hasSuffixAnyStr(strings.TrimRight(head, " "), []string{"left", "quit", "resigned", "left in", "quit in",
		"resigned in", "left at the end of", "left end of", "left around", "quit around"}) || q.kind != qDuration && enLeaveDay.MatchString(strings.TrimRight(head, " "))
	if !endsLeave && (!hasAny(head, fl21EnLeave) && !enQuitJob.MatchString(head) || hasAny(head, []string{"before i", "before leaving", "before i left"})) {
		return false
	}
	if q.kind == qDuration {
		return hasPrefixAny(s[q.end:], []string{" ago", " back"})
	}
	return true
}

// owedAttached: q is told with the former employer's not paying.
func (x *extractor) owedAttached(q qty) bool {
	s := x.s
	if zhAround(s, q) {
		before := clauseBefore(s, q.start)
		if r := []rune(before); len(r) > 8 {
			before = string(r[len(r)-8:])
		}
		after := s[q.end:]
		if r := []rune(after); len(r) > 6 {
			after = string(r[:6])
		}
		return hasAny(before, fl21Owed) || hasAny(after, []string{"没缴", "没交", "没给", "未缴", "冇交", "沒交", "的医保没", "医保没", "医保未"})
	}
	c := commaClause(s, q.start, q.end)
	return hasAny(c, fl21EnOwed)
}

// totalAttached: q is told as the whole gap ("断了6个月了").
func (x *extractor) totalAttached(q qty) bool {
	s := x.s
	if zhAround(s, q) {
		before := trimFillSuffix(s[:q.start])
		return hasSuffixAnyStr(before, fl21Total) && !hasAny(clauseBefore(s, q.start), fl21Owed) || totalBefore23c(s[:q.start]) ||
			totalSaid24a(before) // read24a.go
	}
	return hasSuffixAnyStr(strings.TrimRight(s[:q.start], " ")+" ", withSpace(fl21EnTotal)) || totalAfter23c(s[q.end:]) || x.stoppedAgo23c(q)
}

// zhAround: q is written in Chinese (a Chinese character in it or next to
// it).
func zhAround(s string, q qty) bool {
	for i := q.start; i < q.end; i++ {
		if s[i] >= 0x80 {
			return true
		}
	}
	return q.start > 0 && s[q.start-1] >= 0x80 || q.end < len(s) && s[q.end] >= 0x80
}

func withSpace(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w + " "
	}
	return out
}

func trimFillSuffix(s string) string {
	s = strings.TrimRight(s, " ")
	for changed := true; changed; {
		changed = false
		for _, f := range fl21ZhFill {
			if strings.HasSuffix(s, f) {
				s, changed = strings.TrimSuffix(s, f), true
			}
		}
	}
	return s
}

func trimFillPrefix(s string) string {
	s = strings.TrimLeft(s, " ")
	for changed := true; changed; {
		changed = false
		for _, f := range fl21ZhFill {
			if strings.HasPrefix(s, f) {
				s, changed = strings.TrimPrefix(s, f), true
			}
		}
	}
	return s
}

// formerGap sets the gap for a former employer's n months owed: the whole
// gap when it is told, the months owed and the time since leaving when
// that is told, else none (asked). A whole gap that disagrees with the
// leaving time told is asked again.
func (x *extractor) formerGap(e *Extracted, n int, fl formerLeaving) {
	e.Gap, e.GapTooLong, e.GapConflict = nil, false, false
	var fromLeave *Duration
	switch {
	case len(fl.owedMonths) > 0:
		// Months named as unpaid: the earliest is the first (fix22a).
		first, _, ok := fl.namedOwedGap(x.cur)
		if !ok {
			e.GapConflict = true
			return
		}
		fromLeave = &Duration{Since: &first}
	case fl.leaveMonth != nil:
		l := *fl.leaveMonth
		if !fl.leavePaid {
			// The months owed before leaving end at the leaving month
			// (L-n+1); the leaving month said to be paid, L-n.
			l = l.Add(1)
		}
		if d, ok := FormerGap(Duration{Since: &l}, n, x.cur); ok {
			fromLeave = &d
		}
	case fl.leaveMonths > 0:
		if d, ok := FormerGap(Duration{Months: fl.leaveMonths}, n, x.cur); ok {
			fromLeave = &d
		}
	}
	if fl.total != nil {
		if fromLeave != nil && x.gapMonths(*fromLeave) != x.gapMonths(*fl.total) && !x.leftEarly23c(*fromLeave, *fl.total, fl) {
			e.GapConflict = true
			return
		}
		if x.gapMonths(*fl.total) < n {
			// Fewer months unpaid than owed: not a reading to guess.
			e.GapConflict = true
			return
		}
		t := *fl.total
		e.Gap = &t
		return
	}
	e.Gap = fromLeave
}

// gapMonths counts a gap's months to this month.
func (x *extractor) gapMonths(d Duration) int {
	if d.Since != nil {
		return x.cur.Since(*d.Since)
	}
	return d.Months
}

// sinceLeaving marks a gap read from the time since leaving a job and
// nothing else ("离职4个月了", "I quit 3 months ago", "8月份离职的"): once
// a former employer's months owed are known (an answer to the gap question
// after them), the dialog adds them.
func (x *extractor) sinceLeaving(e *Extracted) {
	if e.Gap == nil || e.ArrearsBeforeLeaving != nil || e.Reason != rules.ReasonLeftJob && e.Reason != rules.ReasonJobChange {
		return
	}
	fl := x.readFormerLeaving()
	if fl.ambiguous || fl.total != nil || fl.owed > 0 {
		return
	}
	switch {
	case fl.leaveMonth != nil:
		// "9月底辞职的": the gap from the month after (fix22a).
		e.SinceLeaving = e.Gap.Since != nil && (*e.Gap.Since == *fl.leaveMonth || fl.leaveEnd && *e.Gap.Since == fl.leaveMonth.Add(1))
	case fl.leaveMonths > 0:
		e.SinceLeaving = e.Gap.Since == nil && e.Gap.Months == fl.leaveMonths
	}
}

// FormerGap is the gap of a person whose former employer owed n months
// before they left, from the time since leaving d: n months longer. ok is
// false when it would be too long.
func FormerGap(d Duration, n int, cur rules.Month) (Duration, bool) {
	if d.Since != nil {
		m := d.Since.Add(-n)
		return Duration{Since: &m}, cur.Since(m) <= rules.MaxGapMonths
	}
	return Duration{Months: d.Months + n}, d.Months+n <= rules.MaxGapMonths
}
