package understand

import (
	"strings"
	"time"

	"bujiao/rules"
)

// Time people state about their case beyond the gap: that the gap is over
// (paying has resumed) and a day they plan to be treated. Both feed facts
// the answer refines its dates with (rules.FieldGapEnded,
// rules.FieldTreatmentDate).

var (
	// The gap is over: paying again now. 交 is already 缴 here.
	lGapEnded = newList([]string{"现在正常缴", "现在在缴", "现在又缴", "现在也在缴", "又开始缴", "又缴上了", "又缴上", "恢复缴费",
		"恢复缴纳", "恢复了缴费", "已经恢复", "后来又缴", "后来缴上了", "后来续上了", "续上了", "接上了", "重新缴上",
		"现在按时缴", "现在每月都缴", "现在每个月都缴", "又接着缴", "接着缴上", "又有供返", "供返了",
		"现在又在缴", "现在继续缴", "现在接着缴", "现在一直在缴", "又恢复缴"},
		[]string{"paying again", "pay again now", "resumed paying", "resumed payments", "resumed my payments", "back to paying",
			"now paying", "started paying again", "paying normally now", "now i pay", "i pay again", "paying it again"})
	// A gap between two jobs: with the gap over, a job change.
	lBetweenJobs = newList([]string{"两份工作之间", "两份工作中间"}, []string{"between jobs", "between two jobs"})
	// A treatment planned: a stay in hospital, an operation, a birth.
	lTreatment = newList(zhTreatWords,
		append([]string{"hospital*", "surgery", "operation", "admitted", "give birth", "giving birth", "treatment", "chemo*",
			"dialysis", "see a doctor", "be treated", "get treated", "treated on",
			// A birth booked (issue 17, read17c).
			"c-section", "c section", "caesarean", "cesarean", "doctors appointment", "hospital appointment",
			// Examinations and a birth in plain words (heldout16: "knee MRI next week").
			"mri", "ct scan", "colonoscopy", "endoscopy", "gastroscopy", "biopsy", "ultrasound", "x-ray", "xray",
			"checkup", "check-up", "health check", "medical check", "have my baby", "have the baby", "due to give birth",
			"pet scan", "a scan", "the scan", "my delivery", "baby delivery", "delivery date", "scheduled delivery",
			"labour ward", "labor and delivery"}, enTreatWords23d...)) // resident23d.go
	// Words that put the treatment in the past: then it is no plan.
	zhTreatPast = []string{"之前", "以前", "上个月", "去年", "前几天", "已经"}
)

var (
	lForeign = newList([]string{"外国人", "老外", "外籍", "外国籍", "外国护照"},
		[]string{"foreigner", "expat", "expats", "foreign national", "work permit", "foreign passport", "expat teacher"})
	lHMT = newList([]string{"香港人", "澳门人", "台湾人", "港澳台", "香港居民", "澳门居民", "台湾居民", "台胞", "港人", "澳人",
		"港澳居民", "台湾同胞", "香港身份证", "澳门身份证"},
		[]string{"hong kong resident", "macao resident", "macau resident", "taiwan resident", "from hong kong", "from macau",
			"from macao", "from taiwan", "hk resident", "hongkonger", "taiwanese"})
	// 囝 (Hokkien), 仔女 and 细路 (Cantonese): a child.
	lChild = newList([]string{"孩子", "小孩", "儿子", "女儿", "宝宝", "娃", "闺女", "我囝", "囝仔", "仔女", "细路", "个仔", "个女"},
		[]string{"my child", "my son", "my daughter", "my kid", "my baby", "for my child", "children",
			// "our son's hukou is in Anhui" (heldout13).
			"our son", "our daughter", "our child", "our kid", "our kids", "our baby", "my kids",
			"our sons", "my sons", "our daughters", "my daughters"})
)

