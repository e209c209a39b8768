package understand

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Readings of round 23 (fix23c): leaving a job, job changes, a former
// employer's owed months, moves.

// namedMonth23c: the "N月" right before rest is a month of the calendar,
// never a count, though a gap verb comes before it (audit round 23,
// R23-M3): a day follows ("没缴9月18号住院" — the spaces are gone once
// normalized) or "的" ("欠了10月的医保"); "断缴8月" stays 8 months.
func namedMonth23c(rest string) bool {
	rest = strings.TrimPrefix(rest, "份")
	if strings.HasPrefix(rest, "的") {
		return true
	}
	if n, size := leadingDigits(rest); size > 0 && n >= 1 && n <= 31 {
		if hasPrefixAny(rest[size:], []string{"号", "日"}) {
			return true
		}
	}
	if _, _, ok := chineseDayAt23c(rest); ok {
		return true
	}
	return monthFollows24(rest)
}

// monthFollows24: another month of the calendar comes next ("欠了8月9月",
// "没交8月、9月的", "断了七月和八月"): the months are a list of named
// months, never "8 months".
func monthFollows24(rest string) bool {
	for _, sep := range []string{"、", "和", "跟", "与", "及", ",", "，", "/"} {
		if strings.HasPrefix(rest, sep) {
			rest = rest[len(sep):]
			break
		}
	}
	if n, size := leadingDigits(rest); size > 0 && n >= 1 && n <= 12 {
		return strings.HasPrefix(rest[size:], "月")
	}
	for _, m := range []string{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十一", "十二", "十"} {
		if strings.HasPrefix(rest, m+"月") {
			return true
		}
	}
	return false
}

