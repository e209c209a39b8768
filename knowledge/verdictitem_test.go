package knowledge_test

import (
	"testing"

	"bujiao/knowledge"
	"bujiao/rules"
)

// TestResumedVerdictName: someone who has started paying again is not told
// to "enrol and pay to restart cover"; everyone else with the re-enroll
// verdict is, and the JSON verdict stays re-enroll for integrations.
func TestResumedVerdictName(t *testing.T) {
	b := mustDefault(t)
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	base := map[string]string{"scheme": "employee", "payer": "individual", "gap_months": "5", "region": "zhejiang"}
	for _, c := range []struct {
		name    string
		extra   map[string]string
		resumed bool
	}{
		{"open gap", nil, false},
		{"paying again since June", map[string]string{"gap_ended": "2026-06"}, true},
		{"paying again, month unknown", map[string]string{"paying_again": "true"}, true},
	} {
		kv := map[string]string{}
		for k, v := range base {
			kv[k] = v
		}
		for k, v := range c.extra {
			kv[k] = v
		}
		for _, lang := range knowledge.Langs {
			ans, err := b.AnswerCase(kv, today, lang)
			if err != nil || len(ans.Problems) > 0 {
				t.Fatalf("%s: %v %v", c.name, err, ans.Problems)
			}
			o := ans.Outcome
			if o.Verdict != rules.VerdictReEnroll {
				t.Fatalf("%s: verdict %s, want re-enroll (the case no longer tests the name)", c.name, o.Verdict)
			}
			full := b.BuildAnswer(&o, lang)
			short := b.ShortAnswer(&o, lang)
			ordinary := map[knowledge.Lang]string{knowledge.Zh: "需要参保缴费后重新享受待遇", knowledge.En: "Enrol and pay to restart cover"}[lang]
			if got := full.VerdictName == ordinary; got == c.resumed {
				t.Errorf("%s [%s]: verdict name %q (resumed %v)", c.name, lang, full.VerdictName, c.resumed)
			}
			if short.VerdictName != full.VerdictName {
				t.Errorf("%s [%s]: short %q, full %q", c.name, lang, short.VerdictName, full.VerdictName)
			}
		}
	}
}
