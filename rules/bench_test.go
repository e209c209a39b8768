package rules_test

import (
	"testing"

	"bujiao/rules"
)

// BenchmarkEvaluate runs a handful of typical cases, one per kind of answer.
func BenchmarkEvaluate(b *testing.B) {
	sh, zj, gd, nat := shanghaiPolicy(), zhejiangPolicy(), guangdongPolicy(), nationalPolicy()
	cases := []struct {
		name string
		f    rules.Facts
		p    rules.Policy
	}{
		{"transfer-within", jobChange("national", 2), nat},
		{"individual-shanghai-estimate", withBase(individual("shanghai", 5), "5000"), sh},
		{"arrears-zhejiang-late-fee", withMoney(arrears("zhejiang", rules.UnitHardship, 3), "24690", dayp(2026, 8, 15), nil), zj},
		{"retirement-guangdong", atAge("guangdong", "27.5", rules.SexMale, "9"), gd},
		{"resident-repair", resident("shanghai", false, false, 5, 2), sh},
	}
	for _, c := range cases {
		if _, err := rules.Evaluate(c.f, c.p, today, false); err != nil {
			b.Fatalf("%s: %v", c.name, err)
		}
	}
	b.Run("mix", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			c := cases[i%len(cases)]
			_, _ = rules.Evaluate(c.f, c.p, today, false)
		}
	})
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, _ = rules.Evaluate(c.f, c.p, today, false)
			}
		})
	}
}