var (
	// Never insured before. 交 is already 缴 here.
	lFirstEnrolment = newList([]string{"一直没买过医保", "一直没缴过医保", "从来没缴过医保", "从来没买过医保", "从没买过医保", "从没缴过医保",
		"没买过医保", "没缴过医保", "没参过保", "没参加过医保", "从没参过保", "从来没参保", "头一回缴", "头一次缴", "第一次缴医保",
		"第一次买医保", "第一次参保", "首次参保", "第一次参加医保", "一直没有医保", "从来没有医保"},
		[]string{"never had medical insurance", "never had health insurance", "never been insured", "never enrolled",
			"never paid medical insurance", "first time enrolling", "first time paying", "enrol for the first time",
			"never had insurance", "never paid into", "first time signing up", "signing up for the first time",
			"first time joining", "joining for the first time", "enrolling for the first time", "first time buying",
			"first time enrolling in", "new to medical insurance"})
	subsidyTable = []struct {
		s rules.Subsidy
		l wordList
	}{
		{rules.SubsidyMinimumLiving, newList([]string{"低保户", "低保", "最低生活保障", "特困"}, []string{"minimum living allowance", "dibao"})},
		{rules.SubsidyDisabled, newList([]string{"残疾人", "残疾证", "重度残疾"}, []string{"disabled", "disability"})},
		{rules.SubsidyLowIncomeElderly, newList([]string{"低收入家庭的老人", "低收入老人", "低收入家庭老人"}, []string{"low income elderly", "low-income elderly"})},
	}
	lStudent = newList([]string{"大学生", "学生医保", "在校生", "我是学生", "还在上学", "读大学", "研究生",
		// "在上海读研", "念大学", "读博".
		"读研", "读博", "念大学", "上大学", "读硕士", "读博士",
		// A school pupil (heldout8 "孩子在广州读初中").
		"读初中", "读小学", "读高中", "读中学", "上初中", "上小学", "上高中", "上中学", "念初中", "念小学", "念高中",
		"初中生", "小学生", "高中生", "中学生",
		// Vocational and college students (heldout16 "杭州读大专的学生").
		"读大专", "上大专", "念大专", "大专生", "读中专", "上中专", "中专生", "读技校", "上技校", "技校生", "读职高", "读高职",
		"读专科", "专科生", "读本科", "本科生"},
		[]string{"student", "at university", "at college", "in school", "middle school", "high school", "primary school",
			"elementary school", "secondary school"})
)

// identityPhrases name where a person comes from, not where they are
// insured: "我是香港人在深圳上班" is insured in Shenzhen.
var identityPhrases = []string{"香港人", "澳门人", "台湾人", "香港居民", "澳门居民", "台湾居民", "港澳居民", "香港身份证", "澳门身份证",
	"from hong kong", "from macau", "from macao", "from taiwan", "hong kong resident", "macao resident", "macau resident",
	"taiwan resident", "hk resident",
	// "I'm a foreign national in Guangzhou": not the national rules (heldout9).
	"foreign nationals", "foreign national", "foreign citizen"}

// stripIdentity blanks the identity phrases out of s for reading places.
func stripIdentity(s string) string {
	s = stripBrands(s) // "京东快递小哥 在上海" (readings_h16a.go)
	for _, p := range identityPhrases {
		if strings.Contains(s, p) {
			s = strings.ReplaceAll(s, p, ",")
		}
	}
	if i, end, _ := nationality(s); i >= 0 {
		// "a German national working in Shanghai": a nationality, not the
		// national rules.
		s = s[:i] + "," + s[end:]
	}
	return s
}

