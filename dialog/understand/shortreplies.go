package understand

import (
	"strings"
	"unicode/utf8"

	"bujiao/rules"
)

// Short replies to the question on screen, in the words people type back:
// a yes or a no with a reason after it ("不是 七岁了", "是 广州到深圳",
// "没有 都在广州"), an age or a school at the newborn question, "自家交"
// (Shanghainese) or "school" at the payer question, "欠费" at the reason
// question, "到年龄了" at the retirement question. Each is read only with
// its question on screen, where it cannot mean anything else.

var (
	// An employer that is gone, in words the status table lacks
	// (Cantonese 执笠 "closed down", 走佬 "ran off"; 人去楼空 "the office
	// is empty").
	lGoneMore = newList([]string{"走佬", "走了佬", "人去楼空", "搬空了", "跑了", "溜了", "卷款", "失联了", "电话打不通", "联系不上了"},
		[]string{"owner ran away", "owner is gone", "boss is gone", "owner gone", "boss gone", "ran away", "disappeared",
			"cant reach them", "cannot reach them", "no one answers"})
	lClosedMore = newList([]string{"执笠", "执了笠", "摺埋", "结业", "关了门", "关了", "收档", "关门了", "倒了", "冇了", "垮杆", "黄摊"},
		[]string{"closed down", "shut down", "no longer exists", "went out of business", "is closed"})
	// Retired, said short at the retirement question.
	lRetiredShort = newList([]string{"早退了", "早就退了", "早退休了", "退了", "退了好几年", "退了好些年", "退了几年了"},
		[]string{"long retired", "retired long ago", "retired years ago"})
	// Still trading, in words people use at the unit-status question.
	lOpenMore = newList([]string{"照开", "照常", "开着", "开工", "还在", "在经营", "营业", "没事", "冇事", "正常开", "开紧", "仲开", "仲在度",
		"开起的", "没有事", "好好的", "还开着伐", "在", "在的", "还在的", "都在"},
		[]string{"open", "still open", "still there", "still going", "in business", "still in business", "fine", "ok",
			"normal", "running"})
	// Reached the age, in words zhAtAge lacks.
	lAtAgeMore = newList([]string{"到年龄", "到年纪", "够年龄", "年龄到了", "年纪到了", "够岁数", "到岁数", "满年龄", "到点了"},
		[]string{"reached the age", "age reached", "retirement age reached", "hit retirement age", "over the age",
			"at the age", "already at retirement age", "of retirement age"})
	// Not a newborn: someone at school or older.
	lNotBaby = newList([]string{"岁", "周岁", "上学", "小学", "初中", "高中", "大学", "幼儿园", "老年人", "老人", "成年", "大人",
		"上班", "工作了"},
		[]string{"years old", "year old", "at school", "in school", "school", "adult", "grown up", "teenager", "elderly"})
	// The employer pays, at the payer question: a workplace named.
	lWorkplace = newList([]string{"学校", "医院", "厂缴", "厂里", "店里", "老板缴", "单位缴", "公司缴", "东家", "雇主"},
		[]string{"school", "the school", "my school", "hospital", "restaurant", "shop", "store", "the boss", "the owner",
			"university", "agency"})
	// Self-paid, in dialect.
	lSelfMore = newList([]string{"自家缴", "自家", "自己出", "自个出", "我自己出", "自己掏"}, []string{"i pay", "me myself", "self paid", "self-paid", "by myself"})
	// Retiring later, without a count ("明年就退休了").
	lRetireLater = newList([]string{"明年就退休", "明年退休", "明年要退休", "明年才退休", "后年退休", "后年就退休", "年底退休", "年底就退休",
		"下个月退休", "下个月就退休", "下半年退休", "过两年退休", "过几年退休", "过两年就退休", "过几年就退休", "再过几年", "还没到退休"},
		[]string{"retire next year", "retiring next year", "retire in a few years", "retiring in a few years", "retire later this year",
			"not retired yet", "retire soon but"})
	// An employer that missed payments (English; the Chinese words are in
	// zhArrearsWeak).
	lUnitMissed = newList(nil, []string{"missed", "skipped", "has not been paying", "hasnt been paying", "stopped paying"})
	// Paying again since, without a month.
	lPayingSince = newList([]string{"后来一直缴", "后来一直正常缴", "后来正常缴", "后来都正常缴", "之后一直缴", "之后一直正常缴",
		"现在一直缴", "后来又正常缴", "之后正常缴", "后来一直在缴", "之后一直在缴", "后来一直有缴", "之后一直有缴"},
		[]string{"paying normally since", "paid ever since", "back to normal", "paying normally again",
			"paid normally since", "all paid up", "paid up now", "caught up now", "back on track",
			"since then ive kept paying", "since then i have kept paying", "kept paying ever since", "kept paying since then"})
	// At school: no newborn ("我女儿在杭州上大学").
	lAtSchool = newList([]string{"上大学", "读大学", "上小学", "读小学", "上初中", "读初中", "上高中", "读高中", "上幼儿园", "读书", "上学"},
		[]string{"at university", "at college", "in primary school", "in high school", "in middle school", "goes to school"})
	// Paying for oneself, said anywhere ("I pay my own insurance").
	lOwnPay = newList([]string{"自家缴", "自己掏钱缴", "自己出钱缴"},
		[]string{"pay my own", "paying my own", "pay for my own", "paid my own", "i pay it myself", "pay for it myself",
			"self paid", "self-paid", "self pay", "self-pay"})
	// Owing, at the reason question, without a unit word ("欠费").
	lOwingMore = newList([]string{"欠费", "欠缴", "欠住", "欠了", "拖欠", "冇交", "冇缴", "没给缴", "不给缴", "欠着"},
		[]string{"arrears", "owes", "owing", "unpaid", "didnt pay", "not paid", "company didnt pay", "employer didnt pay",
			"they owe", "owe it", "owe me", "owe us", "not payed", "they didnt pay", "they stopped paying"})
	// No years paid back, at the repay-years question.
	lNoRepay = newList([]string{"不补", "不想补", "不打算补", "不用补", "不要补", "唔补", "冇补", "不补了", "一年都不补"},
		[]string{"none", "zero", "no years", "not paying back", "dont want to", "wont pay back"})
	// A bare "没断" typed at the gap or reason question: no gap. Not in a
	// question ("医保断没断啊").
	lNeverBrokeBare = newList([]string{"没断", "冇断", "未断", "没有断", "没断缴", "没有断缴"}, []string{"no break", "none"})
	// Never broke ("没断过"): no gap.
	lNeverBroke = newList([]string{"没断过", "没有断过", "没断缴过", "从没断过", "从来没断过", "一直没断", "冇断过", "未断过", "一直在缴",
		"一直缴着", "一直都在缴", "一直有缴", "一直都有缴"},
		[]string{"never missed", "never broke", "no gap", "never stopped", "never lapsed", "always paid", "never interrupted",
			"not interrupted", "no break"})
)

