package understand

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"bujiao/rules"
)

// fix45c: the last month paid with its year (issue 17, 2026-12-08).
//
//   - A year bound to the last month paid ("去年交到9月", "2025年交到9月就没交
//     了", "交到去年年底", "until march last year", "last paid in sept
//     2025", "through december of last year"): the gap begins the month
//     after that month IN THAT YEAR. The scanner (durations.go) reads the
//     month alone, as a first unpaid month of the current year, because the
//     pay verb stands between the year and the month; paidThrough24 then
//     moves it a month on but takes the year from today — so "去年交到9月"
//     (a gap of 14 months) became a gap of 2 months, covered until October
//     of this year.
//   - "N月(底)之后/以后/过后 没交", "stopped after (the end of) october": N
//     was paid, the gap begins N+1 ("N月开始/起 没交", "from october" begin
//     at N and are read elsewhere).
//   - A month with no year is the latest such month not after this one.

const (
	// zhYear45c: a year word or number ("去年", "2025年", "25年").
	zhYear45c = `(大前年|前年|去年|今年|(?:19|20)?\d{2}年)`
	// zhBetween45c: words between the year and the pay verb, no clause
	// break, month, year or number among them ("去年在宁波自己交到9月").
	zhBetween45c = `[^,，。.;；!！?？:：\d月年]{0,10}?`
	zhPayTo45c   = `(?:缴费|缴)(?:到|至)了?(?:的)?`
	zhMonEnd45c  = `月份?(底|末)?`
	// zhStopped45c: not paid after it.
	zhStopped45c = `(?:就|便|都|也|一直|再|医保|社保|我|又)*(?:没|未|不|停|断|冇)`
)

var (
	// zhYearPaidTo45c: "去年交到9月", "2025年自己交到9月底".
	zhYearPaidTo45c = regexp.MustCompile(zhYear45c + zhBetween45c + zhPayTo45c + `(?:今年)?` + zhMonth25b + zhMonEnd45c)
	// zhPaidToYear45c: "交到去年9月", "缴到了2025年的9月底".
	zhPaidToYear45c = regexp.MustCompile(zhPayTo45c + zhYear45c + `的?` + zhMonth25b + zhMonEnd45c)
	// zhPaidToYearEnd45c: "交到去年年底", "缴到2025年末", "去年交到年底".
	zhPaidToYearEnd45c = regexp.MustCompile(zhPayTo45c + zhYear45c + `的?(?:年底|年末|底|末|12月|十二月)`)
	zhYearPaidToEnd45c = regexp.MustCompile(zhYear45c + zhBetween45c + zhPayTo45c + `(?:年底|年末|底)`)
	// zhAfter45c: "去年10月底之后就没交了", "9月份以后没缴".
	zhAfter45c = regexp.MustCompile(`(?:` + zhYear45c + `的?)?` + zhMonth25b + zhMonEnd45c + `(?:之后|以后|过后|后)` + zhStopped45c)
	// zhLast45c: "最后一次交是去年9月", "最后缴到的是2025年9月".
	zhLast45c = regexp.MustCompile(`最后(?:一次|一个月)?(?:缴费|缴)(?:到)?(?:的)?(?:是|在|为)?` + zhYear45c + `的?` + zhMonth25b + zhMonEnd45c)
)

const (
	enYear45c = `(last year|the year before last|two years ago|this year|20\d\d)`
	// enPaid45c: a word of paying, then up to a few words ("paid in
	// hangzhou until", "paid my insurance thru").
	enPaid45c = `\b(?:paid|payed|paying|pay|contributed|contributions?|payments?|insurance|insured|covered)\b[a-z ,']{0,40}?\b(?:until|untill|till|til|through|thru|up to|up until|upto|to)`
)

