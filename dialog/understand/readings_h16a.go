package understand

import (
	"strings"

	"bujiao/rules"
)

// Readings from heldout16's first (unseen) run, part a.

// ---------------------------------------------------------------------------
// The gap named by the noun "gap"

// gapNounAfter and gapNounBefore bind a count to the noun for a gap: "so 2
// months gap", "a 1 month gap", "a 3-month gap", "gap of 2 months",
// "中间空档两个月", "两个月的空档". Of several durations in one message
// ("old company stopped in one month, new one started paying 2 months
// later, so 2 months gap") the one the person calls the gap is the gap.
var (
	gapNounAfter  = []string{"gap", "break", "空档", "的空档", "空窗期", "的空窗期", "的断档", "断档"}
	gapNounBefore = []string{"gap", "gap of", "gap was", "gap is", "gap:", "break of", "空档", "空档期", "空窗期", "断档", "空档了", "空档有", "断档了"}
)

// gapNoun returns the one count of months the message binds to a gap noun;
// none when there is none or several that differ.
func (x *extractor) gapNoun() (Duration, bool) {
	sc := scanner{s: x.s, cur: x.cur}
	sc.run()
	var found *Duration
	for i := 0; i < sc.n; i++ {
		q := sc.items[i]
		if q.kind == qSince {
			continue
		}
		after := strings.TrimLeft(x.s[q.end:], " -'’")
		after = strings.TrimPrefix(after, "s ") // "2 months' gap" folded
		before := strings.TrimRight(x.s[:q.start], " ")
		before = strings.TrimSuffix(before, "about")
		before = strings.TrimRight(before, " ")
		bound := false
		for _, w := range gapNounAfter {
			if strings.HasPrefix(after, w) && (len(after) == len(w) || !isLetter(after[len(w)])) {
				bound = true
			}
		}
		for _, w := range gapNounBefore {
			if strings.HasSuffix(before, w) {
				bound = true
			}
		}
		if !bound || !countOfMonths(x.s[q.start:q.end]) && !q.hasYears {
			continue
		}
		d, ok := q.duration()
		if !ok || d.Since != nil {
			continue
		}
		if found != nil && found.Months != d.Months {
			return Duration{}, false
		}
		found = &d
	}
	if found == nil {
		return Duration{}, false
	}
	return *found, true
}

// gapByNoun lets the count bound to a gap noun decide the gap when other
// durations were read first, or a first unpaid month was taken from a new
// employer's start ("new company started paying this month, there's a 1
// month gap between").
func (x *extractor) gapByNoun(e *Extracted) {
	d, ok := x.gapNoun()
	if !ok {
		return
	}
	if e.Gap != nil && e.Gap.Since == nil && e.Gap.Months == d.Months {
		return
	}
	if correctionAfterGapNoun(x.s) {
		return
	}
	e.Gap, e.GapConflict, e.GapTooLong = &d, false, false
	x.gapNamed = true
}

// correctionAfterGapNoun: a correction after the noun ("2 month gap, no
// wait, 3 months") leaves the ordinary reading, which takes the last value.
func correctionAfterGapNoun(s string) bool {
	for _, w := range []string{"gap", "空档", "断档", "空窗期"} {
		if i := strings.LastIndex(s, w); i >= 0 && correctionBetween(s, i, len(s)) {
			return true
		}
	}
	return false
}

// ---------------------------------------------------------------------------
// "may" as the month

// mayIsMonth reports "may" in c used as the month: after in, of, since,
// from, by, until, early, late, mid, end of, or before a year or a day
// ("May 2026", "may 3rd").
func mayIsMonth(c string) bool {
	for k := 0; ; {
		j := strings.Index(c[k:], "may")
		if j < 0 {
			return false
		}
		i := k + j
		k = i + 3
		if i > 0 && isLetter(c[i-1]) || k < len(c) && isLetter(c[k]) {
			continue
		}
		w, _ := prevWord(c, i)
		switch w {
		case "in", "of", "since", "from", "by", "until", "till", "early", "late", "mid", "last", "this", "before", "after":
			return true
		}
		rest := strings.TrimLeft(c[k:], " ")
		if len(rest) > 0 && isDigit(rest[0]) {
			return true
		}
	}
}

