package dialog

import (
	"unicode/utf8"

	"bujiao/dialog/understand"
	"bujiao/rules"
)

// laterReadings applies the readings below to a decided route, whichever
// way Decide returned.
func laterReadings(r *Route, a understand.Analysis, known rules.Facts, asking rules.Field, msg string, today rules.Date) {
	repayInQuestion(r, a, known)
	roughGapConfirm(r, a, known, asking)
	caseDay30b(r, a)                          // route30b.go
	noGapRestated45a(r, a, known, msg, today) // route45a.go
}

// repayInQuestion keeps the years to back-pay that a resident names in
// the question itself ("…missed 3 years. if i pay back 2 of those years
// does the waiting get shorter?", "断了三年 补缴两年的话等待期能短点吗"):
// the case answer for those years is what is asked, and asking for them
// again would ask what the person said. Only for the resident scheme,
// where back-paid years are a fact of the case, and only with a case told.
func repayInQuestion(r *Route, a understand.Analysis, known rules.Facts) {
	if r.Facts.RepayYears != nil || a.Extracted.RepayYears == nil || r.Kind != RouteBoth && r.Kind != RouteFacts {
		return
	}
	if a.Extracted.Scheme != rules.SchemeResident && known.Scheme != rules.SchemeResident {
		return
	}
	r.Facts.RepayYears = a.Extracted.RepayYears
}

// roughGapConfirm offers the floor of a gap told roughly ("断了一年多",
// "more than a year") to confirm with one tap, in words that say it is
// the least: the person may type the exact months instead, and "not
// sure" answers with the floor. It is never taken unasked: "一年多" is
// anything from 12 to 23 months, and the waiting time turns on which.
func roughGapConfirm(r *Route, a understand.Analysis, known rules.Facts, asking rules.Field) {
	if a.RoughGap == nil || r.ConfirmGap != nil || r.Facts.Gap != nil || known.GapMonths != nil || known.Since != nil {
		return
	}
	switch r.Kind {
	case RouteFacts, RouteBoth:
	case RouteFAQ:
		// "一年零几个月" at the gap question: 几 reads as asking, but a
		// short reply that is only the rough count answers the question.
		if asking != rules.FieldGap || !a.Stated.Empty() || utf8.RuneCountInString(a.Question) > 10 {
			return
		}
		r.Kind = RouteFacts
	case RouteMiss, RouteDontKnow, RouteUnknown:
		// "一年多" typed at the gap question: the floor to confirm is
		// what the reply gives (handled as facts, which confirm it).
		if asking != rules.FieldGap {
			return
		}
		r.Kind = RouteFacts
	default:
		return
	}
	r.ConfirmGap, r.RoughGap = a.RoughGap, true
}

// confirmGapKey is the message that asks to confirm a gap.
func confirmGapKey(rough bool) string {
	if rough {
		return "d.confirm.rough_gap"
	}
	return "d.confirm.gap"
}
