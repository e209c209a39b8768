package understand

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"bujiao/rules"
)

// Round 31a (issue 17; heldout26's misreads).
//
//   - The place of a new job told with 入职 ("之前在上海上班 11月入职深圳南
//     山的新公司", "started at a company in Shenzhen"): the new place is
//     where the person is insured now, as "moved to" names it (init).
//   - An employer that never enrolled someone else ("老板从来没给他办过社
//     保", "厂里没给她上过医保"): not registered, as for "我".
//   - A resident premium "about to lapse" ("今年没交 要断了", "快断了")
//     breaks no year yet: this year's collection for next year is unpaid
//     (resident23a.go asks aboutToLapse31a).
//   - A bill paid out of pocket ("自己付的钱", "自费看的", "paid cash")
//     says nothing about who pays the insurance.
//   - A visit already made and one planned, each with its day ("10月20号已
//     经去医院看过了 … 2027年1月12号还要复查"): the planned one is the
//     treatment day.
//   - A scheme or a payer taken back in the message ("我是居民医保 哦不对
//     我是职工医保", "resident, sorry I mean employee"): the later one holds
//     (fixScheme31a, called from fixInline).

func init() {
	zhMovedTo = append(zhMovedTo, "入职了", "入职到", "入职")
	enMovedTo = append(enMovedTo, "started at a company in", "started at a new company in", "now at a company in",
		"started with a company in", "joined a new company in", "new workplace in", "hired at a company in")
}

// round31a runs fix31a's late readings (called from round25a).
func (x *extractor) round31a(e *Extracted) {
	x.notRegistered31a(e)
	x.outOfPocket31a(e)
	x.plannedAfterPast31a(e)
	x.newHire31a(e)
	x.totalGapEn31a(e)
}

// zhBoss31a: employers the unit words lack.
var zhBoss31a = []string{"包工头", "工头", "工地", "项目部", "作坊", "店里", "老板娘", "店主"}

// zhOthers31a: the person the employer did not enrol, another than "我".
var zhOthers31a = []string{"给他们", "给她们", "给他", "给她", "给ta", "帮他们", "帮她们", "帮他", "帮她"}

// notRegistered31a reads an employer that never enrolled someone else as
// not registered: the words said of "我" said of "他/她".
func (x *extractor) notRegistered31a(e *Extracted) {
	if e.Reason != "" && e.Reason != rules.ReasonArrears || e.Scheme == rules.SchemeResident || e.Payer == rules.PayerIndividual ||
		e.UnitStatus != "" && e.UnitStatus != rules.UnitNormal && !e.UnitImplied || !hasAny(x.s, zhOthers31a) {
		return
	}
	s := x.s
	for _, o := range zhOthers31a {
		s = strings.ReplaceAll(s, o, o[:3]+"我")
	}
	var cx extractor
	cx.init(s, x.today, x.expecting)
	if !hasAny(s, zhUnit) && !hasAny(s, zhBoss31a) || !(cx.has(lNotRegistered) || unitNeverRegistered(s) || neverEnrolled31a(s)) {
		return
	}
	setNotRegistered26a(e) // notreg26a.go
	if e.Gap == nil && !e.GapConflict && x.worked != nil {
		// Every month worked went without contributions (extract).
		e.Gap = x.worked
		x.gapNamed = true
	}
}

// zhNeverEnrolled31a: enrolment denied with 过 ("没给我办过社保", "从来没
// 给我上过医保", "从没给我交过社保").
var zhNeverEnrolled31a = regexp.MustCompile(`(?:从来|从|一直|压根|根本)(?:都)?(?:没有|没)(?:给|帮)我(?:办|上|买|参|缴)过?(?:社保|医保|保险|五险)`)

func neverEnrolled31a(s string) bool { return zhNeverEnrolled31a.MatchString(s) }

// zhAboutToLapse31a / enAboutToLapse31a: cover not broken yet, about to be.
var (
	zhAboutToLapse31a = []string{"要断了", "快断了", "快要断", "就要断", "马上断", "马上要断", "马上就断", "要断保", "快断保", "要断缴",
		"快断缴", "就断了", "要停了", "快停了", "快要停", "要过期", "快过期"}
	enAboutToLapse31a = []string{"about to lapse", "going to lapse", "will lapse", "about to expire", "going to expire", "will expire",
		"about to run out", "about to stop", "going to stop"}
)

// aboutToLapse31a reports cover told as about to lapse in s.
func aboutToLapse31a(s string) bool {
	return hasAny(s, zhAboutToLapse31a) || hasAny(s, enAboutToLapse31a)
}

