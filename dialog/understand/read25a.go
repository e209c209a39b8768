package understand

import (
	"regexp"
	"strconv"
	"strings"

	"bujiao/rules"
)

// Students and the school that collects their resident premium (fix25a;
// heldout21).
//
//   - A student's school is not an employer: "I'm a uni student … the
//     school is collecting now", "学校这个月又在收了" is the school
//     collecting the resident scheme's yearly premium, never a workplace
//     that owes contributions. Staff words ("I teach at the school", "我是
//     学校的老师") keep the school an employer.
//   - School years named as not paid are years without cover: "大一大二都没
//     缴" is two broken years, "高一到高三都没参保" three. The month the
//     school collects ("这个月又在收了") is no first unpaid month.

// enStaff25a / zhStaff25a: the person works at the school.
var (
	enStaff25a = []string{"teacher", "i teach", "lecturer", "professor", "i work", "working at", "work at", "work for", "staff", "employee",
		"my job", "salary", "cleaner", "canteen", "security guard"}
	zhStaff25a = []string{"老师", "教师", "教书", "上班", "工作", "职工", "员工", "工资", "食堂", "保安", "保洁", "宿管"}
	// school25a: the school named as the one collecting.
	school25a = []string{"the school", "my school", "the uni", "my uni", "the university", "my university", "the college", "my college", "学校"}
)

// schoolNotEmployer25a drops a school read as the employer of a student.
func (x *extractor) schoolNotEmployer25a(e *Extracted) {
	if !e.Student || e.Payer != rules.PayerUnit || e.Reason != "" && e.Reason != rules.ReasonArrears ||
		e.UnitStatus != "" && !e.UnitImplied || e.PriorScheme != "" || e.YearsPaid != nil {
		return
	}
	s := x.s
	if hasAny(s, enStaff25a) || hasAny(s, zhStaff25a) || !hasAny(s, school25a) {
		return
	}
	rest := s
	for _, w := range school25a {
		rest = strings.ReplaceAll(rest, w, " ")
	}
	if hasAny(rest, enUnit) || hasAny(rest, zhUnit) {
		return // another employer named
	}
	// "never paid the school's insurance": the student's own premium, not
	// an employer's arrears.
	e.Payer, e.Reason, e.UnitStatus, e.UnitImplied = "", "", "", false
}

// grades25a are school years, in the order they come.
var grades25a = []string{"小一", "小二", "小三", "小四", "小五", "小六", "初一", "初二", "初三", "高一", "高二", "高三",
	"大一", "大二", "大三", "大四", "大五", "研一", "研二", "研三"}

// unpaid25a: the grades' premium was not paid.
var unpaid25a = []string{"没缴", "没有缴", "未缴", "没参保", "没有参保", "没参加", "没有参加", "没买", "没有买", "漏缴", "忘了缴", "忘记缴", "冇缴", "沒缴"}

// gradesUnpaid25a counts the school years a clause names as not paid: 0
// when none, or when the clause is the present ("现在大三了").
func gradesUnpaid25a(s string) int {
	for _, c := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(",，。.;；!！?？ ", r) }) {
		if !hasAny(c, unpaid25a) || hasAny(c, []string{"现在", "今年", "目前", "如今"}) {
			continue
		}
		first, last := -1, -1
		seen := 0
		for i, g := range grades25a {
			at := strings.Index(c, g)
			if at < 0 {
				continue
			}
			// Only grades before the not paying.
			if firstIndexAny(c, unpaid25a) < at {
				continue
			}
			seen++
			if first < 0 {
				first = i
			}
			last = i
		}
		if seen == 0 {
			continue
		}
		// "高一到高三": the grades between count too.
		if seen == 2 && hasAny(c, []string{"到", "至", "~", "-"}) && grades25a[first][:3] == grades25a[last][:3] {
			return last - first + 1
		}
		return seen
	}
	return 0
}

