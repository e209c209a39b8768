package dialog

import "bujiao/rules"

// "Not sure" at the scheme question, never a dead loop (heldout16: the
// scheme asked again and again at "not sure"). What the case already says
// settles it: an employer's months owed, a payer or a retirement told are
// the employee scheme; a student or a newborn the resident one. With
// nothing told, the hint comes first; at the second "not sure" the
// employee scheme is taken and said plainly, with the resident scheme named
// for the person to change it. A first-time enrolee who does not know who
// pays is answered as paying themselves: nobody enrolled them before.

// schemeImplied is the scheme the facts on record imply, or "".
func schemeImplied(f rules.Facts) rules.Scheme {
	switch {
	case f.Student != nil && *f.Student, f.Newborn != nil && *f.Newborn:
		return rules.SchemeResident
	case f.Payer != "", f.Reason != "", f.UnitStatus != "",
		f.Retirement == rules.RetirementAtAge, f.Retirement == rules.RetirementRetired:
		return rules.SchemeEmployee
	}
	return ""
}

// dontKnowLeadsOn answers "not sure" at the scheme or (for a first-time
// enrolee) the payer question by taking what the case implies, or, at the
// second "not sure", the plainest answer said as such; false when the
// ordinary "not sure" reply stands.
func (t *turn) dontKnowLeadsOn(f rules.Field) bool {
	switch f {
	case rules.FieldScheme:
		key := ""
		v := schemeImplied(t.s.Facts)
		switch {
		case v == rules.SchemeResident:
			key = "d.dunno.scheme_resident_implied"
		case v == rules.SchemeEmployee:
			key = "d.dunno.scheme_employee_implied"
		case t.s.Misses >= 1 && t.s.AgeOlder:
			// An older person who does not know: the resident scheme,
			// said plainly; working age would contradict the age told
			// (audit round 17 R17-M5).
			v, key = rules.SchemeResident, "d.dunno.scheme_older"
		case t.s.Misses >= 1:
			v, key = rules.SchemeEmployee, "d.dunno.scheme_employee"
		default:
			return false
		}
		if _, ok := t.setValue(f, string(v)); !ok {
			return false
		}
		if key == "d.dunno.scheme_older" && t.s.Facts.Newborn == nil {
			t.setValue(rules.FieldNewborn, "n") // 60 or more: no newborn
		}
		t.s.Misses = 0
		t.say(para(text(t.msg(key))))
		t.advance()
		return true
	case rules.FieldPayer:
		first := t.s.Facts.FirstEnrolment != nil && *t.s.Facts.FirstEnrolment
		if !first || t.s.Misses < 1 {
			return false
		}
		if _, ok := t.setValue(f, string(rules.PayerIndividual)); !ok {
			return false
		}
		t.s.Misses = 0
		t.say(para(text(t.msg("d.dunno.payer_first"))))
		t.advance()
		return true
	}
	return false
}
