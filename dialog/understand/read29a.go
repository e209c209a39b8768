package understand

import (
	"regexp"
	"strings"

	"github.com/shopspring/decimal"

	"bujiao/rules"
)

// Readings of round fix29a (heldout25's residents), each for a family of
// wordings:
//
//   - hopping from one employer straight to another ("从一家公司跳到另一家",
//     "换到了另一家公司", "跳去别的厂") is a job change, not an employer's
//     arrears, unless the message also says the employer did not pay;
//   - quitting and going to work elsewhere ("南京辞了去杭州上班",
//     "离职后到苏州工作了") is a job change, not a job left;
//   - leaving told as done from a named employer ("我从广州一家公司离职，
//     后来才发现他们最后两个月没给我交", "三个月前从那个厂辞职了"): the
//     employer who did not pay is a former one (formerarrears_r17a.go);
//   - months of wages owed told beside months of insurance owed ("欠了我们
//     三个月工资还有四个月社保"): the gap is the insurance's count, not the
//     wages';
//   - years paid told right after the place of the message, with no 在
//     ("上海交了25年医保", "杭州 交了20年职工医保"): paid there, so the local
//     years too (as "在上海交了25年" is read in understand.go's localYears),
//     when no other place is named and the years are not told as a total
//     ("在广州 医保一共交了22年" may be paid in several places);
//   - after quitting, not having worked for some months ("i quit my job and
//     haven't worked for 3 months"): the months since leaving are the gap;
//   - an arrow between two places ("shanghai -> guangzhou", "上海→广州") is a
//     move to the place after it.

var (
	zh29Hop  = regexp.MustCompile(`(?:跳|换|跳槽)(?:了|到了|到|去了|去)(?:另一家|另外一家|别的|其他|新的|另一个|一家新)`)
	zh29Owed = []string{"没给我交", "没给交", "没交", "没缴", "欠", "拖", "不交", "不给交", "停缴", "停交"}
	zh29Quit = regexp.MustCompile(`(?:辞了|辞职了?|离职了?|辞工了?)(?:以后|之后|后)?(?:就|又)?(?:去|到|来)(?:了)?\p{Han}{1,4}?(?:上班|工作|打工|入职)`)
	// arrow29a: an arrow between two words (not between numbers).
	arrow29a = regexp.MustCompile(`\s*(?:-+>|=>|→|⇒|➡|➔)\s*`)
	month29a = regexp.MustCompile(`(?i)^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|[0-9０-９一二三四五六七八九十])`)
)

// zh29LeftFrom: "从…公司离职" ending its clause, the leaving done.
var zh29LeftFrom = regexp.MustCompile(`从([^,。;!?]{1,16}?)(?:离职|辞职|辞工|离开)(?:了|的)?(?:,|。|;|$|\s)`)

// leftFrom29a: the person tells leaving an employer as done, not wished
// or asked about ("想从公司离职", "如果从单位辞职").
func leftFrom29a(s string) bool {
	m := zh29LeftFrom.FindStringSubmatchIndex(s)
	if m == nil {
		return false
	}
	clause := s[:m[0]]
	if i := strings.LastIndexAny(clause, ",。;!?"); i >= 0 {
		clause = clause[i+1:]
	}
	return !hasAny(clause+s[m[2]:m[3]], []string{"想", "要", "打算", "准备", "如果", "假如", "要是", "能不能", "可以", "会不会", "是否"})
}

var (
	zh29WageMonths = regexp.MustCompile(`([一二两三四五六七八九十]{1,2}|\d{1,2})个月(?:的)?(?:工资|薪水|工钱|薪资)`)
	zh29InsMonths  = regexp.MustCompile(`([一二两三四五六七八九十]{1,2}|\d{1,2})个月(?:的)?(?:社保|医保|保险|五险)`)
)

// wageNotGap29a: the gap read from the wages' months when the insurance's
// months are told apart.
func (x *extractor) wageNotGap29a(e *Extracted) {
	if e.Gap == nil || e.Gap.Since != nil {
		return
	}
	w, i := zh29WageMonths.FindAllStringSubmatch(x.s, -1), zh29InsMonths.FindAllStringSubmatch(x.s, -1)
	if len(w) != 1 || len(i) != 1 {
		return
	}
	nw, ni := zhCount25b(w[0][1]), zhCount25b(i[0][1])
	if nw > 0 && ni > 0 && nw != ni && e.Gap.Months == nw {
		e.Gap = &Duration{Months: ni}
	}
}

