package dialog

import (
	"slices"
	"strings"

	"bujiao/knowledge"
)

// fix24b: questions that shared most words with a neighbouring entry were
// answered with the neighbour. The message names what tells the two apart;
// siblings24b reads it and lowers the neighbour.
//   - A payment made, or resumed, and then "from which day" ("补完医保费以后
//     从哪天开始又能刷卡了", "断了再接上 第几个月开始享受待遇") asks when cover
//     comes back, not when it stops.
//   - A fine or punishment for an employer that does not pay ("what fines
//     does an employer get for not paying staff insurance") is the legal
//     consequence, not the entry about never registering staff, unless
//     the message is about registering.
//   - What the tax bureau or agency does to an employer that does not pay
//     ("税务局会怎么处理他们") is the collection procedure, not the entry
//     about where the person complains.
func siblings24b(msg string, matches []knowledge.FAQMatch) {
	applySiblingRules(msg, matches, siblingRules24b)
}

// applySiblingRules applies rules in order to the matches of msg: an
// entry a cue raises moves up the order (the cue tells two entries apart,
// it is no reason to answer at all, unless the rule gives a score), its
// neighbour moves down.
func applySiblingRules(msg string, matches []knowledge.FAQMatch, rules []siblingRule24b) {
	low := strings.ToLower(msg)
	for _, r := range rules {
		if !r.cue(low) {
			continue
		}
		for i, m := range matches {
			title := strings.ToLower(m.FAQ.Questions.Zh[0] + " " + m.FAQ.Questions.En[0] + " ")
			switch {
			case containsAny(title, r.raise):
				matches[i].Rank = min(1, m.Rank+siblingBonus24b)
				if r.score != 0 {
					// A cue that names the entry's subject outright is
					// also a reason to answer with it.
					matches[i].Score = min(1, m.Score+r.score)
				}
			case containsAny(title, r.lower):
				matches[i].Score *= siblingScale24b
				matches[i].Rank *= siblingScale24b
			}
		}
	}
}

// siblingRule24b is a cue in the message, the entries (by title words) it
// raises and the neighbours it lowers.
type siblingRule24b struct {
	cue          func(low string) bool
	raise, lower []string
	score        float64 // added to a raised entry's score; 0: the order only
}

