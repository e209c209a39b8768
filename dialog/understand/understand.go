// Package understand reads case facts and intent from one chat message in
// Chinese or English. No regular expressions, no dictionary files, no
// network: the text is normalised once and then scanned with small word
// lists, so a typical message costs a few microseconds. The engine calls
// Analyze once per message; everything it needs to decide what the person
// meant (facts, question weight) comes back in one Analysis.
//
// Files by job: normalize.go (width, case, traditional characters,
// punctuation), numbers.go and durations.go (numerals, quantities, months
// named as the start of a gap, and the role a quantity plays), keywords.go
// (word lists for the enumerated facts), answers.go (bare numbers, yes and
// no), places.go (regions), questions.go (question weight).
//
// Limits are rules' (rules.MaxGapMonths, rules.MaxYears): a quantity beyond
// them is no fact, and a gap beyond them is reported as such so that the
// person is told the limit rather than "not understood".
package understand

import (
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"
	"golang.org/x/text/width"

	"bujiao/rules"
)

// Duration is a gap as people state it: a number of months, or the first
// unpaid month.
type Duration struct {
	Months int          // valid when Since == nil
	Since  *rules.Month // "since March", "2025年3月起", "去年3月"
}

// Extracted holds every fact found in one message; nil/empty = not mentioned.
type Extracted struct {
	Scheme     rules.Scheme
	Payer      rules.Payer
	Reason     rules.Reason
	UnitStatus rules.UnitStatus
	// UnitImplied: UnitStatus is presumed from months owed told in the
	// present, not said (readings_h16.go); the answer says so.
	UnitImplied bool
	// ArrearsBeforeLeaving: months a former employer owed before the
	// person left or changed job (formerarrears_r17a.go).
	ArrearsBeforeLeaving *int
	// SinceLeaving: the gap was read from the time since leaving a job
	// ("离职4个月了", "left in August"); with a former employer's months
	// owed known, the gap is longer by them (formerleave21a.go).
	SinceLeaving bool
	Gap          *Duration // any duration mentioned ("断缴8个月", "since March", "two years")
	Region       string
	Retirement   rules.Retirement
	YearsPaid    *decimal.Decimal // "缴了22年" / "paid 22 years" (contribution years, for retirement)
	// LocalYearsPaid: a second, smaller figure told of a place after the
	// total ("一共二十二年 在深圳交了十二年"), the years paid where the
	// pension is drawn.
	LocalYearsPaid *decimal.Decimal
	// ContinuousYears: years enrolled without a break ("连续交了五年"),
	// which the scheme-switch rule (43号 ②) needs, not the total years.
	ContinuousYears *int
	// PriorScheme: the scheme the person leaves when they switch
	// ("之前职工医保…想转成居民医保"); Scheme is then the new one.
	PriorScheme rules.Scheme
	Sex         rules.Sex
	Newborn     *bool
	InWindow    *bool
	RepayYears  *int // "补缴1年", "back-pay two years" (resident repair)
	// GapEnded: the gap is over, paying has resumed ("现在正常交着", "paying again now"); the
	// month it resumed is asked. Resumed: that month named ("三月份开始又交上了",
	// "paying normally since January"); GapEnded is set with it.
	GapEnded bool
	Resumed  *rules.Month
	// PayPlanned: the first day of a later month paying is planned to restart
	// ("明年1月份再开始交"): pay_date, never the gap's end (plan_r14.go). RegMonth:
	// a first registration's month told without a day (read36a.go).
	PayPlanned *rules.Date
	RegMonth   *rules.Month
	// BenefitEnded is the last month of an unemployment benefit the
	// person says has ended ("领到十一月底结束了"); BenefitEndedSaid is
	// set when they say it ended, with or without a month (benefit.go).
	BenefitEnded     *rules.Month
	BenefitEndedSaid bool
	// ArrearsPaid is the month an employer paid the missed months back
	// ("11月公司把欠的都补上了"); ArrearsPaidSaid: said with no month
	// (paidback.go).
	ArrearsPaid     *rules.Month
	ArrearsPaidSaid bool
	// PaidBack is the month a self-payer paid their own missed months
	// back ("上个月已经全部补齐了", "paid them all back in November");
	// PaidBackSaid: said with no month (paidback.go, resumed18d.go).
	PaidBack     *rules.Month
	PaidBackSaid bool
	// Treatment is a day the person plans to be treated ("月底要住院开刀",
	// "surgery tomorrow"), when the day is clear.
	Treatment *rules.Date
	// TreatmentUntil ends a span named instead of a day ("下周": Monday
	// to Sunday of next week; Treatment is its Monday).
	TreatmentUntil *rules.Date
	// Origin: who the person is, where that changes whose rules and what
	// to confirm: "foreign" (a foreigner working in China, SIL art. 97),
	// "hmt" (a Hong Kong, Macao or Taiwan resident working in the
	// mainland). Child: the person asks for their child.
	Origin string
	Child  bool
	// SameCity: a job change said to stay in one city ("都在本地", "same
	// city"): no pooling area crossed. GapBeganHere: Region is the old city (read36b.go).
	SameCity, GapBeganHere bool
	// AllLocal: the years were all paid where the person is ("都在广州交的",
	// "all in Guangzhou"); with years paid they are the local years too
	// (localall17e.go).
	AllLocal bool
	// FirstEnrolment: never insured before ("一直没买过医保", "头一回交").
	// Subsidised: a group whose resident premium is subsidised ("低保户").
	// Student: the person is a student.
	FirstEnrolment bool
	StillWorking   bool // "还在上班" with no word of age or retiring (retiresoon25c.go)
	Subsidised     rules.Subsidy
	Student        bool
	// GapConflict: a count of months and a first unpaid month were both
	// stated and do not agree ("断了4个月 从七月开始"); Gap is nil then
	// and the gap is asked again.
	GapConflict bool
	// GapTooLong is set when a gap was stated but lies beyond
	// rules.MaxGapMonths ("断缴100年"); Gap is nil then.
	GapTooLong bool
	Yes, No    bool // the message is a plain yes / no
	// Number is set when the message is essentially just a number ("8",
	// "８", "八", "十二", "14.5", "15年", "8个月"). Extracted has no
	// BrokenYears field: when expecting rules.FieldBrokenYears, the broken
	// years come back here (and not as Gap).
	Number *decimal.Decimal
}