// zhOutOfPocket31a / enOutOfPocket31a: a bill paid by the person, not the
// fund; never who pays the insurance.
var (
	zhOutOfPocket31a = []string{"自己付的钱", "自己付了钱", "自己付钱", "自己付的", "自己付了", "钱是自己付", "自己掏的钱", "自己掏了钱", "自己掏钱看",
		"自己掏的", "自己出的钱", "自己垫的钱", "自己垫付", "自己垫的", "自费看的", "自费看", "全自费", "全部自费", "都是自费", "自费的", "付了现金",
		"现金付的", "自掏腰包"}
	enOutOfPocket31a = []string{"paid cash", "paid in cash", "paid out of pocket", "out of my pocket", "out of pocket", "paid it myself",
		"paid for it myself", "paid the bill myself", "paid the bill", "paid myself at the", "paid by myself at the", "paid everything myself"}
	// zhVisit31a / enVisit31a: a visit or bill the payment is for.
	zhVisit31a = []string{"医院", "看病", "看过", "看了", "门诊", "住院", "住过", "复查", "检查", "手术", "拿药", "开药", "买药", "急诊", "看医生", "就医", "医药费", "药费"}
	enVisit31a = []string{"doctor", "hospital", "clinic", "bill", "visit", "surgery", "er ", "emergency", "medicine", "pharmacy", "checkup", "check-up"}
)

// outOfPocket31a re-reads the payer without the words of a bill paid out of
// pocket, when they were all that made the person self-paying.
func (x *extractor) outOfPocket31a(e *Extracted) {
	if e.Payer != rules.PayerIndividual || !hasAny(x.s, zhVisit31a) && !hasAny(x.s, enVisit31a) {
		return
	}
	s, cut := x.s, false
	for _, l := range [][]string{zhOutOfPocket31a, enOutOfPocket31a} {
		for _, w := range l {
			for {
				i := strings.Index(s, w)
				if i < 0 {
					break
				}
				// "自己付的医保" / "自己付钱缴医保": the premium.
				if after := cutRunes(s[i+len(w):], 4); hasAny(after, []string{"医保", "社保", "保险", "缴", "补"}) {
					break
				}
				s, cut = s[:i]+","+s[i+len(w):], true
			}
		}
	}
	if !cut {
		return
	}
	var cx extractor
	cx.init(s, x.today, x.expecting)
	c := cx.extract()
	if c.Payer == rules.PayerIndividual {
		return
	}
	e.Payer = c.Payer
	if e.Reason == "" {
		e.Reason = c.Reason
	}
	if e.UnitStatus == "" {
		e.UnitStatus, e.UnitImplied = c.UnitStatus, c.UnitImplied
	}
	if e.Scheme == "" {
		e.Scheme = c.Scheme
	}
}

// zhDay31a: a day by month and day, the year optional ("2027年1月12号",
// "10月20日").
var zhDay31a = regexp.MustCompile(`(?:(20[0-9]{2})年)?([0-9]{1,2})月([0-9]{1,2})(?:号|日)`)

// isoDay31a: "2027-01-12".
var isoDay31a = regexp.MustCompile(`\b(20[0-9]{2})-([0-9]{1,2})-([0-9]{1,2})\b`)

// zhDone31a / enDone31a, after a day in its stretch of text: the visit
// that day was made. zhAhead31a: it is still to come.
var (
	zhDone31a  = []string{"已经", "看过", "去过", "住过", "做过", "查过", "看了", "去了医院", "住了院", "做了", "付的钱", "付了"}
	zhAhead31a = []string{"还要", "要去", "要做", "要住", "打算", "准备", "约了", "预约", "计划", "再去", "复查", "手术", "能报吗", "想去"}
	enDone31a  = []string{"already", "saw ", "went ", "visited", "was in", "paid"}
)

type day31a struct {
	at, end int
	d       rules.Date
	year    bool // the year was written
	done    bool
}

