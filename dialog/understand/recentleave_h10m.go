package understand

import (
	"strings"

	"bujiao/rules"
)

// Readings of issue 17's heldout10 voice run-ons, kept apart to ease
// merging:
//
//   - A job left days or weeks ago ("上个礼拜刚从上海公司离职的", "离职才两
//     周", "quit last week", "resigned 2 weeks ago"): no whole month has
//     gone unpaid yet. The first month without an employer is this month
//     at the earliest, so the gap is read as starting this month (0 months
//     before it), as "这个月刚离职" is.
//   - Paying oneself as a plan told with its time ("打算下个月开始自己交灵
//     活就业", "准备从明年起按灵活就业交", "going to start paying myself
//     next month"): who paid before the gap is the employer left, as
//     "辞职了 想自己交" already reads (paidback.go).
//   - A count of months to wait ("是不是还得等六个月才能用", "do I have to
//     wait 6 months") is the waiting asked about, never a gap: zhIgnore and
//     enRole know 等 and wait.

// zhRecentWeeks name a time days or weeks back.
var zhRecentWeeks = []string{"上个礼拜", "上礼拜", "上周", "上星期", "上个星期", "这周", "这礼拜", "这个礼拜", "这星期", "这个星期",
	"前几天", "前两天", "前些天", "这几天", "这两天", "昨天", "前天", "几天前", "两天前", "三天前", "一周前", "两周前", "三周前",
	"一个礼拜前", "两个礼拜前", "一个星期前", "两个星期前", "半个月前", "上上周", "上上个礼拜", "大前天", "今天", "今早", "刚刚"}

// zhWeeksSince are the times after a verb of leaving: "离职才两周",
// "辞职一个礼拜了", "离职十来天".
var zhWeeksSince = []string{"一周", "两周", "三周", "一个礼拜", "两个礼拜", "三个礼拜", "一个星期", "两个星期", "三个星期", "一礼拜",
	"几天", "两天", "三天", "五天", "十天", "十几天", "十来天", "二十天", "二十来天", "半个月", "没几天", "不到一个月"}

var (
	zhLeaveVerbs = []string{"离职", "辞职", "辞了", "辞工", "被裁", "被辞", "被辞退", "裁员", "不干了", "离开公司", "离开单位", "走人"}
	enLeaveVerbs = []string{"quit", "left my job", "left the job", "left the company", "left my company", "left my employer",
		"resigned", "laid off", "was let go", "got fired", "was fired", "lost my job", "left work"}
	enRecentWeeks = []string{"last week", "this week", "a few days ago", "few days ago", "days ago", "yesterday", "a week ago",
		"one week ago", "two weeks ago", "2 weeks ago", "three weeks ago", "3 weeks ago", "a couple of weeks ago",
		"couple weeks ago", "the other day", "earlier this month", "at the start of this month", "this month"}
)

// round10m applies the readings above.
func (x *extractor) round10m(e *Extracted) {
	if e.Reason != rules.ReasonLeftJob {
		return
	}
	if e.Payer == rules.PayerIndividual && (planSelfLaterZh(x.s) || planSelfLaterEn(x.s)) && !paidSelfBefore(x.s) {
		e.Payer = rules.PayerUnit
	}
	if e.Gap == nil && !e.GapConflict && !x.today.IsZero() && (leftRecentlyZh(x.s) || leftRecentlyEn(x.s)) {
		m := x.cur
		e.Gap = &Duration{Since: &m}
	}
}

// leftRecentlyZh: a verb of leaving with a time days or weeks back before
// it in its clause, or a count of days or weeks after it.
func leftRecentlyZh(s string) bool {
	for _, v := range zhLeaveVerbs {
		for i := range occurrences(s, v) {
			k := i + len(v)
			before := cutRunesBack(clauseBefore(s, i), 14)
			for _, sep := range []string{" ", "去", "问", "说"} {
				// "上周去问了 我离职了": the week is the asking's.
				if c := strings.LastIndex(before, sep); c >= 0 {
					before = before[c+len(sep):]
				}
			}
			if hasAny(before, zhRecentWeeks) && !hasAny(before, []string{"不是", "没有", "没", "如果", "要是", "打算", "准备"}) {
				return true
			}
			after := s[k:]
			for changed := true; changed; {
				changed = false
				for _, f := range []string{"了", "才", "刚", "刚刚", "有", "快", "还不到", "不到", "也就", "就", "的", " "} {
					if t, ok := strings.CutPrefix(after, f); ok {
						after, changed = t, true
					}
				}
			}
			if hasPrefixAny(after, zhWeeksSince) {
				return true
			}
		}
	}
	return false
}

