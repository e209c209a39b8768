package understand

import (
	"strings"
	"unicode/utf8"
)

// Round 23d readings (issue 17), kept apart to ease merging:
//
//   - Treatments named by what is done ("要做白内障", "割阑尾", "放支架",
//     "cataract surgery"): a day beside them is a treatment day, as beside
//     手术 (h19: "2027年1月20号要做白内障").
//   - A month that dates a back-payment ("今年6月份我自己把那六个月都补交
//     了", "8月我已经补缴了") is when the gap was paid back, never the
//     gap's first unpaid month.
//   - A past visit told with 过 or in English words the readings lacked
//     ("9月20号去看过病", "went to the ER on may 10"): the day is read,
//     this year's, and judged (audit round 23, R23-M4).
//   - Paying back told as what one means to do ("我现在补上去会不会影响报
//     销", "打算这周补上"), with no 了 after it, is no back-payment.

// zhTreatWords23d and enTreatWords23d are treatments named by what is done.
var (
	zhTreatWords23d = []string{"白内障", "割阑尾", "阑尾手术", "切阑尾", "碎石", "取石", "胆结石", "肾结石", "放支架", "装支架",
		"做支架", "心脏支架", "搭桥", "切息肉", "割息肉", "做息肉", "关节置换", "换关节", "换膝盖", "放疗", "做介入", "做b超", "b超",
		"打点滴", "挂水", "输液", "做康复", "做治疗",
		// Told as done with 过 (R23-M4c: "9月20号去看过病").
		"看过病", "去过医院", "住过院", "看过急诊", "看过医生", "看过门诊", "做过手术", "开过刀", "就过医",
		"拔牙", "补牙", "种牙", "看牙", "根管", "拔智齿"} // read31b: dental work
	enTreatWords23d = []string{"cataract", "tooth pulled", "tooth extraction", "wisdom tooth", "root canal", "dental", "appendectomy", "gallstone", "kidney stone", "stent", "knee replacement",
		"hip replacement", "radiotherapy", "radiation therapy", "physiotherapy",
		// The emergency room (R23-M4a: "went to the ER on may 10").
		"emergency room", "the er", "a&e", "urgent care", "emergency department",
		// A birth told by its day ("she gives birth on jan 15", "baby is due jan 3").
		"gives birth", "due date", "is due on", "baby is due", "baby due"}
	// zhTreatDone23d are the visits told as done with 过.
	zhTreatDone23d = []string{"看过病", "去过医院", "住过院", "看过急诊", "看过医生", "看过门诊", "做过手术", "开过刀", "就过医"}
)

func init() {
	zhTreatDone = append(zhTreatDone, zhTreatDone23d...)
	zhPastTreat = append(zhPastTreat, zhTreatDone23d...)
	zhPastTreatForms = append(zhPastTreatForms, zhTreatDone23d...)
	enTreatNear = append(enTreatNear, "emergency room", "the er", "a&e", "urgent care", "emergency department", "emergency")
	enPastTreat = append(enPastTreat, " i was in ", " went to the ", " was taken to", " ended up in")
}

// spacePunct23d puts a space for each clause mark, so a word told after
// one ("…april or may.was in hospital on may 10") is found with the space
// before it that the readings look for.
func spacePunct23d(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ',' || r == '.' || r == ';' || r == '!' || r == '?' {
			return ' '
		}
		return r
	}, s)
}

// zhGapWords23d are words that tell a gap, not its paying back.
var zhGapWords23d = []string{"断", "没缴", "未缴", "停", "开始", "起", "欠", "没有缴", "漏缴", "失败"}

