package understand

import (
	"strings"

	"bujiao/rules"
)

// Readings of round fix24a (heldout20's residents), each for a family of
// wordings:
//
//   - the employer's part of the contribution "not arrived" (a pasted
//     notice: "单位缴费已连续3个月未到账"), or the person still working
//     there all along ("我一直在公司上班的"), with no leaving or new job
//     told: the employer owes (arrears);
//   - the employer denied gone ("公司也没倒", "老板人还在") with arrears:
//     the employer operates; money short ("资金紧", "资金紧张"): hardship;
//   - the whole workforce never insured ("老板从来没给我们买过社保"): not
//     registered, as "没给我买过" already is;
//   - a shop of one's own ("自己开了个小店", "做个体"): the person pays
//     for themselves;
//   - "reaches retirement age this month": at the age, and the month is
//     the month of the birthday, not the start of a gap.

var (
	zh24NotArrived = []string{"未到账", "没到账", "没有到账", "未到帐", "没到帐", "未足额到账", "未入账", "没入账"}
	zh24StillThere = []string{"一直在公司上班", "一直在单位上班", "一直在厂里上班", "一直在这个公司", "一直在这家公司", "还在公司上班",
		"还在单位上班", "还在厂里上班", "一直都在公司", "一直都在上班", "一直在上班"}
	zh24NotGone = []string{"公司也没倒", "公司没倒", "单位没倒", "单位也没倒", "厂也没倒", "厂子没倒", "厂子也没倒", "老板人还在",
		"老板也还在", "公司也还开着"}
	zh24Hardship   = []string{"资金紧", "手头紧", "钱紧", "资金周转", "周转困难", "周转不开"}
	zh24NeverOurs  = []string{"没给我们买过", "没给我们上过", "没给我们办过", "没给我们参过", "没帮我们买过", "没帮我们上过", "没帮我们办过"}
	zh24OwnShop    = []string{"自己开了个小店", "自己开了家小店", "开了个小店", "开了家小店", "开了个店", "开了家店", "自己开店", "开个小店", "做个体", "开了个小卖部", "摆摊", "自己做小生意", "做点小生意"}
	en24AtAge      = []string{"reaches retirement age", "reaches the retirement age", "reaches her retirement age", "reaches his retirement age", "hits retirement age", "turns retirement age"}
	zh24LeftOrJump = []string{"离职", "辞职", "辞了", "换工作", "换了工作", "新单位", "新公司", "跳槽", "走了", "被裁", "不干了"}
)

func (x *extractor) round24a(e *Extracted) {
	s := x.s
	told := func(list []string) bool { return hasAny(s, list) }
	if e.Reason == "" && e.Payer != rules.PayerIndividual && x.hasUnit() && !told(zh24LeftOrJump) && !told(zhLeftSaid) &&
		(told(zh24NotArrived) && (e.Gap != nil || x.rough != nil) || told(zh24StillThere) && (e.Gap != nil || x.has(lArrearsWeak))) {
		e.Reason = rules.ReasonArrears
		if e.Payer == "" {
			e.Payer = rules.PayerUnit
		}
	}
	if e.Reason == rules.ReasonArrears && e.UnitStatus == "" && !TellsUnitGone(s) {
		switch {
		case told(zh24Hardship):
			e.UnitStatus = rules.UnitHardship
		case told(zh24NotGone) || told(zh24StillThere):
			e.UnitStatus = rules.UnitNormal
		}
	}
	if e.Reason == rules.ReasonArrears && told(zh24NeverOurs) && (e.UnitStatus == "" || e.UnitStatus == rules.UnitNormal) &&
		(e.Gap == nil || e.Gap.Since == nil) {
		e.Reason = rules.ReasonNotRegistered
		if e.Gap == nil && !e.GapConflict && x.worked != nil {
			// Every month worked went without contributions (extract).
			e.Gap = x.worked
			x.gapNamed = true
		}
	}
	if !e.SameCity && bothJobsIn(s) {
		// Two employers told: a job change, whatever the reason read so
		// far (a former employer's arrears, formerarrears_r17a.go); the
		// engine uses SameCity only for a job change.
		e.SameCity = true
	}
	if e.Payer == "" && e.Reason == "" && !x.hasUnit() && told(zh24OwnShop) {
		e.Payer = rules.PayerIndividual
	}
	if e.Retirement == "" && hasAny(" "+s, en24AtAge) {
		e.Retirement = rules.RetirementAtAge
	}
	if e.Retirement == rules.RetirementAtAge && e.Gap != nil && e.Gap.Since != nil && !told(en24GapSaid) && !told(zh24GapSaid) &&
		hasAny(s, []string{"retirement age", "退休年龄", "到龄"}) {
		// "reaches retirement age this month": no gap was told.
		e.Gap = nil
	}
}

