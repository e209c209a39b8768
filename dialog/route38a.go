package dialog

import "bujiao/knowledge"

// fix38a (audit round 29, R29-W4): "… they finally paid everything in one
// go nov 20 i was in hospital sep 10 … who pays" asks who bears a day's
// costs after an employer paid its arrears back, not where to pay missed
// months: the where-to-pay entry is lowered.
func whoBears38a(msg string, matches []knowledge.FAQMatch) {
	applySiblingRules(msg, matches, siblingRules38a)
}

var siblingRules38a = []siblingRule26b{
	{cue: func(low string) bool {
		return containsAny(low, whoBearsWords38a) && containsAny(low, employerPaidWords38a) && !containsAny(low, []string{"退休", "retire"})
	}, lower: []string{"where do i pay missed", "断缴的医保去哪里补缴", "never enrolled me", "退休时医保年限不够"}},
}

var (
	// whoBearsWords38a ask who pays a treatment's costs.
	whoBearsWords38a = []string{"who pays", "who will pay", "who has to pay", "who covers", "who is paying", "who bears", "whose cost",
		"谁来付", "谁付", "谁出", "谁承担", "谁报销", "谁给报", "谁管", "找谁报"}
	// employerPaidWords38a: the employer paid its arrears back.
	employerPaidWords38a = []string{"paid everything", "paid it all", "in one go", "all at once", "lump sum", "paid all", "paid the arrears",
		"paid back", "一次性", "全部补", "都补上", "补齐", "补缴了", "补上了"}
)
