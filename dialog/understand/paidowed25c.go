package understand

import (
	"regexp"

	"bujiao/rules"
)

// Audit round 24, R24-M1: an employer ordered to pay that did, told without
// "paid back" ("the tax bureau ordered them to pay and they did, in full,
// before the deadline (mid november)", "they were told to pay and they did
// in november", "the company paid it in full before the deadline"): the
// employer's back-payment, with its month when one follows. The Chinese
// ("在期限内全部补上了") is read by zhPaidBack.
var (
	enDidPay25c = regexp.MustCompile(`\b(ordered|told|required|asked|instructed|made)\b[^.;]{0,50}\b(to )?pay\b[^.;]{0,40}?\b(and|which|so) ` +
		`(they|it|the company|the employer|my employer|my company|the boss|he|she)( finally| eventually| actually)? did\b` +
		`|\b(they|it|the company|the employer|my employer|my company) (have |has |had )?(then |finally |eventually )?paid (it |them |everything |all of it |the premium |the contributions? )?(in full|up in full|off in full)\b` +
		`|\bpaid (it |them |everything )?in full (before|by|within|inside) the deadline\b`)
	enPaidMonth25c = regexp.MustCompile(`\b(mid|early|late|end of|the end of|middle of|start of|beginning of)?[ -]?` +
		`(january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\b`)
)

// paidOwed25c is called from extract() after the other readings.
func (x *extractor) paidOwed25c(e *Extracted) {
	if x.today.IsZero() || e.ArrearsPaid != nil || e.ArrearsPaidSaid || e.PaidBack != nil || e.PaidBackSaid {
		return
	}
	if e.Reason != rules.ReasonArrears && e.Payer != rules.PayerUnit && !x.has(lUnitMissed) {
		return
	}
	loc := enDidPay25c.FindStringIndex(x.s)
	if loc == nil || hasAny(x.s, enPaidBackNot) || hasAny(x.s, []string{"didn't", "did not", "didnt", "haven't", "hasn't", "yet to"}) {
		return
	}
	if e.Reason == "" {
		e.Reason = rules.ReasonArrears
	}
	if e.Payer == "" {
		e.Payer = rules.PayerUnit
	}
	rest := x.s[loc[1]:]
	if len(rest) > 70 {
		rest = rest[:70]
	}
	x.arrearsPaidIn25c(e, rest)
}

// arrearsPaidIn25c takes the month named in rest ("… in may") as the month
// the arrears were paid back, when it is not before the gap; otherwise the
// payment is told without its month.
func (x *extractor) arrearsPaidIn25c(e *Extracted, rest string) {
	if m := enPaidMonth25c.FindStringSubmatch(rest); m != nil {
		if mo, ok := enMonths[m[2]]; ok {
			pm := pastMonth(x.cur, mo, "")
			if e.Gap == nil || e.Gap.Since == nil || pm.Since(*e.Gap.Since) >= 0 {
				e.ArrearsPaid = &pm
				return
			}
		}
	}
	e.ArrearsPaidSaid = true
}