// Empty reports whether nothing at all was found.
func (e Extracted) Empty() bool {
	return e.Scheme == "" && e.Payer == "" && e.Reason == "" && e.UnitStatus == "" && e.Gap == nil &&
		e.Region == "" && e.Retirement == "" && e.YearsPaid == nil && e.LocalYearsPaid == nil && e.ContinuousYears == nil && e.PriorScheme == "" && e.Sex == "" && e.Newborn == nil &&
		e.InWindow == nil && e.RepayYears == nil && !e.Yes && !e.No && e.Number == nil && !e.GapTooLong &&
		!e.GapEnded && e.Resumed == nil && e.BenefitEnded == nil && !e.BenefitEndedSaid && !e.GapConflict && e.Treatment == nil && e.Origin == "" && !e.Child && !e.FirstEnrolment && e.Subsidised == "" && !e.Student &&
		e.ArrearsPaid == nil && !e.ArrearsPaidSaid && e.PaidBack == nil && !e.PaidBackSaid
}

// ErrGapTooLong is a first unpaid month or a duration that was read but lies
// beyond rules.MaxGapMonths: the person is told the limit.
var ErrGapTooLong = errors.New("the gap is longer than the rules allow")

// ErrNoDuration means no duration or starting month was found in the text.
var ErrNoDuration = errors.New("no duration found")

// ParseDuration understands one duration in text: the first count of months
// or years, or the first month named as the start of the gap. today fixes
// "this year", "last year" and "since March" (the most recent March not after
// today's month). A month after today's month is no valid start. The error
// is ErrNoDuration or ErrGapTooLong.
func ParseDuration(text string, today rules.Date) (Duration, error) {
	s, _ := normalize(text)
	if s == "" {
		return Duration{}, ErrNoDuration
	}
	sc := scanner{s: s, cur: today.MonthOf()}
	sc.run()
	tooLong := false
	for i := 0; i < sc.n; i++ {
		if d, ok := sc.items[i].duration(); ok {
			return d, nil
		}
		tooLong = tooLong || sc.items[i].tooLong()
	}
	if tooLong {
		return Duration{}, ErrGapTooLong
	}
	return Duration{}, ErrNoDuration
}

