package dialog

import (
	"slices"
	"strings"

	"bujiao/dialog/understand"
	"bujiao/knowledge"
	"bujiao/rules"

	"github.com/shopspring/decimal"
)

// RouteKind says how a typed message is handled.
type RouteKind string

// Routes, in the order they are tried.
const (
	RouteHuman     RouteKind = "human"     // asks for a person: the human routes
	RouteSmallTalk RouteKind = "smalltalk" // hello or thanks and nothing else
	RouteDontKnow  RouteKind = "dont-know" // "不知道", "not sure" to the question on screen
	RouteComputed  RouteKind = "computed"  // asks what the knowledge base can work out (a flexible worker's monthly cost)
	RouteFAQ       RouteKind = "faq"       // asks a question the FAQ answers
	RouteBoth      RouteKind = "both"      // says facts and asks a question the FAQ answers
	RouteFacts     RouteKind = "facts"     // says facts about the person
	RouteMiss      RouteKind = "miss"      // asks something nothing answers
	RouteUnknown   RouteKind = "unknown"   // nothing understood
)

// Route is the decision for one typed message: what it is, the facts it
// states, and the FAQ entries it matches. The chat acts on it; `bujiao kb
// faq` prints it, so maintainers can predict the chat.
type Route struct {
	Kind     RouteKind
	Analysis understand.Analysis
	// Facts are the facts the message states about the person (none for
	// a bare question).
	Facts understand.Extracted
	// FAQ holds the best matches, best first, weak ones included.
	FAQ []knowledge.FAQMatch
	// CostRegion is the region whose flexible-worker cost a computed
	// answer gives.
	CostRegion string
	// ConfirmGap is a gap named inside the question, to confirm with one tap.
	ConfirmGap *understand.Duration
	// RoughGap: ConfirmGap is the floor of a gap told roughly ("一年多"),
	// confirmed in words that say so (route_h10m.go).
	RoughGap bool
	// Also holds the entries for the message's other questions, the ones
	// the reply does not answer ("can I pay back? also how much late
	// fee"): offered as buttons, never dropped.
	Also    []knowledge.FAQMatch
	caseDay bool // a case with "covered on <day>?": Also[0] goes under its answer (route30b.go)
}

// answersAsked reports whether e answers the question on screen.
func answersAsked(e understand.Extracted, asking rules.Field) bool {
	switch asking {
	case rules.FieldScheme:
		return e.Scheme != ""
	case rules.FieldRetirement:
		return e.Retirement != ""
	case rules.FieldPayer:
		return e.Payer != ""
	case rules.FieldReason:
		return e.Reason != ""
	case rules.FieldUnitStatus:
		return e.UnitStatus != ""
	case rules.FieldGap:
		return e.Gap != nil || e.Number != nil
	case rules.FieldRegion:
		return e.Region != ""
	case rules.FieldYearsPaid:
		return e.YearsPaid != nil || e.Number != nil
	case rules.FieldSex:
		return e.Sex != ""
	case rules.FieldNewborn:
		return e.Newborn != nil
	case rules.FieldInWindow:
		return e.InWindow != nil
	case rules.FieldBrokenYears, rules.FieldRepayYears:
		return e.Number != nil || e.RepayYears != nil || e.No
	}
	return false
}

// strongFAQScore is the FAQ score above which a message that does not ask
// in form ("…怎么办") is still answered from the FAQ: it says what an entry
// asks, nearly word for word.
const strongFAQScore = 0.6

// helpFAQScore is the FAQ score that answers a request for help ("…怎么办")
// stating at most helpFacts facts from the FAQ.
const (
	helpFAQScore = 0.45
	helpFacts    = 1
)

// FAQHit reports whether the best FAQ match is good enough to show.
func (r Route) FAQHit() bool {
	if len(r.FAQ) == 0 {
		return false
	}
	// A message that asks may take a weaker match, as long as no other
	// entry is nearly as close.
	if r.Analysis.Asks && r.FAQ[0].Score >= askedFAQScore && clearOfRunnerUp24b(r.FAQ, 0.05) { // route24b.go
		return true
	}
	return r.FAQ[0].Score >= knowledge.MinFAQScore
}

// nearExactFAQScore is a match close to an entry's own wording.
const nearExactFAQScore = 0.9

// askedFAQScore is the lowest FAQ score shown for a message that asks.
const askedFAQScore = 0.25