// zhSorry open a message with an apology; its 不 is no answer.
var zhSorry = []string{"不好意思", "对不起", "抱歉", "sorry"}

// yesNoLead reads a leading yes or no with words after it; the rest must
// not be a question or an "I don't know".
var (
	zhYesLead = []string{"是的", "是啊", "对的", "对", "是", "嗯", "係"}
	zhNoLead  = []string{"不是的", "不是", "没有", "没", "唔係", "唔系", "冇", "不"}
	enYesLead = []string{"yes", "yeah", "yep", "yup", "correct", "right"}
	enNoLead  = []string{"no", "nope", "nah", "not"}
)

func (x *extractor) leadingYesNo() (yes, no bool) {
	s := strings.TrimLeft(x.s, " ,")
	for _, w := range zhSorry {
		if strings.HasPrefix(s, w) {
			// "不好意思 是两个月": an apology before a correction, neither
			// a yes nor a no to the question on screen.
			return false, false
		}
	}
	if s == "" || strings.ContainsAny(s, "?") || x.has(lDontKnow) {
		return false, false
	}
	if s[0] >= 0x80 {
		for _, w := range zhNoLead {
			if rest, ok := strings.CutPrefix(s, w); ok && rest != "" && !strings.HasPrefix(rest, "知") && !strings.HasPrefix(rest, "清") &&
				!strings.HasPrefix(rest, "确") && !strings.HasPrefix(rest, "记") && !strings.HasPrefix(rest, "懂") && !strings.HasPrefix(rest, "晓") {
				return false, true
			}
		}
		for _, w := range zhYesLead {
			if rest, ok := strings.CutPrefix(s, w); ok && rest != "" && !strings.HasPrefix(rest, "不") && !strings.HasPrefix(rest, "否") {
				return true, false
			}
		}
		return false, false
	}
	w := wordAt(s, 0)
	for _, y := range enYesLead {
		if w == y && len(s) > len(w) {
			return true, false
		}
	}
	for _, n := range enNoLead {
		if w == n && len(s) > len(w) && !strings.HasPrefix(s[len(w):], " sure") && !strings.HasPrefix(s[len(w):], " idea") &&
			!strings.HasPrefix(s[len(w):], " clue") {
			return false, true
		}
	}
	return false, false
}