var siblingRules24b = []siblingRule24b{
	{cue: func(low string) bool { return containsAny(low, paidThenWords24b) && containsAny(low, fromWhenWords24b) },
		raise: afterPayTitleWords24b, lower: stopTitleWords24b},
	{cue: func(low string) bool {
		return containsAny(low, fineWords24b) && containsAny(low, notPayWords24b) && !containsAny(low, registerWords24b)
	}, raise: legalTitleWords24b, lower: registerTitleWords24b},
	{cue: authorityActs24b, raise: procedureTitleWords24b, lower: complainTitleWords24b},
	// "how can I see if my company really paid … each month" asks to check
	// the record, not what a month costs.
	{cue: checksPaid24b, raise: []string{"怎么查", "check whether"}, lower: []string{"多少钱", "how much"}},
	// Years that "follow me" or "start from zero" in a new place are a
	// transfer, not the hukou question of joining there.
	{cue: func(low string) bool { return containsAny(low, yearsKeptWords24b) },
		raise: []string{"怎么转过去", "move my medical insurance"}, lower: []string{"外地户口", "hukou"}},
	// Treatment during the gap, claimed after paying back ("断保那阵子住了次
	// 院 补上了能报回来吗"): the gap's costs, not whether one may pay back.
	{cue: func(low string) bool {
		return containsAny(low, gapTimeWords24b) && containsAny(low, treatedWords24b) && containsAny(low, claimWords24b)
	}, raise: []string{"断缴期间看病", "costs from the gap"}, lower: []string{"能补缴吗", "back-pay employee"}},
	// One's own late payment and a fine: the late fee, not an employer's
	// penalties.
	{cue: func(low string) bool {
		return containsAny(low, lateWords24b) && containsAny(low, append(fineWords24b, "滞纳", "extra", "surcharge", "penalt")) &&
			!containsAny(low, employerTitleWords)
	}, raise: []string{"滞纳金", "late fee"}, lower: []string{"法律后果", "legal consequences"}},
	// An employer paying what it owes in parts: instalments, not refusing.
	{cue: func(low string) bool { return containsAny(low, partsWords24b) },
		raise: []string{"一次交清", "all at once"}, lower: []string{"不给补缴", "refuses"}},
	// Work-injury insurance named: its own entry, not the medical one's.
	{cue: func(low string) bool {
		return containsAny(low, []string{"工伤", "work injury", "work-injury", "injured at work"})
	},
		raise: []string{"工伤", "work-injury"}, lower: []string{"职工医保断了能补缴吗", "back-pay employee"}},
	// Too few years at retirement: paying the shortfall, not back-paying a gap.
	{cue: func(low string) bool {
		return (strings.Contains(low, "退休") || strings.Contains(low, "retir")) && containsAny(low, shortYearsWords24b)
	},
		raise: []string{"年限不够", "not have enough years"}, lower: []string{"职工医保断了能补缴吗", "back-pay employee"}},
	// Between two jobs: the job-change gap, not switching schemes.
	{cue: func(low string) bool { return containsAny(low, jobChangeWords24b) },
		raise: []string{"换工作", "between jobs"}, lower: []string{"职工医保和居民医保之间", "switch between"}},
	// Paid twice, money back: a refund, not where to pay.
	{cue: func(low string) bool { return containsAny(stripRetire26b(low), refundWords24b) }, // route26b.go
		raise: []string{"能退吗", "refund"}, lower: []string{"去哪里补缴", "where do i pay"}},
	// Years in a row: the reward for staying enrolled, not back-paying.
	{cue: func(low string) bool { return containsAny(low, inARowWords24b) && !containsAny(low, unpaidWords24b) },
		raise: []string{"连续参保", "continuously enrolled"}, lower: []string{"居民医保断了能补缴吗", "pay back resident"}},
	// Already paid back ("5月份已经全部补上了 现在还有什么要办的"): whether
	// one may back-pay is answered; the entries asking it are not theirs.
	{cue: func(low string) bool {
		return containsAny(low, paidBackWords24b) && !containsAny(low, canPayBackWords24b)
	},
		lower: []string{"能补缴吗", "back-pay employee", "pay back resident"}},
	// An entry about a subject the message does not name at all.
	{cue: func(low string) bool { return !containsAny(low, retireWords24b) },
		lower: []string{"退休后就不用交", "before retirement"}},
	{cue: func(low string) bool { return !containsAny(low, closedWords24b) },
		lower: []string{"单位破产", "went bankrupt"}},
	{cue: func(low string) bool {
		return !containsAny(low, []string{"工伤", "伤", "injur", "hurt", "accident"})
	},
		lower: []string{"工伤", "work-injury"}},
	{cue: func(low string) bool {
		return !containsAny(low, []string{"拍卖", "出租", "卖了", "卖掉", "转让", "auction", "sold", "lease", "rented out"})
	}, lower: []string{"被拍卖", "sold at auction"}},
	{cue: func(low string) bool {
		return !containsAny(low, []string{"合并", "收购", "兼并", "分立", "拆分", "并购", "merge", "acquir", "taken over", "split", "bought"})
	}, lower: []string{"单位合并", "merged with"}},
}

