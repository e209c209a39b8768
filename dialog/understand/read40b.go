package understand

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"bujiao/rules"
)

// fix40b (heldout29's practice misses): employer cases the chat misread.
//
//   - Odd jobs now, after the employer stopped paying: "老板欠了社保跑了，他现在
//     打零工", "boss owes 3 months, I do gig work now". The gig is what the
//     person does today; the months were the employer's to pay, so the payer
//     stays the employer (the person pays nothing for themselves).
//   - Paying as a flexible worker asked about, not done: "left my job … if I
//     pay now as a flexible worker, will it cover", "辞职了 如果我按灵活就业自
//     己交能报吗". The payer of the gap is still the former employer.
//   - A child born in a month: "our daughter was born in Hangzhou in
//     September", "女儿10月份出生的". The month is the birth, never the start
//     of a gap; a birth in the last two months is a newborn (three months or
//     more is left to be asked, as childage.go does).
//   - A stop told as planned and as elapsed: "老板说停半年 现在已经停了两个
//     月", "boss said they'd stop it for 6 months, it's been 2 months now".
//     The gap is the months already gone by, never the plan.

// round40b runs fix40b's late readings (called from round25a).
func (x *extractor) round40b(e *Extracted) {
	x.unitShort40b(e)
	x.gigNow40b(e)
	x.ifFlexible40b(e)
	x.bornMonth40b(e)
	x.plannedStop40b(e)
	x.promiseLater40b(e)
	x.agePlaceRetire40b(e)
}

var (
	// zhGig40b / enGig40b: odd jobs or gig work, what someone does now.
	zhGig40b = []string{"打零工", "打散工", "打短工", "零工", "跑外卖", "送外卖", "跑滴滴", "开滴滴", "跑腿", "打杂工", "做临时工", "临时工", "打工"}
	enGig40b = []string{"odd jobs", "odd job", "gig work", "gigs", "gig", "doing deliveries", "delivering food", "food delivery", "casual work", "temp work", "day labor", "day labour"}
	// selfPay40b: the person pays for themselves (told apart from a gig).
	selfPay40b = []string{"灵活就业", "自由职业", "个体", "自己交", "自己缴", "自己买", "自己在交", "自己在缴", "自个儿交", "自个儿缴", "个人缴", "个人交", "以个人身份", "个人身份",
		"flexib", "freelanc", "self employed", "self-employed", "pay myself", "paying myself", "pay it myself", "pay by myself", "paid myself", "pay my own", "paying my own", "as an individual"}
	// owed40b: an employer that owes or stopped paying.
	owed40b = []string{"欠", "没给交", "没给缴", "没给我交", "没给我缴", "没交", "没缴", "停交", "停缴", "断了", "跑了", "跑路",
		"owes", "owed", "didnt pay", "didn't pay", "did not pay", "stopped paying", "hasnt paid", "hasn't paid", "has not paid", "not paid", "never paid", "ran off", "disappeared"}
)

// gigNow40b: an employer owing, the individual payer read only from odd
// jobs done now: the payer is the employer.
func (x *extractor) gigNow40b(e *Extracted) {
	if e.Payer != rules.PayerIndividual || e.Reason != rules.ReasonArrears || e.Scheme == rules.SchemeResident {
		return
	}
	s := x.s
	if !hasAny(s, zhGig40b) && !hasAny(s, enGig40b) || hasAny(s, selfPay40b) {
		return
	}
	if !(hasAny(s, zhUnit) || hasAny(s, enUnit)) || !hasAny(s, owed40b) {
		return
	}
	e.Payer = rules.PayerUnit
	if e.Scheme == "" {
		e.Scheme = rules.SchemeEmployee
	}
}

var (
	// zhIfFlex40b: paying as a flexible worker put as a condition or asked
	// ("如果我按灵活就业交", "要是现在自己交灵活就业", "假如以个人身份续上").
	zhIfFlex40b = regexp.MustCompile(`(?:如果|要是|假如|假设|若是|万一|打算|准备|想要|想先|想改|想转|想按|想以|想自己)[^,，。?？]{0,10}?(?:灵活就业|个体户|自由职业|以个人身份|个人身份|自己交|自己缴|自己先交|自己先缴|自个儿交)`)
	// enIfFlex40b: "if I pay now as a flexible worker", "if i register as
	// flexible employment", "whether to pay myself", "planning to pay as a
	// freelancer".
	enIfFlex40b = regexp.MustCompile(`\b(?:if|whether|in case|planning to|plan to|thinking of|thinking about|going to)\b[^.?!,]{0,40}?(?:flexible|freelanc|self[- ]?employed|as an individual|myself|on my own)`)
	// leftJob40b: the job was left.
	leftJob40b = []string{"离职", "辞职", "辞了", "辞工", "不干了", "被裁", "被辞退", "没工作了", "失业",
		"left my job", "left the job", "left the company", "quit", "resigned", "laid off", "lost my job", "job ended", "contract ended", "fired"}
)

