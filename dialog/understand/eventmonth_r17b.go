package understand

import (
	"strings"

	"bujiao/rules"
)

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

// An employer said to be still there, taken back from an end told before
// (audit round 17 R17-M4: "sorry no, it's still open, they just haven't
// paid", "说错了 公司还在 只是没交"): trading, so the answer presses the
// employer again.

// zhStillThere: the employer, then "still there".
var zhStillThere = []string{"公司还在", "单位还在", "厂子还在", "厂还在", "工厂还在", "店还在", "公司都还在", "单位都还在", "公司也还在",
	"老板还在", "公司还开着", "厂子还开着", "公司还好好的", "公司好好的", "公司还在开", "厂子还在开"}

// zhThenSaid may follow it: what comes next is another clause ("只是没缴").
var zhThenSaid = []string{"只是", "就是", "但", "可是", "可", "不过", "只", "没缴", "没给", "没有缴", "就没", "也", "而且", "正常",
	"没倒", "没关", "没跑", "没破产", "营业", "经营", "开着", "呢", "的", "啊", "呀", "吧", "哦", "了"}

// zhNotEnded: an end denied ("没倒闭", "老板没跑").
var zhNotEnded = []string{"没倒闭", "没有倒闭", "并没有倒闭", "没关门", "没有关门", "没破产", "没有破产", "没跑路", "没有跑路", "老板没跑",
	"没注销", "没有注销", "没关张", "还没关"}

// enNotEnded: the same in English.
var enNotEnded = []string{"still open", "still in business", "still trading", "still operating", "still running", "hasnt closed",
	"has not closed", "didnt close", "did not close", "never closed", "not closed", "not shut", "hasnt shut", "didnt shut",
	"not bankrupt", "didnt go bankrupt", "hasnt gone bankrupt", "not gone bankrupt", "never went bankrupt", "boss is back",
	"boss came back", "boss is still around", "still exists", "still there"}

// enAboutPay: the message goes on about the employer's payments, or takes
// something back, so "still open" is about the employer.
var enAboutPay = []string{"paid", "pay", "owe", "behind", "arrears", "contribut", "sorry", "actually", "i mean", "wait", "my mistake",
	"wrong", "correction", "no,", "not right", "instead"}

// enWindowWords: "still open" said of the enrolment window, not a business.
var enWindowWords = []string{"window", "enrol", "enroll", "registration", "period", "deadline", "application", "sign up", "signup",
	"office", "hospital", "clinic", "bureau", "counter"}

// unitStillOpen reports an employer said to be still there or not ended.
func unitStillOpen(s string, expecting rules.Field) bool {
	if expecting == rules.FieldInWindow {
		return false
	}
	for _, w := range zhStillThere {
		for from := 0; ; {
			i := strings.Index(s[from:], w)
			if i < 0 {
				break
			}
			end := from + i + len(w)
			from = end
			rest := s[end:]
			if hasPrefixAny(rest, []string{"拖", "欠", "吗", "不"}) || strings.HasPrefix(rest, "?") {
				continue
			}
			if _, neg := hasSuffixAny(s[:end-len(w)], []string{"不知道", "不确定", "如果", "是不是"}); neg {
				continue
			}
			if rest == "" || hasPrefixAny(rest, zhThenSaid) || rest[0] == ',' || rest[0] == ' ' {
				return true
			}
		}
	}
	for _, w := range zhNotEnded {
		if i := strings.Index(s, w); i >= 0 && !hasAny(cutRunes(s[i+len(w):], 3), []string{"吗", "?", "呢"}) {
			return true
		}
	}
	if hasAny(s, enWindowWords) {
		return false
	}
	for _, w := range enNotEnded {
		if i := strings.Index(s, w); i >= 0 && (i == 0 || !isAlnum(s[i-1])) {
			return hasAny(s, enAboutPay) || expecting == rules.FieldUnitStatus || strings.Contains(s, "company") ||
				strings.Contains(s, "employer") || strings.Contains(s, "boss") || strings.Contains(s, "factory")
		}
	}
	return false
}

// enDeniedEnd: an end taken back in English ("not bankrupt", "the boss
// is back"): a correction of an end told before.
var enDeniedEnd = []string{"not bankrupt", "didnt go bankrupt", "hasnt gone bankrupt", "not gone bankrupt", "never went bankrupt",
	"hasnt closed", "has not closed", "didnt close", "did not close", "never closed", "not closed", "didnt shut", "hasnt shut",
	"boss is back", "boss came back", "didnt run", "didnt disappear", "not gone"}

// deniesUnitEnd reports a message taking back an employer's end ("公司没倒
// 闭 就是没缴", "wait, not bankrupt, still in business"): it corrects the
// unit's state, which is replaced without asking which holds.
func deniesUnitEnd(s string) bool {
	for _, w := range zhNotEnded {
		if i := strings.Index(s, w); i >= 0 && !hasAny(cutRunes(s[i+len(w):], 3), []string{"吗", "?", "呢"}) {
			return true
		}
	}
	for _, w := range enDeniedEnd {
		if i := strings.Index(s, w); i >= 0 && (i == 0 || !isAlnum(s[i-1])) && !strings.Contains(s[i:], "?") {
			return true
		}
	}
	return false
}
