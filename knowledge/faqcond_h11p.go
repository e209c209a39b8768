package knowledge

import "strings"

// Terms of a trailing condition weigh less than the terms of what is asked
// (issue 17, heldout11): in "where can I see if every month was paid" the
// person asks where to see a record, and "paid" only says what they want
// to see; in "what steps can the authorities take if my company keeps not
// paying" the steps are asked, not whether one may complain. A term found
// only in an English "if …" or "whether …" clause that follows what is
// asked counts condWeight of its weight in the query. A clause that opens
// with "if" ("if payments stop, when does cover end") is the topic, and
// keeps its weight; the entries' own wordings are weighed as written.

const condWeight = 0.5

// condTerms are the terms of folded found only after "if" or "whether"
// within a clause (up to , . ; ? !); nil when there are none.
func condTerms(folded string) map[string]bool {
	lower := strings.ToLower(folded)
	if !strings.Contains(lower, "if ") && !strings.Contains(lower, "whether ") {
		return nil
	}
	var main, cond strings.Builder
	for _, clause := range strings.FieldsFunc(lower, func(r rune) bool {
		return r == ',' || r == '.' || r == ';' || r == '?' || r == '!' || r == '，' || r == '。' || r == '？'
	}) {
		at := -1
		for _, w := range []string{"if ", "whether "} {
			for from := 0; ; {
				i := strings.Index(clause[from:], w)
				if i < 0 {
					break
				}
				i += from
				from = i + len(w)
				if i == 0 || !isLatinByte(clause[i-1]) {
					if at < 0 || i < at {
						at = i
					}
					break
				}
			}
		}
		if at <= len(clause)-len(strings.TrimLeft(clause, " ")) {
			// None, or the clause opens with it ("if payments stop, when
			// does cover end"): the condition is the topic there.
			main.WriteString(clause + " , ")
			continue
		}
		main.WriteString(clause[:at] + " , ")
		cond.WriteString(clause[at:] + " , ")
	}
	inMain := map[string]bool{}
	for _, t := range terms(main.String()) {
		inMain[t] = true
	}
	var out map[string]bool
	for _, t := range terms(cond.String()) {
		if !inMain[t] {
			if out == nil {
				out = map[string]bool{}
			}
			out[t] = true
		}
	}
	return out
}

func isLatinByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '\'' }

// condMult is the weight factor of term t given the condition terms.
func condMult(cond map[string]bool, t string) float64 {
	if cond[t] {
		return condWeight
	}
	return 1
}
