package understand

import (
	"regexp"
	"strings"

	"bujiao/rules"
)

// fix40a (issue 17, heldout29): gaps that have ended and arrears paid back,
// told in words the older lists miss. The rules then say whether cover has
// resumed by today (rules/resumed40a.go); here only the facts are read:
//
//   - a back-payment told with the months between "paid" and "back" ("paid
//     both of them back in August", "paid the 2 missing months back"), an
//     employer that "caught up in September", Hunanese "补起哒" (哒 is 了:
//     "补起了"): the month of that clause is the back-payment's, the
//     employer's (arrears_paid) where an employer is named or in arrears,
//     else the person's own (paid_back);
//   - "self-paying", "self pay": the person pays (payer individual);
//   - the month a new job began told with paying going on ("8月份入职新公司
//     已经在交了", "started a new job in August and they have been paying
//     since"): the month paying resumed.

func init() {
	enPaidBack = append(enPaidBack, "caught up in", "caught up last", "caught up this", "caught up by", "caught up with the",
		"caught up with my", "caught up with everything", "caught it up", "caught them up", "made it up", "made them up",
		"made up the arrears", "made up the months")
}

var (
	// enBack40a: "paid both of them back", "paid all 3 months back",
	// "covered the missing months back": the months named between the verb
	// and "back", no clause end between.
	enBack40a = regexp.MustCompile(`\b(?:paid|payed|covered|settled|put)\s+(?:[a-z0-9'-]+\s+){1,5}?back\b`)
	// enBackNot40a: not done, or only asked or planned, before the verb.
	enBackNot40a = regexp.MustCompile(`\b(?:not|never|didnt|didn't|haven't|havent|hasnt|hasn't|wont|won't|can i|could i|should i|if i|if they|want to|wants to|going to|will|plan to|planning to|hope to|how do i|whether)\b[^.;!?]*$`)
	// zhBack40a: dialect "补起了" (哒 is 了, dialect_h15.go), "补齐咯",
	// "补上啦", told as done: right after a month or "已经", never a
	// condition ("补起了中间那段看病报不报得到": if paid, …).
	zhBack40a = regexp.MustCompile(`(?:月份?|月底|月初|上个月|这个月|已经|早就|前几天|上周)(?:就|都|已经|才|又)?(?:给我?|帮我)?(?:都|全|全部)?补(?:起来?|齐|上)(?:了|咯|啦|哒)`)
	// enSelfPay40a: "self-paying", "self pay", "selfpaid".
	enSelfPay40a = regexp.MustCompile(`\bself[- ]?(?:pay|paying|paid|payer|payment)\b`)
	// zhNewJob40a: a new job begun, right after a month ("8月份入职新公司").
	zhNewJob40a = regexp.MustCompile(`^份?(?:就|才|又)?(?:入职|进了?|去了?|到了?|换了?|换到|找到了?|上班了?|开始上班)(?:了)?(?:一家|一个)?(?:新的?|另一家|下一家|现在的?)(?:公司|单位|工作|厂|东家|老板)`)
	// zhPayingNow40a: paying going on, in the same sentence after it.
	zhPayingNow40a = regexp.MustCompile(`(?:已经|一直|都|也)(?:在|有|开始|给我?|帮我)?缴(?:了|着|上了|上)?|在缴了|开始缴了|缴上了|给缴了|有缴了|正常缴`)
	// enNewJob40a: "started a new job in august", "joined a new company in july".
	enNewJob40a = regexp.MustCompile(`\b(?:started|joined|got|began|found|took)\s+(?:a |my |the |an )?new\s+(?:job|employer|company|work|position|firm)\b(?:\s+[a-z]+){0,3}?\s+(?:in|from|since|on)\s+$`)
	// enPayingNow40a: paying going on after it.
	enPayingNow40a = regexp.MustCompile(`\b(?:(?:they|it|the company|the employer|my employer|my company)(?:'ve| have| has|s)?\s+(?:been\s+)?pa(?:ying|id|ys)|paying (?:again|since|for it|my)|been paying|pays? my|insurance (?:is|has been) paid)\b`)
)

// round40a runs fix40a's readings.
func (x *extractor) round40a(e *Extracted) {
	x.paidBack40a(e)
	x.selfPay40a(e)
	x.newJobResumed40a(e)
}