// ifFlexible40b: someone who left a job, asking about paying as a flexible
// worker (a condition, a plan or a question), is not one yet.
func (x *extractor) ifFlexible40b(e *Extracted) {
	if e.Payer != rules.PayerIndividual || e.Reason != rules.ReasonLeftJob && e.Reason != rules.ReasonJobChange || e.Scheme == rules.SchemeResident ||
		e.GapEnded || e.Resumed != nil {
		return
	}
	s := x.s
	rest, found := s, false
	for _, re := range []*regexp.Regexp{zhIfFlex40b, zhAskFlex33a, enIfFlex40b, enAskFlex33a} {
		for _, loc := range re.FindAllStringIndex(rest, -1) {
			found = true
			rest = rest[:loc[0]] + strings.Repeat(" ", loc[1]-loc[0]) + rest[loc[1]:]
		}
	}
	if !found || hasAny(rest, selfPay40b) || hasAny(rest, []string{"自己交的", "自己缴的", "一直自己"}) || !hasAny(rest, leftJob40b) {
		return
	}
	e.Payer = rules.PayerUnit
	if e.Scheme == "" {
		e.Scheme = rules.SchemeEmployee
	}
}

var (
	// zhBornMonth40b: a child born in a month without a year ("女儿10月份出生
	// 的", "宝宝是九月生的", "孩子9月出生").
	zhBornMonth40b = regexp.MustCompile(`(?:孩子|小孩|女儿|儿子|闺女|宝宝|娃|宝贝|老二|二胎|孙子|孙女|外孙|外孙女)[^,，。?？]{0,12}?(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?(?:初|中|底|末)?(?:(?:3[01]|[12][0-9]|[1-9])[号日])?(?:出生|生的|生了|生下|出世)`)
	// enBornMonth40b: "our daughter was born in Hangzhou in September",
	// "my son born sept 3", "the baby was born on 2 october".
	enBornMonth40b = regexp.MustCompile(`\b(?:daughter|son|baby|kid|child|boy|girl|twins|grandson|granddaughter)\b[^.?!]{0,40}?\bborn\b[^.?!]{0,30}?\b(?:in|on)?\s*(?:(?:[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)? )?(` + enMonthAlt34b + `)\b`)
	// yearNear40b: a year told with the birth.
	yearNear40b = regexp.MustCompile(`(?:19|20)[0-9]{2}|去年|前年|last year|years? ago|岁`)
)

// bornMonth40b: a birth month is not the first unpaid month; a recent one
// is a newborn.
func (x *extractor) bornMonth40b(e *Extracted) {
	if x.today.IsZero() || e.Scheme == rules.SchemeEmployee || e.Payer != "" {
		return
	}
	s := x.s
	mo, end := 0, -1
	if m := zhBornMonth40b.FindStringSubmatchIndex(s); m != nil {
		mo, end = zhMonthNumber24(s[m[2]:m[3]]), m[1]
		if yearNear40b.MatchString(s[m[0]:m[1]]) {
			return
		}
	} else if m := enBornMonth40b.FindStringSubmatchIndex(s); m != nil {
		mo, end = enMonthNum36b(s[m[2]:m[3]]), m[1]
		after := s[end:]
		if len(after) > 12 {
			after = after[:12]
		}
		if yearNear40b.MatchString(s[m[0]:m[1]]) || yearNear40b.MatchString(after) {
			return
		}
	}
	if mo < 1 || mo > 12 {
		return
	}
	born := rules.Month{Year: x.cur.Year, Month: x.cur.Month}
	born.Month = time.Month(mo)
	if born.Since(x.cur) > 0 {
		born.Year--
	}
	if e.Gap != nil && e.Gap.Since != nil && *e.Gap.Since == born {
		e.Gap = nil // the birth month, not a gap
	}
	if ago := x.cur.Since(born); ago <= 2 && e.Newborn == nil && e.Gap == nil {
		b := true
		e.Newborn = &b
		if e.Scheme == "" {
			e.Scheme = rules.SchemeResident
		}
	}
}

