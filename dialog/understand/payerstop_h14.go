package understand

// enStopNeg are the words enNeg counts that stop a payment rather than
// deny who made it: "I stopped paying my own medical insurance", "missed
// paying my own insurance", "no longer paying it myself" still tell that
// the person paid for themselves (heldout14).
var enStopNeg = map[string]bool{"stopped": true, "stop": true, "missed": true, "longer": true, "no": true}

// ownPayStopped reports an English hit of the individual payer that only a
// stop word negates: the person paid for themselves and then stopped.
func (x *extractor) ownPayStopped() bool {
	for _, h := range x.hits[:x.nh] {
		if h.list != lIndividual || x.s[h.pos] >= 0x80 {
			continue
		}
		stopped, denied := false, false
		w, p := prevWord(x.s, int(h.pos))
		for k := 0; k < 3 && w != ""; k++ {
			switch {
			case enStopNeg[w]:
				// The person stopped: "I stopped paying my own".
				if i, _ := prevWord(x.s, p); i == "i" || i == "ive" || i == "have" || i == "had" {
					stopped = true
				} else {
					denied = true
				}
			case enNeg[w]:
				denied = true
			}
			w, p = prevWord(x.s, p)
		}
		if stopped && !denied {
			return true
		}
	}
	return false
}