// Analysis is everything read from one message: its facts, how much it
// asks something, and what else it does (greets, thanks, asks for a person,
// says "I don't know"). The engine analyses each message once per turn.
type Analysis struct {
	// Extracted holds every fact the whole message names, questions
	// included ("上海灵活就业一个月交多少钱" names Shanghai and a month).
	Extracted
	// Stated holds the facts of the clauses that ask nothing: what the
	// person says about themselves. It equals Extracted when no clause
	// asks; numbers and words inside a question are not facts about the
	// person ("广州医保要交30年吗" states no years paid).
	Stated Extracted
	// Asks is set when some clause asks something; Question is those
	// clauses, normalised (交 written 缴, traditional characters folded).
	Asks     bool
	Question string
	// AskedGap is a gap named inside a question with a word for a gap
	// ("断缴3个月能补吗"): perhaps the person's own, worth one tap to
	// confirm, never taken as a fact unasked.
	AskedGap *Duration
	// Moved: the message says the person moved to the region it names
	// ("从北京搬到上海"); Region is the place moved to. MovedAcross: the
	// place moved from is named and in another region.
	Moved, MovedAcross bool
	// MovedAll, MovedAcrossAll: the same read from the whole message, the
	// questions too (a run-on told as one question, former23c.go).
	MovedAll, MovedAcrossAll bool
	// SelfPaidMoved: a move across regions by someone who paid for
	// themselves before it (read24a.go).
	SelfPaidMoved bool
	// Greeting, Thanks, Human ("人工", "talk to a person") and DontKnow
	// ("不知道", "not sure") are found anywhere in the message;
	// SmallTalkOnly and DontKnowOnly say the message is nothing else.
	Greeting, Thanks, Human, DontKnow bool
	// Correction: the message corrects an earlier answer ("其实是杭州",
	// "actually it's Hangzhou").
	Correction                  bool
	SmallTalkOnly, DontKnowOnly bool
	// QuestionScore weighs the question words (wh-words count 2, others
	// and a question mark 1); requests for the main flow ("怎么办",
	// "what should I do") do not count.
	QuestionScore int
	// QuestionMark is set when the message has a question mark anywhere.
	QuestionMark bool
	// RoughGap is the floor of a gap told roughly ("断了一年多" → 12
	// months) when no gap was read: never a fact, only offered to confirm
	// (vague_h10m.go).
	RoughGap *Duration
	// statedFacts counts the independent facts stated, places left out: a
	// question that merely names a place ("北京怎么交医保？") still asks.
	statedFacts int
}

// IsQuestion reports whether a message is a question to look up rather
// than an answer: it asks something and states no fact, or the question
// words outweigh the facts.
func (a Analysis) IsQuestion() bool {
	return a.QuestionScore > 0 && (a.statedFacts == 0 || a.QuestionScore > a.statedFacts)
}

// Analyze reads every fact it can from one message and weighs it as a
// question. expecting is the question currently asked ("" = none): it
// decides how an otherwise ambiguous reply is read. A bare "8" is gap months
// when expecting rules.FieldGap, years paid for rules.FieldYearsPaid, repay
// years for rules.FieldRepayYears and only Number for
// rules.FieldBrokenYears (a stated number of years is then returned in
// Number instead of Gap). A plain yes/no answers rules.FieldNewborn and
// rules.FieldInWindow; "m"/"f" answer rules.FieldSex; bare "职工"/"居民",
// "自己"/"个人", "正常" answer FieldScheme, FieldPayer and FieldUnitStatus.
// Without expecting, only unambiguous facts are filled. regions may be nil.
func Analyze(text string, today rules.Date, regions RegionMatcher, expecting rules.Field) Analysis {
	text, fixedInline := fixInline(text)
	n := normalizeText(writeInEnglishPinyin(firstOneComma34c(text))) // place34c.go
	if n.s == "" {
		return Analysis{}
	}
	x := extractor{raw: text}
	x.init(n.s, today, expecting)
	a := Analysis{Extracted: x.extract(), QuestionMark: n.question}
	a.QuestionScore = x.questionScore()
	if n.question {
		a.QuestionScore++
	}
	a.statedFacts = a.factCount()
	if a.Gap == nil && !a.GapConflict && a.Reason != rules.ReasonUnemployment {
		// Drawing a benefit has no gap, rough or not (extract).
		a.RoughGap = x.rough
	}
	if regions != nil {
		a.Region, a.Moved, a.MovedAcross = x.region(regions)
		a.MovedAll, a.MovedAcrossAll = a.Moved, a.MovedAcross
		a.SelfPaidMoved = a.MovedAcross && selfPaidBefore24a(n.s) && !movedLongAgo24(n.s) // read24a.go, paidthrough24.go
		x.localYears(&a.Extracted, regions)
	}
	x.intents(&a)
	a.Correction = a.Correction || fixedInline || deniesUnitEnd(n.s) // eventmonth_r17b.go
	if regions != nil && !a.Correction {
		// "不是澳门，是珠海" replaces the place without asking which holds.
		_, a.Correction = corrected(n.s, regions)
	}
	a.Stated = a.Extracted
	cl, count := x.clauses(&n)
	var statement, question []string
	for _, c := range cl[:count] {
		if c.asks {
			a.Asks = true
			question = append(question, n.s[c.start:c.end])
		} else {
			statement = append(statement, n.s[c.start:c.end])
		}
	}
	if a.Asks {
		// Only the clauses that ask nothing state facts. They are read
		// apart, as the message would be without its questions.
		a.Stated = Extracted{}
		moved, across := false, false
		if len(statement) > 0 {
			var sx extractor
			sx.init(strings.Join(statement, ","), today, expecting)
			a.Stated = sx.extract()
			if regions != nil {
				a.Stated.Region, moved, across = sx.region(regions)
				sx.localYears(&a.Stated, regions)
			}
		}
		a.Moved, a.MovedAcross = moved, across
		a.Question = strings.Join(question, ",")
		if regions != nil && a.Stated.Region == "" && !a.Stated.Empty() {
			// "…会不会影响我们嘉兴这边的员工": the person's own place
			// named inside the question (tailtag_h10m.go).
			if id, ok := ownPlaceInQuestion(a.Question, regions); ok && id == a.Region {
				a.Stated.Region = id
			}
		}
		if a.Gap != nil && a.Stated.Gap == nil && x.gapNamed {
			a.AskedGap = a.Gap
		}
		if st := statedUnitStatus(a.Stated, a.Extracted, a.Question); st != a.Stated.UnitStatus || st == a.Extracted.UnitStatus && !a.Extracted.UnitImplied {
			a.Stated.UnitStatus, a.Stated.UnitImplied = st, a.Extracted.UnitImplied
		}
	}
	if rangeUnread32a(width.Fold.String(text), a.Extracted) { // read32a.go
		// "3-5个月" or "-5": no single honest reading, so the numbers are
		// left out and the question is asked again rather than guessed.
		for _, e := range []*Extracted{&a.Extracted, &a.Stated} {
			e.Gap, e.Number, e.YearsPaid, e.RepayYears = nil, nil, nil, nil
			e.GapTooLong = false
		}
		a.AskedGap = nil
	}
	if a.RoughGap != nil {
		// "一年多" at the gap question: no bare number either.
		a.Number, a.Stated.Number = nil, nil
	}
	formerArrearsStated(&a) // formerarrears_r17a.go
	firstScheme(&a)
	windowStated24a(&a, today, expecting) // window24a.go
	statedLate(&a, n.s, regions, today)   // read25a.go
	retireSoonStated25c(&a, n.s)          // retiresoon25c.go
	return a
}