var (
	en24GapSaid = []string{"unpaid", "not paid", "nothing paid", "paid nothing", "stopped", "lapsed", "missed", "gap", "havent paid",
		"hasnt paid", "didnt pay", "no longer", "since then", "owe"}
	zh24GapSaid = []string{"断", "停", "没缴", "没有缴", "欠", "漏", "未缴"}
)

// bothJobsIn: both employers said to be in one place ("两家都在上海",
// "新旧两个单位都在杭州", "both companies are in Shenzhen"): a job change
// inside one city (samecity17e.go).
func bothJobsIn(s string) bool {
	if hasAny(s, []string{"不都在", "不是都在", "不在一个", "不在同一", "not both", "different cit"}) {
		return false
	}
	return hasAny(s, []string{"两家都在", "两家公司都在", "两个公司都在", "两家单位都在", "两个单位都在", "两个厂都在", "两家厂都在",
		"新旧单位都在", "新旧公司都在", "新老单位都在", "新老公司都在", "前后两家都在", "两份工作都在", "两边都在"}) ||
		hasAny(" "+s, []string{"both companies are in", "both companies were in", "both jobs are in", "both jobs were in",
			"both employers are in", "both employers were in", "both in the same city"})
}

// newEmployerPays24a: a new employer paying now ("现在新单位在交了", "新公司
// 已经给我交上了", "the new company pays it now"): the gap ended with the
// new job, and what a former employer owed before the person left is still
// the former employer's (formerarrears_r17a.go), not paid back.
func newEmployerPays24a(s string) bool {
	for _, w := range []string{"新单位", "新公司", "新东家", "新厂", "新的单位", "新的公司"} {
		for k := 0; ; {
			j := strings.Index(s[k:], w)
			if j < 0 {
				break
			}
			k += j + len(w)
			after := cutRunes(s[k:], 8)
			if hasAny(after, []string{"在缴", "已经缴", "缴上了", "给我缴了", "给缴了", "开始缴", "有缴", "给我上了", "缴着"}) &&
				!hasAny(after, []string{"没", "不", "未", "才", "下个月", "下月", "要", "会", "将", "明年", "以后", "过几"}) {
				return true
			}
		}
	}
	return hasAny(" "+s, []string{"new company pays", "new company is paying", "new employer pays", "new employer is paying",
		"new job pays", "new company has been paying", "new employer has been paying"})
}

// totalSaid24a: a count told as the whole gap in so many words ("中间前前
// 后后一共断了三个月", "总共停了四个月"), even with the months a former
// employer owed told just before it in the same run-on.
func totalSaid24a(before string) bool {
	return hasSuffixAnyStr(before, []string{"一共断了", "总共断了", "一共断缴了", "总共断缴了", "一共断", "总共断", "加起来断了", "加起来一共断了",
		"一共停了", "总共停了", "一共停缴了", "总共停缴了", "一共没缴", "总共没缴", "一共断保了", "总共断保了"}) ||
		totalSaid28a(before) || totalSaid37a(before) // read28a.go, read37a.go
}

// selfPaidBefore24a: the message tells paying for oneself as done or going
// on ("原来在上海自己交灵活就业的", "之前是自己交的", "paying my own
// insurance in Chengdu", "as a freelancer"), not only planned ("现在打算
// 自己交", "I want to pay it myself").
func selfPaidBefore24a(s string) bool {
	plan := []string{"打算", "想", "准备", "要", "以后", "计划", "plan", "want", "going to", "will", "would like", "can i", "should i"}
	for _, w := range []string{"自己缴", "自己在缴", "个人缴", "灵活就业", "个体", "自由职业", "freelanc", "self-employed", "self employed",
		"paying my own", "paid my own", "pay my own", "paying it myself", "paid it myself", "paying myself", "paid myself", "on my own"} {
		for k := 0; ; {
			j := strings.Index(s[k:], w)
			if j < 0 {
				break
			}
			at := k + j
			k = at + len(w)
			if !hasAny(lastRunes(s[:at], 6), plan) {
				return true
			}
		}
	}
	return false
}