// yearAfterMonth reads a four-digit year right after an English month name
// in c ("may 2026"); 0 when there is none.
func yearAfterMonth(c, month string) int {
	i := strings.Index(c, month)
	if i < 0 {
		return 0
	}
	rest := strings.TrimLeft(c[i+len(month):], " ,")
	if len(rest) >= 4 && rest[:2] == "20" && isDigit(rest[2]) && isDigit(rest[3]) && (len(rest) == 4 || !isDigit(rest[4])) {
		return int(rest[0]-'0')*1000 + int(rest[1]-'0')*100 + int(rest[2]-'0')*10 + int(rest[3]-'0')
	}
	return 0
}

// ---------------------------------------------------------------------------
// Brand names that hold a place's short name

// placeBrands are company names whose characters name a place that is not
// where the person is: 京东 (京 = Beijing), 苏宁 (苏 = Jiangsu), 京东方,
// 浙商, 粤海, 沪上阿姨 told as an employer, not a place.
var placeBrands = []string{"京东方", "京东", "苏宁", "浙商", "粤海", "沪上阿姨", "闽东", "京津冀"}

// stripBrands blanks the brand names of s.
func stripBrands(s string) string {
	for _, b := range placeBrands {
		if b == "京津冀" {
			continue // a place, kept
		}
		if strings.Contains(s, b) {
			s = strings.ReplaceAll(s, b, ",")
		}
	}
	return s
}

// ---------------------------------------------------------------------------
// An employer gone, in English words the status lists lack

var (
	// The people in charge, then gone: "the owner is gone", "the founders
	// vanished", "boss has run off".
	enBossNouns = []string{"owner", "owners", "founder", "founders", "boss", "bosses", "manager", "management", "ceo", "director",
		"landlord", "proprietor"}
	enGoneAfterBoss = []string{"is gone", "are gone", "has gone", "have gone", "just gone", "vanished", "disappeared", "ran off",
		"ran away", "run off", "run away", "fled", "took off", "skipped", "went missing", "is missing", "are missing",
		"cant be reached", "can't be reached", "cannot be reached", "unreachable", "left the country", "not answering",
		"doesnt answer", "doesn't answer", "wont answer", "won't answer", "nowhere to be found"}
	// A place emptied: "office emptied", "factory empty".
	enEmptied = []string{"office emptied", "office is empty", "office empty", "emptied out", "cleaned out", "factory empty",
		"shop empty", "place is empty", "nobody there", "no one there", "nobody answers"}
	// The workplace, by the kind of business: "the restaurant closed
	// down", "the startup is gone".
	enWorkplaces = []string{"restaurant", "shop", "store", "startup", "start-up", "studio", "agency", "hotel", "salon", "cafe",
		"bar", "business", "workshop", "clinic", "gym", "office", "factory", "company", "employer", "firm", "outlet", "kitchen"}
	enWorkplaceGone = []string{"closed down", "shut down", "is gone", "just gone", "went under", "folded", "closed its doors",
		"went out of business", "is closed", "closed suddenly", "shut suddenly"}
)

// enUnitGone returns the status English words tell of an employer gone:
// absconded when the people in charge are gone or the place emptied,
// closed when the workplace closed; "" when none.
func enUnitGone(s string) rules.UnitStatus {
	near := func(nouns, gone []string, span int) bool {
		for _, n := range nouns {
			for k := 0; ; {
				j := strings.Index(s[k:], n)
				if j < 0 {
					break
				}
				i := k + j
				k = i + len(n)
				if i > 0 && isLetter(s[i-1]) || k < len(s) && isLetter(s[k]) {
					continue
				}
				after := s[k:min(len(s), k+span)]
				for _, g := range gone {
					if at := strings.Index(after, g); at >= 0 && !hasAny(after[:at], []string{"not ", "never ", "n't ", "nt ", "if ", "?"}) &&
						!strings.Contains(after[:at], ".") && !strings.Contains(after[:at], ",") {
						return true
					}
				}
			}
		}
		return false
	}
	switch {
	case near(enBossNouns, enGoneAfterBoss, 30) || hasAny(s, enEmptied):
		return rules.UnitAbsconded
	case near(enWorkplaces, enWorkplaceGone, 40):
		return rules.UnitClosed
	}
	return ""
}