// zh29PlaceYears: a place right before the years paid ("上海缴了25年").
var zh29PlaceYears = regexp.MustCompile(`(\p{Han}{2,6}?)(?:这边|那边|本地|当地)?缴(?:了)?(?:医保|职工医保)?(\d{1,2}|[一二两三四五六七八九十]{1,3})年`)

// placeYears29a: years told of the message's own place, no other place
// named, are local years (called from localYears in understand.go).
func (x *extractor) placeYears29a(e *Extracted, regions RegionMatcher) {
	// Only where the years are told for retiring: elsewhere ("上海交了8年
	// 公司欠了两个月") local years are not at issue (readings17d_test.go).
	if e.YearsPaid == nil || e.LocalYearsPaid != nil || e.Region == "" || regions == nil || e.Retirement == "" {
		return
	}
	ms := zh29PlaceYears.FindAllStringSubmatchIndex(x.s, -1)
	if len(ms) != 1 {
		return
	}
	m := ms[0]
	n := zhCount25b(x.s[m[4]:m[5]])
	if n <= 0 || !e.YearsPaid.Equal(decimal.NewFromInt(int64(n))) {
		return
	}
	before := []rune(x.s[m[2]:m[3]])
	place := ""
	for k := 2; k <= len(before) && k <= 4; k++ {
		// The place ends right before the years ("上海缴了"), not a
		// place further back ("广州医保缴了").
		cand := before[len(before)-k:]
		if _, ok := regions.MatchRegion(string(cand[:k-1])); ok {
			break
		}
		if id, ok := regions.MatchRegion(string(cand)); ok && id == e.Region {
			place = string(before[len(before)-k:])
			break
		}
	}
	if place == "" {
		return
	}
	// No other place named: with it blanked, the message names none.
	rest := x.s[:m[3]-len(place)] + x.s[m[3]:]
	if _, ok := regions.MatchRegion(rest); ok {
		return
	}
	d := *e.YearsPaid
	e.LocalYearsPaid = &d
}

// en29NotWorked: "haven't worked for 3 months", "have not been working
// for two months", after a job left.
var en29NotWorked = regexp.MustCompile(`\b(?:havent|haven't|have not|not) (?:worked|been working|had a job|had work)(?: for| in)? (\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) months?\b`)

var en29Numbers = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12}

// notWorked29a reads the gap from the months not worked since leaving.
func (x *extractor) notWorked29a(e *Extracted) {
	if e.Gap != nil || e.Reason != rules.ReasonLeftJob || e.GapConflict {
		return
	}
	m := en29NotWorked.FindStringSubmatch(x.s)
	if m == nil {
		return
	}
	n, ok := en29Numbers[m[1]]
	if !ok {
		n = zhCount25b(m[1])
	}
	if n > 0 {
		e.Gap, e.SinceLeaving = &Duration{Months: n}, true
	}
}

// arrowTo29a rewrites an arrow between two places as a move to the second
// ("moved to", "到"); arrows next to numbers or months are left alone.
func arrowTo29a(text string) string {
	if !strings.ContainsAny(text, ">→⇒➡➔") {
		return text
	}
	locs := arrow29a.FindAllStringIndex(text, -1)
	if locs == nil {
		return text
	}
	var b strings.Builder
	prev := 0
	for _, l := range locs {
		before, after := text[:l[0]], text[l[1]:]
		if before == "" || after == "" || month29a.MatchString(after) || strings.ContainsAny(before[len(before)-1:], "0123456789") {
			continue
		}
		b.WriteString(text[prev:l[0]])
		if after[0] >= 0x80 {
			b.WriteString("到")
		} else {
			b.WriteString(" moved to ")
		}
		prev = l[1]
	}
	b.WriteString(text[prev:])
	return b.String()
}

// round29a runs fix29a's late readings (called from round25a).
func (x *extractor) round29a(e *Extracted) {
	s := x.s
	x.wageNotGap29a(e)
	x.notWorked29a(e)
	if e.Reason == rules.ReasonArrears && zh29Hop.MatchString(s) && !hasAny(s, zh29Owed) {
		e.Reason, e.UnitStatus, e.UnitImplied = rules.ReasonJobChange, "", false
	}
	if e.Reason == rules.ReasonLeftJob && zh29Quit.MatchString(s) {
		e.Reason = rules.ReasonJobChange
	}
}
