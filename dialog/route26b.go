package dialog

import (
	"strings"

	"bujiao/knowledge"
)

// fix26b: more questions whose words were mostly a neighbour's. As in
// route24b.go, a cue in the message tells the two apart; siblings26b runs
// after siblings24b.
//   - A long gap, resumed, and a wait ("断缴时间长了再续上 要等几个月"), from
//     someone who names no resident scheme: the long-gap wait, not the
//     resident scheme's waiting period.
//   - Years to pay before retiring ("要交满几年 退了休才…"): the years
//     entry; "才能退休" is no refund ("能退").
//   - Commercial insurance named ("买了商业医疗险 是不是就不用交医保了"): the
//     entry about it, not "no more payments after retiring".
//   - Paid, then cover "again" from when ("补完以后从哪天开始又能报销"):
//     cover returning, however much "从哪天开始" is the stop entry's.
//   - Which months were not paid, and how to see them: checking the record.
func siblings26b(msg string, matches []knowledge.FAQMatch) {
	applySiblingRules(msg, matches, siblingRules26b) // route24b.go
	siblings27b(msg, matches)                        // route27b.go
}

var siblingRules26b = []siblingRule26b{
	{cue: func(low string) bool {
		return containsAny(low, longGapWords26b) && containsAny(low, waitWords26b) && !containsAny(low, residentWords26b)
	}, raise: []string{"断了半年以上", "lapsed for more than six months"}, lower: []string{"居民医保的等待期", "waiting period in resident"}},
	{cue: asksRetireYears26b, score: retireYearsBonus26b,
		raise: []string{"退休后就不用交", "before retirement"}, lower: []string{"能退吗", "refund"}},
	{cue: func(low string) bool { return containsAny(low, commercialWords26b) },
		raise: []string{"商业保险", "commercial insurance"}, lower: []string{"退休后就不用交", "before retirement"}},
	{cue: func(low string) bool {
		return containsAny(low, paidThenWords24b) && containsAny(low, fromWhenWords24b) && containsAny(low, againWords26b)
	}, raise: []string{"自动恢复", "restore automatically"}, lower: []string{"什么时候不能报销", "when do my benefits stop"}},
	{cue: func(low string) bool {
		return containsAny(low, seeWords26b) && containsAny(low, whichMonthsWords26b) && containsAny(low, unpaidWords24b)
	}, raise: []string{"怎么查", "check whether"}, lower: []string{"不能报", "stop", "不给补缴", "refuses", "能补缴吗", "back-pay employee"}},
}

// siblingRule26b is the rule of route24b.go (with a score where the cue
// names the subject outright).
type siblingRule26b = siblingRule24b

// retireYearsBonus26b raises the years entry's score for a message that
// asks how many years before retiring.
const retireYearsBonus26b = 0.1

// asksRetireYears26b reports whether a message asks how many years to pay
// before retiring, and no refund.
func asksRetireYears26b(low string) bool {
	if !containsAny(low, []string{"退休", "退了休", "retire"}) || !containsAny(low, yearsAskWords26b) {
		return false
	}
	// A case told with it ("交了18年够不够", "还差几年", "欠了四个月 会不会
	// 影响") is the shortfall or the case answer, not the bare rule.
	return !containsAny(stripRetire26b(low), refundWords24b) && !containsAny(low, shortYearsWords24b) &&
		!containsAny(low, yearsPaidWords26b) && !containsAny(low, unpaidWords24b)
}

// stripRetire26b removes the words for retiring, whose 退 is no refund.
func stripRetire26b(low string) string {
	return strings.NewReplacer("退休", "", "退了休", "").Replace(low)
}

var (
	longGapWords26b = []string{"时间长", "很长", "长了", "很久", "好久", "好长", "太久", "多年", "好几年", "一年多", "半年以上", "大半年",
		"long time", "long gap", "long break", "for ages", "for years", "a long while"}
	waitWords26b     = []string{"等", "多久", "几个月", "wait", "how long", "how soon"}
	residentWords26b = []string{"居民", "城乡", "新农合", "农合", "农村", "学生", "孩子", "老人", "resident", "rural", "student", "child"}
	yearsAskWords26b = []string{"几年", "多少年", "年限", "交满", "交够", "缴满", "缴够", "how many years", "minimum years", "how long must"}
	// yearsPaidWords26b tell years already paid.
	yearsPaidWords26b = []string{"交了", "缴了", "一共交", "已经交", "已交", "够不够", "够了没", "还要再交", "要补",
		"paid for", "have paid", "'ve paid", "i paid", "enough yet", "is it enough"}
	// commercialWords26b name private health insurance.
	commercialWords26b = []string{"商业", "商保", "百万医疗", "惠民保", "重疾险", "私人保险", "commercial", "private health",
		"private insurance", "private medical", "private cover"}
	// againWords26b say cover comes back.
	againWords26b = []string{"又能", "又可以", "重新能", "再能", "恢复", "正常报", "正常用", "接着用", "claim again", "use it again", "covered again",
		"work again", "working again", "back to normal", "restored"}
	seeWords26b = []string{"查", "看", "知道", "see", "check", "find out", "look up", "know"}
	// whichMonthsWords26b ask which months.
	whichMonthsWords26b = []string{"哪几个月", "哪个月", "哪些月", "哪几月", "which months", "which month", "what months"}
)