// paidBack40a reads a back-payment with its months between "paid" and
// "back".
func (x *extractor) paidBack40a(e *Extracted) {
	if x.today.IsZero() || e.ArrearsPaid != nil || e.PaidBack != nil {
		return
	}
	s := x.s
	loc := enBack40a.FindStringIndex(s)
	if z := zhBack40a.FindStringIndex(s); z != nil && (loc == nil || z[0] < loc[0]) {
		rest := s[z[1]:]
		if i := strings.IndexAny(rest, " ,.;!?，。；！？"); i >= 0 {
			rest = rest[:i]
		}
		if hasAny(rest, []string{"吗", "能", "可以", "得不得", "的话", "报不报", "行不行"}) {
			return // "补齐了能报吗": a condition asked about
		}
		loc = z
	}
	if loc == nil {
		return
	}
	pre := s[:loc[0]]
	for _, w := range []string{",", ".", ";", "!", "?", " then ", " but ", " and "} {
		if i := strings.LastIndex(pre, w); i >= 0 {
			pre = pre[i+len(w):]
		}
	}
	if enBackNot40a.MatchString(pre) || hasAny(s[loc[0]:loc[1]], []string{"cash", "money", "myself back", "me back", "doctor", "hospital"}) {
		return
	}
	m := monthInClause(s, loc[0], x.cur)
	if m == nil {
		m = x.clauseMonth40a(s, loc[0])
	}
	if m == nil && (e.ArrearsPaidSaid || e.PaidBackSaid) {
		return // said already, no month to add
	}
	if hasAny(s, paidUnitWords) && !hasAny(s, []string{"self-employed", "freelanc", "flexible", "self pay", "self-pay", "myself"}) || e.Reason == rules.ReasonArrears {
		if e.Reason == "" {
			e.Reason = rules.ReasonArrears
		}
		if e.Payer == "" {
			e.Payer = rules.PayerUnit
		}
		if m != nil && x.cur.Since(*m) >= 0 {
			e.ArrearsPaid, e.ArrearsPaidSaid = m, false
		} else {
			e.ArrearsPaidSaid = true
		}
		return
	}
	x.selfPaidBack(e, m)
	if e.PaidBack != nil {
		e.PaidBackSaid = false
	}
}

// selfPay40a: "self-paying" is the person paying.
func (x *extractor) selfPay40a(e *Extracted) {
	if e.Payer != "" || e.Scheme == rules.SchemeResident || !enSelfPay40a.MatchString(x.s) {
		return
	}
	e.Payer = rules.PayerIndividual
}

// newJobResumed40a reads the month a new job began, told with paying going
// on, as the month paying resumed.
func (x *extractor) newJobResumed40a(e *Extracted) {
	if x.today.IsZero() || e.Resumed != nil || e.Payer == rules.PayerIndividual || e.Reason == rules.ReasonArrears {
		return
	}
	s := x.s
	for _, c := range x.months38a(s) {
		if x.cur.Since(c.m) < 0 {
			continue
		}
		rest := s[c.end:]
		sentence := rest
		if i := strings.IndexAny(rest, ".;!?。；！？"); i >= 0 {
			sentence = rest[:i]
		}
		zh := zhNewJob40a.FindStringIndex(rest)
		en := enNewJob40a.MatchString(s[:c.start])
		var after string
		switch {
		case zh != nil && zh[1] <= len(sentence):
			after = sentence[zh[1]:]
			if !zhPayingNow40a.MatchString(after) {
				continue
			}
		case en:
			if !enPayingNow40a.MatchString(sentence) {
				continue
			}
		default:
			continue
		}
		m := c.m
		e.Resumed, e.GapEnded = &m, true
		if e.Payer == "" {
			e.Payer = rules.PayerUnit
		}
		if e.Reason == "" {
			e.Reason = rules.ReasonJobChange
		}
		return
	}
}

// clauseMonth40a is the one month named ("oct", "nov 20") in the clause of
// s holding byte i, nil when none or several.
func (x *extractor) clauseMonth40a(s string, i int) *rules.Month {
	a := strings.LastIndexAny(s[:i], ",.;!?，。；") + 1
	b := len(s)
	if j := strings.IndexAny(s[i:], ",.;!?，。；"); j >= 0 {
		b = i + j
	}
	var found *rules.Month
	for _, c := range x.months38a(s) {
		if c.start < a || c.end > b {
			continue
		}
		if found != nil {
			return nil
		}
		m := c.m
		found = &m
	}
	return found
}
