package understand

import (
	"regexp"
	"strings"
	"time"

	"bujiao/rules"
)

// Months named as owed ("公司欠了8月9月两个月的医保", "8、9两个月没交",
// "they didn't pay august and september", fix30b): the gap is those
// months. Whether the months after them were paid is not said, and it
// moves the days cover stops and comes back, so it is asked
// (dialog/owed30b.go), unless the words say it: paying again (read
// elsewhere as the gap's end) or still unpaid ("到现在都没交", "still not
// paying"), which leaves the gap open to now.

var (
	zhOwed30b = regexp.MustCompile(zhMonth25b + `月份?(?:[、,和跟与及到至~-]|还有)?` + zhMonth25b + `月份?` +
		`|` + zhMonth25b + `[、,和]?` + zhMonth25b + `(?:两|三|2|3)个?月`)
	enOwed30b = regexp.MustCompile(`\b` + enMonthRe + `(?:\s*(?:,|and|&|to|through|thru|-|/)\s*)` + enMonthRe)

	owedWords30b = []string{"欠", "没缴", "未缴", "漏缴", "断", "没给缴", "没有缴", "停缴", "拖欠",
		"owe", "unpaid", "didn't pay", "didnt pay", "did not pay", "not paid", "missed", "skipped", "no payment", "never paid"}
	// stillWords30b say the months after are unpaid too.
	stillWords30b = []string{"到现在", "至今", "到今天", "一直", "之后都", "以后都", "后面都", "之后也", "以后也", "后面也", "接下来也", "现在也没",
		"现在还没", "还在欠", "越欠越多", "until now", "since then", "ever since", "onwards", "onward", "to date", "so far", "still not paying",
		"still haven't paid", "still hasn't paid", "still owe", "and counting", "and after",
		// No job since, nobody pays: the months after are unpaid too.
		"没找到工作", "没找着工作", "没上班", "没工作", "still unemployed", "haven't found a job", "havent found a job", "no job since"}
)

// NamedMonthsOwed30b returns the first and last month of months named as
// owed, when the words say nothing of the months after them.
func NamedMonthsOwed30b(msg string, today rules.Date) (from, to rules.Month, ok bool) {
	s, _ := normalize(msg)
	if !hasAny(s, owedWords30b) || hasAny(s, stillWords30b) {
		return from, to, false
	}
	cur := today.MonthOf()
	past := func(n int) (rules.Month, bool) {
		if n < 1 || n > 12 {
			return rules.Month{}, false
		}
		m := rules.Month{Year: cur.Year, Month: time.Month(n)}
		if cur.Since(m) < 0 {
			m.Year--
		}
		return m, true
	}
	var okA, okB bool
	if m := zhOwed30b.FindStringSubmatch(s); m != nil {
		a, b := m[1]+m[3], m[2]+m[4]
		from, okA = past(zhMonthNumber24(a))
		to, okB = past(zhMonthNumber24(b))
	} else if m := enOwed30b.FindStringSubmatch(s); m != nil {
		var d1, d2 Duration
		var e1, e2 error
		d1, e1 = ParseDuration("since "+m[1], today)
		d2, e2 = ParseDuration("since "+m[2], today)
		okA, okB = e1 == nil && d1.Since != nil, e2 == nil && d2.Since != nil
		if okA && okB {
			from, to = *d1.Since, *d2.Since
		}
	}
	if !okA || !okB || to.Since(from) < 0 || to.Since(from) > 11 || cur.Since(to) < 0 {
		return rules.Month{}, rules.Month{}, false
	}
	if strings.Contains(s, "住院") || strings.Contains(s, "hospital") {
		// "8月到9月住院": a stay, not the months owed (months25b.go).
		if !hasAny(s, []string{"欠", "没缴", "owe", "unpaid"}) {
			return rules.Month{}, rules.Month{}, false
		}
	}
	return from, to, true
}

// owedMonths30b: months named as owed with their count ("8、9两个月公司没
// 缴") are those months, not the last ones counted back from now.
func (x *extractor) owedMonths30b(e *Extracted) {
	g := e.Gap
	if g != nil && g.Since != nil || e.GapEnded || e.Resumed != nil || e.GapTooLong || e.GapConflict {
		return
	}
	from, to, ok := NamedMonthsOwed30b(x.s, x.today)
	switch {
	case !ok:
		return
	case g != nil && to.Since(from)+1 != g.Months:
		return
	case g == nil && !hasAny(x.s, []string{"医保", "社保", "保险", "insurance", "contribution"}):
		// "欠了8月9月的工资": wages, not the insurance.
		return
	}
	e.Gap = &Duration{Since: &from}
}
