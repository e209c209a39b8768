package understand

import (
	"strings"

	"bujiao/rules"
)

// A former employer that owed months before the person left or changed job
// (audit round 17, R17-W1, R17-M2): "离职前两个月公司没给交医保", "前公司欠了
// 我3个月医保 我现在换工作了", "my old company didn't pay my last 2 months
// before i left". Both facts are kept: the reason is leaving (or a job
// change when a new job is named), and the months owed are the former
// employer's arrears (arrears_before_leaving), never the person's own.
var (
	// r17aZhFormerEmployer names the former employer or the time before leaving.
	r17aZhFormerEmployer = []string{"原公司", "原单位", "老公司", "旧公司", "以前的公司", "以前公司", "之前的公司", "之前公司",
		"以前的单位", "之前的单位", "原来的公司", "原来公司", "原来的单位", "原来单位", "上家公司", "上一家公司", "上一个公司", "上个公司", "上家单位", "老东家", "离职前", "辞职前", "走之前", "离开前",
		"离职之前", "辞职之前", "离职的时候", "辞职的时候", "走的时候", "离开公司前", "辞工前", "辞工之前", "走嗰阵", "辞职嗰阵"}
	// r17aZhLeftDone says the person has left (not "想辞职").
	r17aZhLeftDone = []string{"离职了", "辞职了", "辞了职", "辞工了", "辞咗工", "不干了", "被裁了", "被辞退了", "离开了公司", "已经离职", "已经辞职", "辞职le", "离职le"}
	r17aZhOwed     = []string{"欠", "没给", "冇俾", "冇畀", "没帮", "没替", "公司没交", "单位没交", "公司没缴", "单位没缴", "公司没有交", "单位没有交", "公司没有缴", "单位没有缴", "公司未缴", "单位未缴", "公司冇交", "公司无交", "公司沒交", "公司mei jiao", "company mei jiao"}
	// r17aZhNewJob: a new job named with the former employer.
	r17aZhNewJob = []string{"换工作", "换了工作", "换了公司", "换公司", "换单位", "换了单位", "新公司", "新单位", "新工作", "跳槽", "转工", "转咗工",
		"现在在新", "找到工作", "找到了工作", "上新班", "入职了"}
	r17aEnFormerEmployer = []string{"old company", "old employer", "old job", "old boss", "former employer", "former company", "previous employer",
		"previous company", "previous job", "last employer", "last company", "my last job", "ex employer", "ex-employer", "before i left",
		"before i quit", "before leaving", "before i resigned", "when i left", "when i quit", "before i changed"}
	r17aEnLeftDone = []string{"i left", "i quit", "i resigned", "left the company", "left my job", "left that job", "was laid off", "got laid off",
		"got fired", "was fired", "quit my job"}
	r17aEnOwed   = []string{"didn't pay", "did not pay", "didnt pay", "never paid", "hadn't paid", "had not paid", "hadnt paid", "owed", "owes", "qian le"}
	r17aEnNewJob = []string{"new job", "new employer", "new company", "changed job", "changed jobs", "switched job", "switched jobs",
		"another job", "now work at", "now work for", "now working", "work somewhere else"}
	// r17aZhNoNewJob / r17aEnNoNewJob: no new job yet.
	r17aZhNoNewJob = []string{"还没找到工作", "没找到工作", "没有新工作", "没有工作", "还没工作", "没上班", "待业", "冇搵到工"}
	r17aEnNoNewJob = []string{"no new job", "no job", "not working", "unemployed", "haven't found", "havent found", "no work"}
)