// Decide routes a typed message as the chat does: asking is the question on
// screen ("" for none) and known the facts given before. It reads the
// message once.
func Decide(kb *knowledge.Base, msg string, today rules.Date, asking rules.Field, known rules.Facts) (r Route) {
	a := understand.Analyze(msg, today, kb, asking)
	if asking == rules.FieldScheme && known == (rules.Facts{}) {
		// The scheme question shown at /start is a welcome, not a
		// question a whole case told in reply answers: read such a case
		// as told with nothing on screen ("我六月份从杭州那家公司离职了…"
		// keeps the month it began), when that reads more of it.
		if b := understand.Analyze(msg, today, kb, ""); b.Extracted.FactCount() > a.Extracted.FactCount() {
			a = b
		}
	}
	if a.Correction && known.YearsPaid != nil && asking != rules.FieldYearsPaid && a.Extracted.YearsPaid == nil && a.Gap != nil {
		// "等下 我算错了 是二十一年" after years paid were given: the
		// years recounted, not a gap of 21 years.
		if b := understand.Analyze(msg, today, kb, rules.FieldYearsPaid); b.Extracted.YearsPaid != nil && b.Gap == nil {
			b.Correction = true
			a = b
		}
	}
	if !a.Asks && (asksInForm(msg) || orNotAsks24b(msg)) { // route24b.go
		// A question the analysis has no word for ("可唔可以分期",
		// "can a company pay it afterwards"): it asks all the same.
		a.Asks = true
	}
	defer laterReadings(&r, a, known, asking, msg, today) // route_h10m.go
	r = Route{Analysis: a, Facts: a.Extracted}
	switch {
	case a.Human && a.Stated.Empty() && (!asksEntry(kb, msg, a, known) && !callsHotline46d(kb, msg, a, known) || personOverHotline23d(kb, msg, a, known)): // resident23d.go, route46d.go
		r.Kind = RouteHuman
		return r
	case a.SmallTalkOnly, (a.Greeting || a.Thanks) && a.Extracted.Empty() && !a.Human && !topicalHit(searchFAQ(kb, msg, a, known)):
		// Hello or thanks with words the small-talk list does not know
		// ("hey is anyone there", "ok got it, thank you so much"), and no
		// topic the FAQ knows: still small talk, not "not understood".
		r.Kind = RouteSmallTalk
		return r
	case a.DontKnowOnly, asking != "" && a.DontKnow && a.Extracted.Empty() && dontKnowThenAside(msg):
		r.Kind = RouteDontKnow
		return r
	}
	if !a.Asks {
		// "单位破产了，欠的医保费怎么办？" asks for the main flow in form,
		// but an FAQ entry that matches it this well is what was asked.
		// A case told with its gap and place ("上海灵活就业断缴8个月，
		// 怎么办？") is answered by the case answer instead.
		// A reply to the question on screen ("断缴8个月") is not searched:
		// it is the common case and the answer is plain.
		// With a question on screen, a message that states facts and
		// asks nothing in form ("其实是自己交的 灵活就业") is a reply, however
		// much it sounds like an entry.
		reply := asking != "" && !a.Extracted.Empty() && !a.QuestionMark && !asksForHelp(msg)
		// A gap told with another fact and no question at all
		// ("freelancer, 2 months unpaid") tells a case too.
		toldCase := a.Gap != nil && a.Extracted.FactCount() >= 2 && !a.QuestionMark && !asksForHelp(msg)
		concrete := a.Gap != nil && a.Region != "" || answersAsked(a.Extracted, asking) || reply
		// The facts the message states beyond what its best entry's own
		// question says ("入职半年了公司一直没给买医保" says what "单位一直没给我
		// 上医保怎么办？" asks): none, and it is that entry's topic in the
		// person's words, not a case to work out.
		topic := false
		if !concrete {
			r.FAQ = searchFAQ(kb, msg, a, known)
			topic = len(r.FAQ) > 0 && a.Extracted.FactCount() >= 2 && topical(r.FAQ[0]) &&
				beyondEntry(kb, a.Extracted, r.FAQ[0].FAQ) == 0
			// Unless it is nearly word for word an entry's own question
			// ("changed job, one month no insurance").
			concrete = toldCase && !topic && (len(r.FAQ) == 0 || r.FAQ[0].Score < nearExactFAQScore)
		}
		strong := strongFAQScore
		if asksForHelp(msg) && a.Extracted.FactCount() <= helpFacts || topic {
			// "居民医保错过了交费时间咋办" asks for help with a topic more
			// than it tells a case.
			strong = helpFAQScore
		}
		if !concrete && len(r.FAQ) > 0 && r.FAQ[0].Score >= strong {
			r.Kind = RouteFAQ
			if !a.Extracted.Empty() {
				r.Kind = RouteBoth
			}
			return r
		}
		r.Kind = RouteFacts
		if a.Extracted.Empty() {
			r.Kind = RouteUnknown
			if a.DontKnow && asking != "" {
				r.Kind = RouteDontKnow
			}
		}
		return r
	}
	// The whole message, or its question alone: whichever the FAQ knows
	// better ("我在杭州上班，公司拖欠了3个月医保，还能补交吗？" is found
	// by its last clause).
	r.FAQ = whoPaysFAQ46c(kb, a, msg, treatCoverFAQ40b(a, firstRegFAQ40b(a, searchFAQ(kb, msg, a, known)))) // route40b.go, route46c.go
	r.Facts = a.Stated
	if r.Facts.Treatment == nil && a.Extracted.Treatment != nil && !a.Stated.Empty() {
		// "杭州 灵活就业 上个月忘交了 后天去医院看病能不能报": the day of
		// the stay is told inside the question, and it is the person's.
		r.Facts.Treatment, r.Facts.TreatmentUntil = a.Extracted.Treatment, a.Extracted.TreatmentUntil
	}
	if !a.Stated.Empty() {
		ownCaseTimes(&r.Facts, a.Extracted)
		ownCaseTimes18e(&r.Facts, a.Extracted)
		if r.Facts.PayPlanned == nil {
			// "明年1月份再开始交 2月10号手术能报销吗": the planned restart
			// is told inside the question and is the person's (R14-M2).
			r.Facts.PayPlanned = a.Extracted.PayPlanned
		}
		if a.Extracted.FirstEnrolment {
			// "第一次在杭州交灵活就业医保 以前什么医保都没有 交了多久能用":
			// never insured, told beside the question, is the person's.
			r.Facts.FirstEnrolment = true
		}
		if a.Extracted.GapEnded && !r.Facts.GapEnded {
			// "Had a 2 month gap earlier, I'm paying again now but don't
			// remember which month I restarted": the gap is over, whatever
			// clause says so; never answered as an open gap.
			r.Facts.GapEnded = true
			if r.Facts.Resumed == nil {
				r.Facts.Resumed = a.Extracted.Resumed
			}
		}
	}
	timing := asksResidentTiming(msg, a.Extracted)
	if a.Stated.Empty() && (tellsOwnCase(msg, a.Extracted) || drawingNow(msg, a.Extracted) || benefitEndToldOwn(msg, a.Extracted) || benefitEndSaidOwn(msg, a.Extracted) || timing) {
		// A run-on with no clause that only states ("我老公在深圳上班公司
		// 三个月没给交医保了…能报销吗"): the place, the payer and the
		// reason are the person's own; a number inside the question is
		// only confirmed (ConfirmGap below), or kept at the end when it is
		// not what the message asks about.
		r.Facts = a.Extracted
		r.Analysis.Moved, r.Analysis.MovedAcross = a.MovedAll, a.MovedAcrossAll // fix23c
		r.Facts.Gap, r.Facts.GapTooLong, r.Facts.Number = nil, false, nil
		if !yearsToldPaid(msg) {
			r.Facts.YearsPaid, r.Facts.LocalYearsPaid = nil, nil
		}
		r.Facts.RepayYears = nil
	}
	if region := costRegion(a, known); region != "" && asksCost(msg, r) {
		r.Kind, r.CostRegion = RouteComputed, region
		costCase46c(&r, a, msg, region, known) // route46c.go
		r.Also = otherQuestions(kb, msg, a, known, "how-much-to-pay")
		return r
	}
	if feeNotCost(msg) || asksYears(a) {
		// "how much late fee" asks about the fee, not the monthly cost;
		// "要交到多少年" about the years.
		r.FAQ = slices.DeleteFunc(r.FAQ, func(m knowledge.FAQMatch) bool { return m.FAQ.ID == "how-much-to-pay" })
	}
	defer func() {
		if len(r.FAQ) == 0 {
			r.FAQ = nil // a filter may empty it; callers read "!= nil" as a first entry (audit round 30 C1: a panic)
		}
		if (r.Kind == RouteFAQ || r.Kind == RouteBoth) && len(r.FAQ) > 0 {
			r.Also = otherQuestions(kb, msg, a, known, r.FAQ[0].FAQ.ID)
		}
	}()
	switch {
	case bareHelp(a.Question) && a.Question != msg && a.Stated.FactCount() >= 2 && (a.Stated.Gap != nil || a.Stated.Region != ""):
		// A case told, then only "咋整" / "what do I do now": the case
		// answer is what is asked for; an FAQ entry found by the case's
		// words ("沈阳俺们单位…仨月没给交医保了 单位还干着呢 咋整" is not
		// "单位一直没给我上医保") answers something else (issue 17).
		r.Kind, r.FAQ = RouteFacts, nil
	case bareCover(a.Question) && a.Question != msg && r.Facts.FactCount() >= 2 && len(r.FAQ) > 0 && r.FAQ[0].Score < strongFAQScore:
		// A case told, then only "能报吗": the case answer's cover line
		// is the answer (coverWords).
		r.Kind, r.FAQ = RouteFacts, nil
	case timing:
		// "浙江居民医保今天12月31号缴来得及吗": whether a payment is in time
		// turns on the region's calendar (Zhejiang arts. 23, 31), which the
		// case answer has and no FAQ entry does (audit round 3 R3-M2).
		r.Kind = RouteFacts
	case r.FAQHit() && r.Facts.Empty():
		r.Kind = RouteFAQ
	case r.FAQHit():
		r.Kind = RouteBoth
	case !a.IsQuestion() && !a.Extracted.Empty():
		// Question words that do not outweigh the facts, and nothing in
		// the FAQ: the words are the person's premise ("公司破产了能补吗"),
		// but a number inside the question is only confirmed.
		r.Kind, r.Facts = RouteFacts, a.Extracted
		r.Facts.Gap, r.Facts.GapTooLong = a.Stated.Gap, a.Stated.GapTooLong
		r.Facts.YearsPaid, r.Facts.RepayYears, r.Facts.Number = a.Stated.YearsPaid, a.Stated.RepayYears, a.Stated.Number
		if a.Stated.Region != "" {
			// And a place the stating clauses name is where the person
			// is now ("在深圳干了几年 现在回老家长沙了"): the one inside the
			// question is where they were.
			r.Facts.Region = a.Stated.Region
		}
	case !r.Facts.Empty():
		r.Kind = RouteFacts
	case a.DontKnow && asking != "":
		r.Kind = RouteDontKnow
	default:
		r.Kind = RouteMiss
	}
	if r.Facts.Gap == nil && a.Extracted.Gap != nil && a.AskedGap == nil && !timing && (r.Kind == RouteBoth || r.Kind == RouteFacts) {
		// A gap the person told inside a run-on that also asks ("欠了我们
		// 四个月社保我现在医保还能用吗", "stopped paying like five months
		// ago … what do i do"), which is not the thing asked about: it is
		// theirs, and dropping it would ask again what they said. A gap
		// named as what is asked ("断缴3个月能补吗") is confirmed instead.
		r.Facts.Gap = a.Extracted.Gap
	}
	if a.AskedGap != nil && known.GapMonths == nil && known.Since == nil && !timing {
		r.ConfirmGap = a.AskedGap
		// The place and scheme named with the gap confirmed as the
		// person's own ("东莞医保断一个月有影响不", "老家新农合断了一年
		// 咋弄") are theirs as well: taken and echoed, never asked again
		// (heldout18, fix21b).
		if r.Facts.Region == "" && known.Region == "" && a.Extracted.Region != "" && !a.Moved {
			r.Facts.Region = a.Extracted.Region
		}
		if r.Facts.Scheme == "" && known.Scheme == "" && a.Extracted.Scheme != "" && a.Extracted.PriorScheme == "" {
			r.Facts.Scheme = a.Extracted.Scheme
		}
	}
	return r
}

