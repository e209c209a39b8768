package understand

import (
	"regexp"
	"strings"

	"bujiao/rules"
)

// fix33a (heldout27): an employer gone in dialect words ("老板整没影了",
// "老板不说一声就跑了", "厂门都锁了"), asking whether to pay as a flexible
// worker while the employer owes, and a job change whose new employer
// began paying in a named month.

// round33a runs fix33a's late readings (called from round25a).
func (x *extractor) round33a(e *Extracted) {
	x.bossGone33a(e)
	x.askFlexible33a(e)
	x.newJobMonthZh33a(e)
}

// zhGone33a: the boss gone, in words a clause may end with after the boss
// and other words ("老板中不中都不说一声就跑了", "老板整没影了").
var zhGone33a = []string{"跑了", "跑路", "跑掉", "没影了", "没影儿了", "没影啦", "人没了", "找不着人", "找不到人", "找不见人", "人找不着",
	"人找不到", "不见人了", "见不着人", "溜了", "逃了", "失联", "联系不上", "蹽了", "颠儿了", "跑没了"}

// zhLocked33a: the works' gate locked or the unit shut ("厂门都锁了",
// "公司大门锁上了", "厂子关门了").
var zhLocked33a = regexp.MustCompile(`(?:厂门|厂子门|工厂大门|公司大门|公司门|店门|大门)(?:都|也|已经|早就|早)?(?:被)?(?:锁了|锁上了|锁起来了|紧锁|封了|贴了封条|贴封条了)|(?:厂|厂子|工厂|公司|店)(?:都|也|已经|早就|早)?关门了`)

// hedge33a: words that make the going a fear or a question, not a fact.
var hedge33a = []string{"会不会", "要是", "如果", "万一", "怕", "担心", "假如", "会跑", "要跑", "想跑"}

// bossGone33a: a boss word, then within the clause (past manner words
// like "不说一声就") a word of being gone that is not itself negated or
// asked; or the works' gate locked with arrears told. The employer is
// gone: absconded (closed for a gate locked with the boss not named
// gone), never an employer still there to pay.
func (x *extractor) bossGone33a(e *Extracted) {
	if e.UnitStatus != "" && !e.UnitImplied && e.UnitStatus != rules.UnitNormal || e.Payer == rules.PayerIndividual || e.Student {
		return
	}
	s := x.s
	if hasAny(s, hedge33a) || hasAny(s, []string{"老板人在", "老板还在", "老板在呢", "还在正常", "正常上班", "正常营业"}) {
		return
	}
	status := rules.UnitStatus("")
	for _, c := range clauses27a(s) {
		b := firstIndexAny(c, zhBossWords)
		if b < 0 {
			continue
		}
		rest := c[b:]
		g := firstIndexAny(rest, zhGone33a)
		if g < 0 {
			continue
		}
		before := cutRunesBack(rest[:g], 2)
		if hasAny(before, []string{"没", "不", "别", "没有", "不会", "未"}) && !strings.HasSuffix(rest[:g], "就") {
			continue
		}
		after := rest[g:]
		if hasAny(after, []string{"吗", "么", "?", "？", "没有"}) {
			continue
		}
		status = rules.UnitAbsconded
		break
	}
	if status == "" && zhLocked33a.MatchString(s) && !hasAny(s, []string{"没锁", "没关门", "没有关门", "锁了吗", "关门了吗"}) {
		status = rules.UnitClosed
	}
	if status == "" {
		return
	}
	if !hasAny(s, []string{"欠", "没交", "没缴", "没给交", "没给缴", "断了", "停了", "没有交", "没有缴", "医保", "社保"}) {
		return
	}
	if x.residentNamed27a() {
		return
	}
	e.UnitStatus, e.UnitImplied = status, false
	if e.Payer == "" {
		e.Payer = rules.PayerUnit
	}
	if e.Reason == "" {
		e.Reason = rules.ReasonArrears
	}
}

// zhAskFlex33a: asking whether (or how) to pay as a flexible worker
// ("我要不要自己先交灵活就业", "能不能转成灵活就业自己交").
var zhAskFlex33a = regexp.MustCompile(`(?:要不要|用不用|需不需要|该不该|能不能|可不可以|可以不可以|是不是要|是否要|是否|得不得|应不应该)[^,，。?？]{0,8}?(?:灵活就业|个体户|自由职业|以个人身份|个人身份)(?:人员)?(?:的)?(?:身份)?(?:自己|个人)?(?:先)?(?:交|缴|参保|续)?(?:上|着)?`)

// enAskFlex33a: "should I pay as a flexible worker myself".
var enAskFlex33a = regexp.MustCompile(`\b(?:should i|do i need to|do i have to|can i|could i|is it better to|would it be better to)\b[^.?!]{0,40}\b(?:flexible|freelancer|self[- ]employed|as an individual)`)

// askFlexible33a: a person whose employer owes, asking whether to pay as
// a flexible worker, is not one: the payer stays the employer.
func (x *extractor) askFlexible33a(e *Extracted) {
	if e.Payer != rules.PayerIndividual || e.Reason != rules.ReasonArrears {
		return
	}
	s := x.s
	loc := zhAskFlex33a.FindStringIndex(s)
	if loc == nil {
		loc = enAskFlex33a.FindStringIndex(s)
	}
	if loc == nil {
		return
	}
	rest := s[:loc[0]] + " " + s[loc[1]:]
	if hasAny(rest, []string{"灵活就业", "自由职业", "个体", "自己交", "自己缴", "自己在交", "自己一直交", "flexible", "freelanc", "self-employed", "self employed"}) {
		return // a flexible worker told apart from the question
	}
	if !hasAny(rest, zhUnit) && !hasAny(rest, enUnit) {
		return
	}
	e.Payer = rules.PayerUnit
	if e.Scheme == "" {
		e.Scheme = rules.SchemeEmployee
	}
}

