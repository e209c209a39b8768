package dialog

import (
	"bujiao/dialog/understand"
	"bujiao/rules"
)

// stillWorking25c: "还在上班", "i'm still working" after retirement age was
// read ("我明年退休 交了17年 够不够"): working is no contradiction of an
// age reached without benefits drawn, so it is not asked again which holds
// (audit round 24, R24-M5).
func (t *turn) stillWorking25c(ex *understand.Extracted) {
	if t.s.Facts.Retirement == rules.RetirementAtAge && ex.Retirement == rules.RetirementWorking && ex.StillWorking &&
		t.s.Asking != rules.FieldRetirement {
		ex.Retirement = ""
	}
}
