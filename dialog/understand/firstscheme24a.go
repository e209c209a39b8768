package understand

import "bujiao/rules"

// firstWantsEmployee24a: someone never insured who says who they have been
// ("一直在家带孩子", "家庭主妇", "以前在村里种地") and then, inside the
// question, the employee scheme they want to join ("现在想自己交个灵活就业
// 的", "想交职工医保"). Read alone, the clauses that ask nothing give the
// resident scheme from who the person was (persona_r17b.go); the whole
// message, which names no resident scheme, gives the employee scheme. The
// scheme wanted is theirs (firstScheme): a homemaker who registers as a
// flexible worker joins the employee scheme.
func firstWantsEmployee24a(a *Analysis) {
	if a.Extracted.Scheme != rules.SchemeEmployee || a.Stated.Scheme != rules.SchemeResident {
		return
	}
	a.Stated.Scheme = rules.SchemeEmployee
	// A baby's first enrolment is a resident-scheme matter: "no newborn"
	// read from who the person is goes with that reading.
	a.Stated.Newborn = a.Extracted.Newborn
	if a.Stated.Payer == "" {
		a.Stated.Payer = a.Extracted.Payer
	}
}
