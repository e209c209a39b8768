package understand

import (
	"strings"

	"bujiao/rules"
)

// Audit round 13 R13-M2 and n31: a resident who says they never missed a
// year ("never missed a year", "每年都交了 一年没断过", "连续交了5年没断",
// "no break ever") was read as one broken year ("a year", "一年") or asked
// how many years they were without cover. They were without cover for
// none: the broken years are 0, and nobody is asked again what they said.
// Only where nothing else in the message tells a break ("断了两年 之前每年
// 都交了" keeps its two years).

var (
	// Said of the resident scheme: no year missed. 交 is already 缴 here.
	zhNeverMissedYear = []string{"一年没断过", "一年都没断过", "一年都没断", "一年也没断", "一年没断", "没断过一年",
		"每年都缴了", "每年都缴", "年年都缴了", "年年都缴", "每年都按时缴", "年年按时缴", "每年都有缴", "一直都缴", "一直在缴",
		"从没断过", "从来没断过", "从没断", "从来没断", "没断过", "没有断过", "一直没断过", "一直没断", "一年没落下", "一年没漏",
		"没漏过", "没落下过"}
	// Bare, said of the resident scheme only ("社保没断" of another scheme
	// may be about something else).
	zhNeverBrokeBare  = []string{"没断", "没有断"}
	enNeverMissedYear = []string{"never missed a year", "never missed one year", "never missed any year", "never missed a single year",
		"never missed a payment", "never missed", "paid every single year", "paid every year", "paid each year", "paid it every year",
		"every year paid", "no break ever", "never a break", "never had a break", "never had a gap", "no gap ever", "never broke",
		"never lapsed", "never skipped", "always paid", "paid continuously", "continuously paid", "without a break",
		"without any break", "no break", "no gaps", "no gap"}
	// A break told elsewhere in the message (once the phrases above are
	// taken out).
	residentBreakWords = []string{"断了", "断缴", "断保", "没缴", "没有缴", "未缴", "漏缴", "忘了缴", "忘记缴", "欠", "停了", "没续",
		"missed", "lapsed", "didnt pay", "did not pay", "didn't pay", "not paid", "unpaid", "skipped", "gap of", "broke ", "broken",
		"without cover", "without insurance", "stopped"}
)

// neverMissedYear reads a resident's "never missed a year" as no broken
// year: the gap is none (0 broken years).
//
// The employee scheme's "一年没断过" was read as a 12-month gap too, and the
// day called "not covered": there the same words are no gap either.
func (x *extractor) neverMissedYear(e *Extracted) {
	atResidentQ := e.Scheme == "" && (x.expecting == rules.FieldNewborn || x.expecting == rules.FieldBrokenYears)
	resident := e.Scheme == rules.SchemeResident || atResidentQ
	if e.PriorScheme != "" || e.Number != nil && x.expecting == rules.FieldBrokenYears || e.Reason != "" {
		return
	}
	lists := [][]string{zhNeverMissedYear, enNeverMissedYear}
	if resident {
		lists = append(lists, zhNeverBrokeBare)
	}
	rest, found := x.s, false
	for _, list := range lists {
		for _, w := range list {
			if strings.Contains(rest, w) {
				rest, found = strings.ReplaceAll(rest, w, " "), true
			}
		}
	}
	if !found || hasAny(rest, residentBreakWords) || !resident && e.Gap == nil {
		// Outside the resident scheme only a gap read from these very
		// words is taken back; none is added.
		return
	}
	// Not x.gapNamed: a gap of none told inside a question is no figure
	// to confirm ("你断缴了0个月，对吗？").
	e.Gap, e.GapConflict, e.GapTooLong = &Duration{Months: 0}, false, false
}
