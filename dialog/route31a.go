package dialog

// Round 31a: questions heldout26 routed to a neighbour, told apart by their
// family of wordings (sibling rules, route24b.go).
//
//   - "把医保钱交上以后 从哪天开始可以正常刷卡": from when the card works
//     after paying is cover restored, not when it stops.
//   - "can missed months … be paid afterwards, or is it gone?": whether a
//     gap may be paid back, not a shortfall at retirement nor where to pay.
//   - "I cancelled my insurance when I moved abroad, how to rejoin": re-
//     enrolling after a cancellation, not moving it to another city.
//   - "how can I see which months were actually paid": checking the record,
//     not whether one may back-pay.

func init() {
	paidThenWords24b = append(paidThenWords24b, "交上以后", "交上后", "缴上以后", "缴上后", "补上以后", "补上后", "交了以后", "缴了以后",
		"交完以后", "交完后", "补完以后", "补缴以后", "补缴后", "续上以后", "续上后", "once it is paid", "once it's paid")
	checkWords24b = append(checkWords24b, "see which", "check which", "find out which", "look up which", "know which", "tell which",
		"查哪", "查一下哪", "看哪几个月", "看哪些月")
	siblingRules24b = append(siblingRules24b,
		// Paid, then from when the card works again: cover restored.
		siblingRule24b{cue: func(low string) bool {
			return containsAny(low, paidThenWords24b) && containsAny(low, fromWhenWords24b) && containsAny(low, useAgainWords31a) &&
				!containsAny(low, gapCostWords31a) && !containsAny(low, waitWords31a)
		}, raise: []string{"补上以后会自动恢复", "restore automatically"}, lower: stopTitleWords24b, score: 0.3},
		// Missed months paid afterwards: whether one may back-pay.
		siblingRule24b{cue: func(low string) bool {
			return containsAny(low, missedWords31a) && containsAny(low, payLaterWords31a) && !containsAny(low, whereWords31a) &&
				!containsAny(low, retireWords24b) && !containsAny(low, residentWords31a) &&
				!(containsAny(low, treatedWords24b) && containsAny(low, claimWords24b)) &&
				!containsAny(low, closed31a) && !containsAny(low, employerTitleWords) && !gapBills46d(low) // route46d.go
		}, raise: []string{"职工医保断了能补缴吗", "back-pay employee"}, lower: []string{"年限不够", "enough years at retirement", "去哪里补缴", "where do i pay"}},
		// Cancelled, then joining again: re-enrolment, not a transfer.
		siblingRule24b{cue: func(low string) bool {
			return containsAny(low, cancelledWords31a) && containsAny(low, rejoinWords31a) && !containsAny(low, transferWords31a)
		}, raise: []string{"注销了怎么重新参保", "re-enrol after"}, lower: []string{"怎么转过去", "move my medical insurance"}, score: 0.1},
		// Checking which months were paid: the record, not back-paying.
		siblingRule24b{cue: func(low string) bool {
			return checksPaid24b(low) && !containsAny(low, canPayBackWords24b)
		}, raise: []string{"怎么查", "check whether"}, lower: []string{"能补缴吗", "back-pay employee", "pay back resident"}},
	)
}

var (
	// useAgainWords31a: the card or the cover used again.
	useAgainWords31a = []string{"刷卡", "刷医保", "能用", "可以用", "报销", "享受待遇", "恢复", "正常用", "use my card", "use the card",
		"use my insurance", "covered again", "cover again", "works again", "work again", "can use", "valid again", "active again"}
	// gapCostWords31a: the costs of the gap, another entry's.
	gapCostWords31a = []string{"期间看病", "那段时间看病", "断缴期间", "断保期间", "during the gap", "costs from the gap"}
	// waitWords31a: a wait asked about, the waiting-period entries'.
	waitWords31a   = []string{"等", "wait", "waiting"}
	missedWords31a = []string{"missed", "unpaid", "skipped", "the gap", "lapsed", "断掉的", "断了的", "没交的", "没缴的", "漏交的", "漏缴的"}
	// payLaterWords31a ask to pay them after the time.
	payLaterWords31a = []string{"paid afterwards", "pay afterwards", "paid later", "pay later", "paid after", "pay them after",
		"make up", "made up", "pay back", "paid back", "back-pay", "back pay", "backpay", "还能补", "能补", "可以补", "事后补", "补交上", "补上吗"}
	// closed31a: an employer closed ("is it gone?" asks of the months).
	closed31a        = []string{"破产", "倒闭", "跑路", "关门", "黄了", "清算", "bankrupt", "closed down", "shut down", "went under", "out of business", "liquidat"}
	whereWords31a    = []string{"where", "which office", "哪里", "哪儿", "哪个部门", "去哪"}
	residentWords31a = []string{"resident", "居民", "新农合"}
	// cancelledWords31a / rejoinWords31a: cover cancelled, joined again.
	cancelledWords31a = []string{"cancelled", "canceled", "cancel", "terminated", "closed my", "注销", "停保", "退保", "销户"}
	rejoinWords31a    = []string{"rejoin", "re-join", "re-enrol", "reenrol", "re-enroll", "reenroll", "join again", "enrol again",
		"enroll again", "sign up again", "get it back", "重新参保", "重新办", "再参保", "重新交", "重新买", "恢复参保"}
	transferWords31a = []string{"another city", "other city", "new city", "transfer", "转过去", "转到", "转移", "换城市", "异地"}
)
