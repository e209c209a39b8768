package understand

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"bujiao/rules"
)

// fix41b (issue 17, heldout29 practice set): a gap told as a DURATION
// together with the month paying RESUMED — "离职后断了两个月，新公司从9月开始
// 交的医保", "医保断了两个月，11月我在上海按灵活就业登记开始自己交了",
// "10月份在深圳自己交医保了，断了三个月", "started paying in September;
// before that I had 1 month without insurance". The scanner reads "9月开始"
// as the gap's FIRST month ("since September") and, the count of months
// then disagreeing with it, drops both (GapConflict) or keeps only the
// month; the duration said in so many words was lost and the chat asked
// "断缴多久了？" again and again.
//
// The reading here is from the sentence's structure: one count of months
// named as a gap (断了N个月, N个月没交, 在家呆了半年, N months without
// insurance, a N month gap, missed N months) and one month in which paying
// started again (a month, then in the same clause a word of paying that is
// not negated nor planned: "9月开始交", "10月份在深圳自己交医保了",
// "从9月开始给我交"; or the month paying resumed another reading found).
// The gap is then N months ended at the resume month: its first month is
// resume − N. When a job-end month is told too ("8月底辞的", "7 yue li zhi"
// → 7月离职) and it agrees with neither resume − N (the leaving month paid)
// nor resume − N − 1 (the leaving month unpaid), the named months are the
// more exact: the gap runs from the month after leaving to the resume month
// (and the count the person gave is not used). A resume month still to
// come is a plan, not a fact: left as read.

const zhNum41b = `(\d{1,2}|十[一二]?|[一两二三四五六七八九十])`

var (
	// zhDur41b: a count of months named as a gap, the count in group 1
	// (or 半年 in group 2).
	zhDur41b = []*regexp.Regexp{
		regexp.MustCompile(`(?:断了|断缴了?|停了|停缴了?|中断了?|空了|空档了?|没交了?|没缴了?|没有交|没有缴|断档了?|脱保了?)\s*(?:大概|差不多|将近|快|有|整整)?\s*(?:` + zhNum41b + `\s*个\s*月|(半)\s*年)`),
		regexp.MustCompile(`(?:` + zhNum41b + `\s*个\s*月|(半)\s*年)\s*(?:都|的)?\s*(?:没交|没缴|没有交|没有缴|断缴|没上|没医保|没有医保|没保险|没有保险|空档|的空档|没参保)`),
		regexp.MustCompile(`(?:呆|待|歇|休息|闲|耍)了\s*(?:大概|差不多|将近|快|整整)?\s*(?:` + zhNum41b + `\s*个\s*月|(半)\s*年)`),
	}
	enNum41b = `(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a)`
	// enDur41b: the same in English.
	enDur41b = []*regexp.Regexp{
		regexp.MustCompile(`\b` + enNum41b + `[\s-]+months?\s+(?:long\s+)?(?:gap|break|without|with no|of no|uninsured|unpaid|not paid|no insurance|no cover|off)\b`),
		regexp.MustCompile(`\b(?:gap|break)\s+of\s+` + enNum41b + `\s+months?\b`),
		regexp.MustCompile(`\b(?:lapsed|lapsed for|paused for|stopped for|broke for|broken for|off for|gap for|gap of about)\s+(?:about\s+|around\s+)?` + enNum41b + `\s+months?\b`),
		regexp.MustCompile(`\b(?:missed|skipped|did not pay|didnt pay|didn't pay|stopped for|unpaid for|uninsured for|no insurance for|without insurance for)\s+(?:about\s+|around\s+)?` + enNum41b + `\s+months?\b`),
	}
	// zhResume41b: a month, then in the same clause a word of paying.
	zhResume41b = regexp.MustCompile(zhNum41b + `\s*月\s*份?\s*(?:初|中旬|中|底|末)?\s*(?:\d{1,2}\s*[号日])?([^,，。;；？?！!月]{0,18}?)(?:交|缴|参保|上保险|上了保险)([^,，。;；？?！!\s]{0,4}?(?:了|的))?`)
	// zhStartWords41b: words of starting again between the month and the
	// verb; without one the verb must be told done (了/的).
	zhStartWords41b = []string{"开始", "起", "又", "重新", "恢复", "接着", "继续", "续上", "入职", "登记"}
	// pyResume41b: the same typed in pinyin, as normalizeText leaves it
	// ("9 yue zai taizhou ziji pay医保").
	pyResume41b = regexp.MustCompile(`\b(\d{1,2})\s*yue\b([^,.;?!，。；？！]{0,24}?)\b(?:pay|paid|paying|jiao)`)
	// zhResumeBefore41b: words that make the month no resumption.
	zhNotResume41b = []string{"没", "不", "停", "断", "欠", "未", "打算", "准备", "计划", "想", "要", "将", "会", "到", "止", "截", "补"}
	enNotResume41b = []string{"not ", "no ", "stop", "didn", "don", "will", "plan", "going to", "want", "owe", "until", "till", "thru", "through"}
	// zhLeft41b: the month the job ended.
	zhLeft41b = regexp.MustCompile(zhNum41b + `\s*月\s*份?\s*(?:初|中旬|中|底|末)?\s*(?:就|的时候)?\s*(?:辞职|离职|辞的|辞了|离的职|辞的职|辞掉|不干了|被裁|被辞|走的|失业)`)
	// pyLeft41b: "7 yue li zhi".
	pyLeft41b = regexp.MustCompile(`\b(\d{1,2})\s*yue\s*(?:di\s*)?(?:li\s*zhi|ci\s*zhi|ci\s*gong)\b`)
	// enLeft41b: "left my job in june", "quit in august".
	enLeft41b = regexp.MustCompile(`\b(?:left|quit|resigned|lost)\s+(?:my\s+|the\s+|that\s+)?(?:job\s+|work\s+)?(?:at the end of\s+|end of\s+|in\s+)` + enMonthRe36b)
)