// shortReplies reads the replies above; it fills only facts not read.
func (x *extractor) shortReplies(e *Extracted) {
	exp := x.expecting
	short := len(x.s) <= 60
	switch exp {
	case rules.FieldNewborn, rules.FieldInWindow, rules.FieldCrossCity:
		if !e.Yes && !e.No && short {
			e.Yes, e.No = x.leadingYesNo()
		}
		if exp == rules.FieldNewborn && e.Newborn == nil {
			if x.has(lNotBaby) && !x.has(lNewborn) || e.No {
				b := false
				e.Newborn = &b
			} else if e.Yes {
				b := true
				e.Newborn = &b
			}
		}
		if exp == rules.FieldInWindow && e.InWindow == nil && (e.Yes || e.No) {
			b := e.Yes
			e.InWindow = &b
		}
	case rules.FieldUnitStatus:
		if e.UnitStatus != "" || !short {
			break
		}
		neg := []string{"没", "没有", "不", "不是", "未", "唔"}
		switch {
		case x.findPlain(lGoneMore, neg) >= 0:
			e.UnitStatus = rules.UnitAbsconded
		case x.findPlain(lClosedMore, neg) >= 0:
			e.UnitStatus = rules.UnitClosed
		case x.findPlain(lOpenMore, neg) >= 0:
			e.UnitStatus = rules.UnitNormal
		}
	case rules.FieldRetirement:
		if short && x.findPlain(lAtAgeMore, []string{"没", "没有", "不", "未", "还没", "not", "havent"}) >= 0 {
			e.Retirement = rules.RetirementAtAge
		}
		if e.Retirement == "" && short && x.findPlain(lRetiredShort, []string{"没", "没有", "不", "未", "还没", "not", "havent"}) >= 0 {
			// "早退了", "退了好几年了": retired long ago.
			e.Retirement = rules.RetirementRetired
		}
		if e.Retirement == "" && e.No && short {
			// A bare no to "are you retired?" ("没", "无", "未", "no"):
			// not retired, so working; the person can change it.
			e.Retirement = rules.RetirementWorking
		}
	default:
		if e.Payer == "" && x.findPlain(lOwnPay, []string{"不是", "not"}) >= 0 {
			e.Payer = rules.PayerIndividual
		}
		if e.Retirement == "" && x.findPlain(lAtAgeMore, []string{"没", "没有", "不", "未", "还没", "not", "havent"}) >= 0 {
			// "retirement age reached, only 12 years paid".
			e.Retirement = rules.RetirementAtAge
		}
	case rules.FieldPayer:
		if e.Payer != "" || !short {
			break
		}
		switch {
		case x.has(lSelfMore):
			e.Payer = rules.PayerIndividual
		case x.has(lWorkplace):
			e.Payer = rules.PayerUnit
		}
	case rules.FieldRepayYears, rules.FieldBrokenYears:
		if exp == rules.FieldRepayYears && e.RepayYears == nil && e.Number == nil && short &&
			(e.No || x.has(lNoRepay)) {
			// "不补", "不想补", "none": no years paid back.
			r := 0
			e.RepayYears = &r
		}
	case rules.FieldReason:
		if e.Reason != "" || !short {
			break
		}
		if x.findPlain(lOwingMore, []string{"没", "没有", "不是"}) >= 0 {
			e.Reason = rules.ReasonArrears
		}
	}
	if !e.GapEnded && x.findPlain(lPayingSince, []string{"没", "没有", "不", "not"}) >= 0 && !x.has(lNeverBroke) &&
		(e.Gap == nil || e.Gap.Since != nil || e.Gap.Months > 0) {
		// "前年断过半年 后来一直正常交着": the gap is over; the month it
		// ended is asked.
		e.GapEnded = true
	}
	if e.Reason == "" && e.UnitStatus == "" && e.Resumed == nil && x.hasUnit() && x.findPlain(lUnitMissed, nil) >= 0 && !x.jobChangeGap() {
		// "my company missed 2 months": the employer's arrears. Not once
		// it pays again ("…but they've paid every month since June"):
		// whether it still owes those months is then not said.
		e.Reason = rules.ReasonArrears
		if e.Payer == "" {
			e.Payer = rules.PayerUnit
		}
	}
	if e.Newborn == nil && (x.has(lResident) || x.has(lChild)) && (ageOverOne(x.s) || x.has(lAtSchool)) {
		// "孩子三岁 居民医保今年没交": a child of three is no newborn.
		b := false
		e.Newborn = &b
	}
	if x.toRetire || x.findPlain(lRetireLater, []string{"不是", "not"}) >= 0 {
		// "再过一年就退休了", "还有两年退休", "明年就退休了", "retiring in a
		// year": retiring later, so working now; never "retired", which
		// would answer that nothing is owed.
		e.Retirement = rules.RetirementWorking
	}
	if e.Gap == nil && !e.GapTooLong && !e.GapConflict && x.findPlain(lNeverBroke, []string{"不是"}) >= 0 &&
		(exp == rules.FieldGap || exp == rules.FieldReason || short) {
		// "没断过，只是问问": no gap at all; the answer says nothing is owed.
		e.Gap = &Duration{Months: 0}
	}
	if e.Gap == nil && !e.GapTooLong && !e.GapConflict && short && (exp == rules.FieldGap || exp == rules.FieldReason) &&
		!strings.ContainsAny(x.s, "?吗") && !strings.Contains(x.s, "断没") && x.findPlain(lNeverBrokeBare, []string{"不是", "是不是", "有没有"}) >= 0 {
		// "没断" at the reason question of someone who asked whether
		// their years are enough.
		e.Gap = &Duration{Months: 0}
	}
}