// nationality finds "a/an <people> national|citizen" ("a German
// national", "an Indian citizen", "a US national") and reports where it
// is and whether the people is other than Chinese: a foreigner (SIL art.
// 97), answered where they work.
func nationality(s string) (at, end int, foreign bool) {
	for _, noun := range []string{" national", " citizen"} {
		for from := 0; ; {
			k := strings.Index(s[from:], noun)
			if k < 0 {
				break
			}
			k += from
			from = k + len(noun)
			if from < len(s) && isAlnum(s[from]) && s[from] != 's' {
				continue
			}
			if from < len(s) && s[from] == 's' {
				from++
				if from < len(s) && isAlnum(s[from]) {
					continue
				}
			}
			// The word before the noun, then "a" or "an" before that.
			w := k
			for w > 0 && isAlnum(s[w-1]) {
				w--
			}
			if w == k || (w < 2 || s[w-1] != ' ') && !bareStart(s, w) {
				continue
			}
			people := s[w:k]
			if people == "foreign" || people == "the" {
				continue
			}
			a := strings.TrimRight(s[:w], " ")
			start := strings.LastIndex(a, " ") + 1
			if !(strings.HasSuffix(a, " a") || strings.HasSuffix(a, " an") || a == "a" || a == "an") {
				if !bareNationality(a, people) {
					continue
				}
				start = w
			}
			return start, from, people != "chinese" && people != "china" && people != "prc"
		}
	}
	return -1, -1, false
}

// times reads the end of a gap and a planned treatment day, and who the
// person is.
func (x *extractor) times(e *Extracted) {
	switch {
	case x.findPlain(lHMT, []string{"不是"}) >= 0 || x.findPlain(lHMTMore, []string{"不是"}) >= 0:
		e.Origin = "hmt"
	case x.findPlain(lForeign, []string{"不是"}) >= 0:
		e.Origin = "foreign"
	case nationalityForeign(x.s):
		e.Origin = "foreign"
	}
	e.Child = x.has(lChild) && !onlyCaring(x.s) && !enOnlyCaring(x.s) && !zhOnlyCaring(x.s)
	// Or-ed: a reading before this one keeps its first enrolment.
	e.FirstEnrolment = e.FirstEnrolment || x.findPlain(lFirstEnrolment, []string{"不是"}) >= 0
	for _, st := range subsidyTable {
		if x.findPlain(st.l, []string{"不是", "没有", "非"}) >= 0 {
			e.Subsidised = st.s
			break
		}
	}
	e.Student = x.findPlain(lStudent, []string{"不是"}) >= 0
	// "现在想重新交上" and "能不能接上" want to resume; they have not.
	neg := []string{"没有", "没", "还没", "未", "不", "没法"}
	wants := append([]string{"想", "想要", "打算", "准备", "要", "能", "能不能", "可以", "可不可以", "该", "怎么", "咋"}, neg...)
	if x.findPlain(lGapEnded, wants) >= 0 || x.findPlain(lGapEndedMore, wants) >= 0 {
		e.GapEnded = true
	}
	if !x.today.IsZero() {
		e.BenefitEnded, e.BenefitEndedSaid = benefitEndedOn(x.s, x.today)
		e.PayPlanned = payPlanned(x.s, x.today)
	}
	if d, ok := x.treatNear(); ok {
		e.Treatment = &d // the day next to the treatment word (n27)
	} else if x.findPlain(lTreatment, neg) >= 0 || enDayCovered.MatchString(x.s) {
		if d, ok := x.planned(); ok {
			e.Treatment = &d
			if from, until, ok := x.treatmentWeek(d); ok {
				e.Treatment, e.TreatmentUntil = &from, &until
			}
		} else if d, ok := x.plannedMore(); ok {
			e.Treatment = &d
		} else if from, until, ok := x.treatmentMonth(); ok {
			e.Treatment, e.TreatmentUntil = &from, &until
		}
	}
}

