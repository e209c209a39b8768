package understand

import (
	"regexp"
	"sort"
	"strings"

	"bujiao/rules"
)

// Audit round 28 (fix35b): R28-W1 / R28-W2 (R27-W3/W5's family). A first
// enrolment's registration day is read from the structure of the clause,
// not from set phrases: a registration word (registered, registration,
// signed up, enrolled, joined the scheme, 参保, 登记, 办了医保, 上了保,
// 交了第一个月 …) and a day in the same clause (the normaliser writes every
// stop as a comma), in either order, with any words between that name no
// visit and no later event. English prefers the day after the word
// ("registered as self employed flexible worker on sept 20"), Chinese the
// day before it ("10月30号公司给我办了医保"), each falling back on the other
// order. The day is pay_date (ZJ art. 28 ¶2 for an employee, art. 29 ¶1
// for a flexible worker: cover from the 2nd natural month counting the
// registration month), never a treatment day.

var (
	// enRegWord35b: a registration word, typos included.
	enRegWord35b = regexp.MustCompile(`\b(?:sign(?:ed|d|ing)? (?:me |us |him |her )?up|registere?d|registerd|registred|regsitered|regestered|registering|register|registration|registeration|registraion|enrol(?:l?ed|l?ing|l?ment)?|enroll|enroled|got (?:me )?(?:insured|enrolled|registered)|put me on (?:the |their |company |)(?:medical |health )?insurance|set up my (?:medical |health )?insurance|joined)\b`)
	// zhRegWord35b: a registration told in Chinese.
	zhRegWord35b = regexp.MustCompile(`参保|参(?:了|的)保|登记|开户|入保|入了保|办了?的?(?:医保|社保|保险)|上了?的?(?:医保|社保|保险)|上的保|上了保|(?:交|缴)了?的?第一个月`)
	// enRegBlock35b / zhRegBlock35b: words between the day and the
	// registration that make the day another event's.
	enRegBlock35b = []string{" saw ", " went ", " go to", " then ", " after ", " afterwards", " later ", " but ", " got sick", " fell ", " broke ",
		" quit", " left ", " stopped", " lost "}
	zhRegBlock35b = []string{"然后", "后来", "之后", "以后", "再", "又"}
	// enNeg35b / zhNeg35b: a registration denied just before its word.
	enNeg35b = []string{"not ", "nt ", "n't ", "never ", "havent ", "hasnt ", "yet "}
	zhNeg35b = []string{"没", "未", "不", "还没"}
	// enNeverIns35b: never insured before, told in other words than
	// enFirstIns34a's.
	enNeverIns35b = regexp.MustCompile(`\bnever (?:had|got|bought|paid for|paid into|been on|been in) (?:any |a |an )?(?:medical |health |social )?(?:insurance|coverage|cover|insurance plan)\b|\bno (?:medical |health )?insurance (?:ever )?before\b|\bfirst (?:time )?(?:ever )?(?:insurance|enrol?ment|enrollment|registration)\b`)
	// zhPrior35b: words of cover that ran before (zhPriorCover32a without
	// a bare 又, which a second visit also says: "12月2号又去了一次").
	zhPrior35b = []string{"断", "停", "补缴", "以前交", "之前交", "以前缴", "之前缴", "离职", "辞职", "又交", "又缴", "又参保", "重新"}
	// enFlexible35b / zhFlexible35b: the person registered themselves.
	enFlexible35b = []string{"flexible", "self employed", "self-employed", "freelanc", "gig ", "myself", "on my own", "individual"}
	zhFlexible35b = []string{"灵活", "个体", "自己交", "自己缴", "自由职业", "自己办"}
	// enJoinedIns35b: "joined" is a registration only with the scheme
	// named in its clause ("joined the company" is a job).
	enJoinedIns35b = []string{"insurance", "scheme", "plan", "medical", "health", "social", "flexible"}
)

// clause35b reports whether s[i:j] stays within one clause.
func clause35b(s string, i, j int) bool {
	return !strings.ContainsAny(s[i:j], ",，。；;？?！!.")
}