// Extract returns the facts of Analyze.
func Extract(text string, today rules.Date, regions RegionMatcher, expecting rules.Field) Extracted {
	return Analyze(text, today, regions, expecting).Extracted
}

// LooksLikeQuestion reports whether a message is a question to look up in
// the FAQ rather than an answer (Analyze's IsQuestion, with no question on
// screen).
func LooksLikeQuestion(text string, today rules.Date) bool {
	return Analyze(text, today, nil, "").IsQuestion()
}

// factCount counts independent facts: implied ones (scheme from 灵活就业,
// payer from a reason, reason from a unit status) are not counted again.
// FactCount counts the independent facts e holds (a payer implied by a
// reason counted once).
func (e Extracted) FactCount() int { return e.factCount() }

func (e Extracted) factCount() int {
	n := 0
	count := func(b bool) {
		if b {
			n++
		}
	}
	count(e.Scheme != "" && e.Payer != rules.PayerIndividual)
	count(e.Payer != "" && e.Reason == "" && e.UnitStatus == "")
	count(e.Reason != "" && e.UnitStatus == "")
	count(e.UnitStatus != "")
	count(e.Gap != nil || e.GapTooLong)
	count(e.Region != "")
	count(e.Retirement != "")
	count(e.YearsPaid != nil)
	count(e.LocalYearsPaid != nil)
	count(e.ContinuousYears != nil)
	count(e.PriorScheme != "")
	count(e.Sex != "")
	count(e.Newborn != nil)
	count(e.InWindow != nil)
	count(e.RepayYears != nil)
	count(e.Number != nil)
	return n
}

// ---------------------------------------------------------------------------
// The extractor

type extractor struct {
	s, raw    string // raw: the message as typed (clauseyear35a.go)
	cur       rules.Month
	today     rules.Date
	expecting rules.Field
	hits      [maxHits]hit
	nh        int
	// gapNamed: the gap read came with a word for a gap ("断缴3个月",
	// "since March"), not a bare duration.
	gapNamed bool
	// toRetire: a time to retirement was named ("还有两年退休"), so the
	// person has not retired (sift.go).
	toRetire bool
	// paidAt: the place the years paid were told of ("在深圳交了9年",
	// "paid 14 years in Shenzhen"); when it is the region the message
	// names, those years were paid there (Analyze).
	paidAt string
	// worked: a time worked ("干了八个月", "worked 8 months"), the gap
	// of an employer that never registered the person.
	worked *Duration
	// rough: the floor of a count of years told roughly as the gap
	// ("断了一年多" → 12), not read as a gap (vague_h10m.go).
	rough *Duration
	// localAt, localCand: a smaller years figure told of a place after
	// the total ("一共交了二十二年 深圳交了十五年"); local when the place
	// is the region (years21a.go).
	localAt   string
	localCand *decimal.Decimal
}

func (x *extractor) init(s string, today rules.Date, expecting rules.Field) {
	x.s, x.cur, x.today, x.expecting = s, today.MonthOf(), today, expecting
	x.scanWords()
}