var (
	// zhPlanned40b: a stop said as planned ("说停半年", "要停三个月",
	// "打算暂停6个月").
	zhPlanned40b = regexp.MustCompile(`(?:说|要|打算|计划|准备|先|会|讲)(?:要|先)?(?:(?:暂停|暂缓|停|断)(?:缴纳|缴费|交|缴)?|不交|不缴)(?:掉)?(?:个)?([0-9]+|[一二两三四五六七八九十]+|半)(?:个)?(月|年)`)
	// zhElapsed40b: the months already gone ("现在已经停了两个月了", "已经
	// 断了2个月").
	zhElapsed40b = regexp.MustCompile(`(?:已经|现在|目前|到现在|都)(?:已经)?(?:停|断|欠|没交|没缴|停缴|停交)(?:了)?(?:有)?([0-9]+|[一二两三四五六七八九十]+)(?:个)?月`)
	// enPlanned40b / enElapsed40b: "said they'd stop it for 6 months",
	// "it's been 2 months now", "already 2 months".
	enPlanned40b = regexp.MustCompile(`\b(?:said|say|says|plan|plans|planning|going|will|would|want|wants)\b[^.?!]{0,20}?\b(?:stop|pause|suspend|hold)\w*\b[^.?!]{0,32}?\bfor (?:about )?([0-9]+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|half a) (months?|years?)\b`)
	enElapsed40b = regexp.MustCompile(`\b(?:its been|it's been|it has been|already|so far|now)\b[^.?!]{0,12}?\b([0-9]+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|one) months?\b`)
)

// plannedStop40b: a gap read from a planned stop, with the months already
// gone told: the gap is the months gone.
func (x *extractor) plannedStop40b(e *Extracted) {
	if e.Gap == nil || e.Gap.Since != nil {
		return
	}
	s := x.s
	plan, gone := -1, -1
	if m := zhPlanned40b.FindStringSubmatch(s); m != nil {
		plan = count40b(m[1], m[2])
	} else if m := enPlanned40b.FindStringSubmatch(s); m != nil {
		plan = count40b(m[1], m[2])
	}
	if plan <= 0 || e.Gap.Months != plan {
		return
	}
	if m := zhElapsed40b.FindStringSubmatch(s); m != nil {
		gone = count40b(m[1], "月")
	} else if m := enElapsed40b.FindStringSubmatch(s); m != nil {
		gone = count40b(m[1], "month")
	}
	if gone <= 0 || gone >= plan {
		return
	}
	e.Gap = &Duration{Months: gone}
	e.GapConflict, e.GapTooLong = false, false
}

// count40b is a number of months ("半"+"年" six, "2"+"年" 24), or -1.
func count40b(n, unit string) int {
	v := -1
	switch n {
	case "半", "half a":
		v = 6
		if strings.HasPrefix(unit, "年") || strings.HasPrefix(unit, "year") {
			return 6
		}
		return -1
	case "a", "one":
		v = 1
	}
	if v < 0 {
		if k, ok := enSmallNumbers[n]; ok {
			v = k
		} else if k, err := strconv.Atoi(n); err == nil {
			v = k
		} else if k, ok := HanNumber(n); ok {
			v = int(k)
		}
	}
	if v <= 0 {
		return -1
	}
	if strings.HasPrefix(unit, "年") || strings.HasPrefix(unit, "year") {
		return 12 * v
	}
	return v
}

// formerKept40b keeps a former employer's months owed, told in the clauses
// that state, when the whole message (its question naming "those months"
// again: "之前欠的那两个月能找他们要吗") reads as plain arrears.
func formerKept40b(a *Analysis) {
	st, ex := a.Stated, &a.Extracted
	if st.ArrearsBeforeLeaving == nil || ex.ArrearsBeforeLeaving != nil || ex.Reason != rules.ReasonArrears && ex.Reason != "" {
		return
	}
	n := *st.ArrearsBeforeLeaving
	ex.ArrearsBeforeLeaving = &n
	ex.Reason, ex.Payer, ex.UnitStatus, ex.UnitImplied = st.Reason, st.Payer, st.UnitStatus, st.UnitImplied
	if ex.Scheme == "" {
		ex.Scheme = st.Scheme
	}
	if ex.Gap == nil && st.Gap != nil {
		g := *st.Gap
		ex.Gap = &g
	}
}

