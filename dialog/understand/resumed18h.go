package understand

import (
	"strings"

	"bujiao/rules"
)

// Audit round 11 re-check readings (R9-M1⁵, R13-M1), kept apart to ease
// merging:
//
//   - a new employer's enrolment told with more everyday verbs: "12月厂里
//     给俺整上医保了", "新公司给我办上了", "12月给我弄好了社保", "公司12月帮我
//     买了社保", "the factory sorted out my medical insurance in december",
//     "got my insurance sorted", "set me up with insurance": the month
//     paying resumed, from whose end 43号 ③'s ceiling counts;
//   - told after a move to work in another place ("从长沙到深圳上班 断了4个
//     月 公司12月帮我买了社保"), the employer is the new one: a job change
//     with paying resumed that month, not an employer's arrears (no
//     employer owes the months before it hired the person).

func init() {
	var zh []string
	for _, who := range []string{"给我", "给俺", "帮我", "帮俺"} {
		for _, v := range []string{"整上", "办上", "弄上", "搞上", "弄好", "办好", "搞好", "整好", "买了", "买上", "交上", "缴上", "上了", "办了", "上的", "办的", "买的"} {
			for _, obj := range []string{"医保", "社保", "保险", "五险"} {
				zh = append(zh, who+v+obj, who+v+"了"+obj)
			}
		}
		for _, v := range []string{"整上了", "办上了", "弄上了", "搞上了", "弄好了", "办好了", "搞好了", "整好了"} {
			zh = append(zh, who+v)
		}
	}
	for _, obj := range []string{"医保", "社保", "保险", "五险"} {
		for _, v := range []string{"整上", "整好", "弄上", "办上"} {
			zh = append(zh, "把"+obj+v)
		}
	}
	zhResumeVerbs = append(zhResumeVerbs, zh...)
	var en []string
	for _, obj := range []string{"insurance", "medical insurance", "social insurance", "health insurance"} {
		en = append(en, "sorted out my "+obj, "sorted my "+obj, "got my "+obj+" sorted", "set me up with "+obj,
			"set me up with their "+obj, "set me up on "+obj, "set me up for "+obj)
	}
	enResumeStart = append(enResumeStart, en...)
}

// zhMoveToWork: the message tells a move from one place to another to
// work there ("从长沙到深圳上班", "俺从温州去合肥干活").
func zhMoveToWork(s string) bool {
	i := strings.Index(s, "从")
	if i < 0 {
		return false
	}
	rest := s[i:]
	j := strings.IndexAny(rest, ",.;!?，。；？！")
	if j >= 0 {
		rest = rest[:j]
	}
	to := -1
	for _, w := range []string{"到", "去", "来"} {
		if k := strings.Index(rest, w); k > 0 && (to < 0 || k < to) {
			to = k
		}
	}
	return to > 0 && hasAny(rest[to:], []string{"上班", "干活", "打工", "工作", "做事", "找活"}) &&
		!hasAny(s, []string{"如果", "要是", "假如", "打算", "准备"})
}

// round18h applies the readings above; it runs after round18f.
func (x *extractor) round18h(e *Extracted) {
	if x.today.IsZero() || e.Resumed != nil || e.ArrearsPaid != nil || e.ArrearsPaidSaid || e.PaidBack != nil || e.PaidBackSaid {
		return
	}
	move := zhMoveToWork(x.s)
	if !move && e.Reason != rules.ReasonJobChange && !hasAny(x.s, zhNewUnit) {
		return
	}
	if e.Reason != "" && e.Reason != rules.ReasonJobChange && e.Reason != rules.ReasonLeftJob &&
		(e.Reason != rules.ReasonArrears || x.has(lArrearsStrong) || e.UnitStatus != "") {
		return
	}
	m, rest, ok := zhUnitResumed(x.s, x.cur, false)
	if !ok {
		if m, ok = enResumedMonth(x.s, x.cur); !ok {
			return
		}
		rest = x.s
	}
	if x.cur.Since(m) < 0 {
		return
	}
	if e.GapConflict || e.Gap == nil || e.Gap.Since != nil && m.Since(*e.Gap.Since) <= 0 {
		if d, err := ParseDuration(rest, x.today); err == nil && (d.Since != nil || d.Months > 0) {
			e.Gap, e.GapConflict = &d, false
		} else {
			e.Gap = nil
		}
	}
	if g := e.Gap; g != nil && (g.Since == nil && g.Months > 0 && m.Since(x.cur.Add(-g.Months)) <= 0 || g.Since != nil && m.Since(*g.Since) <= 0) {
		return
	}
	e.Resumed, e.GapEnded = &m, true
	if e.Reason != rules.ReasonJobChange {
		e.Reason = rules.ReasonJobChange
	}
}