var (
	// enPaidUntil45c: "paid until march last year", "paid thru the end of
	// dec 2025", "through december of last year".
	enPaidUntil45c = regexp.MustCompile(enPaid45c + ` (?:the end of |end of )?` + enMonthRe + `(?:,? ?(?:of )?` + enYear45c + `)?`)
	// enPaidUntilEnd45c: "paid until the end of last year".
	enPaidUntilEnd45c = regexp.MustCompile(enPaid45c + ` (?:the end of|end of) ` + enYear45c)
	// enLastPaid45c: "last paid september last year", "my last payment was
	// in sept 2025", "last month paid was march last year".
	enLastPaid45c = regexp.MustCompile(`\blast (?:paid|payed|payment|contribution|month paid|month i paid)\b(?: was| i made| made)?(?: for| in| on)? (?:the end of |end of )?` + enMonthRe + `(?:,? ?(?:of )?` + enYear45c + `)?`)
	// enYearFirst45c: "last year i paid until march": the year before.
	enYearFirst45c = regexp.MustCompile(`\b(?:in )?` + enYear45c + `,? (?:i |we |my (?:employer|company|boss) |they |it )?(?:only )?` + enPaid45c + ` (?:the end of |end of )?` + enMonthRe)
	// enAfter45c: "stopped after october last year", "nothing paid after
	// the end of october", "after october 2025 i stopped paying".
	enAfter45c     = regexp.MustCompile(`\b(?:stopped|stoped|quit|nothing|no payments?|no contributions?|not paid|not paying|didnt pay|havent paid|never paid|no longer paid|lapsed)\b[a-z ]{0,20}? after (?:the end of |end of )?` + enMonthRe + `(?:,? ?(?:of )?` + enYear45c + `)?`)
	enAfterLead45c = regexp.MustCompile(`\bafter (?:the end of |end of )?` + enMonthRe + `(?:,? ?(?:of )?` + enYear45c + `)?,? (?:i |we |my (?:employer|company|boss) |they )?(?:stopped|stoped|didnt pay|never paid|havent paid|paid nothing|no longer paid|quit paying)`)
)

// paidYear45c reads the last month paid with its year and sets the gap to
// begin the month after it, where the gap read so far is the same month
// read without its year (or not moved on), or nothing.
func (x *extractor) paidYear45c(e *Extracted) {
	if x.today.IsZero() || e.Scheme == rules.SchemeResident || e.PriorScheme != "" || e.ArrearsPaid != nil || e.ArrearsPaidSaid {
		return
	}
	last, told, ok := x.lastPaid45c()
	if !ok {
		return
	}
	first := last.Add(1)
	if x.cur.Since(first) <= 0 {
		return // paid through last month or later: left as read (paidThrough24)
	}
	if e.Resumed != nil && e.Resumed.Since(first) <= 0 {
		return
	}
	if g := e.Gap; g != nil {
		if g.Since == nil || *g.Since == first {
			return // a gap told as a count stays as told
		}
		if g.Since.Month != last.Month && g.Since.Month != first.Month {
			return // another month: told otherwise
		}
		if !told && *g.Since != last {
			return
		}
	} else if e.GapConflict {
		return
	}
	e.Gap = &Duration{Since: &first}
	e.GapTooLong, e.GapConflict = false, false
}

// cand45c is one reading of a last month paid, where the text tells it.
type cand45c struct {
	start, end int
	last       rules.Month
	told       bool
}