// zhNeverVerbs and enNever: never enrolled, in more words than
// lFirstEnrolment holds ("从来没参加过居民医保", "never had Chinese
// medical insurance at all").
var (
	zhNeverVerbs = []string{"没参加过", "没买过", "没缴过", "没参过", "没上过", "没办过", "没有参加过", "没有买过", "没有缴过", "未参加过", "未参保过",
		"冇买过", "冇参加过", "冇缴过", "未买过", "未缴过", "没有参过", "从没买过", "从来没买过", "从来没有买过"}
	zhInsurance = []string{"医保", "保险", "社保", "医疗"}
)

func neverInsured(s string) bool {
	// "以前什么医保都没有", "啥保险都没有过": nothing at all before.
	if hasAny(s, []string{"什么医保都没", "啥医保都没", "什么保险都没", "啥保险都没", "什么社保都没", "啥社保都没",
		"从来没有过医保", "从没有过医保", "从来没有医保", "从来都没有医保"}) {
		return true
	}
	for _, v := range zhNeverVerbs {
		if i := strings.Index(s, v); i >= 0 {
			if gapJustBefore(s[:i]) {
				// "社保成五个月冇缴过", "去年没缴过": months not paid, a
				// gap, not never insured.
				continue
			}
			rest := cutRunes(s[i+len(v):], 8)
			if hasAny(rest, zhInsurance) && !hasAny(s[:i], []string{"是不是", "有没有"}) {
				return true
			}
			// "医保从来没买过", "医保没有买过": the insurance named first.
			if before := lastRunes(s[:i], 6); hasAny(before, zhInsurance) && !hasAny(s[:i], []string{"是不是", "有没有"}) &&
				!strings.ContainsAny(before, "断停欠") {
				return true
			}
		}
	}
	for _, p := range []string{"never had ", "never been ", "never paid into ", "never signed up", "never joined ", "never enrolled", "not insured before", "never insured"} {
		i := strings.Index(s, p)
		if i < 0 || i > 0 && isAlnum(s[i-1]) {
			continue
		}
		rest := s[i:]
		if len(rest) > 50 {
			rest = rest[:50]
		}
		if strings.Contains(rest, "insur") || strings.Contains(rest, "enrol") || strings.Contains(rest, "signed up") {
			if !strings.Contains(rest, "gap") && !strings.Contains(rest, "miss") && !strings.Contains(rest, "lapse") {
				return true
			}
		}
	}
	return false
}

