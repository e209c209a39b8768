package understand

import "strings"

// The month of an employer's end is not the first unpaid month (audit
// round 17 R17-M3). "boss ran away last month", "公司十月倒闭了", "my boss
// vanished in october" date the event: the contributions usually stopped
// before it, and the day a treatment is covered turns on which month the
// first unpaid one was. So such a month is no gap unless the person ties
// the gap to it ("上个月关门了 医保也停了", "boss ran off last month and
// stopped paying", "… 之后就没缴了", "… haven't paid since"); the gap is
// asked instead. At the gap question itself the month stays the answer
// given (sift keeps it weak).

// zhUnitEnd: an employer ending, in the words near a month.
var zhUnitEnd = []string{"倒闭", "破产", "关门", "关了门", "关张", "注销", "跑路", "停业", "歇业", "解散", "黄了", "垮了", "垮杆", "执笠",
	"清算", "失联", "人间蒸发", "连夜跑", "卷钱跑", "卷款跑", "人去楼空", "走佬", "公司没了", "单位没了", "厂子没了", "厂没了", "公司关了",
	"厂子关了", "厂关了", "店关了"}

// enUnitEnd: the same in English (a word of the employer or its boss is
// needed for the bare verbs: enUnitWho).
var enUnitEnd = []string{"bankrupt", "liquidat", "insolven", "went bust", "gone bust", "went under", "out of business", "shut down",
	"closed down", "folded", "absconded", "skipped town"}

// enUnitGoneVerbs need the employer or its boss in the clause ("the boss
// ran away", "company closed").
var enUnitGoneVerbs = []string{"ran away", "ran off", "run away", "vanished", "disappeared", "fled", "took off", "went missing",
	"is gone", "was gone", "closed", "shut", "left town", "gone missing"}

var enUnitWho = []string{"boss", "owner", "employer", "company", "firm", "factory", "shop", "business", "manager", "store", "restaurant"}

// zhGapTie after the month (in its clause or a later one) ties the gap to
// it: "医保也停了", "之后就没缴了".
var zhGapTie = []string{"也停", "也断", "也没缴", "也没人缴", "就停", "就断", "就没", "开始断", "开始没", "开始停", "起没", "起断", "起停",
	"之后就", "以后就", "从那", "那以后", "那之后", "此后", "跟着停", "跟着断", "一起停", "随后"}

// zhGapBefore right before the month names it as the gap's start
// ("断缴从上个月开始").
var zhGapBefore = []string{"断缴", "断了", "断保", "停缴", "没缴", "未缴", "漏缴", "欠缴"}

// enGapTie in the month's clause ties the gap to it ("ran off last month
// and stopped paying"); enGapBack in a later clause refers back to it.
var enGapTie = []string{"stopped paying", "stop paying", "stopped contributing", "payments stopped", "contributions stopped",
	"insurance stopped", "stopped my", "stopped the", "lapsed", "since then", "ever since", "after that"}

var enGapBack = []string{"since then", "ever since", "after that", "from then", "since", "stopped paying", "stopped contributing"}

// unitEndMonth reports a month named as when the employer ended, with
// nothing tying the gap to it. s is the normalised message; [start, end)
// the month.
func unitEndMonth(s string, start, end int) bool {
	lo := strings.LastIndexByte(s[:start], ',') + 1
	hi := len(s)
	if k := strings.IndexByte(s[end:], ','); k >= 0 {
		hi = end + k
	}
	if s[start] >= 0x80 || start > 0 && s[start-1] >= 0x80 || end < len(s) && s[end] >= 0x80 {
		// Chinese runs on without spaces: a few characters either side.
		before := lastRunes(s[lo:start], 6)
		after := cutRunes(s[end:hi], 8)
		if !(hasAny(before+"|"+after, zhUnitEnd) || bossGone(before+after)) {
			return false
		}
		return !hasAny(before, zhGapBefore) && !hasAny(s[end:], zhGapTie)
	}
	clause := " " + s[lo:hi] + " "
	ended := hasAny(clause, enUnitEnd) || hasAny(clause, enUnitGoneVerbs) && hasAny(clause, enUnitWho)
	if !ended {
		return false
	}
	b := strings.TrimRight(s[lo:start], " ")
	if hasAny(" "+lastRunes(b, 10), []string{" since", " from", " starting", " unpaid", " missed", " lapsed", " stopped"}) {
		return false // "unpaid since last month, when the boss ran off"
	}
	return !hasAny(clause, enGapTie) && !hasAny(s[end:], enGapBack)
}