// lastPaid45c finds the last month paid; told says its year was named.
// The first reading stands unless a later one follows a correction ("交到
// 去年8月 不对 是交到去年10月").
func (x *extractor) lastPaid45c() (last rules.Month, told, ok bool) {
	s := x.s
	var cs []cand45c
	add := func(ix []int, mo time.Month, y int, told bool) {
		if mo == 0 || y == 0 {
			return
		}
		cs = append(cs, cand45c{ix[0], ix[1], rules.Month{Year: y, Month: mo}, told})
	}
	group := func(ix []int, i int) string {
		if ix[2*i] < 0 {
			return ""
		}
		return s[ix[2*i]:ix[2*i+1]]
	}
	// Chinese: group 1 the year, group 2 the month (none: December).
	for _, re := range []*regexp.Regexp{zhPaidToYearEnd45c, zhYearPaidToEnd45c, zhPaidToYear45c, zhYearPaidTo45c, zhLast45c, zhAfter45c} {
		for _, ix := range re.FindAllStringSubmatchIndex(s, -1) {
			yw := group(ix, 1)
			if yw != "" && yearIsCount45c(s[:ix[2]], yw) {
				continue // "交了25年交到9月": years paid, no year
			}
			mo := time.December
			if len(ix) > 4 {
				n := zhMonthNumber24(group(ix, 2))
				if n == 0 {
					continue
				}
				mo = time.Month(n)
			}
			if yw == "" {
				add(ix, mo, x.latest45c(mo).Year, false)
				continue
			}
			if y, ok := x.zhYear45c(yw); ok {
				add(ix, mo, y, true)
			}
		}
	}
	for _, ix := range enPaidUntilEnd45c.FindAllStringSubmatchIndex(s, -1) {
		if y, ok := x.enYear45c(group(ix, 1)); ok {
			add(ix, time.December, y, true)
		}
	}
	for _, ix := range enYearFirst45c.FindAllStringSubmatchIndex(s, -1) {
		if y, ok := x.enYear45c(group(ix, 1)); ok {
			mo, _ := enMonth45c(group(ix, 2))
			add(ix, mo, y, true)
		}
	}
	for _, re := range []*regexp.Regexp{enPaidUntil45c, enLastPaid45c, enAfter45c, enAfterLead45c} {
		for _, ix := range re.FindAllStringSubmatchIndex(s, -1) {
			mo, ok := enMonth45c(group(ix, 1))
			if !ok {
				continue
			}
			yw := group(ix, 2)
			if yw == "" {
				if re != enPaidUntil45c { // "paid until march": paidThrough (paidthrough22c.go)
					add(ix, mo, x.latest45c(mo).Year, false)
				}
				continue
			}
			if y, ok := x.enYear45c(yw); ok {
				add(ix, mo, y, true)
			}
		}
	}
	if len(cs) == 0 {
		return rules.Month{}, false, false
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].start < cs[j].start })
	c := cs[0]
	for _, d := range cs[1:] {
		if d.start >= c.end && correctionBetween(s, c.end, d.start) {
			c = d
		}
	}
	return c.last, c.told, true
}

// latest45c is the latest month so named not after this one.
func (x *extractor) latest45c(mo time.Month) rules.Month {
	m := rules.Month{Year: x.cur.Year, Month: mo}
	if x.cur.Since(m) < 0 {
		m.Year--
	}
	return m
}

// zhYear45c resolves a year word or number: "去年", "2025年", "25年"; a
// year after this one, or long ago, is no year of paying read here.
func (x *extractor) zhYear45c(w string) (int, bool) {
	switch w {
	case "今年":
		return x.cur.Year, true
	case "去年":
		return x.cur.Year - 1, true
	case "前年":
		return x.cur.Year - 2, true
	case "大前年":
		return x.cur.Year - 3, true
	}
	n, err := strconv.Atoi(strings.TrimSuffix(w, "年"))
	if err != nil {
		return 0, false
	}
	if n < 100 {
		n += 2000
	}
	if n > x.cur.Year || n < x.cur.Year-30 {
		return 0, false
	}
	return n, true
}

func (x *extractor) enYear45c(w string) (int, bool) {
	switch w {
	case "this year":
		return x.cur.Year, true
	case "last year":
		return x.cur.Year - 1, true
	case "the year before last", "two years ago":
		return x.cur.Year - 2, true
	}
	return x.zhYear45c(w + "年")
}

// enMonth45c reads an English month name.
func enMonth45c(w string) (time.Month, bool) {
	for m := time.January; m <= time.December; m++ {
		name := strings.ToLower(m.String())
		if w == name || len(w) >= 3 && strings.HasPrefix(name, w) {
			return m, true
		}
	}
	return 0, false
}

// yearIsCount45c: "25年" after 了, 缴, 满, 共 … is a count of years.
func yearIsCount45c(before, year string) bool {
	if len(strings.TrimSuffix(year, "年")) != 2 {
		return false
	}
	return hasSuffixAny45c(before, []string{"了", "缴", "交", "满", "共", "计", "近", "快", "已", "有", "超过", "将近", "差不多", "大概", "总共", "一共", "累计"})
}

func hasSuffixAny45c(s string, list []string) bool {
	_, ok := hasSuffixAny(s, list) // durations.go
	return ok
}