// dayAlone35b: a day that is a clause of its own ("10月3号，我自己去社保局
// 办了医保", "on oct 30, hr signed me up") belongs to the next clause,
// the registration's at j.
func dayAlone35b(s string, d dayAt30c, j int) bool {
	head := s[:d.start]
	if k := strings.LastIndexAny(head, ",，;；"); k >= 0 {
		head = head[k+1:]
	}
	if len([]rune(strings.TrimSpace(head))) > 3 {
		return false
	}
	tail := s[d.end:j]
	k := strings.IndexAny(tail, ",，")
	return k >= 0 && strings.TrimSpace(tail[:k]) == "" && clause35b(tail, k+1, len(tail))
}

// visitNext35b: the words just after a day name a visit ("登记了 11月5号
// 看病", "registered as a flexible worker nov 5 clinic visit"): the day
// may be the visit's, so it is not read as the registration's.
func visitNext35b(s string, d dayAt30c) bool {
	next := s[d.end:]
	if k := strings.IndexAny(next, ",，;；"); k >= 0 {
		next = next[:k]
	}
	if k := strings.IndexAny(next, "0123456789"); k >= 0 {
		// Another day follows: the visit is its ("11月26号12月18号看病";
		// English puts the day after the visit: "sept 2 went to
		// hospital sept 25").
		if s[d.start] < 0x80 && k <= 40 {
			return false
		}
		next = next[:k]
	}
	if s[d.start] < 0x80 {
		next = cutRunes(next, 12)
	} else {
		next = cutRunes(next, 6)
	}
	low := " " + strings.ToLower(next) + " "
	return hasAny(low, enTreatWords34a) || hasAny(next, zhRegGapWords34a) || hasAny(next, zhTreatNear) ||
		hasPrefixAnyStr34d(strings.TrimLeft(low, " "), enVisitVerb35b)
}

// enVisitVerb35b: a visit's verb as the first word after a day ("nov 20
// went to the doctor").
var enVisitVerb35b = []string{"went ", "saw ", "visited ", "got sick", "was admitted", "was hospitali", "had surgery", "had an operation"}

// regBlocked35b: the words between i and j name a visit or a later event.
func regBlocked35b(s string, i, j int) bool {
	between := " " + strings.ToLower(s[i:j]) + " "
	return hasAny(between, enTreatWords34a) || hasAny(between, enRegBlock35b) || hasAny(between, zhRegGapWords34a) ||
		hasAny(between, zhRegBlock35b) || hasAny(between, zhTreatNear)
}

// regWords35b lists the registration words of s, each as [start, end],
// leaving out those denied.
func regWords35b(s string) [][]int {
	low := strings.ToLower(s)
	var out [][]int
	for _, loc := range enRegWord35b.FindAllStringIndex(low, -1) {
		before := lastRunes(low[:loc[0]], 10)
		if hasSuffixAnyStr(before, enNeg35b) || hasAny(before, []string{"not ", "never ", "havent", "hasnt", "didnt", "didn't", "haven't", "hasn't"}) {
			continue
		}
		if low[loc[0]:loc[1]] == "joined" {
			end := len(low)
			if k := strings.IndexAny(low[loc[1]:], ",;.?!"); k >= 0 {
				end = loc[1] + k
			}
			if !hasAny(low[loc[1]:end], enJoinedIns35b) {
				continue
			}
		}
		out = append(out, loc)
	}
	for _, loc := range zhRegWord35b.FindAllStringIndex(s, -1) {
		if hasAny(lastRunes(s[:loc[0]], 2), zhNeg35b) {
			continue
		}
		out = append(out, loc)
	}
	return out
}

// regClauseDay35b finds the registration day of s: the day told in the
// same clause as a registration word, in either order, nothing between
// naming a visit or a later event.
func regClauseDay35b(s string) (dayAt30c, bool) {
	days := daysIn30c(strings.ToLower(s))
	sort.Slice(days, func(i, j int) bool { return days[i].start < days[j].start })
	for _, loc := range regWords35b(s) {
		zh := loc[1]-loc[0] >= 3 && s[loc[0]] >= 0x80
		span := func(d dayAt30c) (int, int) { return d.start, d.end }
		d, ok := nearInClause35b(days, span, loc, zh,
			func(d dayAt30c) bool {
				return clause35b(s, loc[1], d.start) && !regBlocked35b(s, loc[1], d.start) && !visitNext35b(s, d)
			},
			func(d dayAt30c) bool {
				return (clause35b(s, d.end, loc[0]) || dayAlone35b(s, d, loc[0])) && !regBlocked35b(s, d.end, loc[0])
			})
		if ok {
			return d, true
		}
	}
	return dayAt30c{}, false
}

