package understand

import (
	"strings"

	"bujiao/rules"
)

// afterLeavingCame: 后来 split as "辞职后 | 来广州" ("杭州辞职后来广州上班",
// heldout9): after leaving a job, came to a place, a move, not the
// adverb 后来 ("then").
func afterLeavingCame(before string) bool {
	return hasSuffixAnyStr(before, []string{"辞职后", "离职后", "辞工后", "毕业后", "退伍后", "失业后", "裁员后", "被裁后", "不干后"})
}

// A job left, then a new one whose employer pays now ("杭州辞职后来广州上班
// 中间断了五个月 广州公司现在给缴了", heldout9): a job change, not a job
// left with no new employer.
var zhNewEmployerPays = []string{"公司现在给缴", "单位现在给缴", "公司现在给我缴", "单位现在给我缴", "公司给缴了", "单位给缴了", "公司已经给缴",
	"单位已经给缴", "新公司", "新单位", "新厂", "现在的公司", "现在的单位", "新东家"}

func (x *extractor) leftThenNewJob(e *Extracted) {
	if e.Reason != rules.ReasonLeftJob || x.noNewJob() {
		return
	}
	s := x.s
	at := -1
	for _, w := range zhSwitchLeave {
		if i := strings.Index(s, w); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	if at < 0 {
		return
	}
	after := s[at:]
	if hasAny(after, zhNewEmployerPays) && hasAny(after, []string{"上班", "工作", "入职"}) && !hasAny(after, []string{"还没", "没找", "如果", "要是", "的话"}) {
		e.Reason = rules.ReasonJobChange
	}
}

// trimFromBefore drops 是从, 从, 是在 between a new employer and the month
// it started paying ("新公司是从这个月开始缴的").
func trimFromBefore(before string) string {
	for _, p := range []string{"是从", "是在", "从", "是"} {
		if strings.HasSuffix(before, p) {
			return strings.TrimSuffix(before, p)
		}
	}
	return before
}
