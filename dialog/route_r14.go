package dialog

import (
	"bujiao/dialog/understand"
	"bujiao/rules"
)

// benefitEndSaidOwn (audit round 14 R14-W1): "宁波失业金已经没有了 12月18号
// 看病能报吗" — a run-on that says the benefit is over, with no month, is
// the person's own case as "失业金8月停了 …" is (benefitEndToldOwn): its
// facts are taken and the benefit's last month is asked, instead of an FAQ
// alone.
func benefitEndSaidOwn(msg string, e understand.Extracted) bool {
	if e.BenefitEnded != nil || !e.BenefitEndedSaid {
		return false
	}
	m := rules.Month{Year: 1, Month: 1}
	e.BenefitEnded = &m // only for the checks of benefitEndToldOwn
	return benefitEndToldOwn(msg, e)
}
