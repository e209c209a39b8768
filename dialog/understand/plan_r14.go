package understand

import (
	"strings"
	"time"

	"bujiao/rules"
)

// Audit round 14 R14-M2: a restart planned for a later month ("明年1月份
// 再开始交", "打算明年1月再接着交", "I'll start paying again in January",
// "going to restart paying in january") was dropped, and the answer dated
// the restart from this month. The plan is the day of payment (pay_date,
// the first day of that month); paying has not resumed, so it is never the
// month the gap ended (gap_ended).

// zhPlanR14 mark a plan: the month that follows is ahead.
var zhPlanR14 = []string{"打算", "准备", "计划", "想", "要", "会", "明年", "下个月", "等",
	// Cantonese and dialect: 出年, 下年 (next year).
	"出年", "下年"}

// zhPlanPayR14 are the words of paying again after the planned month
// (交 is already 缴 here).
var zhPlanPayR14 = []string{"再接着缴", "再开始缴", "再缴", "接着缴", "开始缴", "重新缴", "继续缴", "再续缴", "续缴", "恢复缴费", "恢复缴", "再开始续缴"}

// enPlanR14 mark a plan; enPlanPayR14 are the words of paying again.
var (
	enPlanR14 = map[string]bool{"will": true, "ll": true, "going": true, "gonna": true, "plan": true, "planning": true,
		"intend": true, "intending": true, "want": true, "wanna": true, "shall": true}
	enPlanPayR14 = map[string]bool{"pay": true, "paying": true, "restart": true, "resume": true, "start": true,
		"contribute": true, "contributing": true, "again": true}
)

// payPlanned reads the first day of a month in which the person plans to
// (re)start paying; nil when there is none, or when the month is not after
// this one.
func payPlanned(s string, today rules.Date) *rules.Date {
	if today.IsZero() {
		return nil
	}
	cur := today.MonthOf()
	ahead := func(m int, nextYear bool) *rules.Date {
		y := cur.Year
		if nextYear || m < int(cur.Month) {
			y++
		}
		pm := rules.Month{Year: y, Month: time.Month(m)}
		if pm.Since(cur) <= 0 || pm.Since(cur) > 12 {
			return nil
		}
		return &rules.Date{Year: pm.Year, Month: pm.Month, Day: 1}
	}
	// Characters: "明年1月份再开始缴", "打算明年1月再接着缴".
	for k := 0; k < len(s); k++ {
		m, end, ok := monthNumberAt(s, k)
		if !ok {
			continue
		}
		after := strings.TrimLeft(s[end:], " 份")
		after = strings.TrimPrefix(after, "起")
		after = strings.TrimPrefix(after, "开始就")
		after = strings.TrimPrefix(after, "就")
		if !hasPrefixAny(after, zhPlanPayR14) {
			continue
		}
		before := s[max(0, k-18):k]
		if !containsAny(before, zhPlanR14) {
			continue
		}
		if d := ahead(m, containsAny(before, []string{"明年", "出年", "下年"})); d != nil {
			return d
		}
	}
	// Next month, relative (audit round 15 R15-M2): "下个月再缴", "下个月
	// 开始自己缴", "will pay again next month".
	for _, w := range []string{"下个月", "下月"} {
		i := strings.Index(s, w)
		if i < 0 {
			continue
		}
		after := strings.TrimLeft(s[i+len(w):], " ")
		for _, f := range []string{"就", "开始", "起", "自己", "再"} {
			after = strings.TrimPrefix(after, f)
		}
		if hasPrefixAny(after, zhPlanPayR14) || hasPrefixAny(after, []string{"缴", "自己缴", "开始缴"}) {
			nm := cur.Add(1)
			return &rules.Date{Year: nm.Year, Month: nm.Month, Day: 1}
		}
	}
	if hasAny(s, []string{"pay again next month", "paying again next month", "restart next month", "start paying next month",
		"resume next month", "resume paying next month", "start again next month", "pay next month again"}) {
		nm := cur.Add(1)
		return &rules.Date{Year: nm.Year, Month: nm.Month, Day: 1}
	}
	// English: "i will pay again from january", "going to restart paying
	// in january", "I'll start paying again in January".
	for i := 0; i < len(s); i++ {
		if !isLetter(s[i]) || i > 0 && isLetter(s[i-1]) {
			continue
		}
		w := wordAt(s, i)
		m, ok := enMonths[w]
		if !ok || w == "may" && !strings.Contains(s, "in may") && !strings.Contains(s, "from may") {
			continue
		}
		plan, pay := false, false
		p, next := i, ""
		for n := 0; n < 8; n++ {
			q, k := prevWord(s, p)
			if q == "" {
				break
			}
			// "I'll" is "ill" once the apostrophe is gone: a plan only
			// before a word of paying ("ill start paying").
			plan = plan || enPlanR14[q] || q == "ill" && (enPlanPayR14[next] || next == "be")
			pay = pay || enPlanPayR14[q]
			p, next = k, q
		}
		if plan && pay {
			if d := ahead(m, false); d != nil {
				return d
			}
		}
	}
	return nil
}