// formerArrears reads months a former employer owed before the person left.
func (x *extractor) formerArrears(e *Extracted) {
	if e.Scheme == rules.SchemeResident ||
		e.Reason == rules.ReasonUnemployment || e.Reason == rules.ReasonNotRegistered || e.UnitStatus.Gone() {
		return
	}
	// A restructured employer the person went along with (merged,
	// divided: "原来公司拆分成两家了 我分到新的那家"), and a gap already
	// over or paid back ("之前公司欠了三个月 八月份开始恢复交了"), are not a
	// former employer's open arrears.
	s := x.s
	selfNow := x.selfResumed() || newEmployerPays24a(s) // formermonths22a.go, read24a.go
	if (e.UnitStatus != "" && !e.UnitImplied) || (e.GapEnded || e.Resumed != nil) && !selfNow || e.ArrearsPaid != nil || e.ArrearsPaidSaid {
		return
	}
	former := hasAny(s, r17aZhFormerEmployer) || formerPrefix(s) || hasAny(s, r17aZhLeftDone) || hasAny(s, r17aEnFormerEmployer) || hasAny(s, r17aEnLeftDone) ||
		enQuitJob.MatchString(s) || lastMonthsFormer23c(s) || leftFrom29a(s) || formerNamed37a(s) // read29a.go, read37a.go
	// The employer is the one that did not pay: a word for it, and a word
	// of owing that is not the person's own "没交".
	employer := hasAny(s, []string{"公司", "单位", "老板", "厂", "东家", "company", "employer", "boss", "firm", "they "})
	if !former || !employer || !(hasAny(s, r17aZhOwed) || formerNotPaid37a(s) || hasAny(s, r17aEnOwed) || zhFormerNotPaid(s) || enStoppedBefore23c.MatchString(s) || formerStopped23c(s)) {
		return
	}
	if strings.Contains(s, "还没离职") || strings.Contains(s, "没离职") || strings.Contains(s, "haven't left") || strings.Contains(s, "havent left") ||
		strings.Contains(s, "still work") || strings.Contains(s, "还在原单位") || strings.Contains(s, "还在这家") {
		return
	}
	reason := rules.ReasonLeftJob
	if (hasAny(s, r17aZhNewJob) || hasAny(s, r17aEnNewJob) || newJobAfterLeaving(s) || e.Reason == rules.ReasonJobChange) &&
		!hasAny(s, r17aZhNoNewJob) && !hasAny(s, r17aEnNoNewJob) {
		reason = rules.ReasonJobChange
	}
	// The months owed, and the gap they begin (formerleave21a.go).
	fl := x.readFormerLeaving()
	n := fl.owed
	if len(fl.owedMonths) > 0 {
		// Months named as unpaid (fix22a).
		if _, nn, ok := fl.namedOwedGap(x.cur); ok {
			n = nn
		} else if n <= 0 {
			n = len(fl.owedMonths)
		}
	}
	if n <= 0 && !fl.ambiguous {
		n = x.owedFromTotal23c(fl)
	}
	if n <= 0 || fl.ambiguous {
		return
	}
	x.formerGap(e, n, fl)
	if selfNow && e.Resumed == nil {
		// "现在自己交灵活就业": paying again, the month asked.
		e.GapEnded = true
	}
	e.Reason, e.Payer, e.UnitStatus, e.UnitImplied = reason, rules.PayerUnit, "", false
	if e.Scheme == "" {
		e.Scheme = rules.SchemeEmployee
	}
	e.ArrearsBeforeLeaving = &n
}

// formerArrearsStated keeps the months a former employer owed when they
// were told in the clause that asks ("离职前两个月公司没给交医保 12月20号看病
// 能报吗"): they are stated, not asked, and the leaving goes with them.
func formerArrearsStated(a *Analysis) {
	e := a.Extracted
	if !a.Asks || e.ArrearsBeforeLeaving == nil {
		return
	}
	if st := a.Stated.ArrearsBeforeLeaving; st != nil {
		// The leaving month told in the clause that asks ("…欠着我两个月
		// 没交 我10月底走的 10月8号住院的钱能报吗"): the gap read from
		// the whole message is the one (fix22a).
		if *st == *e.ArrearsBeforeLeaving && a.Stated.Gap == nil && !a.Stated.GapConflict && e.Gap != nil {
			g := *e.Gap
			a.Stated.Gap = &g
			a.Stated.GapEnded = a.Stated.GapEnded || e.GapEnded
			if a.AskedGap != nil && sameDuration(*a.AskedGap, g) {
				a.AskedGap = nil
			}
		}
		return
	}
	if a.Stated.Gap != nil && !a.Stated.SinceLeaving && (e.Gap == nil || !sameDuration(*a.Stated.Gap, *e.Gap)) {
		return
	}
	n := *e.ArrearsBeforeLeaving
	a.Stated.ArrearsBeforeLeaving, a.Stated.Gap = &n, nil
	if e.Gap != nil {
		g := *e.Gap
		a.Stated.Gap = &g
	}
	a.Stated.SinceLeaving = false
	a.Stated.GapEnded = a.Stated.GapEnded || e.GapEnded
	a.Stated.Reason, a.Stated.Payer, a.Stated.UnitStatus, a.Stated.UnitImplied = e.Reason, e.Payer, "", false
	if a.Stated.Scheme == "" {
		a.Stated.Scheme = e.Scheme
	}
	if a.AskedGap != nil && (e.Gap == nil || sameDuration(*a.AskedGap, *e.Gap)) {
		a.AskedGap = nil
	}
}

// sameDuration: a and b name the same gap.
func sameDuration(a, b Duration) bool {
	if a.Since != nil || b.Since != nil {
		return a.Since != nil && b.Since != nil && *a.Since == *b.Since
	}
	return a.Months == b.Months
}

// formerPrefix finds "前公司" / "前单位" meaning the former employer, not
// "之前公司…" / "以前单位…" (earlier, the employer …), which the lists
// above name with 的 where they mean the former one.
func formerPrefix(s string) bool {
	for _, w := range []string{"前公司", "前单位", "前东家"} {
		for k := 0; ; {
			j := strings.Index(s[k:], w)
			if j < 0 {
				break
			}
			at := k + j
			k = at + len(w)
			if !hasSuffixAnyStr(s[:at], []string{"之", "以", "目", "提", "此", "从", "离职", "辞职", "走", "离开"}) {
				return true
			}
		}
	}
	return false
}