// planned reads the day of a planned treatment: 今天, 明天, 后天, 下周,
// 月底, "12月30号", "30号", "2026-12-30"; tomorrow, next week, end of the
// month. A day before today is no plan.
func (x *extractor) planned() (rules.Date, bool) {
	s, today := x.s, x.today
	if today.IsZero() {
		return rules.Date{}, false
	}
	if treatPast(s) {
		return rules.Date{}, false
	}
	if d, ok := zhNumeralPlanned(s, today); ok {
		return d, true
	}
	if d, ok := explicitDay(s, today); ok && hasAny(s, []string{"礼拜", "星期", "周", "next ", "this "}) {
		return d, true
	}
	if d, ok := weekdayPlanned(s, today); ok {
		return d, true
	}
	rel := []struct {
		words []string
		days  int
	}{
		{[]string{"大后天"}, 3}, {[]string{"后天", "day after tomorrow"}, 2}, {[]string{"明天", "明日", "tomorrow"}, 1},
		{[]string{"今天", "今日", "today"}, 0}, {[]string{"下周", "下星期", "下礼拜", "下个星期", "下个礼拜", "next week"}, 7},
	}
	for _, r := range rel {
		for _, w := range r.words {
			if dayWordFor(s, w) {
				return today.AddDays(r.days), true
			}
		}
	}
	for _, w := range []string{"月底", "这个月底", "本月底", "end of the month", "end of this month", "later this month"} {
		if (w != "月底" || !monthEndOfOther(s, today.MonthOf())) && dayWordFor(s, w) {
			return today.MonthOf().LastDay(), true
		}
	}
	if d, ok := isoDate(s); ok {
		return d, !d.Before(today)
	}
	// "12月30号", "12月30日", "30号". Every "月" is tried: "公司10月开始没缴，
	// 11月20号住院了" names the day at the second.
	if d, ok, found := zhMonthDay(s, today); found {
		return d, ok
	}
	past := hasAny(s, zhTreatDone)
	for _, suf := range []string{"号", "日"} {
		if i := strings.Index(s, suf); i > 0 && !strings.Contains(s[:i], "月") {
			if d, ok := digitsBefore(s, i); ok {
				m := today.MonthOf()
				if d < today.Day && !past {
					m = m.Add(1)
				}
				return validDay(m.Year, int(m.Month), d)
			}
		}
	}
	return rules.Date{}, false
}

// zhTreatDone tell a stay or treatment as done: the day named is in the
// past, not next year's.
var zhTreatDone = []string{"住院了", "住了院", "做了手术", "手术了", "看了病", "看病了", "就医了", "开了刀", "开刀了", "生了孩子"}

