package understand

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"bujiao/rules"
)

// Round 31b (heldout26's "partly" residents).
//
//   - A month a past visit was had in is no gap's start: "I saw the doctor
//     already in October and paid cash", "went to hospital back in
//     September", "had my checkup earlier in August" name the visit's
//     month, as "surgery in january" does (durations_r14.go); the words
//     between the treatment word and the month may say it is past.
//   - A month a new job started in is no gap's start either: "then I
//     started at the new company right away last month, so the gap is 3
//     months all from the old company" is three months owed, not one.

func init() {
	for _, w := range []string{"already", "back", "earlier", "once", "twice", "there"} {
		enMonthFiller[w] = true
	}
	// A month a new job started in is an event's month, as "moved in
	// May" is (sift.go): "started at the new company right away last
	// month", "joined a new firm in October", "new job since September".
	enEventWords = append(enEventWords, "new company", "new job", "new employer", "new firm", "new work", "started at",
		"started work", "started a job", "joined")
	// "so gap is 3 months all from the old company": the whole gap.
	fl21EnTotal = append(fl21EnTotal, "gap is", "gap was", "so gap is", "so the gap is")
}

// enNewJobStart31b: words before a month that say a new job began in it.
var enNewJobStart31b = []string{"started at", "started a new", "started the new", "started my new", "started work", "started working",
	"new job", "new company", "new employer", "new firm", "joined"}

// newJobMonth31b: q is the month a new job began ("then I started at the
// new company right away last month", "joined a new firm in October"):
// with a former employer's months owed, the month paying resumed, neither
// the gap's start nor the whole gap (formermonths22a.go resumeNamed).
func (x *extractor) newJobMonth31b(q qty) bool {
	if q.kind != qSince || zhAround(x.s, q) {
		return false
	}
	c := commaClause(x.s, q.start, q.end)
	at := strings.Index(c, x.s[q.start:q.end])
	if at < 0 {
		return false
	}
	head := c[:at]
	return hasAny(head, enNewJobStart31b) && !gapBefore(head) && !hasAny(head, []string{"not", "n't", "never", "didnt", "no "})
}

// parentsWork31b: the working words are the baby's parents' ("他爸妈上班没
// 空", "孩子父母都在上班", "his parents both work"), not the person's.
var (
	zhParents31b = []string{"他爸妈", "她爸妈", "孩子爸妈", "孩子的爸妈", "他父母", "她父母", "孩子父母", "孩子的父母", "他爸爸妈妈",
		"她爸爸妈妈", "儿子儿媳", "儿子媳妇", "女儿女婿", "闺女女婿", "爸妈都", "父母都"}
	enParents31b  = []string{"his parents", "her parents", "the parents", "baby's parents", "babys parents", "my son and", "my daughter and"}
	zhSelfWork31b = []string{"我上班", "我在上班", "我也上班", "我还在上班", "我是上班", "我在职", "我自己上班", "我工作"}
	enSelfWork31b = []string{"i work", "i am working", "im working", "i'm working", "my job", "my employer", "my company"}
)

// newbornNotWorking31b: a newborn asked about for someone else's baby,
// with the parents' work named, is no working member of the employee
// scheme: the working age read from the parents' "上班" is dropped, so
// the newborn's own (resident) enrolment is answered.
func (x *extractor) newbornNotWorking31b(e *Extracted) {
	if e.Newborn == nil || !*e.Newborn || e.Scheme != "" || e.Payer != "" || e.Reason != "" || e.Retirement != rules.RetirementWorking {
		return
	}
	s := x.s
	if !hasAny(s, zhParents31b) && !hasAny(s, enParents31b) || hasAny(s, zhSelfWork31b) || hasAny(s, enSelfWork31b) {
		return
	}
	e.Retirement = ""
}

// round31b applies the readings above; it runs at the end of round25a.
func (x *extractor) round31b(e *Extracted) {
	x.newbornNotWorking31b(e)
	x.owedPaidSaid31b(e)
	x.seamlessOwed31b(e)
}

// seamless31b: a new job begun right after the old one ended; newJob31b:
// words of that new job.
var (
	seamless31b = []string{"right away", "straight away", "straight after", "immediately", "the next day", "the day after",
		"no break", "without a break", "无缝", "紧接着", "马上就入职", "马上入职", "立马入职", "第二天就", "直接入职", "直接去了新", "没有空档", "没空档"}
	newJob31b = []string{"new company", "new job", "new employer", "new firm", "started at", "joined", "started work", "started working",
		"新公司", "新单位", "新工作", "入职", "新厂"}
)

// seamlessOwed31b: a former employer's months owed, with the new job
// begun right after leaving ("the old company did not pay my last 3
// months before I left, then I started at the new company right away"):
// the months owed are the whole gap, none between the jobs.
func (x *extractor) seamlessOwed31b(e *Extracted) {
	n := e.ArrearsBeforeLeaving
	if n == nil || *n <= 0 || e.Gap != nil || e.GapConflict || e.Reason != rules.ReasonJobChange {
		return
	}
	ok := false
	for _, c := range strings.Split(x.s, ",") {
		if hasAny(c, seamless31b) && hasAny(c, newJob31b) && !hasAny(c, []string{"not ", "n't", "没有马上", "没马上", "没有直接"}) {
			ok = true
		}
	}
	if !ok {
		return
	}
	e.Gap = &Duration{Months: *n}
}

