package understand

// ---------------------------------------------------------------------------
// The employer stopped paying because the person left (heldout14)

// enStopOnly are the English arrears words that say only that the
// employer's payments stopped, not that it owes: after "I quit my job"
// ("I quit my job in Zhuhai 4 months ago ... the company stopped my medical
// insurance") that is the end of the job, not a debt.
var enStopOnly = []string{"stopped paying", "stop paying", "stopped contributing", "stopped contributions", "stopped my",
	"no longer pays", "no longer paying", "not paying", "isnt paying"}

// enLeaveThenStop join a stop told first to the leaving that caused it:
// "the company stopped paying when I resigned".
var enLeaveThenStop = []string{"when i", "after i", "since i", "once i", "because i", "as i", "as soon as i"}

// stoppedOnLeaving reports that every employer-side arrears word of the
// message is an English "stopped" told of a job the person left (a leave
// verb, not negated, before it, or joined after it by "when I"): the
// stop is the job's end, so the reason is leaving, not arrears. A debt
// named anywhere ("owes", "didnt pay", "欠") keeps it arrears.
func (x *extractor) stoppedOnLeaving() bool {
	leave := x.findPlain(lLeftJob, zhNeg)
	if leave < 0 || x.s[leave] >= 0x80 {
		return false
	}
	stops := 0
	for _, h := range x.hits[:x.nh] {
		if h.list != lArrearsUnit && h.list != lArrearsStrong {
			continue
		}
		at := x.s[h.pos:]
		if x.s[h.pos] >= 0x80 || !hasPrefixAny(at, enStopOnly) {
			return false
		}
		if int(h.pos) < leave && !hasAny(x.s[h.pos:leave], enLeaveThenStop) {
			return false
		}
		stops++
	}
	return stops > 0
}