// days31a lists the days written out in s, each marked done when the words
// after it (up to the next day) tell the visit as made.
func days31a(s string, today rules.Date) []day31a {
	var out []day31a
	for _, m := range zhDay31a.FindAllStringSubmatchIndex(s, -1) {
		mo, _ := strconv.Atoi(s[m[4]:m[5]])
		dd, _ := strconv.Atoi(s[m[6]:m[7]])
		y, year := 0, m[2] >= 0
		if year {
			y, _ = strconv.Atoi(s[m[2]:m[3]])
		}
		out = append(out, day31a{at: m[0], end: m[1], year: year, d: rules.Date{Year: y, Month: time.Month(mo), Day: dd}})
	}
	for _, m := range isoDay31a.FindAllStringSubmatchIndex(s, -1) {
		y, _ := strconv.Atoi(s[m[2]:m[3]])
		mo, _ := strconv.Atoi(s[m[4]:m[5]])
		dd, _ := strconv.Atoi(s[m[6]:m[7]])
		out = append(out, day31a{at: m[0], end: m[1], year: true, d: rules.Date{Year: y, Month: time.Month(mo), Day: dd}})
	}
	for i := range out {
		stop := len(s)
		for _, o := range out {
			if o.at > out[i].at && o.at < stop {
				stop = o.at
			}
		}
		after := cutRunes(s[out[i].end:stop], 14)
		before := cutRunesBack(s[:out[i].at], 4)
		out[i].done = (hasAny(after, zhDone31a) || hasAny(before+after, enDone31a) || strings.Contains(before, "已经")) &&
			!hasAny(cutRunes(after, 4), zhAhead31a)
	}
	return out
}

// plannedAfterPast31a: a visit told as made on one day and another day
// told ahead: the one ahead is the planned treatment (the made one neither
// the treatment nor a reason to read the other as past).
func (x *extractor) plannedAfterPast31a(e *Extracted) {
	if e.Treatment == nil || x.today.IsZero() {
		return
	}
	days := days31a(x.s, x.today)
	var past, ahead *day31a
	for i := range days {
		switch d := &days[i]; {
		case d.done && past == nil:
			past = d
		case !d.done && ahead == nil:
			ahead = d
		}
	}
	if past == nil || ahead == nil {
		return
	}
	y := ahead.d.Year
	if !ahead.year {
		y = treatYear(x.today, int(ahead.d.Month), ahead.d.Day, false, nextYearBefore(x.s, ahead.at))
	}
	d, ok := validDay(y, int(ahead.d.Month), ahead.d.Day)
	if !ok || d.Before(x.today) {
		return
	}
	e.Treatment, e.TreatmentUntil = &d, nil
}

// lapseStated31a: a year read as unpaid from the statement clauses, when
// the question beside them says the cover is about to lapse ("今年没交 要断
// 了 现在是不是还能交"), broke no year: the whole message is read so.
func lapseStated31a(a *Analysis, s string) {
	if !a.Asks || a.Extracted.Gap != nil || a.Stated.Gap == nil || a.Stated.Gap.Months != 12 || a.Stated.Scheme != rules.SchemeResident ||
		a.Extracted.Scheme != rules.SchemeResident || !aboutToLapse31a(s) {
		return
	}
	a.Stated.Gap = nil
}

// Words that take back what was just said, inside a message.
var (
	zhTakeBack31a = []string{"哦不对", "噢不对", "啊不对", "呃不对", "额不对", "不对不对", "说错了", "搞错了", "打错了", "记错了", "讲错了", "弄错了", "口误", "不对"}
	enTakeBack31a = []string{"sorry i mean", "sorry, i mean", "sorry i meant", "sorry, i meant", "i meant", "i mean", "no wait", "wait no",
		"oops", "correction:", "my mistake", "my bad"}
	// The words of one kind of fact, which the later ones replace.
	scheme31a = []string{"城乡居民医保", "城乡居民", "居民医保", "居民", "新农合", "农合", "职工医保", "职工", "urban employee", "employee insurance",
		"employee scheme", "employee", "resident insurance", "resident scheme", "resident"}
	payer31a = []string{"自己交", "自己缴", "个人交", "个人缴", "自己买", "单位交", "单位缴", "公司交", "公司缴", "单位买", "公司买", "厂里交",
		"self-paid", "self paid", "i pay", "paid by me", "company pays", "employer pays", "paid by the company", "paid by my company", "my company pays"}
)

