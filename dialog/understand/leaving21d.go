package understand

import (
	"strings"

	"bujiao/rules"
)

// A person who left or changed job, read as such (audit round 21, R21-M1):
//
//   - a new employer paying now ("现在在新单位上班 新单位正常交", "new one
//     started paying in november") makes it a job change whose gap is
//     over: the month the new employer started paying, when named, is the
//     month paying resumed (gap_ended), never the first unpaid month;
//     without a month, paying again is known and the month is asked;
//   - a leaving still to come ("leaving shanghai for beijing next month, my
//     shanghai company will stop paying end of december", "我下个月离职")
//     is no employer's arrears and no gap yet.
//
// The former employer's own months owed are read in formerarrears_r17a.go;
// leaving21d only adds words it did not know ("used to work", "之前那家公司",
// "我6月份就走了").

func init() {
	r17aZhFormerEmployer = append(r17aZhFormerEmployer, "之前那家公司", "之前那家单位", "以前那家公司", "以前那家单位", "原来那家公司",
		"原来那家单位", "上一家单位", "上一个单位", "上个单位", "之前那个公司", "以前那个公司", "之前待的公司", "以前待的公司")
	r17aZhLeftDone = append(r17aZhLeftDone, "就走了", "我走了", "已经走了", "早走了", "离开那家")
	r17aEnFormerEmployer = append(r17aEnFormerEmployer, "used to work", "worked there", "months there", "month there",
		"when i worked there", "the company i left", "the job i left")
}

var (
	// A new employer, named.
	zhNewEmployer21d = []string{"新单位", "新公司", "新东家", "新的单位", "新的公司", "现在的单位", "现在的公司", "现单位", "现公司", "新工作单位",
		"现在这家", "现在这个公司", "现在这个单位"}
	enNewEmployer21d = []string{"new one", "new job", "new employer", "new company", "new place", "new boss", "current employer",
		"current company", "current job", "the new"}
	// It pays now (x.s writes 交 as 缴).
	zhNewPays21d = []string{"正常缴", "在缴", "开始缴", "给缴", "给我缴", "缴着", "有缴", "缴了", "缴上", "按时缴", "帮我缴", "一直缴"}
	enNewPays21d = []string{"started paying", "began paying", "pays", "is paying", "has been paying", "have been paying", "been paying",
		"paying since", "paying from", "paying normally", "pay normally", "started contributing", "is contributing", "enrolled me",
		"signed me up", "paying for me", "pays for me", "is covering", "covers me"}
	// Not yet, or later: the new employer has not paid yet.
	zhNotYet21d = []string{"没", "未", "不", "下个月", "下月", "明年", "以后", "才", "晚了", "还要", "会", "要等", "等到", "准备"}
	enNotYet21d = []string{"not", "hasnt", "hasn't", "havent", "haven't", "didnt", "didn't", "yet", "will", "going to", "next month",
		"next year", "wont", "won't", "until", "soon", "later"}
	// A leaving still to come.
	zhFutureLeave21d = []string{"下个月离职", "下月离职", "月底离职", "准备离职", "打算离职", "要离职了", "快离职了", "马上离职", "下个月辞职",
		"下月辞职", "月底辞职", "准备辞职", "打算辞职", "要辞职了", "快辞职了", "马上辞职", "下个月走", "月底就走", "下个月就走",
		"准备跳槽", "打算跳槽", "下个月跳槽", "月底停缴", "会停缴", "要停缴"}
	enFutureLeave21d = []string{"leaving next month", "next month i'm leaving", "will leave", "going to leave", "going to quit", "will quit",
		"about to quit", "about to leave", "plan to quit", "planning to quit", "plan to leave", "planning to leave", "i'm quitting",
		"im quitting", "i am quitting", "i'm leaving", "im leaving", "i am leaving", "will stop paying", "stops paying at the end",
		"stop paying at the end", "will stop at the end", "going to stop paying"}
	// Words of months already owed: a leaving to come with months owed
	// now is an employer in arrears as well.
	zhOwedNow21d = []string{"欠", "没缴", "没有缴", "未缴", "断了", "断缴了", "停缴了"}
	enOwedNow21d = []string{"didnt pay", "didn't pay", "did not pay", "hasnt paid", "hasn't paid", "has not paid", "havent paid",
		"haven't paid", "owes", "owed", "never paid", "stopped paying", "missed"}
)

// leaving21d applies both readings (called first in round17b, after the
// former employer's months were read).
func (x *extractor) leaving21d(e *Extracted) {
	x.newEmployerPays(e)
	x.futureLeaving(e)
}

