package understand

import (
	"regexp"
	"strings"

	"github.com/shopspring/decimal"

	"bujiao/rules"
)

// fix46b (heldout31 practice set): retirement facts, a former employer's
// debt with no new job, a first job and a child never enrolled, and the
// time without cover told in English.

// round46b runs fix46b's late readings (called from round25a).
func (x *extractor) round46b(e *Extracted) {
	x.noNewJob46b(e)
	x.alreadyRetired46b(e)
	x.firstJobZh46b(e)
	x.childNever46b(e)
	x.withoutCover46b(e)
}

var (
	// zhNoNewJob46b: a new job under a negation, either order ("还没找到新
	// 工作", "没有新单位", "新工作还没着落", "还在找工作").
	zhNoNewJob46b = regexp.MustCompile(`(?:还|也|都)?(?:没|没有|未|尚未|冇|沒)(?:有)?(?:找到|找着|找好|找|落实|定下|定|去|入职|上|换)?(?:了)?(?:个|一个|一份|份|家|一家)?(?:新|别)?(?:的)?(?:工作|单位|公司|东家|班|工|厂)` +
		`|新(?:的)?(?:工作|单位|公司|东家)(?:还|也|都|暂时)?(?:没|没有|未|冇|沒)(?:有)?(?:找到|着落|找|定|落实|下来|有)` +
		`|(?:还|正|正在|还在|在)(?:找|寻找|物色)(?:新)?(?:的)?(?:工作|单位|公司|东家)`)
	// enNoNewJob46b: "haven't found a new job yet", "still no new
	// employer", "yet to find work", "still looking for a job".
	enNoNewJob46b = regexp.MustCompile(`\b(?:haven'?t|have not|hasn'?t|has not|didn'?t|did not|not|no|never|yet to|still looking for|looking for|still searching for|searching for)\b(?: (?:found|find|got|get|gotten|started|start|had|have|yet|still|a|any|another|the|one|other|next))*(?: new)? (?:job|work|employer|company|position)\b`)
	// zhNewJobLeft46b / enNewJobLeft46b: words of a new job that stand
	// outside the negated spans.
	zhNewJobLeft46b = []string{"换工作", "换了工作", "换了公司", "换公司", "换单位", "换了单位", "新公司", "新单位", "新工作", "跳槽", "转工",
		"找到工作", "找到了工作", "上新班", "入职了", "新东家"}
	enNewJobLeft46b = []string{"new job", "new employer", "new company", "changed job", "switched job", "another job", "now work at",
		"now work for", "now working", "started a job", "started work", "started at"}
)

// noNewJob46b: a former employer's months owed read with a new job the
// person says they do not have yet is leaving, not a job change
// (heldout31 h31-sh-left-former-owed).
func (x *extractor) noNewJob46b(e *Extracted) {
	if e.Reason != rules.ReasonJobChange {
		return
	}
	s := x.s
	if !zhNoNewJob46b.MatchString(s) && !enNoNewJob46b.MatchString(s) {
		return
	}
	rest := zhNoNewJob46b.ReplaceAllString(s, " ")
	rest = enNoNewJob46b.ReplaceAllString(rest, " ")
	if hasAny(rest, zhNewJobLeft46b) || hasAny(rest, enNewJobLeft46b) || newJobAfterLeaving(rest) {
		return
	}
	e.Reason = rules.ReasonLeftJob
}

var (
	// zhAlreadyRetired46b: a retirement told as done ("已经退休了", "早就
	// 退休了", "已经办了退休"), not "已经到年龄退休了".
	zhAlreadyRetired46b = regexp.MustCompile(`(?:已经|已|早就|早已|老早就)(?:办了?|办完了?|办好了?)?退休`)
	enAlreadyRetired46b = regexp.MustCompile(`\balready (?:been )?retired\b|\bretired (?:already|years ago|long ago|a while ago)\b`)
	// notDone46b: words of a retirement of now or still to come.
	notDone46b = []string{"今年", "刚", "才", "马上", "快", "到年龄", "到岁数", "到点", "还没", "没退", "this year", "just", "about to",
		"soon", "not yet", "reached"}
)