func (x *extractor) extract() Extracted {
	var e Extracted
	x.quantities(&e)
	x.keywords(&e)
	x.bare(&e)
	x.yesNo(&e)
	x.shortReplies(&e)
	x.times(&e)
	x.caringNotNewborn(&e)
	x.round6(&e)
	x.round18d(&e)
	x.round18e(&e)
	x.round18f(&e)
	x.round18h(&e)
	x.paidBackWeek(&e)
	x.settleResumed(&e)
	x.lateReadings(&e)
	x.readH10p(&e)
	x.readH11p(&e)             // readings_h11p.go
	x.schoolNotEmployer25a(&e) // read25a.go
	x.childScheme(&e)
	x.residentYear(&e)
	x.switchToJob(&e)
	x.enrolledYears(&e) // switch22c.go
	x.paidThrough(&e)   // paidthrough22c.go
	x.paidThrough24(&e) // paidthrough24.go
	x.leftThenNewJob(&e)
	x.switchYears(&e)
	x.localPart(&e)
	x.paidMyself(&e)
	x.windowPassed(&e)
	x.childAge(&e)
	x.payerThroughWork(&e)
	x.sameCity(&e)
	x.paidEveryYear(&e)
	x.round10m(&e)
	x.neverMissedYear(&e)
	if e.Reason == rules.ReasonNotRegistered && e.Gap == nil && !e.GapConflict && x.worked != nil {
		// Never registered: every month worked went without
		// contributions.
		e.Gap = x.worked
		x.gapNamed = true
	}
	if (e.BenefitEnded != nil || e.BenefitEndedSaid) && (e.Reason == "" || e.Reason == rules.ReasonLeftJob) {
		// A benefit said to have ended was drawn: the reason is the
		// benefit, whatever else the words suggested ("ran out").
		e.Reason = rules.ReasonUnemployment
	}
	if e.GapEnded && (e.Reason == "" || e.Reason == rules.ReasonLeftJob) && x.has(lBetweenJobs) && !x.noNewJob() {
		// A gap "between jobs" that is over: the next job came, a job
		// change (heldout4 f4-en-ended-nomonth).
		e.Reason = rules.ReasonJobChange
	}
	if e.Reason == rules.ReasonUnemployment {
		// The fund paid while the benefit ran: "领到十一月底" names the
		// benefit's last month, never a first unpaid one. The benefit
		// belongs to a working member of the employee scheme.
		e.Gap, e.GapConflict = nil, false
		if e.Scheme == "" {
			e.Scheme = rules.SchemeEmployee
		}
		if e.Retirement == "" {
			e.Retirement = rules.RetirementWorking
		}
	}
	if e.Gap != nil {
		e.GapTooLong = false // a usable gap was read too ("100年0年")
	}
	x.round23b(&e) // resident23b.go
	x.round16a(&e) // readings_h16a.go
	x.round12(&e)
	x.round16(&e)            // readings_h16.go
	x.round15(&e)            // benefit_h15.go
	x.formerArrears(&e)      // formerarrears_r17a.go
	x.sinceLeaving(&e)       // formerleave21a.go
	x.ambiguousLeaverGap(&e) // resumedsince22.go
	x.noticeMonth(&e)        // notice21a.go
	x.resident23a(&e)        // resident23a.go
	x.notRegisteredNotFirst(&e)
	x.yearsIs(&e)         // years21a.go
	x.round17b(&e)        // persona_r17b.go
	x.resumedNotSince(&e) // resumedsince22.go
	x.round25b(&e)        // months25b.go
	x.treatSpans(&e)      // treatrange21c.go: a stay told as a range, then spanFits
	x.round25a(&e)        // read25a.go
	x.retireSoon25c(&e)   // retiresoon25c.go
	x.firstSelf25c(&e)    // firstself25c.go
	x.dayUse25c(&e)       // firstself25c.go
	x.paidOwed25c(&e)     // paidowed25c.go
	return e
}

func isYearsField(f rules.Field) bool {
	return f == rules.FieldYearsPaid || f == rules.FieldRepayYears || f == rules.FieldBrokenYears ||
		f == rules.FieldLocalYearsPaid || f == rules.FieldContinuousYears
}