// sincePaidBack23d reports a month item that dates a back-payment: the
// same clause goes on, within a few words and no gap word, to a word of
// paying back done ("6月份我自己把那六个月都补缴了", "in june i paid them
// all back").
func (x *extractor) sincePaidBack23d(q qty) bool {
	rest := x.s[q.end:]
	if k := strings.IndexAny(rest, ",.;!?，。；"); k >= 0 {
		rest = rest[:k]
	}
	if strings.HasSuffix(x.s[:q.start], "从") || strings.HasSuffix(strings.TrimRight(x.s[:q.start], " "), "since") {
		return false
	}
	if gapBefore23d(x.s[:q.start]) {
		return false // "missed july and august but settled it in september": july is owed
	}
	i, w := firstOf(rest, zhPaidBack)
	if i >= 0 {
		between := rest[:i]
		if utf8.RuneCountInString(between) > 14 || hasAny(between, zhGapWords23d) || hasAny(between, zhPaidBackNot) {
			return false
		}
		if plannedPayBack23d(rest, i, w) || payBackPromised(rest, i) || asksPaidBack(rest[i:]) {
			return false
		}
		return true
	}
	i, _ = firstOf(rest, enPaidBack)
	if i < 0 || len(rest[:i]) > 40 {
		return false
	}
	between := rest[:i]
	return !hasAny(between, []string{"stop", "miss", "unpaid", "didnt", "didn't", "not ", "owe", "since", "from"}) &&
		!hasAny(rest, enPaidBackNot)
}

// plannedPayBack23d reports a paying back at s[i:] (the word w) told as
// meant, not done: "补上去" with no 了 after it ("我现在补上去会不会…"),
// or "现在/马上/打算/准备 补上" with no 了.
func plannedPayBack23d(s string, i int, w string) bool {
	if strings.HasSuffix(w, "了") {
		return false
	}
	after := s[i+len(w):]
	if strings.HasPrefix(after, "了") || strings.HasPrefix(after, "去了") || strings.HasPrefix(after, "来了") {
		return false
	}
	if strings.HasPrefix(after, "去") || strings.HasPrefix(after, "的话") {
		return true
	}
	before := strings.TrimRight(s[:i], " ")
	for _, p := range []string{"现在", "马上", "打算", "准备", "这就", "过两天", "明天", "下个月", "下周", "到时候", "再", "先"} {
		if strings.HasSuffix(before, p) || strings.HasSuffix(before, p+"都") || strings.HasSuffix(before, p+"全") {
			return true
		}
	}
	return false
}

// mayListed23d reports the "may" at c[i:k] listed with another month
// name ("april or may", "april and may", "may and june", "april to may"):
// a month, not the verb (R23-M4a: "didn't pay april or may" is two
// months).
func mayListed23d(c string, i, k int) bool {
	joins := map[string]bool{"or": true, "and": true, "to": true, "through": true, "thru": true, "nor": true}
	if w, at := prevWord(c, i); joins[w] {
		if m, _ := prevWord(c, at); m != "may" && enMonths[m] > 0 {
			return true
		}
	}
	rest := strings.TrimLeft(c[k:], " ,")
	for j := range joins {
		if r, ok := strings.CutPrefix(rest, j+" "); ok {
			f := strings.FieldsFunc(r, func(r rune) bool { return !isLetter(byte(r)) })
			if len(f) > 0 && f[0] != "may" && enMonths[f[0]] > 0 {
				return true
			}
		}
	}
	return false
}

// mayMonth23d reports the "may" at s[i:end] as the month: listed with
// another month, or "end of may", "beginning of may".
func mayMonth23d(s string, i, end int) bool {
	if mayListed23d(s, i, end) {
		return true
	}
	if w, at := prevWord(s, i); w == "of" && !strings.Contains(s[:i], "may ") {
		switch p, _ := prevWord(s, at); p {
		case "end", "beginning", "start", "middle", "half":
			return true
		}
	}
	return false
}

// gapBefore23d reports a word of a gap earlier in the clause that ends
// at a month ("the company missed july and august but settled it…",
// "公司欠了7月8月 9月补齐了": a gap word just before it): the month is
// one owed, whatever follows.
func gapBefore23d(before string) bool {
	if k := strings.LastIndexAny(before, ",.;!?，。；"); k >= 0 {
		before = before[k+1:]
	}
	if hasAny(before, []string{"miss", "skip", "unpaid", "n't pay", "nt pay", "not pay", "no pay", "owe", "stopped", "behind on"}) {
		return true
	}
	before = strings.TrimSuffix(strings.TrimRight(before, " "), "了")
	for _, w := range []string{"欠", "没交", "没缴", "未缴", "漏缴", "漏交", "断", "停"} {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}
