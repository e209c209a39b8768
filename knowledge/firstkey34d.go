package knowledge

import "bujiao/rules"

// firstStartKey34d: for someone never insured nothing "resumes" — cover
// starts (开始, never 恢复). A treatment line whose text speaks of resuming
// gets its first-enrolment wording (audit round 27 Z1, fix34d).
func firstStartKey34d(o *rules.Outcome, key string) string {
	if o == nil || o.Path != rules.PathFirstEnrolment {
		return key
	}
	switch key {
	case "treatment.before-resume":
		return "treatment.before-start"
	case "treatment.part.after-resume":
		return "treatment.part.after-start"
	}
	return key
}