// enEmployerGone reads an employer gone told in English with no status
// read yet: the employer owed the months (arrears), the person was in the
// employee scheme through it.
func (x *extractor) enEmployerGone(e *Extracted) {
	if e.UnitStatus == rules.UnitClosed && e.Reason == rules.ReasonArrears && enUnitGone(x.s) == rules.UnitAbsconded {
		// "the studio shut down and the director is unreachable": the
		// people gone as well, as in Chinese (unitGone17f).
		e.UnitStatus = rules.UnitAbsconded
		return
	}
	if e.UnitStatus != "" || e.Payer == rules.PayerIndividual || e.Scheme == rules.SchemeResident {
		return
	}
	if e.Reason != "" && e.Reason != rules.ReasonArrears {
		return
	}
	st := enUnitGone(x.s)
	if st == "" {
		return
	}
	e.UnitStatus = st
	if e.Reason == "" {
		e.Reason = rules.ReasonArrears
	}
	if e.Payer == "" {
		e.Payer = rules.PayerUnit
	}
	if e.Scheme == "" {
		e.Scheme = rules.SchemeEmployee
	}
}

// ---------------------------------------------------------------------------
// Years paid, then retirement age reached

// paidThenReached: "医保交了14年 到退休年龄了": the years were paid, and the
// age is reached; the count is no time still to go to retirement.
func paidThenReached(before, after string) bool {
	b := strings.TrimRight(before, " ")
	if _, ok := hasSuffixAny(b, []string{"缴了", "缴", "缴费", "缴满", "缴够", "缴过", "共缴", "一共缴了", "总共缴了", "缴满了", "缴够了"}); !ok {
		return false
	}
	a := strings.TrimLeft(after, " ,")
	a = strings.TrimPrefix(a, "了")
	a = strings.TrimLeft(a, " ,")
	return hasPrefixAny(a, []string{"到退休年龄", "到退休年纪", "到退休岁数", "到了退休", "已经到退休", "现在到退休", "刚到退休"}) &&
		!hasPrefixAny(a, []string{"到退休还"})
}

func (x *extractor) round16a(e *Extracted) {
	x.gapByNoun(e)
	x.workedIsGap(e)
	x.enEmployerGone(e)
	x.birthNewborn(e)
	x.gigFirstEnrolment(e)
}

// ---------------------------------------------------------------------------
// A birth told in English: "we had twins 10 days ago"

var (
	enHadBaby = []string{"had twins", "had triplets", "had a baby", "had our baby", "had a son", "had a daughter", "had a boy",
		"had a girl", "gave birth", "welcomed twins", "welcomed a baby", "twins were born", "baby was born", "babies were born",
		"son was born", "daughter was born"}
	enRecently = []string{" days ago", " day ago", " weeks ago", " week ago", "last week", "this week", "yesterday", "last month",
		"this month", "just ", "recently", "a few days", "the other day"}
	enLongAgo = []string{" years ago", " year ago", "last year", "year before last"}
)

// enBirthRecent reports a birth told as recent ("we had twins in Guangzhou
// 10 days ago", "my wife gave birth last week", "just had a baby"): the
// child is a newborn.
func enBirthRecent(s string) bool {
	i, w := firstOf(s, enHadBaby)
	if i < 0 {
		return false
	}
	c := clauseAround(s, i)
	if enNegated(s, i, false) || hasAny(c, enLongAgo) || strings.Contains(c, " months ago") {
		return false
	}
	if !hasAny(c, enRecently) {
		return false
	}
	// "ago" or "just" belongs to the birth, not to a gap ("gap 3 weeks
	// ago"): the clause holds the birth word.
	return strings.Contains(c, w)
}