// beyondEntry counts the facts e states that the entry's first Chinese
// question does not: the same payer, reason, status, scheme, region or
// retirement are the entry's topic, not the person's case. How long
// someone was never enrolled is no gap ("入职两年了公司压根没给我办医保"),
// so it does not count either.
func beyondEntry(kb *knowledge.Base, e understand.Extracted, f *knowledge.FAQ) int {
	if len(f.Questions.Zh) == 0 || e.Empty() {
		return e.FactCount()
	}
	t := understand.Analyze(f.Questions.Zh[0], rules.Date{Year: 2000, Month: 1, Day: 1}, kb, "").Extracted
	if e.Reason == rules.ReasonNotRegistered && t.Reason == e.Reason {
		e.Gap, e.GapTooLong, e.Number = nil, false, nil
	}
	clearSame(&e.Scheme, t.Scheme)
	clearSame(&e.Payer, t.Payer)
	clearSame(&e.Reason, t.Reason)
	clearSame(&e.UnitStatus, t.UnitStatus)
	clearSame(&e.Region, t.Region)
	clearSame(&e.Retirement, t.Retirement)
	if e.Retirement == rules.RetirementWorking && (e.Payer == rules.PayerUnit || t.Payer == rules.PayerUnit) {
		// "been working 8 months": an employer's case is a working
		// person's, so "working" tells nothing beyond it.
		e.Retirement = ""
	}
	// A month paying resumed, a benefit's last month or a treatment day is
	// the person's own case: no entry's question carries one, and the case
	// answer dates it where the entry only explains.
	n := e.FactCount()
	for _, own := range []bool{e.Resumed != nil || e.GapEnded && !t.GapEnded, e.BenefitEnded != nil, e.Treatment != nil} {
		if own {
			n++
		}
	}
	return n
}

