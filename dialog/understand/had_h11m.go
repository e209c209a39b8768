package understand

import "strings"

// "I had employee medical insurance in Shenzhen for 4 years" (heldout11),
// "was on the resident scheme for 3 years", "have been in the employee
// scheme for 6 years": insurance held for a count of years is years paid,
// as "交了三年职工医保" is, never a gap of 48 months. Told with a denial
// ("had no insurance for 2 years", "havent had cover for a year") it is the
// gap it was.

var (
	enHadWords  = []string{"had ", "have had ", "was on ", "was in ", "were on ", "were in ", "been on ", "been in ", "be on ", "be in ", "previously on ", "previously in ", "been paying ", "paid into ", "was paying ", "have been paying "}
	enHadObject = []string{"insurance", "scheme", "yibao", "shebao", "cover", "plan"}
	enHadNot    = []string{"no ", "not ", "without", "never", "havent", "hasnt", "hadnt", "didnt", "lost", "missed", "gap", "unpaid", "lapsed", "stopped"}
)

// enHadFor reports a count of years after "for" in a clause that holds
// insurance had, with no denial.
func enHadFor(s string, q qty) bool {
	if !q.hasYears || q.hasMonths || q.start == 0 || s[q.start-1] >= 0x80 {
		return false
	}
	before := strings.TrimRight(s[:q.start], " ")
	if !strings.HasSuffix(before, " for") {
		return false
	}
	var clause string
	if k := strings.LastIndexByte(s[:q.start], ','); k >= 0 {
		clause = s[k+1 : q.start]
	} else {
		clause = s[:q.start]
	}
	for _, h := range enHadWords {
		i := strings.Index(clause, h)
		if i < 0 {
			continue
		}
		rest := clause[i+len(h):]
		if hasAny(rest, enHadObject) && !hasAny(" "+clause, enHadNot) {
			return true
		}
	}
	return false
}
