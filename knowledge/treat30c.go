package knowledge

import "bujiao/rules"

// TreatmentText words the outcome's judgement of its treatment day, as the
// short answer's treatment line does; empty when no day was judged. The
// chat uses it for the other days a person names (audit round 24, R24-M3).
func (b *Base) TreatmentText(o *rules.Outcome, lang Lang) string {
	if t := b.treatmentAns(o, lang); t != nil {
		return t.Text
	}
	return ""
}