func hasAny(s string, ws []string) bool {
	for _, w := range ws {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// zhWeekdays are the day names after 周/星期/礼拜, Monday first.
var zhWeekdays = []string{"一", "二", "三", "四", "五", "六", "日"}

// weekdayPlanned reads "下周一", "下星期三", "这周五", "周五": weeks start on
// Monday, so on Sunday 2026-12-06 "下周一" is 2026-12-07 (the next day),
// as people say it; a bare "周五" is the next such day from today on, and
// "这周X" already past is no plan. The echo shows the date, so a person
// who meant another Monday can correct it.
func weekdayPlanned(s string, today rules.Date) (rules.Date, bool) {
	wd := int(time.Date(today.Year, today.Month, today.Day, 0, 0, 0, 0, time.UTC).Weekday())
	if wd == 0 {
		wd = 7
	}
	monday := today.AddDays(1 - wd) // this week's Monday
	for _, w := range []string{"周", "星期", "礼拜"} {
		for i := 0; ; {
			j := strings.Index(s[i:], w)
			if j < 0 {
				break
			}
			j += i
			i = j + len(w)
			k := -1
			for n, name := range zhWeekdays {
				if strings.HasPrefix(s[i:], name) {
					k = n
				}
			}
			if k < 0 && w != "周" && strings.HasPrefix(s[i:], "天") {
				k = 6
			}
			if k < 0 {
				continue
			}
			before := s[:j]
			switch {
			case strings.HasSuffix(before, "下下"):
				return monday.AddDays(14 + k), true
			case strings.HasSuffix(before, "下") || strings.HasSuffix(before, "下个"):
				return monday.AddDays(7 + k), true
			case strings.HasSuffix(before, "这") || strings.HasSuffix(before, "本") || strings.HasSuffix(before, "这个"):
				d := monday.AddDays(k)
				if d.Before(today) {
					return rules.Date{}, false
				}
				return d, true
			case strings.HasSuffix(before, "上"):
				return rules.Date{}, false
			default:
				return today.AddDays((k + 1 - wd + 7) % 7), true
			}
		}
	}
	return rules.Date{}, false
}

func validDay(y, m, d int) (rules.Date, bool) {
	if d < 1 || d > 31 || m < 1 || m > 12 {
		return rules.Date{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return rules.Date{}, false
	}
	return rules.Date{Year: y, Month: time.Month(m), Day: d}, true
}

// digitsBefore reads the one or two ASCII digits right before s[i].
func digitsBefore(s string, i int) (int, bool) {
	j := i
	for j > 0 && i-j < 2 && isDigit(s[j-1]) {
		j--
	}
	if j == i || (j > 0 && isDigit(s[j-1])) {
		return 0, false
	}
	return atoi(s[j:i]), true
}

// digitsAfter reads the one or two ASCII digits from s[i].
func digitsAfter(s string, i int) (n, end int, ok bool) {
	j := i
	for j < len(s) && j-i < 2 && isDigit(s[j]) {
		j++
	}
	if j == i || (j < len(s) && isDigit(s[j])) {
		return 0, i, false
	}
	return atoi(s[i:j]), j, true
}

// isoDate finds a YYYY-MM-DD date in s.
func isoDate(s string) (rules.Date, bool) {
	for i := 0; i+10 <= len(s); i++ {
		if !isDigit(s[i]) || (i > 0 && isDigit(s[i-1])) {
			continue
		}
		if d, err := rules.ParseDay(s[i : i+10]); err == nil {
			return d, true
		}
	}
	return rules.Date{}, false
}

// treatPast reports a past word told of the treatment: before the first
// treatment word with no day to come in between. "上个月忘交了 后天去医院"
// names a past gap and a coming stay; "之前住院" a past stay; "住院之前"
// is before a stay still to come.
func treatPast(s string) bool {
	at := -1
	for _, w := range zhTreatWords {
		if i := strings.Index(s, w); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	if at < 0 {
		return hasAny(s, zhTreatPast)
	}
	for _, w := range zhTreatPast {
		i := strings.LastIndex(s[:at], w)
		if i < 0 {
			continue
		}
		if !hasAny(s[i+len(w):at], zhTreatComing) {
			return true
		}
	}
	// "已经住院了", "住院了": told as done further on is planned's past.
	return false
}

// zhTreatComing name a day still to come.
var zhTreatComing = []string{"后天", "明天", "今天", "下周", "下星期", "下礼拜", "明年", "月底", "下个月", "下月", "号", "日", "过几天", "马上", "准备", "要"}

// zhTreatWords are the Chinese treatment words of lTreatment.
var zhTreatWords = append([]string{"住院", "手术", "开刀", "看病", "就医", "生孩子", "分娩", "生产", "做检查", "化疗", "透析",
	// A birth booked, in its everyday words (issue 17, read17c: "我12月20号预约了剖腹产").
	"剖腹产", "剖宫产", "顺产", "生娃", "生宝宝", "生小孩", "做胃镜", "做肠镜",
	// Examinations done in hospital, with or without a measure word
	// ("下礼拜要去做个肠镜", heldout16).
	"胃镜", "肠镜", "核磁", "磁共振", "彩超", "造影", "穿刺", "活检", "做个检查", "做检查", "做个体检", "做体检", "做ct", "拍片",
	// A hospital visit told as going there ("下周三去医院能报吗").
	"去医院", "上医院", "看医生", "看门诊", "看急诊", "睇医生"}, append(zhTreatWords23d, zhTreatWords37a...)...) // resident23d.go, read37a.go

// zhNumeralPlanned reads a day written in Chinese numerals, "明年一月五号",
// "十二月三号": with 明年 next year's; a day gone this year is next year's.
func zhNumeralPlanned(s string, today rules.Date) (rules.Date, bool) {
	for k := 0; k < len(s); k++ {
		if s[k] < 0x80 {
			continue // digits are read by planned
		}
		m, end, ok := monthNumberAt(s, k)
		if !ok {
			continue
		}
		d, ok := parseNumAt(s, end)
		if !ok || d.kind == 'd' || d.frac || d.v < 1000 || d.v > 31000 || d.v%1000 != 0 {
			continue
		}
		rest := s[d.end:]
		if !strings.HasPrefix(rest, "号") && !strings.HasPrefix(rest, "日") {
			continue
		}
		day := int(d.v / 1000)
		y := treatYear(today, m, day, false, strings.HasSuffix(strings.TrimRight(s[:k], " "), "明年"))
		if dd, ok := validDay(y, m, day); ok {
			return dd, true
		}
	}
	return rules.Date{}, false
}

// nationalityForeign reports "a German national" and the like, not
// negated ("not a US citizen").
func nationalityForeign(s string) bool {
	i, _, foreign := nationality(s)
	return foreign && !enNegated(s, i, false)
}

// dayWordFor reports an occurrence of the day word w in s that does not
// date a payment ("下周补缴 下周三住院" finds the second).
func dayWordFor(s, w string) bool {
	for k := 0; ; {
		j := strings.Index(s[k:], w)
		if j < 0 {
			return false
		}
		i := k + j
		k = i + len(w)
		if !datesPayment(s, k) {
			return true
		}
	}
}

// datesPayment reports whether the day word ending at i dates a payment,
// not a treatment: "老板说月底补", "明天去交", "下周一起缴上", "they'll pay
// at the end of the month" is when money comes, and a treatment day named
// elsewhere in the message ("我12月18号要住院") is the one asked about.
func datesPayment(s string, i int) bool {
	rest := s[i:]
	for changed := true; changed; {
		changed = false
		for _, f := range []string{" ", "前", "之前", "以前", "再", "就", "会", "一起", "给", "全", "都", "能", "可以", "把钱", "把"} {
			if t, ok := strings.CutPrefix(rest, f); ok {
				rest, changed = t, true
			}
		}
	}
	for _, w := range []string{"补", "交", "缴", "还上", "还钱", "发", "pay", "they", "the company", "the employer", "my employer"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	if strings.HasPrefix(strings.TrimLeft(s[i:], " "), "把") && payObjectAhead(rest) {
		return true // "今天把2027年的缴了" (R13-M2)
	}
	// "end of the month" told of the employer's promise: "the boss said
	// he'd pay by the end of the month".
	before := s[:i]
	if k := strings.LastIndexAny(before, ",.;!?"); k >= 0 {
		before = before[k:]
	}
	for _, w := range []string{" pay ", " paid ", " pay by ", " settle"} {
		if strings.Contains(before, w) && !lTreatmentIn(before) {
			return true
		}
	}
	return false
}

func lTreatmentIn(s string) bool {
	for _, w := range []string{"hospital", "surgery", "operation", "treatment", "住院", "手术", "开刀", "看病"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// caringWords tell the person looking after children at home ("现在在家
// 带孩子也没上班"): their own situation, not a case asked for a child.
var caringWords = []string{"在家带孩子", "在家带小孩", "在家带娃", "带孩子", "带小孩", "带娃", "照顾孩子", "照顾小孩", "看孩子", "看小孩"}

// onlyCaring reports that every child word of s is inside a caring phrase.
func onlyCaring(s string) bool {
	if !hasAny(s, caringWords) {
		return false
	}
	t := s
	for _, w := range caringWords {
		t = strings.ReplaceAll(t, w, ",")
	}
	return !hasAny(t, []string{"孩子", "小孩", "儿子", "女儿", "宝宝", "娃", "闺女", "我囝", "囝仔", "仔女", "细路", "个仔", "个女"})
}
