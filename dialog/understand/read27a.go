package understand

import (
	"regexp"
	"strings"

	"bujiao/rules"
)

// fix27a (heldout23): an employer gone told in longer clauses, a job left
// "worked there till summer, then stopped", a job change with a month
// "between" not working, and the enrolment window told as "not the time
// to pay".

// round27a runs fix27a's late readings (called from round25a).
func (x *extractor) round27a(e *Extracted) {
	x.bossFled27a(e)
	x.namedUnitGone27a(e)
	x.workedUntilStopped27a(e)
	x.changeWithPause27a(e)
	x.notPayTime27a(e)
}

// zhBossFled27a: the boss fled, said at the end of a clause that names
// the boss first ("老板欠了工人工资和社保跑掉了").
var zhBossFled27a = []string{"跑掉了", "跑了", "跑路", "逃了", "逃走", "逃跑", "逃掉", "溜了", "溜掉", "溜走", "潜逃", "失踪", "失联", "玩消失", "卷款",
	"跑到外地", "跑到国外", "跑回老家", "跑去外地", "跑没影", "跑得不见"}

// clauses27a splits a text at punctuation and spaces.
func clauses27a(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(",，。.;；!！?？ 、", r) })
}

// bossFled27a: a clause with the boss, then (past other words) a word of
// fleeing, not negated, asked or reported, is the boss gone: absconded.
func (x *extractor) bossFled27a(e *Extracted) {
	if e.UnitStatus.Gone() && !e.UnitImplied || e.UnitStatus != "" && !e.UnitImplied && e.UnitStatus != rules.UnitNormal {
		return
	}
	for _, c := range clauses27a(x.s) {
		b := firstIndexAny(c, zhBossWords)
		if b < 0 {
			continue
		}
		rest := c[b:]
		g := firstIndexAny(rest, zhBossFled27a)
		if g < 0 {
			continue
		}
		mid := rest[:g]
		if hasAny(mid, []string{"没", "不", "别", "会", "怕", "要是", "如果", "万一", "说", "想"}) || hasAny(rest[g:], []string{"吗", "么", "?", "没有"}) {
			continue
		}
		e.UnitStatus, e.UnitImplied = rules.UnitAbsconded, false
		if e.Payer == "" {
			e.Payer = rules.PayerUnit
		}
		if e.Reason == "" {
			e.Reason = rules.ReasonArrears
		}
		if e.Scheme == rules.SchemeResident && !x.residentNamed27a() {
			e.Scheme = ""
		}
		return
	}
}

// zhUnitGone27a: a named works ("五金厂", "鞋厂", "服装厂") then its end.
var zhUnitGone27a = regexp.MustCompile(`[\p{Han}]{0,4}(?:厂|厂子|工厂)(?:已经|也|都|早就|早)?(?:被)?(注销|倒闭|关门|关了|黄了|垮了|停产|停业|歇业|解散|破产|跑路)`)

// namedUnitGone27a: a works named with its closing ("南海那边的五金厂注销
// 了 欠我们医保两个月没交") is the employer, gone; "我现在没工作" then
// is the person out of work, not a resident-scheme member.
func (x *extractor) namedUnitGone27a(e *Extracted) {
	if e.UnitStatus != "" && !e.UnitImplied || e.Payer == rules.PayerIndividual || e.Student {
		return
	}
	s := x.s
	m := zhUnitGone27a.FindStringSubmatch(s)
	if m == nil || hasAny(s, []string{"不是厂", "没倒闭", "没关门", "没注销", "没破产", "会不会", "要是", "如果", "万一"}) {
		return
	}
	if !hasAny(s, []string{"欠", "没交", "没缴", "没给交", "没给缴", "断了", "停了", "没有交", "没有缴"}) {
		return
	}
	if x.residentNamed27a() {
		return
	}
	switch m[1] {
	case "破产":
		e.UnitStatus = rules.UnitBankrupt
	case "跑路":
		e.UnitStatus = rules.UnitAbsconded
	default:
		e.UnitStatus = rules.UnitClosed
	}
	e.UnitImplied = false
	e.Payer = rules.PayerUnit
	if e.Reason == "" || e.Reason == rules.ReasonLeftJob && !hasAny(s, []string{"离职", "辞职", "辞工"}) {
		e.Reason = rules.ReasonArrears
	}
	if e.Scheme == rules.SchemeResident {
		e.Scheme = ""
	}
}