// round25a runs fix25a's late readings.
func (x *extractor) round25a(e *Extracted) {
	x.pupil25a(e)
	x.gradesGap25a(e)
	x.boundedNever25a(e)
	x.collectingNow25a(e)
	x.paidBackRunning25a(e)
	x.round27a(e)         // read27a.go
	x.round27b(e)         // read27b.go
	x.round28a(e)         // read28a.go
	x.round29a(e)         // read29a.go
	x.owedMonths30b(e)    // owed30b.go
	x.round30c(e)         // read30c.go
	x.round31c(e)         // read31c.go
	x.round31a(e)         // read31a.go
	x.round31b(e)         // read31b.go
	x.round32a(e)         // read32a.go
	x.round32b(e)         // read32b.go
	x.round33a(e)         // read33a.go
	x.round33b(e)         // read33b.go
	x.round34a(e)         // read34a.go
	x.round34b(e)         // read34b.go
	x.round34c(e)         // read34c.go
	x.slashTreat34d(e)    // read34d.go
	x.round35b(e)         // read35b.go
	x.round36a(e)         // read36a.go
	x.round35c(e)         // read35c.go
	x.windowNow37b(e)     // read37b.go
	x.round37a(e)         // read37a.go: after 37b, a window told closed is not "now"
	x.round38a(e)         // read38a.go
	x.round39b(e)         // read39b.go
	x.round40a(e)         // read40a.go
	x.round40b(e)         // read40b.go
	x.round35a(e)         // clauseyear35a.go: last, the year of the day the rounds above settled on
	x.round39c(e)         // read39c.go: a day inside the months told as lived is this year's
	x.homeInsurance43b(e) // home43b.go
	x.paidYear45c(e)      // read45c.go: the last month paid with its year
	x.round46b(e)         // read46b.go
	x.nowTreat46e(e)      // read46e.go: a question of cover now is the treatment day today
	x.round45e(e)         // read45e.go: last, months named as a hole in a paid run
	x.namedYears46c(e)    // read46c.go: calendar years named as unpaid, resident scheme
	x.auctioned46c(e)     // read46c.go: an employer's property sold by a court
	x.newStartCount47a(e) // read47a.go: new employer's first month + months missing before it
	x.round47b(e)         // read47b.go
}

var (
	// zhGrade25a: a school grade the child is in ("刚上一年级", "读初二").
	zhGrade25a = regexp.MustCompile(`[一二三四五六七八九1-9]年级|(?:上|读|念)(?:初|高)[一二三]`)
	// enGrade25a: "in grade 3", "started first grade", "in year 2".
	enGrade25a = regexp.MustCompile(`\b(?:grade [1-9]|(?:first|second|third|fourth|fifth|sixth|1st|2nd|3rd|[4-9]th) grade|in year [1-9])\b`)
	// enChildAge25a / zhChildAge25a: a child's age told ("my son is 8",
	// "孩子8岁").
	enChildAge25a = regexp.MustCompile(`\b(?:son|daughter|kid|child|boy|girl|grandson|granddaughter)(?: is|s| who is|,)? (\d{1,2})(?: years old| yrs old| year old)?\b`)
	zhChildAge25a = regexp.MustCompile(`(?:孩子|儿子|女儿|闺女|小孩|孙子|孙女|外孙|外孙女)(?:今年|现在|已经)?(\d{1,2})岁`)
)

// pupil25a: a child in a school grade, or of compulsory-school age (7 to
// 15), is a pupil: a student of the resident scheme.
func (x *extractor) pupil25a(e *Extracted) {
	if e.Student || e.Scheme == rules.SchemeEmployee || e.Payer != "" || e.Newborn != nil && *e.Newborn {
		return
	}
	s := x.s
	ok := zhGrade25a.MatchString(s) || enGrade25a.MatchString(s)
	for _, re := range []*regexp.Regexp{enChildAge25a, zhChildAge25a} {
		if m := re.FindStringSubmatch(s); m != nil {
			if n, err := strconv.Atoi(m[1]); err == nil && n >= 7 && n <= 15 {
				ok = true
			}
		}
	}
	if !ok || hasAny(s, zhChildWorks) || hasAny(s, enChildWorks) {
		return
	}
	e.Student = true
	if e.Newborn == nil {
		b := false
		e.Newborn = &b
	}
}

// enBoundedNever25a: "never joined the school's insurance for 2 years": a
// never bounded by a time is those years missed, not a first enrolment.
var enBoundedNever25a = regexp.MustCompile(`\bnever (?:joined|paid|enrolled|signed up|bought|had)\b[^.;!?]{0,50}\bfor (?:\d{1,2}|two|three|four|five|six) (?:years?|yrs?)\b`)

// boundedNever25a takes back a first enrolment read from a bounded never.
func (x *extractor) boundedNever25a(e *Extracted) {
	if !e.FirstEnrolment || e.Gap == nil || e.Gap.Months < 12 || !(e.Student || e.Scheme == rules.SchemeResident) {
		return
	}
	if enBoundedNever25a.MatchString(x.s) {
		e.FirstEnrolment = false
	}
}

var (
	// zhCollecting25a: the school or community is collecting the
	// premium now ("学校这个月又在收了", "社区说现在可以缴明年的").
	zhCollecting25a = regexp.MustCompile(`(?:学校|社区|村里|居委会|街道|村委会)[^,，。]{0,8}?(?:正在收|又在收|在收|开始收|正收|可以缴明年|在通知缴|通知缴明年)`)
	// enCollecting25a: "the school is collecting now", "during this
	// year's enrolment".
	enCollecting25a = regexp.MustCompile(`\b(?:(?:school|community|they) (?:is|are) (?:collecting|taking payments)|(?:during|in) this years enrol?ment|enrol?ment is open|enrol?ment for next year is open)\b`)
)