func (x *extractor) quantities(e *Extracted) {
	sc := scanner{s: x.s, cur: x.cur}
	sc.run()
	x.sift(&sc, e)
	claimed := false
	// gapEnd is where the gap read so far ends; gapMonths is set when it
	// was a count of months named as a gap ("断了5个月"), gapSince when it
	// was a first unpaid month.
	gapEnd, gapMonths, gapSince := -1, false, false
	paidEnd := -1 // where the years-paid figure ended
	// restated: a later gap replaces the earlier one when the person
	// corrects themselves in between ("断了4个月 不对 是5个月"): the
	// last stated value is the one meant.
	restated := func(q qty) bool {
		return e.Gap != nil && gapEnd >= 0 && correctionBetween(x.s, gapEnd, q.start)
	}
	// span is how many months from a first unpaid month the gap lasted:
	// to the month paying resumed when one was named ("March and April,
	// paying again since May" is two), else to this month.
	span := func(since rules.Month) int {
		if e.Resumed != nil && e.Resumed.Since(since) > 0 && x.cur.Since(*e.Resumed) >= 0 {
			return e.Resumed.Since(since)
		}
		return x.cur.Since(since)
	}
	for i := 0; i < sc.n; i++ {
		q := sc.items[i]
		if q.kind == qSince {
			if x.sinceDeadline(q) || x.sincePaidBack23d(q) { // notice21a.go, resident23d.go
				continue
			}
			d, ok := q.duration()
			switch {
			case ok && (e.Gap == nil && !e.GapConflict || restated(q)):
				e.Gap = &d
				x.gapNamed = true
				gapEnd, gapMonths, gapSince = q.end, false, true
			case ok && gapMonths && e.Gap.Since == nil && !e.GapConflict:
				// "断了5个月 从七月开始断的": both must name the same
				// months. The first unpaid month is the more exact of
				// the two; when they disagree neither is taken and the
				// gap is asked again.
				if span(*d.Since) == e.Gap.Months {
					e.Gap = &d
				} else {
					e.Gap, e.GapConflict = nil, true
				}
				gapEnd, gapMonths = q.end, false
			case !ok:
				e.GapTooLong = e.Gap == nil
			}
			continue
		}
		r := x.role(q)
		if isYearsField(x.expecting) && !claimed && q.hasYears && (r == roleDefault ||
			x.expecting == rules.FieldBrokenYears && r == roleGap && !q.hasMonths ||
			x.expecting == rules.FieldLocalYearsPaid && localYearsAnswer(x.s, q, r)) {
			switch x.expecting {
			case rules.FieldYearsPaid:
				r = roleYearsPaid
			case rules.FieldRepayYears:
				r = roleRepay
				if q.hasMonths || q.years%1000 != 0 {
					r = roleDefault
				}
			case rules.FieldBrokenYears:
				if !q.hasMonths && q.years%1000 == 0 {
					r = roleBroken
				}
			case rules.FieldContinuousYears:
				// "六年" at "how many years in a row?": those years,
				// never a 72-month gap.
				r = roleIgnore
				if !q.hasMonths && q.years%1000 == 0 {
					r = roleContinuous
				}
			case rules.FieldLocalYearsPaid:
				// "都在深圳 9年" at "how many of them here?": the local
				// years, never a 108-month gap.
				if d, ok := q.yearsDec(); ok && e.LocalYearsPaid == nil {
					e.LocalYearsPaid = &d
					r = roleIgnore
				}
			}
			claimed = r != roleDefault
		}
		if r == roleIgnore && x.worked == nil && workedFor(x.s, q) {
			if d, ok := q.duration(); ok {
				if d.Months >= 2 && almostBefore(x.s, q.start) {
					// "做了快半年": almost six months worked is five
					// whole months, as "快一年" is eleven.
					d.Months--
				}
				x.worked = &d
			}
		}
		switch r {
		case roleContinuous:
			if v := q.years / 1000; e.ContinuousYears == nil && q.years%1000 == 0 && v <= rules.MaxYears {
				n := int(v)
				e.ContinuousYears = &n
			}
		case roleYearsPaid:
			if x.expecting != rules.FieldYearsPaid && hedgedYears(x.s, q) {
				break // hedge_h15.go
			}
			if d, ok := q.yearsDec(); ok && e.YearsPaid == nil {
				e.YearsPaid = &d
				paidEnd = q.end
				x.paidAt = paidPlace(x.s, q)
			} else if ok && e.LocalYearsPaid == nil && d.LessThan(*e.YearsPaid) && paidEnd >= 0 &&
				!correctionBetween(x.s, paidEnd, q.start) && localBetween(x.s[paidEnd:q.start]) {
				e.LocalYearsPaid = &d
			} else if ok && e.LocalYearsPaid == nil && e.YearsPaid.LessThan(d) && paidEnd >= 0 && x.paidAt != "" &&
				!correctionBetween(x.s, paidEnd, q.start) && totalBefore(x.s[paidEnd:q.start]) {
				// "在深圳交了9年 总共交了二十二年": the place's years
				// first, the total after; the total is the years paid.
				local := *e.YearsPaid
				e.YearsPaid, e.LocalYearsPaid = &d, &local
				paidEnd = q.end
			} else if ok && e.LocalYearsPaid == nil && d.LessThan(*e.YearsPaid) && paidEnd >= 0 && !correctionBetween(x.s, paidEnd, q.start) {
				x.placeYears(d, x.s[paidEnd:q.start]) // years21a.go
			}
		case roleRepay:
			if v := q.years / 1000; e.RepayYears == nil && v <= rules.MaxYears {
				n := int(v)
				e.RepayYears = &n
			}
		case roleBroken:
			if d, ok := q.yearsDec(); ok && e.Number == nil {
				e.Number = &d
			}
		case roleGap, roleDefault:
			if d, ok := x.gapDuration(q, r); ok && r == roleGap && e.Gap != nil && e.Gap.Since == nil && !x.gapNamed && !e.GapConflict &&
				countOfMonths(x.s[q.start:q.end]) {
				// "离职快一年了 医保断了十一个月": the months told as the
				// gap, not the time since leaving.
				e.Gap = &d
				x.gapNamed = true
				gapEnd, gapMonths = q.end, true
			} else if d, ok := x.gapDuration(q, r); ok && (e.Gap == nil && !e.GapConflict || restated(q)) {
				e.Gap = &d
				x.gapNamed = r == roleGap || x.gapNamed && restated(q)
				gapEnd, gapMonths = q.end, (r == roleGap || restated(q)) && countOfMonths(x.s[q.start:q.end])
			} else if ok && gapSince && r == roleGap && countOfMonths(x.s[q.start:q.end]) && e.Gap != nil && e.Gap.Since != nil && !e.GapConflict {
				// "从七月开始断的 断了5个月": the same check the other
				// way round.
				if span(*e.Gap.Since) != d.Months {
					e.Gap, e.GapConflict = nil, true
				}
				gapSince = false
			} else if !ok && e.Gap == nil && q.tooLong() {
				e.GapTooLong = true
			}
		}
	}
}