// residentNamed27a: the resident scheme named in words.
func (x *extractor) residentNamed27a() bool {
	return hasAny(x.s, []string{"居民", "城乡", "新农合", "农合", "学生医保", "少儿医保", "resident"})
}

// zhWorkedUntil27a: worked somewhere till a time, then stopped ("做到今年
// 夏天就不做了", "干到6月份就没干了").
var zhWorkedUntil27a = regexp.MustCompile(`(?:做|干|上班|打工)到[^,，。;；]{1,10}?(?:就|便)?(?:不做|不干|没做|没干|没再做|没再干|不上班|没上班|走)了`)

// workedUntilStopped27a: a former employer ("上个单位", "原来那个厂")
// worked at till a time, then stopped, is a job left, not an employer
// owing now. The person's own "没交" after it is their gap.
func (x *extractor) workedUntilStopped27a(e *Extracted) {
	s := x.s
	m := zhWorkedUntil27a.FindStringIndex(s)
	// Retiring, or a plan ("打算做到年底就不做了"), is no job left.
	if m == nil || strings.Contains(s[m[0]:m[1]], "退休") || hasAny(cutRunesBack27a(s[:m[0]], 4), []string{"打算", "准备", "计划", "想", "要", "可能"}) {
		return
	}
	if e.Reason == rules.ReasonLeftJob || e.Reason == rules.ReasonJobChange ||
		e.Reason == rules.ReasonUnemployment || e.Payer == rules.PayerIndividual && !strings.Contains(s, "单位") {
		return
	}
	if e.UnitStatus.Gone() && !e.UnitImplied || hasAny(s, r17aZhOwed) || hasAny(s, r17aZhNewJob) || x.residentNamed27a() {
		return
	}
	if !(hasAny(s, r17aZhFormerEmployer) || formerPrefix(s) || hasAny(s, []string{"上个单位", "上一个单位", "上一家", "上家", "原来那个", "之前那个", "以前那个", "那个单位", "那家"})) {
		return
	}
	e.Payer, e.Reason, e.UnitStatus, e.UnitImplied = rules.PayerUnit, rules.ReasonLeftJob, "", false
}

// zhPause27a: not working named as the time between jobs ("中间没上班一个
// 月", "期间有两个月没工作").
var zhPause27a = regexp.MustCompile(`(?:中间|之间|期间|当中|空档)[^,，。;；]{0,6}?(?:没上班|没有上班|没工作|没有工作|待业|没找到工作)`)

// changeWithPause27a: a job change ("换了工作 … 现在在上海新公司") with
// a pause between the jobs is a job change, not a job left.
func (x *extractor) changeWithPause27a(e *Extracted) {
	if e.Reason != rules.ReasonLeftJob {
		return
	}
	s := x.s
	if !zhPause27a.MatchString(s) {
		return
	}
	rest := zhPause27a.ReplaceAllString(s, ",")
	if hasAny(rest, r17aZhNoNewJob) || !hasAny(rest, []string{"换了工作", "换工作", "换了个工作", "跳槽", "换了公司", "换了单位", "新公司", "新单位", "新工作", "新东家"}) {
		return
	}
	e.Reason = rules.ReasonJobChange
}

// zhNotPayTime27a: "现在又不是交钱的时候", "还没到缴费的时间": not the
// enrolment window.
var zhNotPayTime27a = regexp.MustCompile(`(?:不是|没到|不到|过了)(?:交钱|交费|缴费|缴钱|交医保|缴医保|交保费|收钱|收费)的?(?:时候|时间|日子|月份)`)

// notPayTime27a reads the window closed when told as not the time to pay.
func (x *extractor) notPayTime27a(e *Extracted) {
	if e.InWindow != nil {
		return
	}
	s := x.s
	for _, m := range zhNotPayTime27a.FindAllStringIndex(s, -1) {
		// Asked, not told: "是不是不到交钱的时候", "不是交费的时候吗".
		after := cutRunes(s[m[1]:], 1)
		if hasAny(after, []string{"吗", "么", "呢", "?", "？", "嘛"}) || strings.HasSuffix(s[:m[0]], "是") ||
			hasAny(cutRunesBack27a(s[:m[0]], 4), []string{"是不是", "是否", "会不会", "如果", "要是"}) {
			continue
		}
		f := false
		e.InWindow = &f
		return
	}
}

// cutRunesBack27a returns the last n runes of s.
func cutRunesBack27a(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		r = r[len(r)-n:]
	}
	return string(r)
}