// gapJustBefore reports a span of time right before a never-verb: "五个月",
// "半年都", "去年", "3 个月已经".
func gapJustBefore(b string) bool {
	b = strings.TrimRight(b, " ")
	for _, f := range []string{"都", "已经", "就", "了", "也", "一直", " "} {
		b = strings.TrimSuffix(b, f)
	}
	b = strings.TrimRight(b, " ")
	return strings.HasSuffix(b, "月") || strings.HasSuffix(b, "年") || strings.HasSuffix(b, "月份")
}

// lateReadings run after times(), which sets FirstEnrolment from its own
// list: "从来没参加过居民医保", "never had Chinese medical insurance".
func (x *extractor) lateReadings(e *Extracted) {
	if !e.FirstEnrolment && (neverInsured(x.s) || neverInsuredMore(x.s)) {
		e.FirstEnrolment = true
	}
}

// ageOverOne reports an age of one year or more ("三岁", "7岁了", "7 years
// old").
func ageOverOne(s string) bool {
	for k := 0; ; {
		j := strings.Index(s[k:], "岁")
		if j < 0 {
			break
		}
		i := k + j
		k = i + len("岁")
		b := s[:i]
		if n, ok := digitsBefore(b, len(b)); ok {
			if n >= 1 {
				return true
			}
			continue
		}
		start := len(b)
		for start > 0 {
			r, size := utf8.DecodeLastRuneInString(b[:start])
			if !isHanNumeral(r) {
				break
			}
			start -= size
		}
		if start < len(b) {
			if v, ok := HanNumber(b[start:]); ok && v >= 1 {
				return true
			}
		}
	}
	for _, w := range []string{" years old", " year old", "yo "} {
		if i := strings.Index(s, w); i > 0 {
			if n, ok := digitsBefore(s, i); ok && n >= 1 {
				return true
			}
		}
	}
	return false
}

// lastRunes is the tail of s of at most n runes.
func lastRunes(s string, n int) string {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}