// enBirthLongAgo reports a birth told as a year or more ago ("we had a
// baby 3 years ago", "gave birth last year").
func enBirthLongAgo(s string) bool {
	i, _ := firstOf(s, enHadBaby)
	return i >= 0 && !enNegated(s, i, false) && hasAny(clauseAround(s, i), enLongAgo)
}

// birthNewborn sets a newborn child from a recent birth told in English; a
// newborn with nothing told of work is enrolled in the resident scheme.
func (x *extractor) birthNewborn(e *Extracted) {
	if e.Newborn != nil && *e.Newborn && enBirthLongAgo(x.s) {
		// "we had a baby 3 years ago": the baby is no newborn now.
		b := false
		e.Newborn = &b
		return
	}
	if e.Newborn != nil || !enBirthRecent(x.s) {
		return
	}
	b := true
	e.Newborn, e.Child = &b, true
	if e.Scheme == "" && e.Payer == "" && e.Reason == "" && e.UnitStatus == "" && e.Retirement == "" {
		e.Scheme = rules.SchemeResident
	}
}

// ---------------------------------------------------------------------------
// Platform work, never insured: flexible employment

// gigWork name platform work people do on their own account: ride-hailing,
// food delivery, courier for an app.
var gigWork = []string{"ride-hailing", "ride hailing", "ridehailing", "drive for didi", "didi driver", "drive for an app",
	"drive for a ride", "uber driver", "delivery rider", "food delivery", "delivery driver", "courier for", "deliver food",
	"delivering food", "deliver for", "delivering for", "rider for meituan", "rider for eleme",
	"跑外卖", "送外卖", "外卖骑手", "外卖员", "骑手", "跑滴滴", "开滴滴", "开网约车", "网约车司机", "跑网约车", "跑单", "开快车", "跑货拉拉"}

// gigFirstEnrolment: platform work with no employer named and never
// insured before: the person enrols as a flexible worker, the employee
// scheme paid by themselves (the platform is no employer that paid).
func (x *extractor) gigFirstEnrolment(e *Extracted) {
	if !e.FirstEnrolment || e.Payer != "" || e.Scheme == rules.SchemeResident || e.Child || e.Student || !hasAny(x.s, gigWork) ||
		hasAny(x.s, zhUnit) || hasAny(x.s, enUnit) || hasAny(x.s, []string{"居民", "resident"}) {
		return
	}
	e.Payer = rules.PayerIndividual
	if e.Scheme == "" {
		e.Scheme = rules.SchemeEmployee
	}
}

// ---------------------------------------------------------------------------
// Months worked, never paid, at the gap question

// zhNeverPaidAll say nothing was ever paid in the time worked.
var neverPaidAll = []string{"一直没缴", "一直都没缴", "都没缴", "从没缴", "从来没缴", "一次没缴", "一次都没缴", "一直没有缴", "一直没给缴",
	"一直没办", "从来没办", "never paid", "nothing paid", "not paid once", "never once paid", "none of it paid", "nothing was paid"}

// workedIsGap: at the gap question, a time worked told with nothing ever
// paid ("干了14个月 一直没交") is the gap.
func (x *extractor) workedIsGap(e *Extracted) {
	if x.expecting != rules.FieldGap || e.Gap != nil || e.GapConflict || x.worked == nil || !hasAny(x.s, neverPaidAll) {
		return
	}
	e.Gap = x.worked
	x.gapNamed = true
}

func init() {
	// "3 ge yue", "gongzi" in English sentences (heldout16).
	pinyinPhrasesInEnglish = append(pinyinPhrasesInEnglish, struct{ py, en string }{"ge yue", "months"},
		struct{ py, en string }{"geyue", "months"}, struct{ py, en string }{"gongzi", "salary"})
}
