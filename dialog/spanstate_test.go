package dialog

import (
	"testing"

	"bujiao/rules"
)

// TestSetValueKeepsStateValid: a value that fits alone but not with the
// facts held (a treatment span ending before its first day, or too long)
// is refused and the facts stay as they were, so the stored state always
// decodes (audit round 14, n32: such a state lost the conversation).
func TestSetValueKeepsStateValid(t *testing.T) {
	kb := testKB(t)
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	tr := &turn{kb: kb, s: State{V: StateVersion, Lang: "zh"}, today: today}
	if _, ok := tr.setValue(rules.FieldTreatmentDate, "2027-01-10"); !ok {
		t.Fatal("treatment_date refused")
	}
	for _, until := range []string{"2027-01-09", "2027-06-30"} {
		if _, ok := tr.setValue(rules.FieldTreatmentUntil, until); ok {
			t.Errorf("treatment_until %s accepted after treatment_date 2027-01-10", until)
		}
		if tr.s.Facts.TreatmentUntil != nil {
			t.Errorf("treatment_until %s stored", until)
		}
	}
	if _, ok := tr.setValue(rules.FieldTreatmentUntil, "2027-01-16"); !ok || tr.s.Facts.TreatmentUntil == nil {
		t.Fatal("a fitting treatment_until refused")
	}
	data, err := tr.s.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := DecodeState(data); err != nil {
		t.Fatalf("state does not decode: %v", err)
	}
}