// newJob41b: a new employer or job named.
var newJob41b = regexp.MustCompile(`\bnew\s+(?:[a-z]+\s+)?(?:employer|company|job|firm|boss|workplace)\b|\b(?:started|got|found|began)\s+(?:a\s+)?new\s+job\b|新单位|新公司|新工作|新东家|新的单位|新的公司|新厂`)

func init() {
	// The hospital bill paid out of one's pocket is no back-payment
	// ("I went to the ER on 2 November and paid everything myself").
	enPaidBackNot = append(enPaidBackNot, "paid everything myself", "paid it all myself", "paid all of it myself",
		"paid everything out of", "paid it all out of", "paid all of it out of", "paid the whole bill", "paid the bill myself",
		"paid the bills myself", "paid everything at the hospital", "paid it all at the hospital", "paid everything in cash",
		"paid the full bill", "paid the whole thing myself")
}

var enNumWords41b = map[string]int{"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

func num41b(w string) int {
	if n, err := strconv.Atoi(w); err == nil {
		return n
	}
	if w == "两" {
		return 2
	}
	if n, ok := enNumWords41b[w]; ok {
		return n
	}
	return zhNumMonth35a[w]
}

// gapCount41b: the one count of months the message names as a gap; 0 when
// none, or when two counts disagree.
func gapCount41b(s string) int {
	n := 0
	for _, res := range [][]*regexp.Regexp{zhDur41b, enDur41b} {
		for _, re := range res {
			for _, m := range re.FindAllStringSubmatch(s, -1) {
				k := 0
				switch {
				case len(m) > 2 && m[2] == "半":
					k = 6
				default:
					k = num41b(m[1])
				}
				if k <= 0 || k > 24 {
					continue
				}
				if n != 0 && n != k {
					return 0
				}
				n = k
			}
		}
	}
	return n
}

// monthBack41b: the latest month numbered mo not after cur.
func monthBack41b(mo int, cur rules.Month) (rules.Month, bool) {
	if mo < 1 || mo > 12 {
		return rules.Month{}, false
	}
	m := rules.Month{Year: cur.Year, Month: time.Month(mo)}
	if cur.Since(m) < 0 {
		m.Year--
	}
	return m, true
}

// resumeMonth41b: the one month the message says paying started again in.
func resumeMonth41b(s string, cur rules.Month) (rules.Month, string, bool) {
	var got rules.Month
	found, where := false, ""
	var ms [][]string
	for _, ix := range zhResume41b.FindAllStringSubmatchIndex(s, -1) {
		if yearBefore41b(s[:ix[0]]) {
			continue // "去年3月起", "2020年3月": the year is another reading's
		}
		if hasAny(tail41b(s[:ix[0]], 4), zhPlan41b) {
			continue // "打算12月开始交": a plan
		}
		m := []string{s[ix[0]:ix[1]], s[ix[2]:ix[3]], s[ix[4]:ix[5]]}
		if strings.Contains(m[2], "月") {
			continue // another month between: that month's verb
		}
		if !hasAny(m[2], zhStartWords41b) && ix[6] < 0 {
			continue // "9月15号交": no start and nothing done
		}
		ms = append(ms, m)
	}
	for _, m := range pyResume41b.FindAllStringSubmatch(s, -1) {
		if !yearBefore41b(s[:strings.Index(s, m[0])]) {
			ms = append(ms, m)
		}
	}
	for _, m := range ms {
		if hasAny(m[2], zhNotResume41b) || hasAny(m[2], enNotResume41b) {
			continue
		}
		mo, ok := monthBack41b(num41b(m[1]), cur)
		if !ok {
			continue
		}
		if found && got != mo {
			return rules.Month{}, "", false
		}
		got, found, where = mo, true, m[2]
	}
	return got, where, found
}

// zhPlan41b: words of a plan just before the month.
var zhPlan41b = []string{"打算", "准备", "计划", "想", "要", "将", "会", "等", "如果", "要是", "争取"}

// tail41b: the last n runes of s.
func tail41b(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		r = r[len(r)-n:]
	}
	return string(r)
}

