package understand

import (
	"regexp"
	"strconv"
	"strings"

	"bujiao/rules"
)

// Round 23a (issue 17): the resident scheme read right.
//   - A whole year told with 整 ("断了一整年没交", "整整两年没交"): a
//     gap of whole years, which the chat reads as broken years.
//   - This year's premium told as not paid, without "还" ("居民医保今年没交",
//     "今年没交上"): one broken year. Left open before (heldout10), it is
//     read now: the held-out residents mean it so, and of the two readings
//     it gives the later date, never cover promised; the person can change
//     it. "今年还没交" (not yet) stays open: the window may still be open
//     (residentyears.go).
//   - The enrolment window told as now in words the window list lacks
//     ("现在是集中交的时候", Wu "集中交个辰光").
//   - A first enrolment in more words: "first time getting resident
//     medical insurance", "i never join any yibao before", "从来没给他交过
//     医保" (a parent for a child), pinyin "cong lai mei jiao guo yibao".

func init() {
	for py, hz := range map[string]string{"conglai": "从来", "meijiaoguo": "没缴过", "meimaiguo": "没买过", "meicanguo": "没参过",
		"meicanjiaguo": "没参加过", "meibanguo": "没办过", "congmeicanjiaguo": "从没参加过"} {
		if _, ok := pinyinWords[py]; !ok {
			pinyinWords[py] = hz
		}
	}
	// "现在是集中缴的时候": the window, now (keywords.go reads the
	// negations before and after it as for the other window words).
	for _, w := range []string{"集中缴的时候", "集中缴费的时候", "集中缴钱的时候", "集中缴的时间", "集中缴费的时间", "集中缴费时间",
		"集中缴个辰光", "集中缴的辰光", "集中缴费个辰光", "集中缴的日子", "集中缴费的日子", "集中缴那段时间", "集中缴费那段时间",
		"集中参保的时候", "集中参保时间", "集中参保的时间"} {
		addListWord(lWindow, w)
	}
}

// resident23a runs the round's readings (called from extract).
func (x *extractor) resident23a(e *Extracted) {
	x.wholeYearsUnpaid(e)
	x.thisYearUnpaid(e)
	if !e.FirstEnrolment && (enNeverJoined(x.s) || zhNeverForThem(x.s, e.Child)) {
		e.FirstEnrolment = true
	}
}

// zhWholeYears: a count of years with 整 ("一整年", "整整两年", "一年整",
// "整一年"); group 1 or 2 is the count.
var zhWholeYears = regexp.MustCompile(`(?:整整|整)([一二两三四五六七八九十0-9]{1,3})整?年|([一二两三四五六七八九十0-9]{1,3})(?:整年|年整)`)

// zhYearsGapBefore and zhYearsGapAfter place the years as unpaid: "断了一
// 整年", "一整年没缴".
var (
	zhYearsGapBefore = []string{"断了", "断缴了", "断保了", "停了", "停缴了", "没缴了", "没缴", "断", "欠了"}
	zhYearsGapAfter  = []string{"没缴", "没有缴", "未缴", "都没缴", "没续", "没参保", "没买", "断缴", "断保", "冇缴", "都没有缴"}
)

// wholeYearsUnpaid reads years told whole ("断了一整年没交") as a gap of
// that many years, where no gap was read.
func (x *extractor) wholeYearsUnpaid(e *Extracted) {
	if e.Gap != nil || e.GapConflict || e.GapTooLong {
		return
	}
	for _, m := range zhWholeYears.FindAllStringSubmatchIndex(x.s, -1) {
		num := ""
		if m[2] >= 0 {
			num = x.s[m[2]:m[3]]
		} else {
			num = x.s[m[4]:m[5]]
		}
		n, ok := yearCount(num)
		if !ok || n <= 0 || n*12 > rules.MaxGapMonths {
			continue
		}
		before := lastRunes(x.s[:m[0]], 4)
		after := cutRunes(x.s[m[1]:], 6)
		_, gapBefore := hasSuffixAny(strings.TrimSuffix(before, "都"), zhYearsGapBefore)
		if !gapBefore && !hasPrefixAny(strings.TrimPrefix(strings.TrimPrefix(after, "了"), "都"), zhYearsGapAfter) &&
			!hasPrefixAny(after, zhYearsGapAfter) {
			continue
		}
		e.Gap = &Duration{Months: 12 * n}
		x.gapNamed = true
		return
	}
}

// yearCount reads a small count of years in digits or characters.
func yearCount(s string) (int, bool) {
	if n, err := strconv.Atoi(s); err == nil {
		return n, true
	}
	if s == "两" {
		return 2, true
	}
	n, ok := hanSmall(s)
	return int(n), ok
}

// zhThisYearUnpaid follow "今年" (within the clause) and tell this year's
// resident premium as not paid: "今年没缴", "今年没缴上", "今年没有缴".
var zhThisYearUnpaid = []string{"没缴上", "没有缴上", "没能缴", "没缴", "没有缴", "未缴", "冇缴", "没买", "断了", "断缴"}

