package dialog

import (
	"testing"

	"bujiao/knowledge"
	"bujiao/rules"
)

// TestSiblings31: "pay more" beside retiring and years told is never
// answered with a gap's or the documents' entry.
func TestSiblings31(t *testing.T) {
	kb := testKB(t)
	today := knowledge.Today(testNow)
	for _, msg := range []string{
		"my dad in foshan retired last month, only 18 yrs of medical, all in foshan. does he need to pay more?",
		"my mom retired this year with 16 years paid, does she still have to pay?",
		"退休了 交了17年医保 还要补吗",
		"retired with 14 years, is it enough or do i keep paying?",
	} {
		r := Decide(kb, msg, today, rules.FieldScheme, rules.Facts{})
		for _, m := range r.FAQ {
			if r.FAQHit() && (m.FAQ.ID == "long-gap-waiting" || m.FAQ.ID == "documents") {
				t.Errorf("%q: answered with %s", msg, m.FAQ.ID)
			}
			break
		}
	}
}