var (
	// zhUnitShort40b: a bureau's or an HR notice's words for the employer
	// paying short, late or not at all ("单位未足额缴费", "用人单位未按时足额
	// 缴纳", "单位欠缴", "社保公积金暂缓缴纳", "延期缴纳").
	zhUnitShort40b = regexp.MustCompile(`(?:单位|公司|企业|用人单位|雇主)[^,，。；;]{0,8}?(?:未足额|未按时足额|未按时|未按期|未及时|没有足额|没足额|少)(?:缴费|缴纳|缴|交)|(?:暂缓|缓缴|延期|延缓|推迟|暂停)(?:缴纳|缴费|缴|交)`)
	// zhNoticeFrom40b: the notice is the employer's ("人事", "各位同事",
	// "因公司经营…", "公司发的").
	zhNoticeFrom40b = []string{"单位", "公司", "企业", "人事", "行政部", "hr", "各位同事", "全体员工", "老板"}
	// zhLaterPaid40b: the employer says it will pay later ("将于2027年1月统
	// 一补缴", "之后统一补缴", "到时候补上").
	zhLaterPaid40b = regexp.MustCompile(`(?:将于|将在|会在|预计|计划|之后|以后|后续|到时候|届时|待|明年|下个月|下月|年底|年后|过完年|过段时间)[^,，。；;]{0,12}?(?:统一)?(?:补缴|补交|补上|补齐)`)
	// enUnitShort40b: "your employer has not paid in full", "employer
	// contributions are overdue", "company deferred our social insurance".
	enUnitShort40b = regexp.MustCompile(`\b(?:employers?|compan(?:y|ies|ys)|units?|firms?)\b[^.?!]{0,30}?\b(?:not (?:been )?paid in full|underpaid|under-paid|overdue|outstanding|in arrears|deferred|postponed|suspended|delayed)\b|\b(?:deferred|postponed|suspended|delayed) (?:paying|payment of|payments of|contributions|the contributions)\b`)
)

// unitShort40b: a pasted notice that the employer pays short or defers is
// an employer in arrears; one saying it will pay the months back later is
// running (presumed, as paidBackRunning25a does), not asked.
func (x *extractor) unitShort40b(e *Extracted) {
	if e.Reason != "" || e.Scheme == rules.SchemeResident || e.Payer == rules.PayerIndividual {
		return
	}
	s := x.s
	if !zhUnitShort40b.MatchString(s) && !enUnitShort40b.MatchString(s) {
		return
	}
	if !hasAny(s, zhNoticeFrom40b) && !hasAny(s, enUnit) {
		return
	}
	if hasAny(s, leftJob40b) || hasAny(s, zhJobChange) || hasAny(s, enJobChange) {
		return // a job left or changed is another reason
	}
	e.Reason, e.Payer = rules.ReasonArrears, rules.PayerUnit
	if e.Scheme == "" {
		e.Scheme = rules.SchemeEmployee
	}
	if e.UnitStatus == "" && zhLaterPaid40b.MatchString(s) {
		e.UnitStatus, e.UnitImplied = rules.UnitNormal, true
	}
}

var (
	// zhPromise40b: the boss or company says it will pay later ("老板说等年
	// 底资金回笼再交", "公司说下个月一起补", "领导答应过完年就给交").
	zhPromise40b = regexp.MustCompile(`(?:老板|公司|单位|领导|厂里|厂长|人事|财务|hr)[^,，。？?]{0,4}?(?:说|讲|答应|承诺|表示|保证|讲咗)[^,，。？?]{0,16}?(?:再|会|就|一起|统一)(?:给我们|给我|帮我们|帮我)?(?:交|缴|补|补交|补缴|补上|续上)`)
	// zhBossHere40b: the boss still at the workplace ("他人还在公司里",
	// "老板天天还在厂里").
	zhBossHere40b = regexp.MustCompile(`(?:老板|领导|厂长|他)(?:人)?(?:天天|每天)?(?:还|也还|都还|仍然|依然|一直)(?:天天|每天)?(?:在|待在|来)(?:公司|厂里|单位|店里|厂|上班)`)
	// enPromise40b: "boss says they will pay at the end of the year",
	// "the company promised to catch up next month".
	enPromise40b  = regexp.MustCompile(`\b(?:boss|company|employer|hr|manager|owner)\b[^.?!]{0,12}?\b(?:says|said|promised|promises|told us|tells us|told me)\b[^.?!]{0,30}?\b(?:will|would|going to|gonna|to)\b[^.?!]{0,12}?\b(?:pay|catch up|make up|back ?pay)`)
	enBossHere40b = regexp.MustCompile(`\b(?:boss|owner|manager)\b (?:is )?(?:still|always) (?:in|at|coming to) (?:the )?(?:office|company|factory|shop|work)\b`)
	// gone40b: any word of the employer gone or closing keeps the state
	// asked.
	gone40b = []string{"跑", "倒闭", "倒了", "关门", "关了", "破产", "清算", "失联", "联系不上", "找不到", "不见", "垮", "黄了", "注销", "解散",
		"gone", "closed", "shut", "bankrupt", "ran off", "ran away", "disappear", "vanish", "liquidat", "cant reach", "can't reach"}
	// money40b: the employer short of money.
	money40b = []string{"资金", "钱", "订单少", "没订单", "生意不好", "效益不好", "困难", "周转", "cash", "money", "business is bad", "business is slow", "orders"}
)

