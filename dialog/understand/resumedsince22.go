package understand

import "bujiao/rules"

// Audit round 22, R22-W1: "温州 我断了两个月 现在自己交灵活就业 10月开始交的
// 下周看病能报吗" was read as a gap since October, so next week, covered
// again under Zhejiang art. 29 ¶2, was called not covered. The month paying
// started again is no first unpaid month: the gap is the months counted
// before it ("断了两个月"), or asked when none is counted.

// resumedNotSince reads "N月开始交的" taken as the gap's first month as
// the month paying resumed.
func (x *extractor) resumedNotSince(e *Extracted) {
	if e.Gap == nil || e.Gap.Since == nil || e.Resumed != nil || e.GapEnded || x.today.IsZero() {
		return
	}
	m, ok := zhResumedMonth(x.s, x.cur)
	if !ok || m != *e.Gap.Since || !hasAny(x.s, []string{"断了", "断缴", "断保", "停了", "没缴", "漏缴"}) {
		return
	}
	n := 0
	sc := scanner{s: x.s, cur: x.cur}
	sc.run()
	for i := 0; i < sc.n; i++ {
		if d, ok := sc.items[i].duration(); ok && d.Since == nil && d.Months > 0 {
			n = d.Months
			break
		}
	}
	if n <= 0 || x.cur.Since(m) < 0 {
		return
	}
	since := m.Add(-n)
	e.Gap = &Duration{Months: n, Since: &since}
	e.Resumed, e.GapEnded = &m, true
}

// ambiguousLeaverGap: a leaver who also says the employer did not pay some
// months, in words whose months cannot be placed ("i left my job at the end
// of october and then found out they never paid september and october …":
// every month sits in the leaving clause), has the gap asked. Read as the
// leaving month, the gap would start a month or more late and a day
// already suspended would be called covered (the A8b family of audit
// round 21).
func (x *extractor) ambiguousLeaverGap(e *Extracted) {
	if e.Gap == nil || e.ArrearsBeforeLeaving != nil || e.Reason != rules.ReasonLeftJob && e.Reason != rules.ReasonJobChange {
		return
	}
	if !hasAny(x.s, fm22EnOwed) && !hasAny(x.s, fm22ZhOwed) {
		return
	}
	// Two months or more named: the leaving month and an owed one.
	if fl := x.readFormerLeaving(); fl.ambiguous && fl.named >= 2 {
		e.Gap = nil
	}
}
