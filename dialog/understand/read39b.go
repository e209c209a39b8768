package understand

import (
	"regexp"

	"bujiao/rules"
)

// Audit round 30, R30-W1 (= R29-W2, fix39b): an employer's cover that
// ended, then paying as a flexible worker from a later month ("employer in
// suzhou paid until july … started paying myself as flexible worker from
// september", "上家单位9月底停的 11月开始在上海以灵活就业交医保"). The months
// between are the gap, ended by the first flexible payment; the payer of
// the gap was the employer (payer unit, left job), so Shanghai's waiver for
// joining as a flexible worker within 3 months after employee benefits
// stopped (沪医保规〔2025〕7号 三(四) ¶2) is judged by the rules, and the
// flexible months are never read as the gap. Read from the sentence's
// structure: a last month an employer paid (or a job's end "底") and a
// later month the person's own flexible payments began.

var (
	// zhEmpEnd39b: the employer's last month: "苏州公司交到7月", "单位给我缴到
	// 了六月份", "上家单位9月底停的", "原来公司干到8月底".
	zhEmpEnd39b = regexp.MustCompile(`(?:公司|单位|老板|厂里|工厂|厂子|雇主|上家|东家|老东家|工作)[^，。,.;；！!？?\d月]{0,8}?` +
		`(?:(?:交|缴|买|上|干|做|交费|缴费|交医保|缴医保)?(?:到|至)了?` + zhMonth25b + `月份?(?:底|末)?` +
		`|` + zhMonth25b + `月份?(?:底|末)(?:就)?(?:停|断|不交|没交|不缴|没缴|离职|辞职|走|不干|结束|到期))`)
	// zhEmpFix39b: the employer's month corrected right after it ("交到5月 不对
	// 是交到6月"; the text reads 交 as 缴).
	zhEmpFix39b = regexp.MustCompile(`^[\s，,。.、！!]*(?:哦不对|噢不对|不对不对|不对|说错了|搞错了|记错了|打错了|错了|更正一下|更正)[\s，,。.、！!]*(?:其实是|应该是|准确说是|是)?(?:缴到|交到|缴至|交至|到|至)?` + zhMonth25b + `月`)
	// zhFlex39b: the flexible start: "9月起在上海灵活就业自己交了", "11月开始
	// 在上海以灵活就业交医保", "从10月份开始自己交", "灵活就业从9月开始交".
	zhFlex39b = regexp.MustCompile(`(?:从)?` + zhMonth25b + `月份?(?:开始|起|以后|后)[^，。,.;；！!？?\d月]{0,10}?(?:灵活就业|个体户?|自由职业|自己交|自己缴|自己买|个人交|个人缴|自己续)` +
		`|(?:灵活就业|个体户?|自由职业|自己交|自己缴|个人交|个人缴)[^，。,.;；！!？?\d月]{0,6}?(?:从)?` + zhMonth25b + `月份?(?:开始|起)`)
	// enEmpEnd39b: "employer in suzhou paid until july", "my last employer
	// paid till end of september", "company covered me through june".
	enEmpEnd39b = regexp.MustCompile(`\b(?:employer|company|job|boss|firm|work|workplace)\b[a-z ,']{0,40}?\b(?:paid|covered|insured|contributed|paying|kept paying|lasted|went|ran|worked)\b[a-z ,']{0,24}?\b(?:until|till|til|through|thru|to|up to|upto)\b\s*(?:the\s+)?(?:end of\s+|end\s+)?(?:the month of\s+)?` + enMonthRe25b)
	// enFlex39b: "flexible worker from september", "registered as flexible
	// worker in november", "freelancing since oct", and "from september i
	// paid myself as a flexible worker".
	enFlex39b = regexp.MustCompile(`\b(?:flexible|flexi|freelanc[a-z]*|self[- ]?employed|gig worker)\b[a-z ,']{0,40}?\b(?:from|since|in|starting|starting in|as of|beginning)\s+(?:the\s+)?(?:start of\s+|beginning of\s+)?` + enMonthRe25b +
		`|\b(?:from|since|starting|starting in|as of|beginning)\s+` + enMonthRe25b + `[a-z ,']{0,30}?\b(?:flexible|flexi|freelanc[a-z]*|self[- ]?employed|paying myself|pay myself|paid myself|on my own)`)
	// zhNewJob39b / enNewJob39b: a new employer took over: a job change, not
	// a flexible start.
	zhNewJob39b = []string{"新单位", "新公司", "新工作", "入职", "新东家"}
	enNewJob39b = []string{"new job", "new employer", "new company", "hired", "got a job"}
)

// empFlex39b reads an employer's last month and a later flexible start.
func (x *extractor) empFlex39b(e *Extracted) {
	if x.today.IsZero() || e.Scheme == rules.SchemeResident || e.Child || e.Student || e.PriorScheme != "" ||
		e.FirstEnrolment || e.Reason == rules.ReasonUnemployment || e.BenefitEnded != nil || e.BenefitEndedSaid {
		return
	}
	s := x.s
	if hasAny(s, zhNewJob39b) || hasAny(s, enNewJob39b) || hasAny(s, []string{"失业金", "失业保险", "unemployment benefit"}) {
		return
	}
	end, ok := x.empEnd39b(s)
	if !ok {
		return
	}
	start, ok := x.flexStart39b(s)
	if !ok || x.cur.Since(start) < 0 {
		return
	}
	first := end.Add(1)
	switch n := start.Since(first); {
	case n < 0:
		return // the flexible start is not after the employer's months
	case n == 0:
		// Paying on from the month after the job: no month unpaid.
		e.Gap, e.Resumed, e.GapEnded = &Duration{Months: 0}, nil, false
	default:
		e.Gap = &Duration{Months: n, Since: &first}
		e.Resumed, e.GapEnded = &start, true
	}
	e.Payer, e.Reason = rules.PayerUnit, rules.ReasonLeftJob
	e.GapTooLong, e.GapConflict = false, false
}