// alreadyRetired46b: a retirement told as already done is retired even
// with the years told (the rules check the years of a retiree too and
// never waive them unchecked); keywords.go reads a bare "退休了" with
// years as the age reached (heldout31 h31-nb-retired-22).
func (x *extractor) alreadyRetired46b(e *Extracted) {
	if e.Retirement != rules.RetirementAtAge && e.Retirement != "" || e.Scheme == rules.SchemeResident || x.toRetire || e.Payer != "" || e.Reason != "" {
		return
	}
	s := x.s
	if !zhAlreadyRetired46b.MatchString(s) && !enAlreadyRetired46b.MatchString(s) {
		return
	}
	if hasAny(s, notDone46b) || hasAny(s, justRetired26a) || hasAny(s, yearsDoubt26a) {
		return
	}
	e.Retirement = rules.RetirementRetired
}

// zhFirstWorkNeg46b: words of cover or a job before this one.
var zhFirstWorkNeg46b = []string{"断", "停", "补缴", "以前缴", "之前缴", "离职", "辞职", "又", "重新", "欠", "没缴", "没给", "没有缴",
	"缴过", "参过", "上过保", "买过医保", "年了", "换工作", "跳槽"}

// zhFirstJob46b: "第1次上班", "头一家公司", "第一个东家".
var zhFirstJob46b = regexp.MustCompile(`(?:第(?:一|1)|头一)(?:次|份|个|家)[^，,。！？?! ]{0,6}?(?:上班|工作|打工|入职|公司|单位|东家|厂)`)

// firstJobZh46b: a first job ever, in Chinese, is the employer's first
// enrolment (firstJob32a reads the English; heldout31 h31-sh-first-job).
func (x *extractor) firstJobZh46b(e *Extracted) {
	if e.FirstEnrolment || x.today.IsZero() || e.Scheme == rules.SchemeResident || e.Child || e.Student || e.PriorScheme != "" ||
		e.Payer == rules.PayerIndividual || e.Reason != "" || e.YearsPaid != nil || e.GapEnded || e.Resumed != nil {
		return
	}
	s := x.s
	if !hasAny(s, zhFirstJob34a) && !zhFirstJob36a.MatchString(s) && !zhFirstJob46b.MatchString(s) || hasAny(s, zhFirstWorkNeg46b) {
		return
	}
	if e.Gap != nil && x.gapNamed {
		return
	}
	e.FirstEnrolment = true
	e.Payer = rules.PayerUnit
	if e.Scheme == "" {
		e.Scheme = rules.SchemeEmployee
	}
	if e.Retirement == "" {
		e.Retirement = rules.RetirementWorking
	}
	e.Gap, e.GapConflict = nil, false
}

var (
	// enChildNever46b: a child never signed up ("we never signed her up",
	// "my son has never been enrolled", "never registered our kid").
	enChildNever46b = regexp.MustCompile(`\bnever (?:signed|enrolled|registered|insured|put|got|bought|paid for|joined)\b[^.;!?]{0,20}?\b(?:her|him|them|son|daughter|kid|kids|child|children|baby|boy|girl)\b` +
		`|\b(?:she|he|son|daughter|kid|child|baby|boy|girl)(?: has| have|s| was|'s)? never (?:been )?(?:enrolled|insured|registered|signed up|covered|had (?:any )?(?:medical |health )?insurance)\b`)
	// zhChildNever46b: "孩子从来没参过保", "从没给女儿办过医保", "娃一直没买医保".
	zhChildNever46b = regexp.MustCompile(`(?:孩子|儿子|女儿|闺女|小孩|娃|宝宝|孙子|孙女)[^，,。！？?!]{0,6}?(?:从来|从|一直|还|都)?(?:没|没有|未|冇|沒)(?:有)?(?:参过保|参保|参过|办过|办|买过|买|缴过|上过|入过)` +
		`|(?:从来|从|一直|还|都)?(?:没|没有|未|冇|沒)(?:有)?(?:给|帮|替)(?:孩子|儿子|女儿|闺女|小孩|娃|宝宝|孙子|孙女|他|她)(?:办|买|参|上|缴|入)`)
	// childBounded46b: a time the child was not covered (a gap, not a
	// first enrolment).
	childBounded46b = regexp.MustCompile(`(?:去年|前年|这两年|这几年|[0-9一二两三四五六七八九十]+年(?:没|都没|一直没)|断|停|又|重新)|\b(?:for (?:\d{1,2}|one|two|three|four|five|six) (?:years?|months?)|last year|again|lapsed|stopped|before)\b`)
)

