package understand

import "bujiao/rules"

// enNotRegistered26a tell an employer that has not registered the person
// yet, in the present perfect the lists lack ("the company still hasn't
// registered me for social insurance", "they haven't signed me up yet").
var enNotRegistered26a = []string{"hasnt registered me", "has not registered me", "havent registered me", "have not registered me",
	"hasnt registered us", "havent registered us", "hasnt enrolled me", "has not enrolled me", "havent enrolled me",
	"hasnt signed me up", "havent signed me up", "has not signed me up", "hasnt put me on", "havent put me on",
	"hasnt insured me", "havent insured me", "still not registered me", "yet to register me"}

// notRegistered26a: an employer's, not yet registered, is the reason
// not-registered (the employer owes every month since the job began).
func (x *extractor) notRegistered26a(e *Extracted) {
	if e.Reason != "" || e.Scheme == rules.SchemeResident || e.UnitStatus != "" && e.UnitStatus != rules.UnitNormal {
		return
	}
	s := x.s
	if !hasAny(s, enNotRegistered26a) && !hasAny(stripApostrophes26a(s), enNotRegistered26a) {
		return
	}
	setNotRegistered26a(e)
}

// setNotRegistered26a reads an employer that never enrolled the person:
// an employee whose employer owes every month, unless told otherwise.
func setNotRegistered26a(e *Extracted) {
	e.Reason = rules.ReasonNotRegistered
	if e.Payer == "" {
		e.Payer = rules.PayerUnit
	}
	if e.Scheme == "" {
		e.Scheme = rules.SchemeEmployee
	}
}

func stripApostrophes26a(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] != '\'' {
			b = append(b, s[i])
		}
	}
	return string(b)
}