// yearBefore41b: a year told just before a month ("去年", "2025年",
// "last year").
func yearBefore41b(before string) bool {
	return yearEnd41b.MatchString(strings.TrimRight(before, " 从由自在"))
}

var yearEnd41b = regexp.MustCompile(`(?:去年|前年|今年|明年|后年|\d{2,4}\s*年|[零〇一二三四五六七八九]{2,4}年|last year|this year|next year|\b20\d\d)\s*(?:的)?$`)

// leftMonth41b: the month the job ended, when told once.
func leftMonth41b(s string, cur rules.Month) (rules.Month, bool) {
	if m := zhLeft41b.FindAllStringSubmatch(s, -1); len(m) == 1 {
		return monthBack41b(num41b(m[0][1]), cur)
	}
	if m := pyLeft41b.FindAllStringSubmatch(s, -1); len(m) == 1 {
		return monthBack41b(num41b(m[0][1]), cur)
	}
	if m := enLeft41b.FindAllStringSubmatch(s, -1); len(m) == 1 {
		return monthBack41b(enMonthNum36b(m[0][1]), cur)
	}
	return rules.Month{}, false
}

// durationResumed41b sets the gap from a count and a resume month
// (statedLate, on the facts read and on those stated).
func durationResumed41b(a *Analysis, s string, regions RegionMatcher, today rules.Date) {
	if today.IsZero() {
		return
	}
	cur := rules.Month{Year: today.Year, Month: today.Month}
	n := gapCount41b(s)
	if n == 0 {
		return
	}
	r, where, ok := resumeMonth41b(s, cur)
	region := ""
	if ok && regions != nil {
		// "10月份在深圳自己交医保了", "9 yue zai taizhou ziji pay": the
		// place paying started again in is the person's place now.
		if id, okR := regions.MatchRegion(where); okR {
			region = id
		}
	}
	_, left := leftMonth41b(s, cur)
	newJob := newJob41b.MatchString(s)
	for _, e := range []*Extracted{&a.Extracted, &a.Stated} {
		if e.Reason == rules.ReasonUnemployment || e.FirstEnrolment {
			continue
		}
		// The resume month another reading settled (it weighs the years
		// told) is preferred to the one read here.
		res := r
		if e.Resumed != nil {
			res = *e.Resumed
		} else if !ok {
			continue
		}
		if cur.Since(res) < 0 {
			continue
		}
		if res.Add(-n).Since(cur) > 0 {
			continue
		}
		gap := Duration{Months: n}
		if l, okL := leftMonth41b(s, cur); okL && left {
			after := l.Add(1)
			if res.Since(after) != n && res.Since(l) != n && res.Since(after) > 0 {
				// The named months disagree with the count: they are
				// the more exact, from the month after leaving.
				gap = Duration{Since: &after}
			}
		}
		if e != &a.Extracted && e.Empty() {
			continue
		}
		// Already read as told (a count, or a first month n before the
		// resume month): kept as the other readings left it.
		kept := e.Gap != nil && !e.GapConflict && (e.Gap.Since == nil && e.Gap.Months == gap.Months && gap.Since == nil ||
			e.Gap.Since != nil && gap.Since == nil && res.Since(*e.Gap.Since) == n)
		if !kept {
			g := gap
			e.Gap = &g
			e.GapConflict, e.GapTooLong = false, false
		}
		rr := res
		e.Resumed, e.GapEnded = &rr, true
		if region != "" {
			e.Region = region
		}
		if newJob && (e.Reason == "" || e.Reason == rules.ReasonLeftJob) && e.Payer != rules.PayerIndividual {
			// A gap that a new employer's paying ended: a change of job
			// ("My new Shanghai employer started paying in September;
			// before that I had 1 month without insurance").
			e.Reason = rules.ReasonJobChange
			if e.Payer == "" {
				e.Payer = rules.PayerUnit
			}
			if e.Scheme == "" {
				e.Scheme = rules.SchemeEmployee
			}
		}
		if left && e.Reason == rules.ReasonArrears && e.Payer == rules.PayerIndividual {
			// "6月辞的 … 自己交医保了 … 要不要补": the job was left and
			// the person pays their own; no employer owes these months.
			e.Reason = ""
		}
	}
}