// promiseLater40b: an employer in arrears whose boss promises to pay later,
// or is still at the workplace, is there: short of money when the message
// says so (hardship), else trading (presumed, echoed so it can be
// corrected).
func (x *extractor) promiseLater40b(e *Extracted) {
	if e.Reason != rules.ReasonArrears || e.Payer != rules.PayerUnit || e.UnitStatus != "" || e.ArrearsBeforeLeaving != nil {
		return
	}
	s := x.s
	if hasAny(s, gone40b) || hasAny(s, unitFormer) {
		return
	}
	boss := strings.Contains(s, "老板") || strings.Contains(s, "boss") || strings.Contains(s, "owner") || strings.Contains(s, "manager")
	if !zhPromise40b.MatchString(s) && !enPromise40b.MatchString(s) && !(boss && (zhBossHere40b.MatchString(s) || enBossHere40b.MatchString(s))) {
		return
	}
	if hasAny(s, money40b) {
		e.UnitStatus, e.UnitImplied = rules.UnitHardship, false
		return
	}
	e.UnitStatus, e.UnitImplied = rules.UnitNormal, true
}

func init() {
	// A first job told by the employer or by graduating ("my first employer
	// registered me in September", "just graduated, the company signed me
	// up", "第一家公司", "应届毕业"): a first enrolment, as "first job" is.
	enFirstJob32a = regexp.MustCompile(enFirstJob32a.String() +
		`|\b(?:my first (?:ever )?(?:employer|company|workplace|boss)|first (?:ever )?employer|(?:just|recently|newly) graduated|fresh (?:grad|graduate)|new grad(?:uate)?|straight out of (?:uni|university|college|school))\b`)
	zhFirstJob34a = append(zhFirstJob34a, "第一家公司", "第一家单位", "第一个公司", "第一个单位", "应届", "刚大学毕业", "大学刚毕业", "刚出来工作", "刚参加工作")
}

// zhAgePlaceRetire40b: an age, then where, then the retirement ("55岁在广州
// 退休", "女 50岁 在深圳办退休", "六十岁了在杭州退休"): ageRetireZh with a place
// between.
var zhAgePlaceRetire40b = regexp.MustCompile(`([4-7][0-9]|五十[一二三四五六七八九]?|六十[一二三四五]?)岁了?[,， ]?(?:在|于|从|回)[^,，。？?!！ ]{1,8}?(?:办理|办|申请)?退休`)

// agePlaceRetire40b reads that as having reached the age (the years are
// checked), unless it is denied or still to come.
func (x *extractor) agePlaceRetire40b(e *Extracted) {
	if e.Retirement != "" || e.Scheme == rules.SchemeResident {
		return
	}
	s := x.s
	loc := zhAgePlaceRetire40b.FindStringSubmatchIndex(s)
	if loc == nil {
		return
	}
	n := zhMonthNumber24(s[loc[2]:loc[3]])
	if v, err := strconv.Atoi(s[loc[2]:loc[3]]); err == nil {
		n = v
	} else if v, ok := HanNumber(s[loc[2]:loc[3]]); ok {
		n = int(v)
	}
	if n < 50 || n > 70 || hasAny(s[loc[0]:loc[1]], []string{"没", "未", "还差", "还有", "快"}) || hasAny(lastRunes(s[:loc[0]], 6), zhAgeNotYet) ||
		hasAny(cutRunes(s[loc[1]:], 4), []string{"还有", "还差", "还早", "早着"}) {
		return
	}
	e.Retirement = rules.RetirementAtAge
	if e.Scheme == "" {
		e.Scheme = rules.SchemeEmployee
	}
}