var (
	gapTimeWords24b = []string{"那阵子", "那段时间", "那段日子", "那几个月", "期间", "断保时", "断缴时", "没交的时候", "没交那",
		"during the gap", "while i was not paying", "in the gap", "during those months", "while unpaid"}
	treatedWords24b = []string{"住院", "住了", "看病", "看了病", "单子", "医药费", "药费", "手术", "开的药",
		"hospital", "bills", "treatment", "doctor", "surgery"}
	claimWords24b = []string{"报", "claim", "reimburs", "covered", "pay me back"}
	lateWords24b  = []string{"晚交", "迟交", "晚缴", "逾期", "过了期限", "交晚了", "late", "overdue", "after the deadline"}
	partsWords24b = []string{"分期", "分几次", "分批", "分月", "一次交不清", "一次交不起", "in parts", "monthly parts", "instalment",
		"installment", "in stages", "bit by bit", "over several months"}
	jobChangeWords24b = []string{"跳槽", "换工作", "换单位", "换公司", "两份工作之间", "switching jobs", "changing jobs", "change jobs",
		"between jobs", "job change", "job switch"}
	paidBackWords24b = []string{"已经全部补上", "全部补上了", "已经补上了", "补齐了", "已经补缴", "已补缴", "都补上了", "全补了",
		"paid back", "paid it back", "paid it all back", "paid everything back", "cleared the arrears", "paid all of it back"}
	canPayBackWords24b = []string{"能补", "可以补", "能不能补", "还能补", "补得了", "can i pay back", "can i back-pay", "can it be paid", "can i still pay"}
	// shortYearsWords24b say the years fall short.
	shortYearsWords24b = []string{"不够", "不满", "没满", "没交够", "差", "少了", "too few", "not enough", "short", "missing", "fewer than"}
	// unpaidWords24b say it was not paid: "连续两年没交" is a gap, no reward.
	unpaidWords24b = []string{"没交", "没缴", "不交", "断", "欠", "漏", "not paid", "unpaid", "missed", "lapsed", "didn't pay", "did not pay", "stopped"}
	refundWords24b = []string{"退钱", "退费", "退回", "咋退", "怎么退", "能退", "退款", "退不退", "退给", "交重了", "重复交", "交了两次",
		"refund", "money back", "paid twice", "double paid", "paid it twice"}
	inARowWords24b = []string{"连续", "年年", "每年都交", "一直不断", "in a row", "consecutive", "continuously", "every year without",
		"without a break", "year after year"}
	retireWords24b = []string{"退休", "养老", "年限", "多少年", "几年", "交满", "交够", "缴满", "缴够", "不用交", "终身", "一辈子",
		"retire", "years", "pension", "lifetime"}
	closedWords24b = []string{"破产", "倒闭", "跑路", "跑了", "人跑", "关门", "注销", "清算", "黄了", "没了", "垮", "走佬", "执笠",
		"找不到人", "联系不上", "打不通", "失联",
		"bankrupt", "closed", "shut", "gone", "liquidat", "went under", "out of business", "disappeared", "ran off"}
)

var (
	checkWords24b = []string{"see if", "see whether", "check if", "check whether", "know if", "know whether", "find out if",
		"find out whether", "tell if", "verify", "confirm if", "confirm whether",
		"查", "看看", "知道", "确认"}
	paidQWords24b = []string{"paid", "pays", "paying", "交没交", "缴没缴", "有没有交", "有没有缴", "有没有给我交", "有没有给我缴",
		"到底交", "真的交", "是不是真的交", "真交了"}
	yearsKeptWords24b = []string{"follow me", "from zero", "start over", "reset to zero", "get reset", "be reset", "carry over",
		"清零", "从零", "年限还算", "年限带", "跟着走", "跟着转", "带过去", "重新算"}
)

// checksPaid24b reports whether a message asks how to check that payments
// were made.
func checksPaid24b(low string) bool {
	return containsAny(low, checkWords24b) && containsAny(low, paidQWords24b)
}

// orNotAsks24b reports a question asked as "… or not" ("waidi hukou can
// join yibao in shanghai or not", "is my insurance still valid or not"),
// a form the analysis does not count.
func orNotAsks24b(msg string) bool {
	for _, c := range clauses(msg) {
		c = strings.TrimRight(strings.ToLower(strings.TrimSpace(c)), " .!~")
		if strings.HasSuffix(c, " or not") || strings.HasSuffix(c, " or no") || strings.HasSuffix(c, " can or cannot") {
			return true
		}
	}
	return false
}

