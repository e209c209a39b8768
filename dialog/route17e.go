package dialog

import (
	"slices"
	"strings"

	"bujiao/dialog/understand"
	"bujiao/rules"
)

// ownRetirementCase: a run-on that asks and tells one's own retirement
// case in a named place ("我今年到退休年龄了在广州交的职工医保一共交了十八年
// …还要不要再交", "我爸已经退休好几年了每个月领退休金的上海的…医保还要不要交钱"):
// the age reached or the pension drawn is the case, as who pays is for a
// gap (heldout8).
func ownRetirementCase(e understand.Extracted) bool {
	switch e.Retirement {
	case rules.RetirementRetired:
		return true
	case rules.RetirementAtAge:
		return e.YearsPaid != nil
	}
	return false
}

// yearsToldPaid reports years told as paid ("一共交了十八年", "paid 18
// years", "paid employee insurance for 24 years") rather than asked about
// ("交满15年就不用交了吗", "is 15 years enough"): they are the person's.
func yearsToldPaid(msg string) bool {
	low := strings.ToLower(msg)
	for _, w := range []string{"缴了", "交了", "缴费了", "交费了", "缴过", "交过"} {
		for k := 0; ; {
			j := strings.Index(low[k:], w)
			if j < 0 {
				break
			}
			k += j + len(w)
			rest := []rune(low[k:])
			if len(rest) > 8 {
				rest = rest[:8]
			}
			if r := string(rest); strings.Contains(r, "年") && !strings.ContainsAny(r, "满够几多") {
				return true
			}
		}
	}
	for _, w := range []string{"paid for ", "paid ", "contributed for ", "contributed "} {
		if i := strings.Index(low, w); i >= 0 {
			rest := low[i+len(w):]
			if len(rest) > 40 {
				rest = rest[:40]
			}
			if strings.Contains(rest, " years") && !strings.Contains(low[:i], "if ") && !strings.Contains(low[:i], "enough") {
				return true
			}
		}
	}
	return false
}

// drawingNow: drawing the benefit now, said of oneself without a pronoun
// ("杭州在领失业金 医保要自己缴吗", pinyin "hangzhou zai ling shiyejin yibao yao
// ziji jiao ma"): the person's own case.
func drawingNow(msg string, e understand.Extracted) bool {
	if e.FirstEnrolment && e.Region != "" && (e.Payer != "" || e.Scheme != "") {
		// "第一次在杭州交灵活就业医保 以前什么医保都没有 交了多久能用": a
		// first enrolment told with its place and scheme is one's own.
		return true
	}
	if e.Reason != rules.ReasonUnemployment || e.Region == "" {
		return false
	}
	low := strings.ToLower(msg)
	for _, w := range []string{"在领", "正在领", "领着", "zai ling", "zailing", "im on", "i'm on", "i am on", "currently on", "still on"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// endedMonthUnknown: a gap told as over with the month it ended not
// remembered ("I'm paying again now but don't remember which month I
// restarted", "现在又在交了 哪个月开始的不记得了") is an ended gap of unknown
// month, as the skip button at that question makes it; the question is not
// asked.
func (t *turn) endedMonthUnknown(ex understand.Extracted, a understand.Analysis) []rules.Field {
	f := &t.s.Facts
	if !ex.GapEnded || ex.Resumed != nil || !a.DontKnow || f.GapEnded != nil || f.PayingAgain != nil || !monthNotKnown(t.typed) {
		return nil
	}
	if _, ok := t.setValue(rules.FieldPayingAgain, "true"); !ok {
		return nil
	}
	t.s.Refine = slices.DeleteFunc(t.s.Refine, func(r rules.Field) bool { return r == rules.FieldGapEnded })
	return []rules.Field{rules.FieldPayingAgain}
}

// monthNotKnown: the month is what is not known ("don't remember which
// month", "哪个月开始的不记得了", "not sure when I restarted").
func monthNotKnown(msg string) bool {
	low := strings.ToLower(msg)
	for _, w := range []string{"which month", "what month", "when i restarted", "when i started again", "when it restarted",
		"since when", "哪个月", "几月", "什么时候开始", "哪月", "从哪个月"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}