// employerWords46b name an employer.
var employerWords46b = []string{"公司", "单位", "老板", "厂", "东家", "company", "employer", "boss", "firm", "factory", "work"}

// childNever46b: a parent asking for a child never enrolled is a first
// enrolment in the resident scheme (heldout31 h31-en-sh-girl-never).
func (x *extractor) childNever46b(e *Extracted) {
	s := x.s
	// "never registered my kid": the parent's own not registering, no
	// employer's, when no employer is named.
	parentNotReg := e.Reason == rules.ReasonNotRegistered && !hasAny(s, employerWords46b)
	if e.FirstEnrolment || e.Scheme == rules.SchemeEmployee || e.Payer != "" && !parentNotReg || e.Newborn != nil && *e.Newborn {
		return
	}
	if !enChildNever46b.MatchString(s) && !zhChildNever46b.MatchString(s) || childBounded46b.MatchString(s) ||
		e.Newborn == nil && hasAny(s, []string{"出生", "生下来", "生了", "满月", "born", "baby", "newborn"}) {
		// A baby's age since birth: whether a newborn is asked (the
		// newborn readings decide).
		return
	}
	e.FirstEnrolment = true
	e.Scheme = rules.SchemeResident
	e.Child = true
	if parentNotReg {
		e.Reason, e.Payer = "", ""
	}
	e.Gap, e.GapConflict = nil, false
}

// enWithout46b: the time without cover told in English ("have been without
// medical insurance for 3 months now", "uninsured for 4 months", "been
// without cover for two months").
var enWithout46b = regexp.MustCompile(`\b(?:without|uninsured|not insured|not covered|no)\b(?: any)?(?: (?:medical|health|social))?(?: (?:insurance|cover|coverage))?(?: (?:at all|now|since))? for (?:the (?:last|past) )?(\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (months?|years?)\b`)

