package understand

import (
	"regexp"
	"strconv"
	"strings"

	"bujiao/rules"
)

// fix47b (heldout32's partly answered residents: dialects, plain English
// arrears).

// concessive47b: an A-not-A (or A-没-A, A-唔-A) followed at once by 就,
// 都 or 也 is a concession told as a fact, not a question: Henan "老板中
// 不中就跑了" (just like that, the boss ran), "行不行都得交", "同不同意都
// 扣了", "说没说就走了", "理唔理都停咗". i is the index of the middle rune.
func concessive47b(rs []rune, i int) bool {
	if i < 1 || i+2 >= len(rs) || rs[i-1] != rs[i+1] {
		return false
	}
	if rs[i] != '不' && rs[i] != '没' && rs[i] != '唔' {
		return false
	}
	switch rs[i+2] {
	case '就', '都', '也':
		return true
	}
	return false
}

// A job left "last month" (or in a named month) and a count of months
// broken one more than the months since then (heldout32 h32-left-sh-plain:
// "我上个月辞职了，现在没上班，医保断了2个月"): the leaving month is read as
// the first unpaid one, the count says the person counts this month too
// (or the employer stopped a month early). The count is the person's own
// word for the gap, and the longer of the two: it is taken, never fewer
// months. Any other disagreement stays a conflict and is asked.

var (
	leftWhen47b = regexp.MustCompile(`(上上个月|上个月|上月|(?:[1-9]|1[0-2])月份?|(?:十[一二]?|[一二三四五六七八九])月份?)(?:底|初|中旬|中|末)?(?:刚|才|就|已经|的时候)?(?:辞职|离职|辞工|辞的职|离的职|被辞退|被裁|被开除|走的|从公司出来)`)
	gapCount47b = regexp.MustCompile(`(?:断了|断缴了?|停了|停缴了?|没交了?|没缴了?|没有交了?|断交了?)\s*(\d+|[一二两三四五六七八九十]+)\s*个?多?月`)
)

// leftCount47b settles that conflict; e is the late reading's facts.
func (x *extractor) leftCount47b(e *Extracted) {
	if !e.GapConflict || e.Gap != nil || e.Reason != rules.ReasonLeftJob && e.Reason != rules.ReasonJobChange || x.today.IsZero() {
		return
	}
	lw := leftWhen47b.FindAllStringSubmatch(x.s, -1)
	gc := gapCount47b.FindAllStringSubmatch(x.s, -1)
	if len(lw) != 1 || len(gc) != 1 {
		return
	}
	m := 0
	switch w := strings.TrimSuffix(strings.TrimSuffix(lw[0][1], "份"), "月"); w {
	case "上上个", "上上":
		m = int(x.today.Month) - 2
	case "上个", "上":
		m = int(x.today.Month) - 1
	default:
		v, err := strconv.Atoi(w)
		if err != nil {
			n, ok := HanNumber(w)
			if !ok {
				return
			}
			v = int(n)
		}
		if v < 1 || v > 12 || v >= int(x.today.Month) {
			return // this month, or a month of last year: left to the others
		}
		m = v
	}
	if m < 1 {
		return
	}
	n, err := strconv.Atoi(gc[0][1])
	if err != nil {
		h, ok := HanNumber(gc[0][1])
		if !ok {
			return
		}
		n = int(h)
	}
	if n != int(x.today.Month)-m+1 {
		return
	}
	e.Gap, e.GapConflict = &Duration{Months: n}, false
	x.gapNamed = true
}

// round47b runs fix47b's late readings (called from round25a).
func (x *extractor) round47b(e *Extracted) {
	x.leftCount47b(e)
	x.stillThereArrears47b(e)
}

// An employer's stop told without a verb of owing (heldout32
// h32-wu-sh-arrears "阿拉公司老板讲伊没铜钿，医保停脱三个号头了，人还是天天来上班
// 个", h32-arr-shantou-en "2 months no medical insurance paid by company,
// boss still here"): the unit paid, months are told unpaid, and the unit is
// told still there (the person still goes to work there, the boss is still
// around) or short of money. A unit still there that stopped paying a
// worker still at work owes those months: arrears, the unit trading (short
// of money: hardship). Never with a job left or changed (the reason would
// be set) or the person paying.

var (
	stillWork47b = regexp.MustCompile(`(?:人|我|我们|阿拉|俺|俺们)?(?:还是|还|仍然|照样|照常|依旧)(?:天天|每天|每日|都)?(?:都)?(?:来|去|在)?(?:上班|做工|干活|打工|上工|返工|开工|做事)|still (?:working|going to work|work|at work|come to work|coming to work|on the job)|(?:boss|owner|company|factory|employer) (?:is |still )*(?:still )(?:here|there|around|open|running|operating)|(?:boss|owner) (?:is )?(?:here|around) still`)
	noMoney47b   = regexp.MustCompile(`(?:老板|公司|厂里|厂子|单位|伊|他)(?:讲|说|话|讲伊|说他|讲自己|说自己)?(?:没铜钿|呒没铜钿|没钞票|没钱|没得钱|冇钱|无钱|资金紧张|资金周转不过来|周转不过来|资金链断)|(?:boss|company|employer|owner) (?:says|said|claims|told us) (?:there is |theres |they have |he has |it has )?(?:no money|not enough money|cant afford)`)
)

// stillThereArrears47b reads that stop as the unit's arrears.
func (x *extractor) stillThereArrears47b(e *Extracted) {
	if e.Reason != "" || e.Payer != rules.PayerUnit || e.Gap == nil || e.Student || e.Scheme == rules.SchemeResident {
		return
	}
	s := x.s
	poor := noMoney47b.MatchString(s)
	if !poor && !stillWork47b.MatchString(s) && !bossStillThere(s) {
		return
	}
	if hasAny(s, []string{"辞职", "离职", "辞退", "裁员", "quit", "resign", "laid off", "fired", "left my job", "left the job", "new job", "换工作"}) {
		return
	}
	e.Reason = rules.ReasonArrears
	if e.UnitStatus == "" {
		e.UnitStatus, e.UnitImplied = rules.UnitNormal, true
		if poor {
			e.UnitStatus, e.UnitImplied = rules.UnitHardship, false
		}
	}
}

// Retiring told by an age close at hand (heldout32 h32-son-asks-dad-retire
// "我爸在广州上班 快60了 医保一共交了28年 … 退休以后还用交吗"): "快60了",
// "马上60岁", "明年就60了", "almost 60", "turning 60 next year" — one of the
// statutory ages (60, 55, 50) near — is retiring within about a year, as
// "明年退休" is for retireSoon25c: with years told and a question whether
// they are enough, the question is the years at retirement. Any gap or
// arrears told keeps the person working (retireSoon25c checks that).
var nearAge47b = regexp.MustCompile(`(?:快|快要|马上|马上就|眼看就|就快|明年就|明年|快到|马上到|眼看到)(?:要)?(?:到)?(?:60|六十|55|五十五|50|五十)(?:岁|周岁)?(?:了|啦)?|(?:almost|nearly|about to turn|turning|close to|soon) (?:60|55|50)\b`)

// nearAgeRetire47b reports such an age told, not denied or asked.
func nearAgeRetire47b(s string) bool {
	loc := nearAge47b.FindStringIndex(s)
	if loc == nil {
		return false
	}
	before := s[max(0, loc[0]-6):loc[0]]
	return !strings.Contains(before, "不") && !strings.Contains(before, "没") && !strings.Contains(before, "not")
}
