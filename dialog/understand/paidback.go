package understand

import (
	"strings"
	"time"

	"bujiao/rules"
)

// Audit round 6 readings, kept apart to ease merging:
//
//   - R7-M5: an employer that paid the missed months back ("11月公司把欠的都
//     补上了", "单位都补缴了", "paid everything back in November") fills
//     rules.FieldArrearsPaid; a person who paid their own gap back ("上个月
//     已经补齐了") or resumed ("resumed contributions last month",
//     "restarted paying in September") has ended the gap in that month.
//   - R7-M3: someone who left a job and now wants to pay as a flexible
//     worker ("离职两个月了 想自己交") was paid for by the employer: paying
//     oneself is the plan, not who paid before the gap.

var (
	// 交 is already 缴 here.
	zhPaidBack = []string{"补上了", "补齐了", "补缴了", "补足了", "补完了", "补清了", "都补了", "全补了", "补回来了", "缴清了",
		"补上", "补齐", "补足",
		// A bureau's text: "单位已于2026年10月足额补缴此前欠缴的…".
		"足额补缴", "已补缴", "补缴完毕", "已经补缴"}
	zhPaidBackNot = []string{"没补", "没有补", "未补", "不补", "没缴清", "没给补", "不给补", "拒绝补", "要补", "想补",
		"能补", "能不能补", "怎么补", "让单位补", "让公司补", "叫单位补", "叫公司补", "催"}
	enPaidBack = []string{"paid back", "paid it back", "paid them back", "paid everything back", "paid it all back",
		"paid all the arrears", "paid the arrears", "paid off the arrears", "cleared the arrears", "made up the missed",
		"caught up on", "paid in full", "paid up the arrears", "settled the arrears"}
	enPaidBackNot = []string{"never made up", "not made up", "didnt make up", "didn't make up", "never caught up", "never paid back", "not paid back", "hasn't paid", "has not paid", "haven't paid", "have not paid", "never paid",
		"didn't pay", "did not pay", "not yet", "won't pay", "will not pay", "refuses", "refused"}
	enResumedSelf = []string{"resumed contributions", "resumed contributing", "resumed paying", "resumed payments",
		"restarted paying", "restarted contributions", "started paying again", "began paying again", "paying again since"}
	paidUnitWords = []string{"公司", "单位", "老板", "厂里", "厂", "employer", "company", "boss", "firm"}
	// Paying oneself as the plan after leaving a job.
	zhPlanSelf = []string{"想自己", "想以灵活", "想按灵活", "想缴灵活", "想转灵活", "打算自己", "准备自己", "要自己缴", "想个人",
		"想灵活", "以后自己", "现在自己缴", "现在想",
		// Dialect plans: "我寻思自己交", "琢磨着自个交", "想着自己交".
		"寻思自己", "寻思着自己", "琢磨自己", "琢磨着自己", "打算自个", "想着自己", "寻思自个",
		// Advice to pay oneself is a plan too: "我老公说让我自己交" (heldout13).
		"让我自己", "叫我自己", "要我自己"}
	enPlanSelf = []string{"want to pay", "wants to pay", "i want to", "plan to pay", "planning to pay", "going to pay",
		"would like to pay", "like to pay myself", "pay myself now", "now pay myself"}
)

// round6 applies the readings above to what keywords and times found.
func (x *extractor) round6(e *Extracted) {
	s := x.s
	// An employer in arrears ("老板说公司没钱 社保停了三个月 我想自己交行
	// 不行") paid before the gap just the same: paying oneself is the plan
	// asked about.
	// "没单位 … 手头紧就没交了" is the person's own hardship, no employer's.
	unitGap := e.Reason == rules.ReasonLeftJob || (e.Reason == rules.ReasonArrears || e.UnitStatus != "") &&
		hasAny(s, paidUnitWords) && !hasAny(s, []string{"没单位", "没有单位", "无单位", "no employer", "self-employed", "freelanc"})
	if unitGap && e.Payer == rules.PayerIndividual && (planSelfZh(s) || hasAny(s, enPlanSelf) || asksSelfPay(s)) {
		e.Payer = rules.PayerUnit
	}
	if x.today.IsZero() {
		return
	}
	m, said := paidBackMonth(s, x.cur)
	if !said {
		if m, ok := resumedSelf(s, x.cur); ok && e.Resumed == nil {
			e.Resumed = m
		}
		return
	}
	if hasAny(s, paidUnitWords) || e.Reason == rules.ReasonArrears {
		if e.Reason == "" {
			e.Reason = rules.ReasonArrears
		}
		if e.Payer == "" {
			e.Payer = rules.PayerUnit
		}
		if m != nil && x.cur.Since(*m) >= 0 {
			if e.Resumed != nil && *e.Resumed == *m && hasAny(s, []string{"补齐了", "补足了", "补完了", "补清了", "已经补齐"}) {
				// The employer's back-payment month is no month the
				// person resumed paying ("上个月单位补齐了").
				e.Resumed = nil
			}
			e.ArrearsPaid = m
		} else {
			e.ArrearsPaidSaid = true
		}
		return
	}
	// One's own gap paid back: paying the missed months is not resuming
	// (audit round 7 re-check R7-M5‴, resumed18d.go).
	x.selfPaidBack(e, m)
}

