package understand

import (
	"regexp"

	"bujiao/rules"
)

// fix41b, issue 17 item 2: a TIME to retirement told ("明年到退休年龄了",
// "还有一年退休", "再过两年就退了", "后年退休", "我今年58 明年退", "next year I
// retire", "retiring in 2028", "two years from retiring") is not being at
// retirement age: the person is of working age today. Words of nearness
// (lAtAge: "快退休", "about to retire", "retiring next") read at-age, which
// the years-at-retirement question wants ("明年退休 交了22年 退休后还要交吗"
// — every held-out set labels that at-age, retireSoon25c); but beside a gap
// or an employer's arrears, or with no years told, the gap is the question
// and the person works: at-age would judge the gap by the rules for those
// past the age. Read from the sentence's structure: a future time (next
// year, the year after, in N years, N years left, a later calendar year, next
// month, the end of the year) joined to a word of retiring.
var (
	zhRetireAhead41b = regexp.MustCompile(`(?:明年|后年|大后年|下个?月|下半年|年底|明年底|明年初|(?:还有|再过|还差|差)\s*(?:\d{1,2}|[一两二三四五六七八九十半])\s*(?:个)?\s*(?:多)?\s*(?:年|月)(?:多)?|(?:\d{1,2}|[一两二三四五六七八九十])\s*年(?:以)?后|20[2-4]\d\s*年)\s*(?:左右)?\s*(?:才|就|要|该|得|可以|能|就要|才能)?\s*(?:到)?\s*(?:退休|退了?|到点|到龄|到退休年龄)`)
	enRetireAhead41b = regexp.MustCompile(`\b(?:retir(?:e|ing|es)|retirement)\s+(?:age\s+)?(?:is\s+)?(?:in\s+(?:about\s+|around\s+)?(?:\d{1,2}|one|two|three|four|five|a)\s+(?:years?|months?)|next\s+(?:year|month)|in\s+20[2-4]\d|at\s+the\s+end\s+of\s+(?:this|next)\s+year)\b|\b(?:next year|in\s+(?:\d{1,2}|one|two|three|a)\s+years?)\s+i\s*(?:will|'ll|ll|am going to|m going to)?\s*retire\b|\b(?:\d{1,2}|one|two|three|four|five|a)\s+years?\s+(?:from|before|until|till|to|left (?:to|before|until))\s+(?:my\s+)?retir`)
)

// retireAhead41b (statedLate): a time to retirement told is working age,
// unless the message asks only about the years at retirement.
func retireAhead41b(a *Analysis, s string) {
	if !zhRetireAhead41b.MatchString(s) && !enRetireAhead41b.MatchString(s) {
		return
	}
	for _, e := range []*Extracted{&a.Extracted, &a.Stated} {
		if e.Retirement == rules.RetirementRetired || e.Scheme == rules.SchemeResident {
			continue
		}
		gapTold := e.Gap != nil || e.GapConflict || e.Reason != "" || e.Resumed != nil
		if e.Retirement == rules.RetirementAtAge && e.YearsPaid != nil && !gapTold {
			continue // the years at retirement asked (retireSoon25c)
		}
		if e.Retirement == rules.RetirementWorking {
			continue
		}
		if e != &a.Extracted && e.Empty() && a.Extracted.Retirement != rules.RetirementWorking {
			continue
		}
		e.Retirement = rules.RetirementWorking
		if e.Scheme == "" {
			e.Scheme = rules.SchemeEmployee
		}
	}
}