// newEmployerPays: a new employer paying now ends the gap of a job change.
func (x *extractor) newEmployerPays(e *Extracted) {
	if e.Scheme == rules.SchemeResident || e.PriorScheme != "" || e.Payer == rules.PayerIndividual ||
		e.Reason == rules.ReasonUnemployment || e.Reason == rules.ReasonNotRegistered || e.UnitStatus.Gone() ||
		e.ArrearsPaid != nil || e.ArrearsPaidSaid {
		// A new employer paying the months between jobs back is read in
		// gapguard18e.go.
		return
	}
	s := x.s
	at, end := newEmployerPaying(s)
	if at < 0 {
		return
	}
	// The new employer's paying is a job change only after an old one,
	// said: a job left, a former employer, or the job changed.
	if !hasAny(s, zhLeftSaid) && !hasAny(" "+s, enLeftSaid) && !hasAny(s, r17aZhFormerEmployer) && !hasAny(s, r17aEnFormerEmployer) &&
		!hasAny(s, []string{"换工作", "换了工作", "换了个工作", "换了个公司", "换了公司", "跳槽", "changed jobs", "changed job", "switched jobs", "switched job"}) {
		return
	}
	e.Reason, e.Payer = rules.ReasonJobChange, rules.PayerUnit
	if e.ArrearsBeforeLeaving == nil || e.UnitImplied {
		// "新单位正常缴" says nothing of the old employer's state.
		e.UnitStatus, e.UnitImplied = "", false
	}
	clause := s[at:end]
	d, err := ParseDuration(clause, x.today)
	named := err == nil && d.Since != nil && x.cur.Since(*d.Since) >= 0
	if !named && e.Gap != nil && e.ArrearsBeforeLeaving == nil {
		// A gap told between jobs with the new employer paying and no
		// month ("中间断了2个月，新单位在交"): the gap as told, as before.
		return
	}
	e.GapEnded = true
	if named {
		m := *d.Since
		e.Resumed = &m
		if e.Gap != nil && e.Gap.Since != nil && *e.Gap.Since == m {
			// "new one started paying in november" names the month paying
			// resumed, not the first unpaid one: the gap is asked.
			e.Gap = nil
		}
	}
	if e.Gap != nil && e.Gap.Since != nil && e.Resumed != nil && e.Resumed.Since(*e.Gap.Since) <= 0 {
		e.Gap = nil
	}
}

// newEmployerPaying finds a new employer said to pay now: where its words
// begin and where the paying words end, or -1.
func newEmployerPaying(s string) (at, end int) {
	for _, list := range [][]string{zhNewEmployer21d, enNewEmployer21d} {
		for _, w := range list {
			for k := 0; ; {
				j := strings.Index(s[k:], w)
				if j < 0 {
					break
				}
				i := k + j
				k = i + len(w)
				tail := cutRunes(s[k:], 20)
				if s[i] < 0x80 {
					tail = cutRunes(s[k:], 60)
					if c := strings.IndexAny(tail, ".;"); c >= 0 {
						tail = tail[:c]
					}
				} else if c := strings.IndexAny(tail, "，。；,.;!?"); c >= 0 {
					tail = tail[:c]
				}
				pays, notYet := zhNewPays21d, zhNotYet21d
				if s[i] < 0x80 {
					pays, notYet = enNewPays21d, enNotYet21d
				}
				p := -1
				for _, pw := range pays {
					if q := strings.Index(tail, pw); q >= 0 && (p < 0 || q < p) {
						p = q
					}
				}
				if p < 0 {
					continue
				}
				before := tail[:p]
				if s[i] < 0x80 {
					before = " " + before + " "
				}
				if hasAny(before, notYet) || hasAny(" "+tail+" ", []string{" will ", " next month", "下个月", "下月", "明年"}) {
					continue
				}
				return i, k + len(tail)
			}
		}
	}
	return -1, -1
}

// futureLeaving: a leaving still to come is no arrears and no gap yet.
func (x *extractor) futureLeaving(e *Extracted) {
	s := x.s
	if e.Scheme == rules.SchemeResident || e.Payer == rules.PayerIndividual || e.GapEnded || e.ArrearsBeforeLeaving != nil ||
		e.UnitStatus.Gone() || e.Reason == rules.ReasonUnemployment || e.Reason == rules.ReasonNotRegistered {
		return
	}
	if !futureLeaveZh(s, x.cur) && !hasAny(" "+s, enFutureLeave21d) {
		return
	}
	if hasAny(s, zhOwedNow21d) || hasAny(" "+s, enOwedNow21d) {
		return
	}
	reason := rules.ReasonLeftJob
	if e.Reason == rules.ReasonJobChange || x.has(lJobChange) || hasAny(s, r17aZhNewJob) || hasAny(s, r17aEnNewJob) ||
		hasAny(s, []string{"新工作", "新单位", "新公司", "job starts", "job begins", "starting a new", "start a new", "new one"}) {
		reason = rules.ReasonJobChange
	}
	e.Reason, e.Payer, e.UnitStatus, e.UnitImplied = reason, rules.PayerUnit, "", false
	if e.Gap != nil && e.Gap.Since != nil {
		// A month read here is the leaving's or the new job's, still to
		// come: nothing is unpaid yet.
		cur := x.cur
		e.Gap = &Duration{Since: &cur}
	}
}