// ownMarkers say a message is about the person (or their family), not a
// general question.
var ownMarkers = []string{"我", "俺", "咱", "老公", "老婆", "爱人", "孩子", "儿子", "女儿", "my ", "i'm", "im ", "i am", "i ", "we ", "our ", "us "}

// tellsOwnCase reports whether a message that asks is also the person's
// case: it speaks of them and names a place with who pays or why.
func tellsOwnCase(msg string, e understand.Extracted) bool {
	low := " " + strings.ToLower(msg)
	own := false
	for _, m := range ownMarkers {
		own = own || strings.Contains(low, m) && (m[0] >= 0x80 || strings.Contains(low, " "+m))
	}
	// A resident's case is told by the scheme with years without cover
	// ("我妈在长沙的居民医保断了一年了…要等多久"): no employer in it.
	resident := e.Scheme == rules.SchemeResident && (e.Gap != nil || e.RepayYears != nil || e.Student)
	return own && e.Region != "" && (e.Reason != "" || e.Payer != "" || e.UnitStatus != "" || resident || ownRetirementCase(e))
}

// residentTiming are words asking whether a payment is in time or from
// when it covers.
var residentTiming = []string{"来得及", "来不及", "能用", "什么时候能用", "哪天能用", "什么时候生效", "哪天生效",
	"in time", "too late", "covered from", "can i use", "when does it start", "when will it start"}