var enSmallNum46b = map[string]int{"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

// withoutCover46b reads that time as the gap when no gap was read.
func (x *extractor) withoutCover46b(e *Extracted) {
	if e.Gap != nil || e.GapConflict || e.FirstEnrolment || e.Reason == rules.ReasonNotRegistered || e.GapEnded || e.Resumed != nil {
		return
	}
	s := x.s
	m := enWithout46b.FindStringSubmatch(s)
	if m == nil || !(strings.Contains(m[0], "insur") || strings.Contains(m[0], "cover")) {
		return
	}
	n, ok := enSmallNum46b[m[1]]
	if !ok {
		n = atoi32a(m[1])
	}
	if strings.HasPrefix(m[2], "year") {
		n *= 12
	}
	if n <= 0 || n > 12*rules.MaxYears {
		return
	}
	e.Gap = &Duration{Months: n}
	x.gapNamed = true
}

var (
	// zhPlaceYears46b: years paid in a place, a clause each ("东莞交了13年",
	// "老家湖南缴了5年", "在上海缴过八年").
	zhPlaceYears46b = regexp.MustCompile(`(?:在)?(\p{Han}{2,6}?)(?:这边|那边)?(?:缴了|缴过|缴的|缴|交了|交过|交的|交|参保了|参保)(?:医保)?([0-9]{1,2}|[一二两三四五六七八九十]{1,3})年`)
	// totalWords46b: a total told (the years are then read as before).
	totalWords46b = []string{"一共", "总共", "累计", "合计", "加起来", "总计", "其中", "全部", "全都", "总的", "前面", "之前", "以前"}
)

// zhTotalAfter46b: a total told after a place's years ("东莞交了13年 一共
// 交了18年").
var zhTotalAfter46b = regexp.MustCompile(`(?:一共|总共|累计|合计|加起来|总计)(?:是|有)?(?:缴了|缴过|缴|交了|交过|交|参保了|参保)?(?:医保)?([0-9]{1,2}|[一二两三四五六七八九十]{1,3})年`)

// yearsSum46b: the years paid told place by place with no total ("东莞交了13
// 年 老家湖南交了5年") are their sum, and a place's years told before a
// total ("东莞交了13年 一共交了18年") are that place's; the years of the
// place in the case's region are the local years when only one place is in
// it (heldout31 h31-dg-female-retire). Called from statedLate (the regions
// known).
func yearsSum46b(a *Analysis, s string, regions RegionMatcher) {
	if regions == nil || a.Region == "" {
		return
	}
	var ms [][]int
	for _, m := range zhPlaceYears46b.FindAllStringSubmatchIndex(s, -1) {
		if !hasAny(s[m[2]:m[3]], totalWords46b) {
			ms = append(ms, m)
		}
	}
	var total int64
	switch t := zhTotalAfter46b.FindStringSubmatchIndex(s); {
	case len(ms) == 2 && t == nil && !hasAny(s, totalWords46b):
	case len(ms) == 1 && t != nil && t[0] >= ms[0][1]:
		n, ok := zhSmallYears46b(s[t[2]:t[3]])
		if !ok {
			return
		}
		total = n
	default:
		return
	}
	var sum int64
	var local *decimal.Decimal
	inRegion := 0
	for _, m := range ms {
		n, ok := zhSmallYears46b(s[m[4]:m[5]])
		if !ok || n <= 0 {
			return
		}
		sum += n
		name := s[m[2]:m[3]]
		if r := []rune(name); len(r) > 4 {
			name = string(r[len(r)-4:]) // the message's spaces are gone: the place is the clause's end
		}
		if i := strings.LastIndex(name, "在"); i >= 0 {
			name = name[i+len("在"):]
		}
		if hasAny(name, []string{"本地", "当地", "这边", "这里", "那边", "那里", "单位", "公司", "自己", "我", "医保", "社保"}) {
			return // a part told of "here", or no place
		}
		place := strings.TrimPrefix(strings.TrimPrefix(name, "老家"), "在")
		id, ok := regions.MatchRegion(place)
		if !ok && !strings.Contains(name, "老家") && !hasAny(name, provinces46b) {
			return // each figure a place's
		}
		if ok && id == a.Region && !strings.Contains(name, "老家") {
			d := decimal.New(n, 0)
			local = &d
			inRegion++
		}
	}
	if total == 0 {
		total = sum
	}
	if total > rules.MaxYears || total <= sum && len(ms) == 1 {
		return
	}
	tot := decimal.New(total, 0)
	for _, e := range []*Extracted{&a.Extracted, &a.Stated} {
		if e.YearsPaid == nil || e.Retirement == "" && e.Scheme != rules.SchemeEmployee {
			return
		}
		// Only where one place's figure was taken for the total.
		if !e.YearsPaid.LessThan(tot) {
			return
		}
	}
	for _, e := range []*Extracted{&a.Extracted, &a.Stated} {
		t := tot
		e.YearsPaid = &t
		e.LocalYearsPaid = nil
		if inRegion == 1 {
			l := *local
			e.LocalYearsPaid = &l
		}
	}
}

// provinces46b name provinces (a place's years told by province).
var provinces46b = []string{"湖南", "湖北", "江西", "安徽", "河南", "河北", "四川", "广西", "山东", "山西", "陕西", "贵州", "云南", "福建",
	"江苏", "浙江", "广东", "重庆", "北京", "天津", "辽宁", "吉林", "黑龙江", "甘肃", "海南", "内蒙", "新疆", "西藏", "宁夏", "青海", "东北", "省"}

// zhSmallYears46b reads 1-99 in digits or characters.
func zhSmallYears46b(w string) (int64, bool) {
	if w[0] >= '0' && w[0] <= '9' {
		return int64(atoi32a(w)), true
	}
	d := map[rune]int64{'一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
	r := []rune(w)
	switch {
	case len(r) == 1 && r[0] == '十':
		return 10, true
	case len(r) == 1:
		v, ok := d[r[0]]
		return v, ok
	case len(r) == 2 && r[0] == '十':
		v, ok := d[r[1]]
		return 10 + v, ok
	case len(r) == 2 && r[1] == '十':
		v, ok := d[r[0]]
		return 10 * v, ok
	case len(r) == 3 && r[1] == '十':
		a, ok1 := d[r[0]]
		b, ok2 := d[r[2]]
		return 10*a + b, ok1 && ok2
	}
	return 0, false
}
