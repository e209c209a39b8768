package dialog

import (
	"bujiao/dialog/understand"
	"bujiao/knowledge"
	"bujiao/rules"
)

// fix39d (issue 17): "我是台灣人 在昆山工廠上班 公司說醫保斷了兩個月 要怎麼補"
// — and its simplified twin — was answered first with the entry about a gap
// between two jobs ("换工作中间断了两个月医保怎么办"): the words of the gap
// ("断了两个月…怎么") are that entry's whole question but for 换工作, and
// nobody changed jobs. An employer that owes (or never enrolled) the person
// who still works there is the case; the entry about a gap between jobs is
// not its answer unless the message tells of a change of job.

// jobChangeTitleWords mark the entry about a gap between two jobs.
var jobChangeTitleWords = []string{"换工作", "跳槽", "换单位", "between jobs", "between two jobs", "changed job", "switching jobs"}

// jobChangeTold39d are the words that tell of a change of job (the message
// folded to simplified characters and lower case).
var jobChangeTold39d = []string{"换", "跳槽", "新单位", "新公司", "新工作", "新厂", "上家", "上一家", "入职", "离职", "辞职",
	"原单位", "原来的单位", "原来的公司", "以前的公司", "以前的单位", "前公司", "老单位", "转到", "调到", "调动", "转移",
	"new job", "new employer", "new company", "between jobs", "changed job", "change job", "changing job", "switch",
	"old job", "previous job", "last job", "former employer", "quit", "left my job", "left the job", "transfer", "moved"}

// jobGapNotTold39d reports that the entry titled title is about a gap
// between jobs while the case read is an employer's failing (it owes, or
// never enrolled the person) and the message tells of no change of job.
func jobGapNotTold39d(title, msg string, a understand.Analysis) bool {
	if !containsAny(title, jobChangeTitleWords) {
		return false
	}
	if a.Reason != rules.ReasonArrears && a.Reason != rules.ReasonNotRegistered || a.Payer == rules.PayerIndividual {
		return false
	}
	if a.Moved || a.MovedAll || a.PriorScheme != "" {
		return false
	}
	return !containsAny(understand.FoldText39d(msg), jobChangeTold39d)
}

// waitAsked39d: the message asks how long it waits before the insurance
// works again ("现在恢复缴费要等多久", "多久才能用", "waiting period"). The
// entries titled with that wait (a region's, the resident scheme's) come
// before the ones about restoring after an employer pays back (fix39d:
// "我在上海以灵活就业身份自己缴医保，已经停了九个月，现在恢复缴费要等多久" got
// the entry on restoring after arrears first, then a question, while its
// traditional twin got Shanghai's waiting period for flexible workers).
var waitRule39d = siblingRule24b{cue: func(low string) bool {
	return containsAny(understand.FoldText39d(low), waitAskedWords39d)
}, raise: []string{"等多久", "等待期", "waiting period"}}

var waitAskedWords39d = []string{"等多久", "要等多长时间", "等多长时间", "多久能用", "多久才能用", "多久可以用", "多久才可以用", "多久生效",
	"多久才生效", "等待期", "waiting period", "how long do i wait", "how long do i have to wait", "how long to wait",
	"how long until i can use", "how long before i can use", "how long before it works", "how long until it works"}

func waitAsked39d(msg string, matches []knowledge.FAQMatch) {
	applySiblingRules(msg, matches, []siblingRule24b{waitRule39d})
}
