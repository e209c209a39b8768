package understand

import (
	"strings"
	"time"

	"bujiao/rules"
)

// An unemployment benefit that has ended (audit round 3 R3-M1):
// "领失业金领到十一月底结束了", "失业金领完了", "my unemployment benefit
// ran out in November". The month is the benefit's last month
// (rules.FieldBenefitEnded); "ended" without a month is reported so the
// chat can ask for it. Kept apart from the general reading: it only looks
// at messages that name the benefit and say it ended.

var (
	benefitWords = []string{"失业金", "失业保险金", "失业救济", "失业补助", "失业待遇",
		"unemployment benefit", "unemployment insurance", "jobseeker", "dole",
		// Audit round 7 R8-W1′: "unemployment pay stopped in October".
		"unemployment pay", "unemployment allowance", "unemployment money", "unemployment check", "unemployment cheque",
		"unemployment payments", "jobless benefit", "jobless pay", "jobless allowance", "on unemployment"}
	// 交 is already 缴 here.
	zhBenefitEnd = []string{"领完", "结束", "到期", "停发", "领到头", "没得领", "发完", "断了", "停了", "停掉", "没了", "用完", "领光",
		// A bureau's text: "已于2026年9月发放完毕", "领取期满".
		"发放完毕", "发放完", "期满", "领取完毕",
		// Audit round 12 R13-W1′: "9月份就不发了", "8月份停的".
		"不发了", "不给了", "停的", "停发的", "不发的", "断的"}
	enBenefitEnd = []string{"ran out", "run out", "runs out", "has ended", "ended", "finished", "stopped", "expired",
		"is over", "was over", "came to an end", "no longer",
		// Audit round 11 R13-W1: "unemployment benefit over in august",
		// "done since september" were read as still drawing.
		"benefit over", "benefits over", "pay over", "allowance over", "money over", "over in", "over since",
		"over by", "over at the end", "over last", "over already", "all over", "benefit done", "benefits done",
		"pay done", "allowance done", "is done", "was done", "done in", "done since", "done by", "done at the end",
		"done last", "all done", "used up", "dried up", "cut off", "ceased", "terminated", "no more",
		// Audit round 12 R13-W1′: "my unemployment money is gone already".
		"is gone", "are gone", "gone already", "already gone", "all gone", "stopped coming", "not coming"}
	// The benefit's end is still ahead: not ended.
	zhBenefitAhead = []string{"还没领完", "没领完", "还没结束", "没结束", "快结束", "快领完", "要结束", "将结束", "还在领", "正在领"}
	// No benefit at all: nothing ended.
	noBenefit = []string{"没领失业", "没有领失业", "不能领失业", "领不了失业", "没资格领", "没有失业金", "没有失业保险金",
		"no unemployment benefit", "not eligible", "never got unemployment", "never received unemployment"}
	enBenefitAhead = []string{"not run out", "not ended", "hasn't ended", "has not ended", "will end", "ends in", "runs out in",
		"still drawing", "still getting", "still receiving", "about to"}
)

// benefitEnded reads whether s says the unemployment benefit ended, and
// its last month when it names one. cur is the current month.
func benefitEnded(s string, cur rules.Month) (*rules.Month, bool) {
	return benefitEndedOn(s, rules.Date{Year: cur.Year, Month: cur.Month, Day: 1})
}

// benefitEndedOn is benefitEnded on the day today: a day named in s that is
// not before today is a treatment day, never the benefit's end (R13-W1″).
func benefitEndedOn(s string, today rules.Date) (*rules.Month, bool) {
	cur := today.MonthOf()
	if !containsAny(s, benefitWords) || containsAny(s, zhBenefitAhead) || containsAny(s, enBenefitAhead) || containsAny(s, noBenefit) {
		return nil, false
	}
	zh := containsAny(s, zhBenefitEnd) || benefitGoneZh(s)
	if !zh && !containsAny(s, enBenefitEnd) {
		if m, ok := benefitUntil(s, cur); ok {
			return m, true
		}
		if benefitPastMonth(s, cur) {
			// "unemployment benefit in august, no payments since": a
			// past month beside the benefit, with no word that it is
			// still being drawn, is not "drawing now" (which would call
			// every day covered, SIL art. 48): it ended, month asked.
			return nil, true
		}
		return nil, false
	}
	past := func(m int) *rules.Month {
		y := cur.Year
		if m > int(cur.Month) {
			y--
		}
		return &rules.Month{Year: y, Month: time.Month(m)}
	}
	switch {
	case strings.Contains(s, "上个月"), strings.Contains(s, "上月"), strings.Contains(s, "last month"):
		m := cur.Add(-1)
		return &m, true
	case strings.Contains(s, "这个月"), strings.Contains(s, "本月"), strings.Contains(s, "this month"):
		return &cur, true
	}
	if zh {
		// "领到十一月底", "到11月", "十一月份结束", "11月领完".
		for k := 0; k < len(s); k++ {
			m, end, ok := monthNumberAt(s, k)
			if !ok || zhMonthIsDay(s, end, m, today) {
				continue
			}
			before := strings.TrimRight(s[:k], " ")
			after := strings.TrimLeft(s[end:], " 底末份")
			// "7月份最后一个月领完", "9月最后一次发": the last month named.
			for _, w := range []string{"最后一个月", "最后一次", "是最后一个月", "就"} {
				after = strings.TrimPrefix(after, w)
			}
			for _, w := range benefitWords {
				// "11月份失业金就结束了"
				if strings.HasPrefix(after, w) {
					after = strings.TrimLeft(after[len(w):], " 就")
					break
				}
			}
			before, y := benefitYearBefore(before, cur)
			if strings.HasSuffix(before, "到") || strings.HasSuffix(before, "至") || hasPrefixAny(after, zhBenefitEnd) || strings.HasPrefix(after, "就") || lastNamedBefore(before) { // benefit_h15.go
				if got := benefitMonthOf(y, m, cur, past); got != nil {
					return got, true
				}
			}
		}
	}
	// "ran out in November", "ended at the end of nov", "until October".
	// A treatment's day or month is skipped (R13-W1″: "not sure when.
	// hospital 15 dec").
	if m := benefitEnMonth(s, cur); m != 0 {
		return past(m), true
	}
	if m, ok := benefitUntil(s, cur); ok {
		return m, true // "领到今年8月，后来断了"
	}
	return nil, true
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
