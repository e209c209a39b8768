package dialog

import (
	"bujiao/dialog/understand"
	"bujiao/rules"
)

// Audit round 25, R25-W2 (fix32b): a reply to "were the months from
// October on paid?" that names October as paid only later ("no, october
// was only paid in november too", "10月也是11月才交的"): paying resumed
// in the later month, the month the person paid in, never in October.
// The month typed first is not taken as the month paying resumed.

// typedPaidLater32b takes the reply; it reports whether it did.
func (t *turn) typedPaidLater32b(msg string) bool {
	if t.s.Asking != rules.FieldGapEnded || t.s.NamedEnd == "" {
		return false
	}
	after, err := rules.ParseMonth(t.s.NamedEnd)
	if err != nil {
		return false
	}
	e := understand.Analyze(msg, t.today, t.kb, t.s.Asking).Extracted
	if e.Resumed == nil || e.Resumed.Since(after) <= 0 || t.today.MonthOf().Since(*e.Resumed) < 0 {
		return false
	}
	if e.PaidBack != nil && t.s.Facts.Payer != rules.PayerUnit {
		// "… in november too": the months named before were paid then.
		t.setValue(rules.FieldPaidBack, e.PaidBack.String())
	}
	t.confirmedEnd30b(e.Resumed.String())
	return true
}