// chineseDayAt23c reads a Chinese day number ("十八号", "三日") at the
// start of s.
func chineseDayAt23c(s string) (int, int, bool) {
	digits := map[rune]int{'一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9, '十': 10}
	v, end, seen := 0, 0, false
	for i, r := range s {
		d, ok := digits[r]
		if !ok {
			end = i
			break
		}
		seen = true
		if d == 10 {
			if v == 0 {
				v = 10
			} else {
				v *= 10
			}
		} else if v >= 10 && v%10 == 0 {
			v += d
		} else {
			v = v*10 + d
		}
		end = i + len(string(r))
	}
	if !seen || v < 1 || v > 31 || !hasPrefixAny(s[end:], []string{"号", "日"}) {
		return 0, 0, false
	}
	return v, end, true
}

func init() {
	// "调到宁波上班了 原来是在广州": the place left, said with 是.
	cameFrom = append(cameFrom, "原来是在", "之前是在", "以前是在", "本来是在", "原先是在", "原来是", "之前是", "以前是")
}

// fixDialect23c: Hunanese 咯 right after a verb is 了 ("我换咯个工作",
// "断咯一个月", "辞咯职"): it is read so when a count, a measure word or
// the verb's object follows; at a clause's end ("长沙咯，") it stays a
// particle.
func fixDialect23c(s string) string {
	if !strings.Contains(s, "咯") || !utf8.ValidString(s) {
		return s
	}
	rs := []rune(s)
	for i, r := range rs {
		if r != '咯' || i == 0 || i+1 >= len(rs) || !unicode.Is(unicode.Han, rs[i-1]) {
			continue
		}
		if strings.ContainsRune("个一两二三四五六七八九十几半份职工年月好多", rs[i+1]) || unicode.IsDigit(rs[i+1]) {
			rs[i] = '了'
		}
	}
	return string(rs)
}

// leaveFromPlace23c: after a month, the employer left and where it was
// come before the leaving ("10月份从松江一家公司离职的", "8月从杭州那家厂辞职"):
// the month is the leaving month.
func leaveFromPlace23c(after string) bool {
	if !strings.HasPrefix(after, "从") {
		return false
	}
	w := cutRunes(after, 14)
	if c := strings.IndexAny(w, ",;"); c >= 0 {
		w = w[:c]
	}
	for _, u := range []string{"公司", "单位", "厂", "店"} {
		if i := strings.Index(w, u); i >= 0 && hasPrefixAny(trimFillPrefix(w[i+len(u):]), []string{"离职", "辞职", "辞工", "出来", "走"}) {
			return true
		}
	}
	return false
}

// leftEarly23c: a whole gap told one month longer than the months owed
// and the time since a leaving month said without its end ("10月份离职的
// … 离职前两个月没交 … 加起来断了四个月"): the leaving came early in the
// month, which was itself unpaid; the person's own count holds.
func (x *extractor) leftEarly23c(fromLeave, total Duration, fl formerLeaving) bool {
	return fl.leaveMonth != nil && len(fl.owedMonths) == 0 && !fl.leaveEnd && !fl.leavePaid &&
		x.gapMonths(fromLeave)+1 == x.gapMonths(total)
}

func init() {
	// "the old company stopped paying my medical insurance 3 months
	// before I left": the former employer's not paying.
	fl21EnTotal = append(fl21EnTotal, "total gap is", "total gap was", "gap in total is", "the gap is", "the whole gap is",
		"altogether", "in total", "total of", "a total of")
}

// totalAfter23c: an English count told as the whole ("3 months total",
// "5 months in total", "4 months altogether").
func totalAfter23c(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	return hasPrefixAny(rest, []string{"total", "in total", "altogether", "all together", "all in all", "overall"})
}

func init() {
	// "合肥那家公司最后两个月没给我交医保": the last months at a job are a
	// former employer's; "我一离职就入职新单位了": the leaving is done.
	r17aZhFormerEmployer = append(r17aZhFormerEmployer, "走前", "离职那会")
	r17aZhLeftDone = append(r17aZhLeftDone, "一离职", "一辞职", "一辞工")
}

// totalBefore23c: a count said as what the gap was ("所以断的就是那两个月",
// "断的只有两个月"), whatever was owed before it.
func totalBefore23c(before string) bool {
	before = strings.TrimRight(before, " ")
	for _, f := range []string{"那", "这", "那么", "这么"} {
		before = strings.TrimSuffix(before, f)
	}
	return hasSuffixAnyStr(before, []string{"断的就是", "断的是", "断的只有", "断的就只有", "断缴的就是", "断缴的是", "断了的就是",
		"中断的就是", "中断的是", "断掉的就是", "断的也就是", "断的正好是"})
}

// enStoppedBefore23c: the employer stopped paying some time before the
// leaving ("stopped paying my medical insurance 3 months before I left"),
// in one sentence: the former employer's not paying.
var enStoppedBefore23c = regexp.MustCompile(`(?:stopped|quit|ceased) (?:paying|contributing|making contributions)[^.;!?]{0,60}\bbefore (?:i (?:left|quit|resigned)|leaving|quitting)`)

// enFormerStop23c: an employer's stopping to pay ("stopped paying",
// "quit paying"), which with a former employer named is its months owed.
var enFormerStop23c = regexp.MustCompile(`\b(?:stopped|quit|ceased) (?:paying|contributing|making contributions)\b`)

// formerStopped23c: a former employer named ("my old employer", "the
// previous company") stopped paying ("my old employer stopped paying 5
// months ago and i quit last month").
func formerStopped23c(s string) bool {
	return hasAny(s, []string{"old company", "old employer", "old boss", "former employer", "former company", "previous employer", "previous company",
		"last employer", "last company", "ex employer", "ex-employer"}) && enFormerStop23c.MatchString(s)
}

// owedFromTotal23c: the months a former employer owed, from the whole gap
// and the leaving told ("stopped paying 5 months ago … i quit last month":
// the months from the first unpaid to the leaving month, that month not
// counted); 0 when the pieces do not give a count below the gap.
func (x *extractor) owedFromTotal23c(fl formerLeaving) int {
	if fl.total == nil || len(fl.owedMonths) > 0 {
		return 0
	}
	t := x.gapMonths(*fl.total)
	n := 0
	switch {
	case fl.leaveMonth != nil:
		n = fl.leaveMonth.Since(x.cur.Add(-t))
	case fl.leaveMonths > 0:
		n = t - fl.leaveMonths
	}
	if n < 1 || n >= t {
		return 0
	}
	return n
}

// stoppedAgo23c: "stopped paying 6 months ago": the time since the paying
// stopped is the whole gap, not a count of months owed.
func (x *extractor) stoppedAgo23c(q qty) bool {
	if q.kind != qDuration || !hasPrefixAny(x.s[q.end:], []string{" ago", " back"}) {
		return false
	}
	head := x.s[:q.start]
	if i := strings.LastIndexAny(head, ".;,!?"); i >= 0 {
		head = head[i+1:]
	}
	return enFormerStop23c.MatchString(head) || strings.Contains(head, "stopped")
}

// en23cEmployee: the employee scheme named by who runs it ("my employer's
// plan", "the company plan"): a switch "from resident insurance to my
// employer's plan" is one into the employee scheme (R23-M2).
var en23cEmployee = []string{"employers plan", "employer plan", "employers scheme", "employer scheme", "employers insurance",
	"companys plan", "company plan", "companys insurance", "work plan", "jobs plan", "employers medical", "companys medical"}

// stripNeverBroke23c takes out the negated breaks ("5 years, never
// missed", "no gaps"): they tell continuous years, not a break.
func stripNeverBroke23c(s string) string {
	for _, w := range []string{"never missed", "never miss", "not missed", "havent missed", "haven't missed", "didnt miss", "didn't miss",
		"no gaps", "no gap", "no break", "no breaks", "never broke", "never broken", "never stopped", "without a break", "without any break",
		"without breaks", "without a gap", "without any gap", "从没断", "从来没断", "没断过", "一直没断", "没有断过"} {
		s = strings.ReplaceAll(s, w, " ")
	}
	return s
}

func init() {
	// "to my employer's plan": a job whose employer pays (switchjob17f.go).
	enJobFound = append(enJobFound, "employers plan", "employer plan", "companys plan", "company plan", "employers insurance", "companys insurance")
}

// zhLastMonths23c: "最后两个月", the last months at a job.
var zhLastMonths23c = regexp.MustCompile(`最后(?:[一二两三四五六七八九十几]|\d{1,2})个月`)

// lastMonthsFormer23c: a job's last months told with the leaving done or
// a new job ("合肥那家公司最后两个月没给我交医保 我一离职就入职新单位了"):
// the former employer's; not in a condition ("…没交的话").
func lastMonthsFormer23c(s string) bool {
	loc := zhLastMonths23c.FindStringIndex(s)
	if loc == nil || strings.Contains(cutRunes(s[loc[1]:], 12), "的话") {
		return false
	}
	return hasAny(s, r17aZhLeftDone) || hasAny(s, r17aZhNewJob)
}