// leftRecentlyEn: an English verb of leaving with a time days or weeks
// back after it in its clause ("quit my job last week", "resigned two
// weeks ago").
func leftRecentlyEn(s string) bool {
	for _, v := range enLeaveVerbs {
		i := strings.Index(s, v)
		if i < 0 || i > 0 && isAlnum(s[i-1]) {
			continue
		}
		c := commaClause(s, i, i+len(v))
		if k := strings.Index(c, v); k >= 0 && hasAny(c[k:], enRecentWeeks) {
			return true
		}
	}
	return false
}

// zhPlanWords and zhSelfWords: a plan, then paying oneself, within a
// clause ("打算下个月开始自己交", "准备从明年起按灵活就业交").
var (
	zhPlanWords = []string{"打算", "准备", "计划", "想", "寻思", "琢磨", "考虑"}
	zhSelfWords = []string{"自己", "自个", "个人", "灵活就业", "灵活"}
)

// zhPlanGap is how many runes may lie between the plan and paying
// oneself: a time and a verb ("下个月开始").
const zhPlanGap = 10

func planSelfLaterZh(s string) bool {
	for _, p := range zhPlanWords {
		for k := 0; ; {
			j := strings.Index(s[k:], p)
			if j < 0 {
				break
			}
			k += j + len(p)
			if hasPrefixAny(s[k:], []string{"知道", "问", "了解", "咨询", "请教", "确认"}) {
				// "我想知道灵活就业…": a question, not a plan.
				continue
			}
			win := cutRunes(s[k:], zhPlanGap)
			if c := strings.IndexAny(win, ", "); c >= 0 {
				win = win[:c]
			}
			if !hasAny(win, zhSelfWords) {
				continue
			}
			if i := firstAny(win, zhSelfWords); i >= 0 && hasAny(cutRunes(win[i:], 8), []string{"缴的", "缴了", "缴过", "在缴", "一直缴"}) {
				// "想想 以后自己缴了两年": done, not planned.
				continue
			}
			return true
		}
	}
	return false
}

// planSelfLaterEn: "going to start paying myself next month", "plan to
// join as a freelancer from next month".
func planSelfLaterEn(s string) bool {
	for _, p := range []string{"going to", "plan to", "planning to", "will ", "intend to", "thinking of", "thinking about", "about to", "want to start"} {
		i := strings.Index(s, p)
		if i < 0 {
			continue
		}
		c := commaClause(s, i, i+len(p))
		if k := strings.Index(c, p); k >= 0 {
			rest := c[k:]
			if hasAny(rest, []string{"pay", "join", "enrol", "sign up", "contribut"}) &&
				hasAny(rest, []string{"myself", "on my own", "flexible", "freelance", "self-employed", "self employed", "as an individual"}) {
				return true
			}
		}
	}
	return false
}

func init() {
	// "还得等六个月才能用": the months waited, never a gap.
	zhIgnore = append(zhIgnore, "等", "等待", "等待期")
}

// within reports a count told as a time limit: "三个月内", "三个月之内",
// "6个月以内", "within 3 months", "in less than 3 months".
func within(s string, q qty) bool {
	if hasPrefixAny(strings.TrimLeft(s[q.end:], " "), []string{"内", "之内", "以内"}) {
		return true
	}
	w, p := prevWord(s, q.start)
	if w == "the" || w == "a" {
		w, _ = prevWord(s, p)
	}
	return w == "within"
}

// paidSelfBefore reports paying oneself told as done ("辞职后一直自己缴的",
// "自己缴了两年", "I was paying it myself"): then the plan continues it,
// and the individual paid before the gap.
func paidSelfBefore(s string) bool {
	return hasAny(s, []string{"自己缴的", "自己缴了", "一直自己", "自己在缴", "个人缴的", "自个缴的", "自己一直缴", "以前自己", "之前自己", "原来自己",
		"i was paying", "i paid it myself", "i have been paying", "ive been paying", "i was self-employed", "paid it myself"})
}
