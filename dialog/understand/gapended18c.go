package understand

import (
	"strings"
	"unicode/utf8"
)

// More ways to say the gap is over (audit round 7 R9-W1, R7-M5″):
// "后来自己又在交了" after an ended unemployment benefit, "现在新单位在交了".
// 交 is already 缴 here.
var lGapEndedMore = newList([]string{"又在缴", "自己又缴", "现在新单位在缴", "新单位已经在缴", "新单位开始缴了", "新单位缴上了", "现在新公司在缴", "新公司开始缴了",
	// "现在都正常交着" (stop 31: a move told as done, the gap read as open).
	"现在都正常缴", "现在都在缴", "现在都按时缴", "现在也正常缴", "现在都有缴", "现在都缴上了"},
	[]string{"paying again", "new employer pays", "new employer is paying", "new employer has been paying",
		"new employer started paying", "new company pays", "new company is paying"})

// "skip" typed at a question acts as the skip button (audit round 7 §5
// note n1″): it is the button's own word.
func init() {
	for _, w := range []string{"skip", "skip it", "skip this"} {
		first, _, _ := strings.Cut(w, " ")
		enDict[first] = append(enDict[first], dictEntry{w, lDontKnow})
	}
	for _, w := range []string{"跳过"} {
		r, _ := utf8.DecodeRuneInString(w)
		zhDict[r] = append(zhDict[r], dictEntry{w, lDontKnow})
	}
}

// "I already paid the missed months back last month": one's own gap paid
// back, read as paidback.go reads "上个月已经补齐了" (audit round 7 R7-M5″).
func init() {
	enPaidBack = append(enPaidBack, "paid the missed months back", "paid back the missed months", "paid the missing months",
		"paid the gap back", "paid back the gap")
	// "new employer pays since November": the month paying resumed.
	enResumedSelf = append(enResumedSelf, "new employer pays since", "new employer has paid since", "new employer paying since",
		"new employer has been paying since", "new company pays since")
}
