package knowledge

import (
	"testing"

	"bujiao/rules"
)

func FuzzParseFacts(f *testing.F) {
	f.Add("arrears", "12,000.50", "gap_months", "3")
	f.Add("since", "2026-08", "gap_months", "3")
	f.Add("scheme", "Employee", "region", "上海")
	f.Add("base", "1e9", "years_paid", "15.08")
	f.Add("due_date", "２０２６-１０-１５", "newborn", "是")
	f.Add("nope", "x", "broken_years", "81")
	f.Fuzz(func(t *testing.T, k1, v1, k2, v2 string) {
		kv := map[string]string{k1: v1, k2: v2}
		facts, errs := ParseFacts(kv, nil)
		if len(errs) > len(kv)+1 {
			t.Fatalf("%v: %d errors for %d keys", kv, len(errs), len(kv))
		}
		for _, e := range errs {
			if e == nil || e.Key == "" && !(k1 == "" || k2 == "") || e.Valid == "" || e.Error() == "" {
				t.Fatalf("%v: malformed error %#v", kv, e)
			}
		}
		// Parsed facts always validate, and Evaluate never panics on them.
		if len(errs) == 0 {
			if err := rules.Validate(facts); err != nil {
				t.Fatalf("%v: parsed facts fail Validate: %v", kv, err)
			}
			_, _ = rules.Evaluate(facts, rules.Policy{Region: rules.NationalRegion},
				rules.Date{Year: 2026, Month: 11, Day: 25}, true)
		}
	})
}
