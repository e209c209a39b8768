package understand

import (
	"strings"

	"bujiao/rules"
)

// ---------------------------------------------------------------------------
// The scheme switched to is the one the switching word names (heldout14)

// A switching word right before one scheme's naming makes it the scheme
// switched to, whichever scheme the message names first: "I left my job
// and want to switch to resident medical insurance. I had employee
// insurance 5 years", "想改交居民医保 之前交了六年职工医保", "换成城乡居民医保
// 以前是职工的".
var (
	zhSwitchToTail = []string{"转成", "转为", "转到", "改成", "改为", "换成", "换到", "改交", "改缴", "转缴", "转交", "转去", "转入",
		"改成交", "换成交", "转成交", "转为交", "改买", "转买", "换交"}
	enSwitchToTail = []string{"switch to", "switching to", "switched to", "switch over to", "switch into", "change to", "changing to",
		"change over to", "move to", "moving to", "move over to", "transfer to", "transferring to", "convert to", "go onto",
		"go on to", "join", "sign up for", "swap to"}
	// Fillers between the switching word and the scheme's name.
	switchFillers = []string{" the", " a", " an", "城乡", "当地的", "当地"}
)

// switchTarget reports which scheme a switching word names as the one
// switched to: exactly one of the two, or false.
func (x *extractor) switchTarget() (rules.Scheme, bool) {
	var target rules.Scheme
	for _, h := range x.hits[:x.nh] {
		if h.list != lEmployee && h.list != lResident {
			continue
		}
		before := strings.TrimRight(x.s[:h.pos], " ")
		for changed := true; changed; {
			changed = false
			for _, f := range switchFillers {
				if t := strings.TrimSuffix(before, f); t != before {
					before, changed = strings.TrimRight(t, " "), true
				}
			}
		}
		if !hasSuffixAnyStr(before, zhSwitchToTail) && !hasSuffixAnyStr(before, enSwitchToTail) {
			continue
		}
		s := rules.SchemeEmployee
		if h.list == lResident {
			s = rules.SchemeResident
		}
		if target != "" && target != s {
			return "", false
		}
		target = s
	}
	return target, target != ""
}

// otherScheme is the scheme that is not s.
func otherScheme(s rules.Scheme) rules.Scheme {
	if s == rules.SchemeResident {
		return rules.SchemeEmployee
	}
	return rules.SchemeResident
}