// asksResidentTiming reports whether a message that asks is a resident's
// own question of timing in a named place: it is answered from the case,
// where the region's enrolment calendar decides it.
func asksResidentTiming(msg string, e understand.Extracted) bool {
	if e.Scheme != rules.SchemeResident || e.Region == "" {
		return false
	}
	low := strings.ToLower(msg)
	for _, w := range residentTiming {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// asksEntry reports whether a message that names a person or the service
// desk asks what an entry answers ("医保客服电话多少" asks for the number).
func asksEntry(kb *knowledge.Base, msg string, a understand.Analysis, known rules.Facts) bool {
	if !a.Asks {
		return false
	}
	m := searchFAQ(kb, msg, a, known)
	return len(m) > 0 && m[0].Score >= strongFAQScore
}

// searchFAQ finds the entries a message asks about: the whole message and
// its question part alone are searched ("我在杭州上班，公司拖欠了3个月医保，
// 还能补交吗？" is found by its last clause), each entry keeping its better
// score, and entries about the other scheme than the person's are dropped.
func searchFAQ(kb *knowledge.Base, msg string, a understand.Analysis, known rules.Facts) []knowledge.FAQMatch {
	const limit = 3
	matches := kb.SearchFAQ(msg, limit+2)
	// The rest of the message is case facts ("我在杭州上班，公司拖欠了
	// 3个月医保"), which the question alone is better without; when it
	// states none it is the topic ("I'm getting unemployment benefit, do I
	// need to pay myself?") and stays in the query.
	if a.Question != "" && a.Question != msg && !a.Stated.Empty() && !topicOnly(a.Stated) && !conditionalContext(msg, a.Question) {
		best, marked := 0.0, false
		if len(matches) > 0 {
			best, marked = matches[0].Score, len(matches[0].Keywords) > 0
		}
		for _, m := range kb.SearchFAQ(a.Question, limit+2) {
			// Nor does a question part that names no entry's keyword
			// outweigh a whole message that does ("moving from Beijing
			// to Shenzhen for work, what happens to my insurance").
			if !topical(m) || m.Score < best+questionMargin(a) || marked && len(m.Keywords) == 0 {
				// "我该怎么办" shares only question words with an entry;
				// and the whole message, context and all, is the better
				// judge unless the question alone is clearly closer.
				continue
			}
			i := slices.IndexFunc(matches, func(x knowledge.FAQMatch) bool { return x.FAQ.ID == m.FAQ.ID })
			switch {
			case i < 0:
				matches = append(matches, m)
			case m.Rank > matches[i].Rank:
				matches[i] = m
			}
		}
	}
	scheme := schemeOf(a, known)
	if scheme == "" {
		scheme = schemeNamed(kb, msg)
	}
	own, other := schemeWords(scheme)
	region := a.Region
	if region == "" {
		region = known.Region
	}
	newborn := a.Newborn != nil && *a.Newborn || known.Newborn != nil && *known.Newborn
	first := a.FirstEnrolment || known.FirstEnrolment != nil && *known.FirstEnrolment
	self := a.Payer == rules.PayerIndividual || a.Payer == "" && known.Payer == rules.PayerIndividual
	// An employer that owes: not someone asking what employers pay.
	unit := (a.Payer == rules.PayerUnit || a.Payer == "" && known.Payer == rules.PayerUnit) && (a.Reason != "" || known.Reason != "")
	matches = slices.DeleteFunc(matches, func(m knowledge.FAQMatch) bool {
		// An entry is about a scheme when its title names it; one about
		// both (switching) stays.
		title := strings.ToLower(m.FAQ.Questions.Zh[0] + " " + m.FAQ.Questions.En[0])
		if containsAny(title, other) && !containsAny(title, own) {
			return true
		}
		// Someone enrolling for the first time has no gap to resume
		// from: an entry about resuming after one is not theirs.
		if first && containsAny(title, gapTitleWords) && !containsAny(title, firstTitleWords) {
			return true
		}
		// Nor has a newborn anything to pay back: an entry about a gap or
		// a back-payment (its papers, its window) is not the answer to a
		// question about enrolling a baby.
		if newborn && containsAny(title, append(gapTitleWords, backPayTitleWords...)) && !containsAny(title, newbornTitleWords) {
			return true
		}
		if faqNotForCase16a(title, a, known, newborn) {
			return true // route_h16a.go
		}
		if faqWhereNotAsked14(title, msg, a) {
			return true // route_h14.go
		}
		if firstNoEmployer(first && !unit && a.Payer != rules.PayerUnit && known.Payer != rules.PayerUnit, title) {
			return true
		}
		// Nor is an entry about what an employer failed to do the answer
		// for someone who pays for themselves.
		if self && containsAny(title, employerTitleWords) && !containsAny(title, selfTitleWords) {
			return true
		}
		// Nor one about paying for oneself for someone whose employer
		// pays ("公司欠了三个月…在上海" is not Shanghai's flexible-worker
		// waiting period).
		if unit && containsAny(title, selfTitleWords) && !containsAny(title, employerTitleWords) {
			return true
		}
		// An entry about one region's rules is not for someone elsewhere.
		at, ok := kb.MatchRegion(m.FAQ.Questions.Zh[0])
		return ok && at != rules.NationalRegion && region != "" && at != region
	})
	for i, m := range matches {
		if own == nil {
			// Nor is an entry about the resident scheme the first choice
			// for someone who has not said which scheme is theirs ("my
			// insurance lapsed"): plain 医保 is most often the employee
			// scheme, flexible workers' included, and people in the
			// resident scheme say so (居民, 城乡, 新农合).
			title := strings.ToLower(m.FAQ.Questions.Zh[0] + " " + m.FAQ.Questions.En[0])
			emp, res := schemeWords(rules.SchemeEmployee)
			if containsAny(title, res) && !containsAny(title, emp) {
				matches[i].Score *= unnamedScheme
				matches[i].Rank *= unnamedScheme
			}
		}
		if newborn && containsAny(strings.ToLower(m.FAQ.Questions.Zh[0]+" "+m.FAQ.Questions.En[0]), newbornTitleWords) {
			// A question about a newborn is for the entry about newborns,
			// whichever aspect it asks (papers, waiting, where): that
			// entry's answer covers them for a baby, the aspect's entry
			// (documents for a back-payment) does not.
			matches[i].Rank = min(1, m.Rank+subjectBonus)
		}
		at := kb.FAQRegion(m.FAQ)
		switch {
		case at == "":
		case region == "":
			// Nor the first choice for someone who has not said where
			// they are.
			matches[i].Score *= unplacedRegional
			matches[i].Rank *= unplacedRegional
		case at == region:
			// And the first choice, other things near equal, for someone
			// who has: the place is the entry's own keyword. The rank
			// only: the place alone is no reason to answer at all.
			matches[i].Rank = min(1, m.Rank+regionalBonus)
		}
	}
	bothSchemes(msg, matches)
	paidBackSubject(a, known, matches)
	siblingsAll43c(msg, a, matches) // route43a.go
	slices.SortStableFunc(matches, func(x, y knowledge.FAQMatch) int {
		switch {
		case x.Rank > y.Rank:
			return -1
		case x.Rank < y.Rank:
			return 1
		}
		return strings.Compare(x.FAQ.ID, y.FAQ.ID)
	})
	matches = refineForRegion(kb, matches, region)
	matches = unplacedRefinement(matches, region) // route_h15.go
	return matches[:min(limit, len(matches))]
}

// refineForRegion puts first the entry that answers the best match for
// the person's region (its `refines` names the best match): someone in
// Guangzhou asking how many years retirement needs gets Guangdong's
// rule, not only the national one, which stays as the runner-up.
func refineForRegion(kb *knowledge.Base, matches []knowledge.FAQMatch, region string) []knowledge.FAQMatch {
	if region == "" || region == rules.NationalRegion || len(matches) == 0 {
		return matches
	}
	top := matches[0]
	if kb.FAQRegion(top.FAQ) == region {
		// First already (the place raised it): it answers as well as
		// the national entry it refines does.
		for _, m := range matches[1:] {
			if slices.Contains(top.FAQ.Refines, m.FAQ.ID) {
				matches[0].Score, matches[0].Rank = max(top.Score, m.Score), max(top.Rank, m.Rank)
				break
			}
		}
		return matches
	}
	for _, f := range regionalRefining(kb, matches, region) {
		if kb.FAQRegion(f) != region {
			continue
		}
		m := top
		if i := slices.IndexFunc(matches, func(x knowledge.FAQMatch) bool { return x.FAQ == f }); i >= 0 {
			m = matches[i]
			matches = slices.Delete(matches, i, i+1)
			m.Score, m.Rank = max(m.Score, top.Score), max(m.Rank, top.Rank)
		} else {
			m.FAQ, m.Variant, m.Keywords = f, f.Questions.Zh[0], nil
		}
		return slices.Insert(matches, 0, m)
	}
	return matches
}

// topicalHit reports whether the best match is shown and shares a topic
// with the message, not only a common word ("thank you so much" shares
// "much" with "how much do I pay"): a greeting with a question the FAQ
// answers is that question.
func topicalHit(m []knowledge.FAQMatch) bool {
	return len(m) > 0 && m[0].Score >= knowledge.MinFAQScore && topical(m[0])
}

// formAsks are ways of asking the analysis has no word for: Cantonese
// question forms, written as people type them (traditional characters
// too), and an English question that starts with its verb.
var (
	zhFormAsks = []string{"可唔可以", "可唔可", "係唔係", "系唔系", "系咪", "係咪", "有冇", "得唔得", "使唔使", "要唔要",
		"點樣", "点样", "點解", "点解", "幾時", "几时", "邊度", "边度", "乜嘢", "咩"}
	enFormAsks = []string{"can", "could", "is", "are", "do", "does", "did", "will", "would", "should", "may", "must",
		"has", "have", "am", "was", "were", "shall",
		// "any bonus for …", "any way to …": asks whether there is one.
		"any"}
)

// asksInForm reports whether a message asks in a form the analysis does
// not count: a Cantonese question, or English starting with an auxiliary
// verb ("can a company pay afterwards").
func asksInForm(msg string) bool {
	if containsAny(msg, zhFormAsks) {
		return true
	}
	// Cantonese asks "X唔X" with any verb ("补唔补到", "交唔交得"), as
	// Mandarin asks "X不X".
	rs := []rune(msg)
	for i := 1; i+1 < len(rs); i++ {
		if rs[i] == '唔' && rs[i-1] == rs[i+1] {
			return true
		}
	}
	for _, c := range clauses(msg) {
		w := strings.Fields(strings.ToLower(c))
		if len(w) >= 3 && slices.Contains(enFormAsks, strings.Trim(w[0], "\"'")) {
			return true
		}
	}
	return false
}

// gapTitleWords mark an entry about resuming after a gap;
// firstTitleWords one that also covers a first enrolment.
var (
	gapTitleWords   = []string{"断缴", "断了", "中断", "停了", "断保", "after a gap", "resume", "lapsed", "gap"}
	firstTitleWords = []string{"第一次", "首次", "新参保", "first time", "first enrol", "never"}
	// employerTitleWords mark an entry about an employer's failings;
	// selfTitleWords one that also speaks to self-payers.
	employerTitleWords = []string{"单位", "公司", "老板", "employer", "company"}
	newbornTitleWords  = []string{"新生儿", "newborn"}
	backPayTitleWords  = []string{"补缴", "补交", "back-pay", "back pay", "pay back"}
	selfTitleWords     = []string{"灵活", "自己", "个人", "个体", "flexible", "self-employed", "myself"}
)

// unplacedRegional scales a regional entry's match for someone who has
// not said where they are; regionalBonus raises it for someone who named
// its region.
const (
	unplacedRegional = 0.75
	regionalBonus    = 0.05
	// subjectBonus raises the entry about the person a question is
	// about (a newborn) over an entry about the aspect asked.
	subjectBonus = 0.1
	// unnamedScheme scales an entry about the resident scheme for someone
	// who has named no scheme.
	unnamedScheme = 0.9
)

// questionPartMargin is how much better the question part alone must
// match than the whole message to be preferred.
const questionPartMargin = 0.1

// questionTerms are search terms made of question words only.
var questionTerms = map[string]bool{"怎么": true, "么办": true, "什么": true, "哪里": true, "多少": true, "能不": true,
	"不能": true, "可以": true, "还能": true, "请问": true, "问我": true, "该怎": true, "是不": true, "不是": true,
	"有没": true, "没有": true, "会不": true, "不会": true, "要不": true, "不要": true, "怎样": true, "多久": true,
	"what": true, "where": true, "when": true, "why": true, "which": true, "who": true, "should": true, "could": true,
	"现在": true, "now": true, "still": true, "again": true,
	// The stems the search makes of them ("still" → "stil").
	"stil": true, "wher": true}

// topical reports whether a match shares at least two terms with the
// entry beyond question words.
func topical(m knowledge.FAQMatch) bool {
	n := 0
	for _, t := range m.Terms {
		if !questionTerms[t] {
			n++
		}
	}
	return n >= 2
}

// schemeWords name the person's scheme and the other one, as the FAQ's
// questions do.
func schemeWords(s rules.Scheme) (own, other []string) {
	employee, resident := []string{"职工", "employee"}, []string{"居民", "resident"}
	switch s {
	case rules.SchemeEmployee:
		return employee, resident
	case rules.SchemeResident:
		return resident, employee
	}
	return nil, nil
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// schemeOf is the person's scheme as far as the message and the facts
// before it tell.
func schemeOf(a understand.Analysis, known rules.Facts) rules.Scheme {
	scheme := known.Scheme
	e := a.Extracted
	switch {
	case e.Scheme != "":
		scheme = e.Scheme
	case e.Payer != "" || e.Reason != "" || e.UnitStatus != "" || e.Retirement != "":
		scheme = rules.SchemeEmployee // facts of the employee scheme only
	case e.Newborn != nil || e.InWindow != nil:
		scheme = rules.SchemeResident
	}
	return scheme
}

// schemeNamed is the scheme a message names in the knowledge base's words
// once its synonyms are folded ("城乡医保", "新农合" are 居民医保), for the
// search only: which entries are about the person's scheme.
func schemeNamed(kb *knowledge.Base, msg string) rules.Scheme {
	t := kb.Terms(msg)
	res := slices.Contains(t, "居民") || slices.Contains(t, "resident")
	emp := slices.Contains(t, "职工") || slices.Contains(t, "employe")
	switch {
	case res && !emp:
		return rules.SchemeResident
	case emp && !res:
		return rules.SchemeEmployee
	}
	return ""
}

// zhCostWords and enCostWords ask what paying costs.
var zhCostWords = []string{"多少钱", "缴多少", "交多少", "费用多少", "多少费用", "要多少", "几百", "多少元", "多少块"}
var enCostWords = []string{"how much", "cost", "costs", "price", "fee is", "what rate", "monthly payment"}

// asksCost reports whether the message asks what a flexible worker pays:
// cost words, or the FAQ entry on it, without an employer paying. "How
// much" about a late fee or a fine asks about that, not the monthly cost.
func asksCost(msg string, r Route) bool {
	if r.Analysis.Payer == rules.PayerUnit {
		return false
	}
	if feeNotCost(msg) || asksYears(r.Analysis) {
		return false
	}
	if expenseOnly(msg) { // route_h11p.go
		return false
	}
	if r.FAQHit() && r.FAQ[0].FAQ.ID == "how-much-to-pay" {
		return true
	}
	lower := strings.ReplaceAll(strings.ToLower(msg), "交", "缴")
	for _, w := range zhCostWords {
		if strings.Contains(lower, strings.ReplaceAll(w, "交", "缴")) {
			return r.Analysis.Payer == rules.PayerIndividual || r.Analysis.Scheme == rules.SchemeEmployee
		}
	}
	if containsAny(dropExpenseCosts(lower), enCostWords) { // route_h11p.go
		return r.Analysis.Payer == rules.PayerIndividual || r.Analysis.Scheme == rules.SchemeEmployee
	}
	return false
}

// feeNotCost reports whether a message asks "how much" only about a late
// fee or a fine.
func feeNotCost(msg string) bool {
	fee := false
	for _, c := range clauses(msg) {
		lower := strings.ReplaceAll(strings.ToLower(c), "交", "缴")
		if containsAny(lower, feeWords) {
			fee = true
			continue
		}
		for _, w := range zhCostWords {
			if strings.Contains(lower, strings.ReplaceAll(w, "交", "缴")) {
				return false
			}
		}
		if containsAny(lower, enCostWords) {
			return false
		}
	}
	return fee
}

// feeWords name a late fee or a fine: "how much" next to them asks about
// that charge.
var feeWords = []string{"滞纳金", "罚款", "罚金", "利息", "late fee", "late-fee", "penalty", "penalties", "fine", "interest"}

// clauseBreaks split a message into the questions it asks.
var clauseBreaks = []string{"?", "？", ",", "，", "。", ";", "；", "!", "！", " also ", "还有", "另外", "顺便问", "以及", " and also "}

// clauses splits a message at punctuation and words that start another
// question ("…can I pay back? also how much late fee").
func clauses(msg string) []string {
	parts := []string{msg}
	for _, b := range clauseBreaks {
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, b)...)
		}
		parts = next
	}
	return slices.DeleteFunc(parts, func(p string) bool { return strings.TrimSpace(p) == "" })
}