// fixScheme31a drops a scheme or a payer the message takes back when the
// words after the taking back name one of the same kind ("我是居民医保 哦不对
// 我是自己交的职工医保" is the employee scheme, self-paid); it reports
// whether it did.
func fixScheme31a(s string) (string, bool) {
	low := asciiLower31a(s)
	fixed := false
	for _, list := range [][]string{zhTakeBack31a, enTakeBack31a} {
		for _, w := range list {
			i := strings.Index(low, w)
			if i < 0 {
				continue
			}
			if w == "不对" && strings.HasPrefix(low[i+len(w):], "劲") {
				continue
			}
			seps := " ,，。.、!！;；" // a space parts Chinese clauses
			if w[0] < 0x80 {
				seps = ",，。.、!！;；"
			}
			prev := strings.TrimRight(low[:i], " ,，。.、!！;；-")
			start := 0
			if k := strings.LastIndexAny(prev, seps); k >= 0 {
				_, size := utf8.DecodeRuneInString(prev[k:])
				start = k + size
			}
			next := strings.TrimLeft(low[i+len(w):], " ,，。.、!！;；:-")
			if k := strings.IndexAny(next, seps); k >= 0 {
				next = next[:k]
			}
			clause := prev[start:]
			for _, kind := range [][]string{scheme31a, payer31a} {
				if !hasAny(clause, kind) || !hasAny(next, kind) {
					continue
				}
				cut := clause
				for _, k := range kind {
					cut = strings.ReplaceAll(cut, k, " ")
				}
				head := len(prev[:start])
				s = s[:head] + cut + " " + s[i+len(w):]
				return s, true
			}
		}
	}
	return s, fixed
}

// asciiLower31a lowers ASCII letters only, so that byte offsets hold.
func asciiLower31a(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// A job in a place before and a hire named after it ("之前在北京工作 10月入
// 职上海一家公司", "used to work in Beijing, started at a company in
// Shanghai"): a job change, not an employer's arrears presumed from the
// months.
var (
	zhFormerJob31a = []string{"之前在", "以前在", "原来在", "原先在", "上一家", "前公司", "老公司", "上个公司", "上家公司"}
	enFormerJob31a = []string{"used to work", "previously worked", "my old job", "my previous job", "my last job", "worked before in"}
	zhHired31a     = []string{"入职", "新公司", "新单位", "新工作", "新东家"}
	enHired31a     = []string{"started at a company", "started at a new company", "joined a company", "joined a new company", "new company",
		"new job", "new employer"}
	zhOwed31a = []string{"欠", "拖欠", "没给我缴", "没给缴", "不给缴", "没帮我缴", "拖着"}
	enOwed31a = []string{"owe", "didnt pay", "did not pay", "not paying", "unpaid by", "arrears"}
)

func (x *extractor) newHire31a(e *Extracted) {
	if e.Reason != "" && !(e.Reason == rules.ReasonArrears && e.UnitImplied) || e.Payer == rules.PayerIndividual ||
		e.Scheme == rules.SchemeResident {
		return
	}
	s := x.s
	former := firstIndexAny(s, zhFormerJob31a)
	if en := firstIndexAny(s, enFormerJob31a); en >= 0 && (former < 0 || en < former) {
		former = en
	}
	if former < 0 || hasAny(s, zhOwed31a) || hasAny(s, enOwed31a) {
		return
	}
	rest := s[former:]
	if !hasAny(rest, zhHired31a) && !hasAny(rest, enHired31a) {
		return
	}
	e.Reason, e.UnitStatus, e.UnitImplied = rules.ReasonJobChange, "", false
	if e.Payer == "" {
		e.Payer = rules.PayerUnit
	}
}

// enTotalGap31a: the whole gap told in so many words beside months a
// former employer owed ("so gap is 3 months all from old company", "the
// total gap is 4 months", "5 months in total"): the total is the gap when
// it covers the months owed (as totalGap26a reads it in Chinese).
var enTotalGap31a = []string{"gap is ", "gap was ", "total gap is ", "total gap of ", "total gap ", "gap in total is ", "in total it is ",
	"altogether it is ", "all together it is "}

func (x *extractor) totalGapEn31a(e *Extracted) {
	if e.Gap != nil || e.ArrearsBeforeLeaving == nil {
		return
	}
	s := x.s
	n := 0
	for _, w := range enTotalGap31a {
		if i := strings.Index(s, w); i >= 0 {
			if v, ok := parseNumAt(s, i+len(w)); ok && v.v%1000 == 0 && strings.HasPrefix(strings.TrimLeft(s[v.end:], " "), "month") {
				n = int(v.v / 1000)
				break
			}
		}
	}
	if n == 0 {
		for _, w := range []string{" months in total", " months total", " months altogether", " months all together"} {
			if i := strings.Index(s, w); i > 0 {
				if _, k := prevWord(s, i); k < i {
					if v, ok := parseNumAt(s, k); ok && v.v%1000 == 0 {
						n = int(v.v / 1000)
						break
					}
				}
			}
		}
	}
	if n <= 0 || n < *e.ArrearsBeforeLeaving || n > 120 {
		return
	}
	e.Gap, e.GapConflict = &Duration{Months: n}, false
}