// zhNewJobMonth33a: the new employer began paying in a month ("新公司12月
// 才开始交"); zhOldPaidTo33a: the old one paid through a month ("前公司交
// 到9月").
var (
	zhNewJobMonth33a = regexp.MustCompile(`(?:新公司|新单位|新工作|新的公司|新的单位|新东家|新厂|现在的公司|现在这家|后面的公司|下家)[^,，。]{0,6}?(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?(?:才|又|就)?(?:开始|起|重新)?(?:交|缴|给交|给缴|给我交|给我缴|参保|上的)`)
	zhOldPaidTo33a   = regexp.MustCompile(`(?:前公司|之前的公司|以前的公司|原来的公司|老公司|原单位|原公司|前单位|上家|上一家|之前公司|以前公司|前东家)[^,，。]{0,4}?(?:交|缴)(?:到|至)(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月`)
)

// zhCount33a: a count of months told ("断了两个月").
var zhCount33a = regexp.MustCompile(`(1[0-2]|[1-9]|十[一二]?|[一二两三四五六七八九])个月`)

// newJobMonthZh33a: a job change told as the old employer paying through
// a month and the new one beginning in a later one: the gap is the months
// between ("前公司交到9月，新公司12月才开始交" is October and November,
// two). A number of months told that disagrees leaves the reading as it
// was.
func (x *extractor) newJobMonthZh33a(e *Extracted) {
	if e.Reason != rules.ReasonJobChange {
		return
	}
	o := zhOldPaidTo33a.FindStringSubmatch(x.s)
	n := zhNewJobMonth33a.FindStringSubmatch(x.s)
	if o == nil || n == nil {
		return
	}
	last, ok1 := x.zhPastMonth25b(o[1])
	resumed, ok2 := x.zhPastMonth25b(n[1])
	if !ok1 || !ok2 || resumed.Since(last) < 2 || resumed.Since(last) > 12 {
		return
	}
	since := last.Add(1)
	months := resumed.Since(since)
	if c := zhCount33a.FindStringSubmatch(x.s); c != nil && zhMonthNumber24(c[1]) != months {
		return // a count told that disagrees
	}
	if g := e.Gap; g != nil && g.Since != nil && *g.Since != since {
		return
	}
	r := resumed
	e.Gap = &Duration{Months: months, Since: &since}
	e.Resumed, e.GapEnded = &r, true
	e.GapTooLong, e.GapConflict = false, false
}

// zhHomePays33a: the resident scheme kept (or to be paid) in the hometown
// ("老家的居民医保", "想在老家交上", "回老家交新农合").
var (
	zhHomePays33a = []string{"在老家交", "回老家交", "老家交", "在老家缴", "回老家缴", "老家缴", "在老家续", "回老家续", "在老家补", "回老家补",
		"在老家参保", "回老家参保"}
	zhHomeScheme33a = regexp.MustCompile(`老家(?:在|是)?\p{Han}{0,4}?(?:那边|那儿|那里|的)?(?:的)?(?:城乡)?(?:居民医保|居民保险|居民医疗|新农合|农合|农村医保|合作医疗|城乡居民)`)
	zhResident33a   = []string{"居民医保", "居民保险", "居民医疗", "城乡居民", "新农合", "农合", "农村医保", "合作医疗"}
	enHomePays33a   = regexp.MustCompile(`\b(?:hometown|home town|back home|home village|my village)\b[^.?!]{0,40}\bresident|\bresident[^.?!]{0,40}\b(?:hometown|home town|back home|home village)\b`)
)

// hometownPays33a: a person whose resident scheme is the hometown's
// ("在东莞打工…老家的居民医保也断了五年了，现在想在老家交上") is answered
// for the hometown, not where they work. The place named right after 老家
// ("老家江西的新农合") is kept; with none, no place is read and the
// hometown is asked.
func hometownPays33a(s string, regions RegionMatcher) string {
	home := zhHomeScheme33a.MatchString(s) || hasAny(s, zhHomePays33a) && hasAny(s, zhResident33a) || enHomePays33a.MatchString(s)
	if !home {
		return s
	}
	for _, m := range []string{"老家在", "老家是", "老家"} {
		i := strings.Index(s, m)
		if i < 0 {
			continue
		}
		w := cutRunes(s[i+len(m):], 4)
		if id, ok := regions.MatchRegion(w); ok && id != "" {
			return w
		}
	}
	for _, m := range []string{"hometown is ", "hometown in ", "home town is ", "back home in "} {
		if i := strings.Index(s, m); i >= 0 {
			w := s[i+len(m):]
			if len(w) > 20 {
				w = w[:20]
			}
			if _, ok := regions.MatchRegion(w); ok {
				return w
			}
		}
	}
	// No place after 老家: the place of work is blanked; another place
	// told ("俺们是浙江的") still counts, and with none the hometown is
	// asked.
	return enWorkAt33a.ReplaceAllString(zhWorkAt33a.ReplaceAllString(s, " "), " ")
}

// zhWorkAt33a / enWorkAt33a: where the person works ("在东莞打工",
// "working in shenzhen").
var (
	zhWorkAt33a = regexp.MustCompile(`在\p{Han}{1,6}?(?:打工|上班|工作|干活|务工|做工|上工|做事)`)
	enWorkAt33a = regexp.MustCompile(`\b(?:working|work|i work|job|living|live|i live) (?:in|at) [a-z]+(?: [a-z]+)?`)
)