// siblingBonus24b raises the entry a message tells apart from its neighbour.
const siblingBonus24b = 0.1

// siblingScale24b scales the neighbour a message tells apart.
const siblingScale24b = 0.8

var (
	// paidThenWords24b say a payment is made or resumed.
	paidThenWords24b = []string{"补完", "补缴完", "缴完", "交完", "交进去", "缴进去", "交上了", "缴上了", "补上了", "补齐", "缴清", "交清",
		"再接上", "接上了", "续上", "重新交", "重新缴", "再交", "再缴", "续交", "续缴", "恢复缴",
		"after paying", "after i pay", "after i paid", "once i pay", "once i paid", "once paid", "after the payment",
		"start paying again", "pay again", "resume paying", "resumed paying", "paid it back", "paid back"}
	// fromWhenWords24b ask from when.
	fromWhenWords24b = []string{"哪天", "什么时候", "啥时候", "多久", "几时", "第几个月", "几个月", "多长时间", "马上",
		"when", "how soon", "how long", "which day", "right away", "straight away", "immediately"}
	// stopTitleWords24b mark an entry about cover stopping; afterPay one about it returning.
	stopTitleWords24b     = []string{"不能报", "马上就停", "stop"}
	afterPayTitleWords24b = []string{"恢复", "再交", "续", "restore", "resum", "again"}

	// "fine" alone is also "am I fine now": only a fine charged counts.
	fineWords24b          = []string{"罚", "处罚", "a fine", "fined", "fines", "the fine", "fine for", "penalt", "punish"}
	notPayWords24b        = []string{"不交", "没交", "欠", "不缴", "不给交", "not pay", "not paying", "skipping", "skip", "doesn't pay", "don't pay", "unpaid", "owe"}
	registerWords24b      = []string{"登记", "上医保", "上社保", "办社保", "参保", "入职", "register", "enrol", "enroll", "sign up", "signed up"}
	registerTitleWords24b = []string{"没给我上", "never enrolled"}
	legalTitleWords24b    = []string{"法律后果", "legal consequences"}

	authorityWords24b = []string{"税务局", "税务部门", "税务机关", "社保局", "医保局", "征收机构", "有人管",
		"bureau", "tax authorit", "the agency", "authorities", "government"}
	authorityDoWords24b = []string{"怎么处理", "会怎么", "怎么管", "会管", "管不管", "怎么办他", "怎么追",
		" do ", " do when", "deal with", "handle", "collect"}
	procedureTitleWords24b = []string{"怎么补缴的", "how does an employer pay back"}
	// The neighbours: where the person complains, the law's penalties
	// (unless asked: fineWords24b), where to pay.
	complainTitleWords24b = []string{"不给补缴", "refuses", "法律后果", "去哪里补缴"}
	// complainWords24b ask where the person goes: the complaint entry stays.
	complainWords24b = []string{"投诉", "举报", "找谁", "告", "仲裁", "complain", "report", "sue", "who can i"}
)

// authorityActs24b reports whether a message asks what the bureau does to
// an employer, not where the person complains.
func authorityActs24b(low string) bool {
	// An employer that does not pay is what the bureau acts on: "tax
	// bureau or the social security office, who collects" asks where to pay.
	return containsAny(low, authorityWords24b) && containsAny(low+" ", authorityDoWords24b) &&
		containsAny(low, employerTitleWords) && containsAny(low, notPayWords24b) &&
		!containsAny(low, complainWords24b) && !containsAny(low, fineWords24b)
}

// clearOfRunnerUp24b reports whether the best match leads the next by
// margin. An entry the best one refines (zhejiang-rules refines
// long-gap-waiting) is no rival: the regional answer is the national one
// for that place, and refineForRegion leaves both in the list.
func clearOfRunnerUp24b(m []knowledge.FAQMatch, margin float64) bool {
	for _, x := range m[1:] {
		if slices.Contains(m[0].FAQ.Refines, x.FAQ.ID) {
			continue
		}
		return m[0].Rank-x.Rank >= margin
	}
	return true
}