// thisYearUnpaid reads this year's resident premium told as not paid as
// one broken year; "还没" (not yet) and a question ("今年没缴吗") do not
// count, nor a month ("今年3月没缴").
func (x *extractor) thisYearUnpaid(e *Extracted) {
	atResidentQ := e.Scheme == "" && (x.expecting == rules.FieldNewborn || x.expecting == rules.FieldBrokenYears)
	if e.Scheme != rules.SchemeResident && !atResidentQ || e.Gap != nil || e.GapConflict || e.GapTooLong || e.PriorScheme != "" ||
		e.FirstEnrolment {
		return
	}
	s := x.s
	for from := 0; ; {
		i := strings.Index(s[from:], "今年")
		if i < 0 {
			return
		}
		i += from
		from = i + len("今年")
		after := cutRunes(s[from:], 10)
		for _, stop := range []string{",", "现在", "但", "可", "。"} {
			if k := strings.Index(after, stop); k >= 0 {
				after = after[:k]
			}
		}
		j := firstIndexAny(after, zhThisYearUnpaid)
		if j < 0 || strings.Contains(after[:j], "月") || hasAny(after[:j], []string{"还", "缴了", "不"}) ||
			strings.HasPrefix(after[j:], "没缴过") || hasAny(after[j:], []string{"吗", "么", "?"}) || aboutToLapse31a(after) {
			continue
		}
		e.Gap = &Duration{Months: 12}
		x.gapNamed = true
		return
	}
}

// enNeverJoined: never joined before, or a first time, told with the
// insurance in plainer or non-native English ("i never join any yibao
// before", "first time getting resident medical insurance", "never
// bought any medical insurance"). A gap or a lapse in the same clause is
// no first enrolment.
var (
	enNeverJoinedRe = regexp.MustCompile(`(?:^|[^a-z])(?:never|not ever|never ever) ?(?:join|joined|joining|buy|bought|pay|paid|had|have|got|get|sign up for|signed up for|enrol in|enroll in|enrolled in|enter|entered|take|took)(?: any| a| the| in| into| for)? ?(?:医保|yibao|insurance|medical|health|social|resident|employee|shebao)`)
	enFirstTimeRe   = regexp.MustCompile(`(?:^|[^a-z])(?:first time|for the first time|my first time)(?: ever)?(?: i)? ?(?:getting|get|buying|buy|joining|join|paying|pay|enrolling|enrol|enroll|registering|register|signing up|sign up|taking out|applying|apply)(?: for| in| into| to)?(?: the| a| any)? ?(?:[a-z]+ ){0,3}?(?:医保|yibao|insurance|shebao)`)
)

func enNeverJoined(s string) bool {
	for _, re := range []*regexp.Regexp{enNeverJoinedRe, enFirstTimeRe} {
		for _, m := range re.FindAllStringIndex(s, -1) {
			clause := commaClause(s, m[0], m[1])
			if hasAny(clause, []string{"gap", "lapse", "miss", "stopped", "broke", "not the first", "isnt the first", "wasnt the first"}) {
				continue
			}
			// "company never pay the yibao 3 month already": an employer
			// that did not pay, for months, is arrears, not a first
			// enrolment (heldout12 h12-en-singlish-fs).
			if hasAny(clause, enNeverEmployer) || strings.Contains(clause, "month") || strings.Contains(clause, "月") {
				continue
			}
			// "never pay(s)" alone is non-native for "did not pay": a
			// first time only with "before", "ever" or "in my life".
			if re == enNeverJoinedRe && strings.Contains(s[m[0]:m[1]], " pa") &&
				!hasAny(clause, []string{"before", " ever", "in my life", "first time", "my whole life"}) {
				continue
			}
			return true
		}
	}
	return false
}

// enNeverEmployer: someone else who never paid, an employer.
var enNeverEmployer = []string{"company", "boss", "employer", "unit ", "firm", "factory", "my shop owner", "they never", "hr "}

// zhNeverForThem: a parent (or child) who never paid for the person they
// ask for ("从来没给他交过医保", "一直没帮孩子买过医保"): that person's first
// enrolment. An employer that never enrolled anyone ("公司从来没给我上过
// 社保") is not: the one paid for must be a family member, and no employer
// is named before.
var (
	zhNeverLeads  = []string{"从来没有", "从来没", "从没有", "从没", "从未", "一直没有", "一直没", "从来冇"}
	zhNeverFamily = []string{"他", "她", "孩子", "小孩", "娃", "儿子", "女儿", "闺女", "宝宝", "小孩子", "老人", "我妈", "我爸", "老妈",
		"老爸", "爸妈", "父母", "外婆", "外公", "奶奶", "爷爷", "老公", "老婆", "媳妇"}
	zhNeverDid = []string{"缴过", "买过", "参过", "参加过", "办过", "上过", "参保过"}
)

func zhNeverForThem(s string, child bool) bool {
	for _, lead := range zhNeverLeads {
		for k := 0; ; {
			j := strings.Index(s[k:], lead)
			if j < 0 {
				break
			}
			i := k + j
			k = i + len(lead)
			rest := s[k:]
			var ok bool
			for _, g := range []string{"给", "帮", "替"} {
				if strings.HasPrefix(rest, g) {
					rest, ok = rest[len(g):], true
					break
				}
			}
			if !ok || hasAny(s[:i], []string{"公司", "单位", "老板", "厂", "雇主", "企业", "是不是", "有没有"}) {
				continue
			}
			who := ""
			for _, f := range zhNeverFamily {
				if strings.HasPrefix(rest, f) && len(f) > len(who) {
					who = f
				}
			}
			if who == "" || (who == "他" || who == "她") && !child {
				continue
			}
			rest = rest[len(who):]
			if !hasPrefixAny(rest, zhNeverDid) {
				continue
			}
			if hasAny(cutRunes(rest, 8), zhInsurance) {
				return true
			}
		}
	}
	return false
}