// String lists the facts found as key=value pairs, for people checking
// what a message was read as (`bujiao kb faq`); "" when there are none.
func (e Extracted) String() string {
	var b []string
	add := func(k, v string) {
		if v != "" {
			b = append(b, k+"="+v)
		}
	}
	yn := func(k string, v *bool) {
		if v != nil {
			add(k, map[bool]string{true: "yes", false: "no"}[*v])
		}
	}
	add("scheme", string(e.Scheme))
	add("retirement", string(e.Retirement))
	add("payer", string(e.Payer))
	add("reason", string(e.Reason))
	add("unit_status", string(e.UnitStatus))
	if e.ArrearsBeforeLeaving != nil {
		add("arrears_before_leaving", strconv.Itoa(*e.ArrearsBeforeLeaving))
	}
	switch {
	case e.Gap != nil && e.Gap.Since != nil:
		add("gap", "since "+e.Gap.Since.String())
	case e.Gap != nil:
		add("gap", strconv.Itoa(e.Gap.Months)+" months")
	case e.GapTooLong:
		add("gap", "too long")
	}
	add("region", e.Region)
	if e.YearsPaid != nil {
		add("years_paid", e.YearsPaid.String())
	}
	if e.LocalYearsPaid != nil {
		add("local_years_paid", e.LocalYearsPaid.String())
	}
	if e.ContinuousYears != nil {
		add("continuous_years", strconv.Itoa(*e.ContinuousYears))
	}
	add("prior_scheme", string(e.PriorScheme))
	if e.Resumed != nil {
		add("gap_ended", e.Resumed.String())
	}
	if e.PayPlanned != nil {
		add("pay_date", e.PayPlanned.String())
	}
	add("reg_month", monthText36a(e.RegMonth))
	if e.ArrearsPaid != nil {
		add("arrears_paid", e.ArrearsPaid.String())
	}
	if e.PaidBack != nil {
		add("paid_back", e.PaidBack.String())
	}
	add("sex", string(e.Sex))
	yn("newborn", e.Newborn)
	yn("in_window", e.InWindow)
	if e.RepayYears != nil {
		add("repay_years", strconv.Itoa(*e.RepayYears))
	}
	if e.Yes {
		add("answer", "yes")
	}
	if e.No {
		add("answer", "no")
	}
	if e.Number != nil {
		add("number", e.Number.String())
	}
	return strings.Join(b, " ")
}

// correctionWords mark a person correcting what they just said inside one
// message ("断了4个月 不对 是5个月", "4 months, no wait, 5").
var correctionWords = []string{"不对", "不是", "说错", "讲错", "搞错", "弄错", "记错", "应该是", "其实是", "更正", "纠正",
	"no wait", "i mean", "i meant", "actually", "sorry", "correction", "make that", "rather"}

// correctionBetween reports whether s[from:to] holds a correcting word.
// "是不是" asks and corrects nothing.
func correctionBetween(s string, from, to int) bool {
	if from < 0 || to > len(s) || from >= to {
		return false
	}
	part := s[from:to]
	for _, w := range correctionWords {
		for i := 0; ; {
			j := strings.Index(part[i:], w)
			if j < 0 {
				break
			}
			j += i
			if !(w == "不是" && strings.HasSuffix(s[:from+j], "是")) {
				return true
			}
			i = j + len(w)
		}
	}
	return false
}

