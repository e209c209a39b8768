package dialog

import (
	"bujiao/dialog/understand"
	"bujiao/rules"
)

// ownCaseTimes copies into the facts a run-on question states the months
// told inside its question part: a benefit's last month, the month paying
// resumed, the month the missed months were paid back ("绍兴 失业金8月领完
// 10月起自己以灵活就业身份交了 12月20号住院能报吗"). Like the day of a
// stay, they are the person's own case; no entry's question carries one
// (audit round 7 re-check R9-W1′, n3).
func ownCaseTimes(f *understand.Extracted, e understand.Extracted) {
	if f.BenefitEnded == nil && !f.BenefitEndedSaid && (e.BenefitEnded != nil || e.BenefitEndedSaid) {
		f.BenefitEnded, f.BenefitEndedSaid = e.BenefitEnded, e.BenefitEndedSaid
		if f.Reason == "" && e.Reason == rules.ReasonUnemployment {
			f.Reason = e.Reason
		}
	}
	if f.Resumed == nil && e.Resumed != nil {
		f.Resumed, f.GapEnded = e.Resumed, true
	}
	if f.PaidBack == nil && !f.PaidBackSaid && (e.PaidBack != nil || e.PaidBackSaid) {
		f.PaidBack, f.PaidBackSaid = e.PaidBack, e.PaidBackSaid
	}
}
