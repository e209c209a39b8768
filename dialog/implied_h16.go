package dialog

import "bujiao/dialog/understand"

// keepGivenUnitStatus drops a unit state presumed from months owed
// (understand's UnitImplied) once the conversation has a state: "医保欠了
// 我五个月" after a bankruptcy notice adds months, it does not say the
// employer is trading.
func (t *turn) keepGivenUnitStatus(r *Route) {
	if t.s.Facts.UnitStatus == "" {
		return
	}
	for _, e := range []*understand.Extracted{&r.Facts, &r.Analysis.Extracted, &r.Analysis.Stated} {
		if e.UnitImplied {
			e.UnitStatus, e.UnitImplied = "", false
		}
	}
}