// otherQuestions finds the entries the message's other questions ask for:
// each clause that asks something on its own is searched, and an entry
// it matches strongly that is not the one answered (answered, an entry
// ID) is returned, at most two.
func otherQuestions(kb *knowledge.Base, msg string, a understand.Analysis, known rules.Facts, answered string) []knowledge.FAQMatch {
	cl := clauses(msg)
	if len(cl) < 2 {
		return nil
	}
	var out []knowledge.FAQMatch
	for _, c := range cl {
		ca := understand.Analyze(c, rules.Date{Year: 2000, Month: 1, Day: 1}, nil, "")
		if ca.QuestionScore == 0 && !containsAny(strings.ToLower(c), feeWords) {
			continue
		}
		m := searchFAQ(kb, c, ca, known)
		if len(m) == 0 || m[0].Score < strongFAQScore || !topical(m[0]) || m[0].FAQ.ID == answered {
			continue
		}
		if slices.ContainsFunc(out, func(x knowledge.FAQMatch) bool { return x.FAQ.ID == m[0].FAQ.ID }) {
			continue
		}
		out = append(out, m[0])
		if len(out) == 2 {
			break
		}
	}
	return out
}

// costRegion is the region a cost question is about: the one the message
// names, else the one given before.
func costRegion(a understand.Analysis, known rules.Facts) string {
	if a.Region != "" {
		return a.Region
	}
	return known.Region
}