// paidBackMonth reports whether s says the missed months were paid back,
// and the month when its clause names one.
func paidBackMonth(s string, cur rules.Month) (*rules.Month, bool) {
	i, w := firstOf(s, zhPaidBack)
	if i < 0 {
		i, w = firstOf(s, enPaidBack)
		if i < 0 || hasAny(s, enPaidBackNot) {
			return nil, false
		}
	} else if hasAny(s[:i+len(w)], zhPaidBackNot) || hasAny(clauseAround(s, i), zhPaidBackNot) || asksPaidBack(s[i:]) || plannedPayBack23d(s, i, w) {
		return nil, false
	}
	if payBackPromised(s, i) {
		return nil, false // "老板说下个月补上": a promise (n26)
	}
	return monthInClause(s, i, cur), true
}

// resumedSelf reads "resumed contributions last month", "restarted paying
// in September".
func resumedSelf(s string, cur rules.Month) (*rules.Month, bool) {
	i, _ := firstOf(s, enResumedSelf)
	if i < 0 {
		return nil, false
	}
	m := monthInClause(s, i, cur)
	return m, m != nil
}

func firstOf(s string, ws []string) (int, string) {
	best, bw := -1, ""
	for _, w := range ws {
		if i := strings.Index(s, w); i >= 0 && (best < 0 || i < best) {
			best, bw = i, w
		}
	}
	return best, bw
}

// clauseAround is the clause of s holding byte i.
func clauseAround(s string, i int) string {
	a := strings.LastIndexAny(s[:i], ",.;!?，。；") + 1
	b := strings.IndexAny(s[i:], ",.;!?，。；")
	if b < 0 {
		return s[a:]
	}
	return s[a : i+b]
}

// monthInClause is the month named in the clause holding byte i: 上个月,
// 这个月, "last month", a month number ("11月", "今年1月", "去年11月") or
// an English month name; the most recent such month not after cur.
func monthInClause(s string, i int, cur rules.Month) *rules.Month {
	c := clauseAround(s, i)
	switch {
	case strings.Contains(c, "上个月"), strings.Contains(c, "上月"), strings.Contains(c, "last month"):
		m := cur.Add(-1)
		return &m
	case strings.Contains(c, "这个月"), strings.Contains(c, "本月"), strings.Contains(c, "this month"):
		return &cur
	}
	past := func(m int, before string) *rules.Month {
		y := cur.Year
		if m > int(cur.Month) {
			y--
		}
		if strings.HasSuffix(before, "去年") || strings.HasSuffix(before, "last year") {
			y = cur.Year - 1
		}
		return &rules.Month{Year: y, Month: time.Month(m)}
	}
	var found *rules.Month
	for k := 0; k < len(c); k++ {
		if m, end, ok := monthNumberAt(c, k); ok {
			if !treatDayAt(c, end) {
				found = past(m, c[:k])
			}
			k = end - 1
		}
	}
	if found != nil {
		return found
	}
	for _, f := range strings.FieldsFunc(c, func(r rune) bool { return r == ' ' || r == ',' || r == '.' }) {
		if m, ok := enMonths[f]; ok && (len(f) > 3 || f == "may" && mayIsMonth(c)) {
			found = past(m, "")
			if y := yearAfterMonth(c, f); y > 0 && (y < cur.Year || y == cur.Year && m <= int(cur.Month)) {
				found = &rules.Month{Year: y, Month: time.Month(m)} // "in may 2026" (readings_h16a.go)
			}
		}
	}
	if found == nil {
		found = enPaidOnDay(c, cur) // "paid everything back on dec 3" (n27)
	}
	return found
}

// planSelfZh reports paying oneself as a plan ("辞职了 想自己交"), not
// what was done: "辞职以后自己缴的", "以后自己缴了两年" say who paid before
// the gap.
func planSelfZh(s string) bool {
	for _, w := range zhPlanSelf {
		for k := 0; ; {
			j := strings.Index(s[k:], w)
			if j < 0 {
				break
			}
			k += j + len(w)
			if rest := cutRunes(s[k:], 4); !strings.Contains(w, "想") && !strings.Contains(w, "打算") &&
				hasAny(rest, []string{"缴的", "缴了", "缴过", "在缴", "一直缴"}) {
				continue
			}
			return true
		}
	}
	return false
}

// asksPaidBack: the paying back asked about or planned, not done: "现在补上
// 影响大吗", "补上的话还能报吗", "补上会不会有等待期" (heldout8).
func asksPaidBack(rest string) bool {
	r := cutRunes(rest, 8)
	if k := strings.IndexAny(r, " ,，。"); k >= 0 {
		r = r[:k]
	}
	return hasAny(r, []string{"吗", "?", "？", "的话", "会不会", "影响", "要不要", "能不能", "可以吗", "行不行"})
}

// asksSelfPay: paying oneself asked about, not done ("我自己交可以吗",
// "能不能自己交", "自己交得唔得", "can i pay it myself").
func asksSelfPay(s string) bool {
	for _, w := range []string{"自己缴", "自个缴", "个人缴"} {
		for k := 0; ; {
			j := strings.Index(s[k:], w)
			if j < 0 {
				break
			}
			before := s[:k+j]
			k += j + len(w)
			if strings.HasSuffix(before, "能不能") || strings.HasSuffix(before, "可不可以") || strings.HasSuffix(before, "可以") ||
				strings.HasSuffix(before, "能") {
				return true
			}
			if r := cutRunes(s[k:], 6); hasAny(r, []string{"可以吗", "行吗", "行不行", "得唔得", "得不得", "可唔可以", "好不好", "吗"}) {
				return true
			}
		}
	}
	return hasAny(s, []string{"pay it myself", "pay myself", "pay them myself", "pay on my own"})
}
