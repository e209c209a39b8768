package dialog

import (
	"testing"

	"bujiao/rules"
)

// TestRetiredShort21c is audit round 21 R21-W3 over the engine: a retiree
// told with fewer years than the region requires is never answered
// "nothing to pay back".
func TestRetiredShort21c(t *testing.T) {
	m := testMachine(t)
	for _, in := range []string{
		"my mother is 58, worked in ningbo 13 years with medical insurance, retired now, does she have to pay more?",
		"dad just retired, worked 16 years in wenzhou on employee insurance, anything else to pay?",
		"retired in september in hangzhou, 11 years, do i need to top up?",
		"我妈在宁波工作了13年 一直缴的职工医保 刚退休 还要补吗",
	} {
		var s State
		s, _, ev := m.Step(s, Input{Text: in}, testNow)
		for _, e := range ev {
			if e.Kind == EvAnswer && e.Verdict == string(rules.VerdictNoPaymentNeeded) {
				t.Errorf("%q: answered %q", in, e.Verdict)
			}
		}
		if s.Facts.Retirement == rules.RetirementRetired && s.Facts.YearsPaid == nil {
			t.Errorf("%q: retired with no years", in)
		}
	}
}

// TestStayRange21c is audit round 21 R21-M2 over the engine: a stay told
// as a range keeps both ends as treatment_date and treatment_until.
func TestStayRange21c(t *testing.T) {
	m := testMachine(t)
	for _, c := range []struct{ in, from, until string }{
		{"上海 公司10月没交医保 我12月3号到12号住院 能报吗", "2026-12-03", "2026-12-12"},
		{"上海 公司10月没交 下个月2号至9号住院", "2026-12-02", "2026-12-09"},
		{"shanghai, my employer skipped october, hospital stay from dec 3 to dec 12, covered?", "2026-12-03", "2026-12-12"},
		{"hangzhou, company missed october, in hospital nov 28 to dec 6", "2026-11-28", "2026-12-06"},
	} {
		var s State
		s, _, _ = m.Step(s, Input{Text: c.in}, testNow)
		f := s.Facts
		if f.TreatmentDate == nil || f.TreatmentUntil == nil || f.TreatmentDate.String() != c.from || f.TreatmentUntil.String() != c.until {
			t.Errorf("%q: treatment %v until %v, want %s until %s", c.in, f.TreatmentDate, f.TreatmentUntil, c.from, c.until)
		}
	}
}