// costBlocks answers what a flexible worker pays a month in region: from
// the region's base range and rate where the knowledge base has them,
// otherwise that the figure is unknown there.
func (t *turn) costBlocks(region string) []Block {
	p, _ := t.kb.Policy(region)
	name := t.msg("d.cost.your_city")
	if r, ok := t.kb.Region(region); ok && region != rules.NationalRegion {
		name = r.Name.In(t.s.Lang)
	}
	ip := p.Individual
	if region == rules.NationalRegion || ip.ContributionRate == nil || ip.BaseMin == nil || ip.BaseMax == nil {
		return []Block{para(text(t.kb.Msgf(t.s.Lang, "d.cost.unknown", "region", name)))}
	}
	low := ip.BaseMin.Mul(*ip.ContributionRate).Round(2)
	high := ip.BaseMax.Mul(*ip.ContributionRate).Round(2)
	rate := ip.ContributionRate.Mul(decimal.NewFromInt(100)).String() + "%"
	return []Block{para(text(t.kb.Msgf(t.s.Lang, "d.cost.known", "region", name,
		"low", low.StringFixed(2), "high", high.StringFixed(2),
		"base_min", ip.BaseMin.String(), "base_max", ip.BaseMax.String(), "rate", rate)))}
}

// clearSame forgets a fact the entry's own question states too: it is the
// entry's topic, not something the person added.
func clearSame[T comparable](v *T, entry T) {
	if *v == entry {
		var zero T
		*v = zero
	}
}