// countOfMonths reports whether a quantity's text counts months or years
// ("5个月", "半年", "5 months") rather than naming a month of the year
// ("12月"), which the scanner may read as twelve months: only a count is
// checked against a first unpaid month.
func countOfMonths(t string) bool {
	return !strings.HasSuffix(t, "月") || strings.HasSuffix(t, "个月")
}

// localBetween reports whether the words between a total and a second
// figure name a place or a part ("在深圳交了", "其中", "在当地").
func localBetween(s string) bool {
	for _, w := range []string{"在", "其中", "当地", "本地", "本市", "这边"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// gapDuration is a gap's length as told. "快两年" / "将近两年" / "almost
// two years" is short of the years named: the months before the last
// one ("快两年" is 23), never the full count, which would put a gap past a
// threshold it has not reached. Only a gap named as one ("断了快两年"):
// "离职快一年" counts the time since leaving, whose last month may be
// unpaid too.
func (x *extractor) gapDuration(q qty, r role) (Duration, bool) {
	d, ok := q.duration()
	if ok && roughYears(x.s, q) {
		// "断了一年多": anything from 12 to 23 months; asked (vague_h10m.go).
		if x.rough == nil && (r == roleGap || r == roleDefault) && d.Since == nil {
			x.rough = &d
		}
		return Duration{}, false
	}
	if ok && x.rough != nil && q.hasYears && almostBefore(x.s, q.start) {
		// "断了两年多了快三年了": the second rough bound of the same gap.
		return Duration{}, false
	}
	if ok && r == roleDefault && q.kind == qDuration && d.Months >= 2 && almostBefore(x.s, q.start) && workedFor(x.s, q) {
		// "入职快半年了 公司一直没给上社保": the months worked, told as
		// "做了快半年" is, are short of the count (vague_h10m.go).
		d.Months--
		return d, true
	}
	if !ok || r != roleGap || q.kind != qDuration || !q.hasYears || q.hasMonths || q.years%500 != 0 || d.Months < 6 || !almostBefore(x.s, q.start) {
		return d, ok
	}
	d.Months--
	return d, true
}

// almostBefore reports "快" / "将近" / "almost" right before a count.
func almostBefore(s string, i int) bool {
	ctx := strings.TrimRight(s[:i], " ")
	for _, w := range []string{"快", "将近", "接近", "快要", "不到", "差不多快", "almost", "nearly", "not quite", "close to", "just under", "under"} {
		if strings.HasSuffix(ctx, w) {
			return true
		}
	}
	return false
}

// totalBefore reports whether the words before a second figure of years
// paid mark it as the whole ("总共", "一共", "累计", "in total").
func totalBefore(s string) bool {
	for _, w := range []string{"总共", "一共", "累计", "合计", "加起来", "全部加", "前后", "总的", "in total", "total", "altogether", "overall", "in all"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// paidPlace is the place named with a count of years paid: "在深圳交了9年"
// (在 and the place before the verb, in the same clause), "paid 14 years
// of medical insurance in Shenzhen" (in and the place after it).
func paidPlace(s string, q qty) string {
	if q.start > 0 && s[q.start-1] >= 0x80 || q.start > 1 && s[q.start-1] == ' ' && s[q.start-2] >= 0x80 {
		ctx := clauseBefore(s, q.start)
		i := strings.LastIndex(ctx, "在")
		if i < 0 {
			return ""
		}
		place := ctx[i+len("在"):]
		j := firstIndexAny(place, []string{"缴", "参保", "买"})
		if j <= 0 || utf8.RuneCountInString(place[:j]) > 5 {
			return ""
		}
		return place[:j]
	}
	rest := s[q.end:]
	if k := strings.IndexByte(rest, ','); k >= 0 {
		rest = rest[:k]
	}
	if len(rest) > 48 {
		rest = rest[:48]
	}
	i := strings.Index(rest, " in ")
	if i < 0 {
		return ""
	}
	place := rest[i+len(" in "):]
	if len(place) > 20 {
		place = place[:20]
	}
	return place
}

// localYears: years paid told of the region the message names ("在深圳交了
// 9年医保" in a message placed in Guangdong) were paid there, where the
// pension is drawn; with no other figure they are the local years too.
func (x *extractor) localYears(e *Extracted, regions RegionMatcher) {
	x.allLocal(e, regions)
	x.placeLocal(e, regions)    // years21a.go
	x.placeYears29a(e, regions) // read29a.go
	if e.YearsPaid == nil || e.LocalYearsPaid != nil || x.paidAt == "" || e.Region == "" {
		return
	}
	if id, ok := regions.MatchRegion(x.paidAt); ok && id == e.Region {
		d := *e.YearsPaid
		e.LocalYearsPaid = &d
	}
}
