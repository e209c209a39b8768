package understand

import (
	"strings"

	"bujiao/rules"
)

// Retiring within about a year, with the years paid and a question whether
// they are enough ("湖州 我明年退休 医保交了17年 够不够", "retiring next year
// with 14 years … can i get retiree benefits without paying?"): the question
// is the years at retirement, as for "快退休" (zhAtAge), never a gap that is
// not there (audit round 24, R24-M5: "无需补缴" with the years unused).
// Retiring in some years ("过几年退休", "后年退休") stays working: the years
// still to come are unknown.
var (
	lRetireWithinYear = newList([]string{"明年就退休", "明年退休", "明年要退休", "明年就要退休", "明年该退休", "明年到点退休",
		"年底退休", "年底就退休", "年底要退休", "下个月退休", "下个月就退休", "下半年退休", "下半年就退休", "今年底退休",
		"明年上半年退休", "明年下半年退休", "明年初退休", "明年年初退休"},
		[]string{"retire next year", "retiring next year", "retires next year", "retire later this year",
			"retiring later this year", "retire next month", "retiring next month", "retire early next year",
			"retiring early next year", "due to retire next year", "retire at the end of this year"})
	// Asking whether the years are enough, or whether anything is still to
	// pay at retirement.
	lYearsEnoughAsk = newList([]string{"够不够", "够吗", "够了吗", "够没够", "够不", "不够", "够年限", "还要交", "还要补", "还用交",
		"要不要补", "要补多少", "还差", "差几年", "差多少", "能不能不交", "可以不交", "不用交了吗", "免交", "退休后还"},
		[]string{"enough", "without paying", "short of", "years short", "pay after retir*", "keep paying after",
			"stop paying", "need to pay more", "have to pay more", "pay the rest", "required years", "retiree benefits",
			"retirement benefits", "free after", "how many years"})
)

// retireSoon25c is called from extract() after the other readings.
func (x *extractor) retireSoon25c(e *Extracted) {
	// "还在上班", "i'm still working": working, with no word of age or
	// retiring; someone at retirement age not yet drawing benefits may be
	// working too, so it does not contradict that.
	e.StillWorking = e.Retirement == rules.RetirementWorking &&
		!hasAny(x.s, []string{"退休", "岁", "年龄", "年纪", "retir", " age", "years old", "pension"})
	if e.Retirement != rules.RetirementWorking && e.Retirement != "" || e.YearsPaid == nil || e.Gap != nil || e.GapConflict {
		return
	}
	if x.findPlain(lRetireWithinYear, []string{"不是", "不", "没"}) < 0 && !nearAgeRetire47b(x.s) || !x.has(lYearsEnoughAsk) { // read47b.go
		return
	}
	plain := strings.NewReplacer("没断", "", "没有断", "", "不断", "", "未断", "").Replace(x.s)
	if strings.Contains(plain, "断") || x.has(lUnitMissed) {
		// A gap or arrears told as well: that is the question.
		return
	}
	e.Retirement = rules.RetirementAtAge
}

// retireSoonStated25c: the question of whether the years are enough is
// often its own clause ("…with 14 years. can i get retiree benefits without
// paying?"), so the stated facts, read without it, kept "working". The
// whole message read at retirement age gives the stated facts the same.
func retireSoonStated25c(a *Analysis, s string) {
	lapseStated31a(a, s)    // read31a.go
	gapEndedStated33b(a, s) // read33b.go
	if !a.Asks || a.Extracted.Retirement != rules.RetirementAtAge || a.Stated.Retirement == rules.RetirementAtAge ||
		a.Stated.Retirement == rules.RetirementRetired ||
		a.Stated.YearsPaid == nil || a.Stated.Gap != nil {
		return
	}
	var x extractor
	x.init(s, rules.Date{}, "")
	if x.findPlain(lRetireWithinYear, []string{"不是", "不", "没"}) >= 0 || nearAgeRetire47b(x.s) {
		a.Stated.Retirement = rules.RetirementAtAge
	}
}
