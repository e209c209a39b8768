package dialog

import (
	"bujiao/dialog/understand"
	"bujiao/rules"
)

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