// enPaidOwed31b: the months owed said to be paid ("paid the 3 owed months
// in may").
var enPaidOwed31b = regexp.MustCompile(`\bpaid (?:all |back )?(?:of )?(?:the |my |our )?(?:\d+ |all )?(?:missing|owed|unpaid|missed|overdue)\b[a-z0-9 ]{0,30}\bmonths?\b`)

// owedPaidSaid31b: an employer's arrears said to be paid ("my company
// paid all the 4 missing months in april", "the company paid the 3 owed
// months in may") are paid back, in the month that follows when one does
// (as paidowed25c.go reads "paid it in full in november"), never open
// arrears.
func (x *extractor) owedPaidSaid31b(e *Extracted) {
	if x.today.IsZero() || e.ArrearsPaid != nil || e.ArrearsPaidSaid || e.PaidBack != nil || e.PaidBackSaid {
		return
	}
	if e.Reason != rules.ReasonArrears && e.Payer != rules.PayerUnit && !x.has(lUnitMissed) || e.Reason != "" && e.Reason != rules.ReasonArrears {
		return
	}
	loc := enPaidOwed31b.FindStringIndex(x.s)
	if loc == nil || !paidOwedMonthsBefore31b(x.s[:loc[1]]) || hasAny(x.s, enPaidBackNot) {
		return
	}
	e.Reason, e.Payer = rules.ReasonArrears, rules.PayerUnit
	rest := x.s[loc[1]:]
	if len(rest) > 30 {
		rest = rest[:30]
	}
	x.arrearsPaidIn25c(e, rest) // paidowed25c.go
}

// North-eastern 搁 is 在 where it places something ("都搁大连交的": all paid
// in Dalian). Shanghainese (Wu) missing and waiting, as typed: 脱 after a verb is 掉
// ("断脱了", "停脱了": lapsed) and before paying it is a month missed
// ("脱缴了五个月": 漏缴了); 几化辰光 / 几辰光 is how long (多长时间), 辰光
// time (时候: "集中交个辰光" is "集中缴的时候"). Each is replaced by a Mandarin word of the same length in bytes,
// as dialect_h15.go does.
var dialectFix31b = strings.NewReplacer("脱缴", "漏缴", "缴脱", "缴掉", "断脱", "断掉", "停脱", "停掉",
	"都是搁", "都是在", "都搁", "都在", "全搁", "全在", "一直搁", "一直在", "搁这", "在这",
	"几化辰光", "多长时间", "几辰光", "多久呢", "个辰光", "的时候", "辰光", "时候")

// fixDialect31b applies dialectFix31b.
func fixDialect31b(s string) string {
	if !utf8.ValidString(s) || !strings.ContainsAny(s, "脱辰搁") {
		return s
	}
	return dialectFix31b.Replace(s)
}

// drawingQ31b: a question asked of the time a benefit is drawn.
var drawingQ31b = []string{"领失业金期间", "领失业金的时候", "领失业金这段时间", "领失业金那段时间", "领失业保险金期间", "失业金领着的时候",
	"失业金期间", "领失业金时", "while on unemployment", "while drawing unemployment", "while receiving unemployment",
	"while getting unemployment", "during unemployment benefit", "while im on unemployment", "while i'm on unemployment"}

// drawingStated31b: a question about the time a benefit is drawn,
// asked with the person's own place told ("领失业金期间医保要自己交吗 我在
// 上海"), is the person's own case: drawing the benefit is stated, as
// "我在领失业金 医保要自己交吗" states it. Not when the question says "if".
func drawingStated31b(a *Analysis) {
	if !a.Asks || a.Stated.Reason != "" || a.Extracted.Reason != rules.ReasonUnemployment || a.Stated.Region == "" {
		return
	}
	q := a.Question
	if !hasAny(q, drawingQ31b) || hasAny(q, []string{"if ", "whether", "如果", "要是", "假如", "的话"}) {
		return
	}
	a.Stated.Reason = rules.ReasonUnemployment
	if a.Stated.Scheme == "" {
		a.Stated.Scheme = rules.SchemeEmployee
	}
	if a.Stated.Retirement == "" {
		a.Stated.Retirement = rules.RetirementWorking
	}
}

// paidOwedMonthsBefore31b: the words before a month say the months owed
// were paid in it ("my company paid all the 4 missing months of insurance
// in april", "the employer paid the 3 owed months in may"): the month of
// paying back, never a gap's start (resumed18d.go paidBackBefore). Not a
// last month paid ("I last paid in April", "paid up to April"), nor one
// denied.
func paidOwedMonthsBefore31b(b string) bool {
	i := strings.LastIndex(b, " paid ")
	if i < 0 {
		return false
	}
	head, tail := b[:i], b[i+len(" paid "):]
	if len(tail) > 60 || !strings.Contains(tail, "month") || !hasAny(tail, []string{"missing", "owed", "unpaid", "missed", "overdue", "arrears"}) {
		return false
	}
	if strings.HasSuffix(head, " last") || strings.HasSuffix(head, " only") || strings.HasSuffix(head, " un") ||
		hasAny(tail, []string{"until", "till", "up to", "through", "stopped", "not ", "n't", "never", "since"}) ||
		hasAny(head[max(0, len(head)-20):], []string{"not", "n't", "never", "didnt", "hasnt", "havent"}) {
		return false
	}
	return true
}