// nearInClause35b picks, of items in text order, the first one after the
// registration word at loc (if afterOK) and the last one before it (if
// beforeOK); only the nearest on each side is tried. Chinese tells the
// date before the word ("10月30号参的保"), English after it, so that side
// wins and the other is the fallback.
func nearInClause35b[T any](items []T, span func(T) (start, end int), loc []int, zh bool, afterOK, beforeOK func(T) bool) (T, bool) {
	var after, before *T
	for i := range items {
		if start, _ := span(items[i]); start >= loc[1] {
			if afterOK(items[i]) {
				after = &items[i]
			}
			break
		}
	}
	for i := len(items) - 1; i >= 0; i-- {
		if _, end := span(items[i]); end <= loc[0] {
			if beforeOK(items[i]) {
				before = &items[i]
			}
			break
		}
	}
	first, second := after, before
	if zh {
		first, second = before, after
	}
	if first == nil {
		first = second
	}
	if first == nil {
		var zero T
		return zero, false
	}
	return *first, true
}

// regDay35b: the day is the registration day told in its clause.
func regDay35b(s string, d dayAt30c) bool {
	r, ok := regClauseDay35b(s)
	return ok && r.start == d.start
}

// round35b reads a first enrolment's registration day from its clause
// where no earlier reading did (called from round25a).
func (x *extractor) round35b(e *Extracted) {
	if x.today.IsZero() || e.Scheme == rules.SchemeResident || e.PriorScheme != "" || e.Child || e.Student ||
		e.Reason == rules.ReasonNotRegistered {
		return
	}
	s := x.s
	low := strings.ToLower(s)
	d, ok := regClauseDay35b(s)
	if !ok {
		x.visitNotReg35b(e)
		return
	}
	never := enFirstIns34a.MatchString(low) || enNeverIns35b.MatchString(low) || hasAny(s, zhNeverIns34a) || hasAny(s, zhFirstTime32a)
	firstJob := enFirstJob32a.MatchString(low) || hasAny(s, zhFirstJob34a)
	if !(e.FirstEnrolment || never || firstJob) || priorCoverEn34a(low) || hasAny(s, zhPrior35b) {
		return
	}
	flexible := hasAny(low, enFlexible35b) || hasAny(s, zhFlexible35b)
	unit := firstJob && e.Payer != rules.PayerIndividual && !flexible
	reg := x.regDay32a(d.md)
	if e.PayPlanned != nil && *e.PayPlanned != reg {
		return // an earlier reading's day stands
	}
	if t := e.Treatment; t != nil && int(t.Month) == d.md.Month && t.Day == d.md.Day {
		e.Treatment, e.TreatmentUntil = nil, nil // the registration day, in any year
	}
	applyFirstReg34a(e, s, &reg, unit) // read34a.go
}

// visitAfterPay35b: an English day whose words before it name a payment
// and then a visit ("registered … and paid went to the clinic oct 12"):
// the visit's day, which treatLike30c's window took as the payment's.
func visitAfterPay35b(s string, d dayAt30c) bool {
	if d.start == 0 || s[d.start-1] >= 0x80 || hasAny(cutRunes(s[d.end:], 5), notTreat30c) {
		return false
	}
	before := lastRunes(s[:d.start], 28)
	if k := strings.LastIndexAny(before, ",;"); k >= 0 {
		before = before[k+1:]
	}
	i := -1
	for _, w := range notTreat30c {
		if k := strings.LastIndex(before, w); k > i {
			i = k
		}
	}
	return i >= 0 && hasAny(" "+before[i:]+" ", enTreatWords34a)
}

// visitNotReg35b: a registration day an earlier reading took across a
// stop, the day being followed by a visit ("registered as a flexible
// worker, nov 20 went to the doctor"), is the visit's: pay_date is left
// untold (asked or not settled), the day is the treatment's.
func (x *extractor) visitNotReg35b(e *Extracted) {
	p := e.PayPlanned
	if p == nil || !e.FirstEnrolment {
		return
	}
	s := strings.ToLower(x.s)
	for _, d := range daysIn30c(s) {
		if d.md.Month != int(p.Month) || d.md.Day != p.Day {
			continue
		}
		if !visitNext35b(s, d) {
			return
		}
		e.PayPlanned = nil
		if e.Treatment == nil {
			t := *p
			if x.today.Before(t) {
				t.Year--
			}
			e.Treatment = &t
		}
		return
	}
}