// empEnd39b: the last month an employer paid, the last told when a month
// is corrected ("until june - sorry, until july").
func (x *extractor) empEnd39b(s string) (rules.Month, bool) {
	var name string
	zh := false
	if all := zhEmpEnd39b.FindAllStringSubmatchIndex(s, -1); all != nil {
		m := all[len(all)-1]
		for g := 2; g < len(m); g += 2 {
			if m[g] >= 0 {
				name = s[m[g]:m[g+1]]
			}
		}
		if f := zhEmpFix39b.FindStringSubmatch(s[m[1]:]); f != nil {
			name = f[1]
		}
		zh = true
	} else if all := enEmpEnd39b.FindAllStringSubmatch(s, -1); all != nil {
		name = all[len(all)-1][1]
	}
	if name == "" {
		return rules.Month{}, false
	}
	return x.month39b(name, zh)
}

// flexStart39b: the month the person's own flexible payments began.
// A start told as a plan ("打算9月起自己交", "i plan to go freelance from
// september") is not a payment made.
func (x *extractor) flexStart39b(s string) (rules.Month, bool) {
	for _, re := range []*regexp.Regexp{zhFlex39b, enFlex39b} {
		m := re.FindStringSubmatchIndex(s)
		if m == nil {
			continue
		}
		if hasAny(lastRunes(s[:m[0]], 12), flexPlan39b) || hasAny(s[m[0]:m[1]], flexPlan39b) {
			return rules.Month{}, false
		}
		name := ""
		for g := 2; g < len(m); g += 2 {
			if m[g] >= 0 {
				name = s[m[g]:m[g+1]]
			}
		}
		return x.month39b(name, re == zhFlex39b)
	}
	return rules.Month{}, false
}

// flexPlan39b: words of a plan right before a flexible start.
var flexPlan39b = []string{"打算", "准备", "计划", "想要", "想", "要是", "如果", "plan", "going to", "gonna", "will ", "want to", "wanna", "thinking of", "if i"}

// month39b resolves a month named without a year to the latest such month
// not after this one.
func (x *extractor) month39b(name string, zh bool) (rules.Month, bool) {
	if zh {
		return x.zhPastMonth25b(name)
	}
	return x.pastMonth25b(enMonths[name])
}

// round39b runs fix39b's readings (called from round25a).
func (x *extractor) round39b(e *Extracted) {
	x.empFlex39b(e)
}

// movedFlex39b: the employer's city named with its last month and another
// city after it ("苏州公司交到7月 8月没交 9月起在上海灵活就业"): the gap was the
// old city's cover, so the move across pooling areas is told even without
// a word of moving (called from statedLate; the old city's stop is then an
// estimate, never the new city's rule).
func movedFlex39b(a *Analysis, s string, regions RegionMatcher) {
	e := a.Extracted
	if regions == nil || a.MovedAcross || e.Payer != rules.PayerUnit || e.Reason != rules.ReasonLeftJob || e.Resumed == nil || !e.GapEnded {
		return
	}
	cc, ok := regions.(cityCoder)
	if !ok {
		return
	}
	loc := zhEmpEnd39b.FindStringIndex(s)
	if loc == nil {
		loc = enEmpEnd39b.FindStringIndex(s)
	}
	if loc == nil {
		return
	}
	oldCity, ok1 := cc.CityCode(s[:loc[1]])
	newCity, ok2 := cc.CityCode(s[loc[1]:])
	if !ok1 || !ok2 || oldCity == newCity {
		return
	}
	a.Moved, a.MovedAcross, a.MovedAll, a.MovedAcrossAll, a.SelfPaidMoved = true, true, true, true, true
}

// zhPlan39b / enPlan39b: a plan, not a payment made.
var (
	zhPlan39b = []string{"打算", "准备", "想要", "计划", "要不要", "能不能", "可不可以", "可以吗", "行不行", "如果", "要是"}
	enPlan39b = []string{"plan", "will ", "going to", "want to", "should i", "can i", "could i", "if i", "would "}
)

// statedFlex39b: a run-on message whose only clause asks ("上海 公司交到3月
// 9月起自己交灵活就业 12月20号住院能报吗") still states the employer's months
// and the flexible start told before the question: the facts read from the
// whole message are kept as stated, unless a plan is told (called from
// statedLate).
func statedFlex39b(a *Analysis, s string) {
	e := a.Extracted
	if !a.Asks || e.Payer != rules.PayerUnit || e.Reason != rules.ReasonLeftJob || e.Resumed == nil || !e.GapEnded || e.Gap == nil ||
		a.Stated.Gap != nil || a.Stated.Resumed != nil || a.Stated.Payer != "" && a.Stated.Payer != rules.PayerUnit ||
		hasAny(s, zhPlan39b) || hasAny(s, enPlan39b) {
		return
	}
	if zhEmpEnd39b.FindStringIndex(s) == nil && enEmpEnd39b.FindStringIndex(s) == nil {
		return
	}
	a.Stated.Payer, a.Stated.Reason = e.Payer, e.Reason
	a.Stated.Gap, a.Stated.Resumed, a.Stated.GapEnded = e.Gap, e.Resumed, e.GapEnded
	a.Stated.GapTooLong, a.Stated.GapConflict = false, false
}
