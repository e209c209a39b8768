package understand

import "bujiao/rules"

// Readings from the heldout16 first run (issue 17): the employer's state
// as people imply it.

// unitFormer names an employer the person has left or does not know about
// now: its state is not implied by the months it owes.
var unitFormer = []string{"以前的公司", "以前公司", "原来的公司", "原来公司", "之前的公司", "之前公司", "前公司", "老东家", "原单位",
	"以前的单位", "原来的单位", "之前的单位", "以前的厂", "原来的厂", "上一家", "上家公司", "不知道公司", "不知道单位", "不清楚公司",
	"不清楚单位", "公司还在不在", "单位还在不在", "公司怎么样了", "former employer", "previous employer", "old employer",
	"ex-employer", "old company", "previous company", "former company", "last employer", "last company",
	"not sure if the company", "dont know if the company", "no idea if the company", "not sure if my employer",
	"dont know if my employer", "whether the company", "whether my employer"}

// unitPays are words of an employer still paying wages, or promising to
// pay: it is there and trading ("工资倒是照发", "老板说过阵子补").
var unitPays = []string{"工资照发", "工资倒是照发", "工资还在发", "工资还是照发", "工资都照发", "工资正常发", "工资还照发",
	"工资按时发", "薪水照发", "人工照出", "人工照发", "照样发工资", "照常发工资", "过阵子补", "过段时间补", "过几天补", "以后补",
	"说会补", "答应补", "still get salary", "still get paid", "still getting paid", "still get my salary", "still pay salary",
	"still pays salary", "still paying salary", "salary is still paid", "salary still paid", "salary is paid", "wages are paid",
	"still pay wages", "still paying wages", "promised to pay", "will pay it back", "say they will pay", "said they would pay"}

// unitHard are words of an employer short of money ("现金流紧张",
// "钞票紧张", "没得钱") once a unit is named.
var unitHard = []string{"现金流紧张", "现金流有问题", "现金流出问题", "资金链紧", "资金链断", "资金链出", "钞票紧张", "钱紧张",
	"手头紧", "周转唔到", "周转唔过", "周转唔", "没得钱", "莫得钱", "没啥钱", "没有钱", "冇钞票", "无钞票", "撑不住", "快撑不下去",
	"钱不够", "钞票不够", "钞票勿够", "等有钱", "有钱了再", "有钱再", "cash problem", "money problem", "money trouble", "short on cash",
	"short of cash", "tight on money", "money is tight", "cash is tight", "no cash"}

// round16 applies the heldout16 readings that need the whole extraction.
func (x *extractor) round16(e *Extracted) {
	x.round21b(e) // readings21b.go
	if e.UnitStatus != "" || e.Reason != rules.ReasonArrears || x.has(lJobChange) || x.has(lLeftJob) {
		return
	}
	s := x.s
	switch {
	case hasAny(s, unitFormer) || hasAny(s, runOnIf) || hasAny(s, enSupposed):
		// A former employer or one the person cannot vouch for.
	case hasAny(s, unitHard):
		e.UnitStatus = rules.UnitHardship
	case hasAny(s, unitPays) || hasAny(s, wageWords) && hasAny(s, wagePaid):
		e.UnitStatus = rules.UnitNormal
	case e.Gap != nil && !hasAny(s, unitTroubleHints):
		// "公司欠医保两个月了", "my company hasn't paid for 3 months": an
		// employer that owes the person's own months, told in the
		// present with no word of it gone, is there. The reply echoes
		// it, so "不是，老板跑了" corrects it.
		e.UnitStatus, e.UnitImplied = rules.UnitNormal, true
	}
}

// unitTroubleHints are words about the employer's money or whereabouts
// that the readings above may not settle ("订单少", "the owner is gone"):
// with any of them the state is asked, never presumed.
var unitTroubleHints = []string{"钱", "钞票", "资金", "现金", "订单", "生意", "效益", "困难", "紧张", "撑", "亏", "倒闭", "倒了",
	"跑", "走了", "走人", "走佬", "关门", "关了", "关张", "关闭", "停业", "搬空", "搬走", "解散", "散伙", "垮", "黄了", "找不到", "联系不上",
	"不见", "失联", "破产", "清算", "拍卖", "合并", "收购", "分立",
	"cash", "money", "problem", "trouble", "struggl", "broke", "gone", "owner", "closed", "shut", "bankrupt", "disappear",
	"vanish", "ran off", "ran away", "fled", "merge", "acquired", "sold", "split", "liquidat", "insolven", "orders", "business is",
	// heldout18: a boss who fled or cannot be found, in more words; with
	// any of them the employer is never presumed trading.
	"找不", "寻不", "不着", "无人", "無人", "嘸人", "走路", "落跑", "逃", "溜", "躲", "蒸发", "消失", "失踪", "拉黑", "打不通", "关机", "不接",
	"搵唔到", "走咗", "执笠", "债", "人影", "is missing", "went missing", "gone missing", "awol", "runner", "skipped town", "nowhere", "cant find", "can't find", "cannot find",
	"cant reach", "can't reach", "cannot reach", "unreachable", "locked", "debt"}

// wageWords and wagePaid together say wages still come ("工资倒是一直照发",
// "salary is still paid on time"): the employer is there.
var (
	wageWords = []string{"工资", "薪水", "薪资", "人工", "salary", "salaries", "wages", "paycheck", "paid our pay"}
	wagePaid  = []string{"照发", "照常发", "按时发", "还在发", "正常发", "还发", "都发", "一直发", "发着", "照出", "still paid", "still get",
		"still pay", "still come", "on time", "every month"}
)

// statedUnitStatus keeps the unit's state a person named in a clause that
// also asks ("公司上个月的医保没交 还在正常经营 12月20号住院能报吗": one
// clause, split by spaces only): when the rest of the message tells a unit
// case, the state is theirs, not supposed, unless the question opens with
// "如果"/"if".
func statedUnitStatus(stated, all Extracted, question string) rules.UnitStatus {
	if stated.UnitStatus != "" && !stated.UnitImplied || all.UnitStatus == "" || all.UnitImplied || hasAny(question, runOnIf) ||
		hasAny(question, enSupposed) {
		return stated.UnitStatus
	}
	if stated.Payer != rules.PayerUnit && stated.Reason != rules.ReasonArrears {
		return stated.UnitStatus
	}
	return all.UnitStatus
}

// enSupposed opens a case supposed, not told ("what if the company goes bankrupt").
var enSupposed = []string{"if ", "suppose", "in case"}
