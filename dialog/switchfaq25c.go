package dialog

import (
	"bujiao/dialog/understand"
	"bujiao/rules"
)

// notNewbornSwitch25c: someone switching from the resident scheme to a job's
// employee scheme ("my mom … resident insurance 3 years straight … starts a
// factory job feb 1 2027 with employee insurance") read as no newborn is not
// answered with the entry about newborns, whose waiting-period words matched
// (audit round 24, R24-M2): the switch entry (43号 ②) is theirs.
func notNewbornSwitch25c(title string, a understand.Analysis, known rules.Facts) bool {
	if !containsAny(title, newbornTitleWords) || a.Child {
		return false
	}
	notBaby := a.Newborn != nil && !*a.Newborn || known.Newborn != nil && !*known.Newborn
	switching := a.PriorScheme != "" || known.PriorScheme != ""
	return notBaby && switching
}
