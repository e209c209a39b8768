package understand

import (
	"strings"

	"bujiao/rules"
)

// A year of the resident scheme left unpaid, told by the year and not by a
// count: "居民医保去年没交", "去年居民医保忘了交", "didn't pay last year",
// "missed last year's resident insurance". The resident scheme is paid by
// the year, so that is one year without cover (the gap a year long, which
// the chat reads as one broken year). Only for the resident scheme: for the
// employee scheme "last year" names no month, and is asked.

// zhLastYearUnpaid follow "去年" within a few characters ("去年没缴",
// "去年居民医保忘了缴", "去年断了"); 交 is already 缴 here.
var zhLastYearUnpaid = []string{"没缴", "没有缴", "未缴", "忘了缴", "忘记缴", "忘缴", "漏缴", "断了", "断缴", "断掉", "停了", "没续", "没买", "冇缴"}

// enLastYearUnpaid, with "last year" in the same clause, tell the year was
// not paid.
var enLastYearUnpaid = []string{"missed", "didnt pay", "did not pay", "not paid", "unpaid", "lapsed", "skipped", "forgot to pay",
	"didnt renew", "did not renew", "wasnt paid", "was not paid"}

// lastYearUnpaid reports how many years the clause holding "去年" or
// "last year" says were not paid: 1, 2 with "前年跟去年", or 0.
func lastYearUnpaid(s string) int {
	for from := 0; ; {
		i := strings.Index(s[from:], "去年")
		if i < 0 {
			break
		}
		i += from
		from = i + len("去年")
		after := cutRunes(s[from:], 8)
		for _, stop := range []string{",", "今年", "现在", "这", "但"} {
			if k := strings.Index(after, stop); k >= 0 {
				after = after[:k]
			}
		}
		// "去年3月没缴" names a month (read as the gap's start); "去年
		// 缴了" paid.
		j := firstIndexAny(after, zhLastYearUnpaid)
		if j >= 0 && !strings.Contains(after, "月") && !hasAny(after[:j], []string{"缴了", "缴过", "买了"}) {
			// "前年跟去年都没缴", "去年和前年都没缴": both years.
			if _, both := hasSuffixAny(s[:i], []string{"前年跟", "前年和", "前年与", "前年、", "前年,", "前年"}); both {
				return 2
			}
			if hasPrefixAny(after, []string{"和前年", "跟前年", "与前年", "、前年", ",前年", "前年"}) {
				return 2
			}
			return 1
		}
	}
	for from := 0; ; {
		i := strings.Index(s[from:], "last year")
		if i < 0 {
			break
		}
		i += from
		from = i + len("last year")
		if i > 0 && isAlnum(s[i-1]) {
			continue
		}
		if hasAny(commaClause(s, i, from), enLastYearUnpaid) {
			return 1
		}
	}
	return 0
}

// residentYear reads a resident year left unpaid as a year-long gap.
func (x *extractor) residentYear(e *Extracted) {
	// At the resident scheme's own question ("a newborn? if not, how many
	// years without cover?") the scheme need not be named again ("广州的
	// 我就去年没交", heldout9).
	atResidentQ := e.Scheme == "" && (x.expecting == rules.FieldNewborn || x.expecting == rules.FieldBrokenYears)
	if e.Scheme != rules.SchemeResident && !atResidentQ || e.Gap != nil || e.GapConflict || e.GapTooLong || e.PriorScheme != "" {
		return
	}
	if n := lastYearUnpaid(lastYearNamed(x.s, x.today)); n > 0 {
		e.Gap = &Duration{Months: 12 * n}
		x.gapNamed = true
	} else if thisYearMissed(x.s) {
		e.Gap = &Duration{Months: 12}
		x.gapNamed = true
	}
}

// zhThisYearMissed follow "今年" and tell this year's payment as missed, a
// deadline past ("今年漏缴了", "今年忘了缴", "今年没续上"): the year is
// without cover, one broken year. "今年还没缴" is not: the window may
// still be open, and that is asked.
var zhThisYearMissed = []string{"忘了缴", "忘记缴", "漏缴", "漏掉", "没续上", "没有续上", "错过"}

// thisYearMissed reports this year's resident payment told as missed.
func thisYearMissed(s string) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], "今年")
		if i < 0 {
			return false
		}
		from = i + from + len("今年")
		after := cutRunes(s[from:], 8)
		for _, stop := range []string{",", "现在", "但", "月"} {
			if k := strings.Index(after, stop); k >= 0 {
				after = after[:k]
			}
		}
		if j := firstIndexAny(after, zhThisYearMissed); j >= 0 && !hasAny(after[:j], []string{"没", "不", "缴了"}) {
			return true
		}
	}
}

// firstIndexAny is where the first of ws occurs in s, or -1.
func firstIndexAny(s string, ws []string) int {
	at := -1
	for _, w := range ws {
		if i := strings.Index(s, w); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	return at
}

// zhChildWorks and enChildWorks say the child works, where the employee
// scheme may be theirs.
var (
	zhChildWorks = []string{"上班", "工作", "打工", "单位", "公司", "老板", "厂", "职工", "灵活就业", "个体"}
	enChildWorks = []string{"work", "job", "employ", "company", "boss", "self", "flexib", "freelanc"}
)

// childScheme: a child's or a student's insurance, told with no word of work
// or of a scheme, is the resident scheme (students and minors enrol in it,
// 38号), and a student is no newborn.
func (x *extractor) childScheme(e *Extracted) {
	if e.Student && e.Newborn == nil {
		b := false
		e.Newborn = &b
	}
	if !e.Child && !e.Student || e.Scheme != "" || e.PriorScheme != "" || e.Payer != "" || e.Reason != "" || e.UnitStatus != "" ||
		e.Retirement != "" || e.YearsPaid != nil || hasAny(x.s, zhChildWorks) || hasAny(x.s, enChildWorks) {
		return
	}
	e.Scheme = rules.SchemeResident
}