// collectingNow25a: the yearly premium being collected now is the resident
// enrolment window open.
func (x *extractor) collectingNow25a(e *Extracted) {
	if e.InWindow != nil || e.Scheme != rules.SchemeResident && !e.Student {
		return
	}
	s := x.s
	loc := zhCollecting25a.FindStringIndex(s)
	if loc == nil {
		loc = enCollecting25a.FindStringIndex(s)
	}
	if loc == nil || hasAny(s[loc[0]:loc[1]], []string{"没在", "不在", "没有在"}) {
		return
	}
	b := true
	e.InWindow = &b
}

// gradesGap25a reads school years named as not paid as the resident gap.
func (x *extractor) gradesGap25a(e *Extracted) {
	if e.Scheme != rules.SchemeResident && !e.Student || e.PriorScheme != "" || e.Payer != "" || e.GapConflict {
		return
	}
	n := gradesUnpaid25a(x.s)
	if n <= 0 {
		return
	}
	if e.Gap != nil && !(e.Gap.Since != nil && *e.Gap.Since == x.cur) {
		return // a gap told otherwise stands
	}
	e.Gap = &Duration{Months: 12 * n}
	x.gapNamed = true
	if e.Scheme == "" {
		e.Scheme = rules.SchemeResident
	}
}

// enDuringWindow25a: the window named as the time of paying in a question
// ("can we pay now during this year's enrolment?"): the question takes the
// window as open, a fact the person gave.
var enDuringWindow25a = regexp.MustCompile(`\b(?:during|in) this years enrol?ment\b`)

// statedLate runs the readings that correct the stated facts once the
// message's questions are set apart.
func statedLate(a *Analysis, s string, regions RegionMatcher, today rules.Date) {
	drawingStated31b(a)  // read31b.go
	relationSexStated(a) // relsex31.go
	windowPresumed25a(a)
	selfNowStated34c(a)                      // read34c.go
	slashAmbiguous34d(a, s)                  // read34d.go
	oldNewCity36b(a, s, regions)             // read36b.go
	statedFlex39b(a, s)                      // read39b.go
	movedFlex39b(a, s, regions)              // read39b.go
	newPlaceStart39a(a, s, regions, today)   // read39a.go
	moveGap41a(a, s, regions, today)         // read41a.go
	flexNewCity41a(a, s, regions, today)     // flexnew41a.go
	moveCorrected41a(a, s, regions)          // movefix41a.go
	rangeStated39c(a, s)                     // read39c.go
	durationResumed41b(a, s, regions, today) // read41b.go
	noGapMove44a(a, s, regions, today)       // read44a.go
	retireAhead41b(a, s)                     // retire41b.go
	formerKept40b(a)                         // read40b.go
	noGapRestated45a(a, s)                   // read45a.go
	yearsSum46b(a, s, regions)               // read46b.go
	planMove45d(a, s, regions, today)        // read45d.go: last, a plan's place is no region
	twoEmployers46a(a, s, regions)           // read46a.go: employers told apart by their cities
}

// windowPresumed25a keeps that window as stated.
func windowPresumed25a(a *Analysis) {
	if !a.Asks || a.Stated.InWindow != nil || a.Extracted.InWindow == nil || !*a.Extracted.InWindow {
		return
	}
	q := a.Question
	if !enDuringWindow25a.MatchString(q) && !zhCollecting25a.MatchString(q) || hasAny(q, []string{"if ", "whether", "如果", "要是", "的话"}) {
		return
	}
	b := true
	a.Stated.InWindow = &b
}

func init() {
	// "7月份重新开始交的": the month paying resumed, not the gap's start.
	zhResumedWords = append(zhResumedWords, "重新开始缴", "又重新缴", "重新开始给缴", "重新参保", "重新开始参保")
}

// enSelfPaid25a / zhSelfPaid25a: the person paid the months themselves.
var (
	enSelfPaid25a = []string{"i paid", "paid it myself", "paid them myself", "myself", "i covered", "out of my own pocket"}
	zhSelfPaid25a = []string{"我自己补", "自己补", "我补", "自己掏钱", "自己出钱", "我自己缴", "自己缴"}
)

// paidBackRunning25a: an employer that paid its arrears back is running:
// the unit presumed operating (UnitImplied, as months owed told in the
// present are), not asked ("公司之前欠了我三个月医保，4月份已经一次性全部补上
// 了", "my company finally paid the 4 months they owed"). Not when the
// person paid them, or the unit's state was told.
func (x *extractor) paidBackRunning25a(e *Extracted) {
	if e.Reason != rules.ReasonArrears || e.Payer != rules.PayerUnit || e.UnitStatus != "" || e.ArrearsPaid == nil && !e.ArrearsPaidSaid {
		return
	}
	if hasAny(x.s, enSelfPaid25a) || hasAny(x.s, zhSelfPaid25a) {
		return
	}
	e.UnitStatus, e.UnitImplied = rules.UnitNormal, true
}
