package knowledge_test

import (
	"testing"

	"bujiao/knowledge"
)

func mustDefault(tb testing.TB) *knowledge.Base {
	tb.Helper()
	b, problems, err := knowledge.Load(knowledge.DefaultFS(), knowledge.Options{})
	if err != nil {
		tb.Fatalf("default knowledge base: %v", err)
	}
	for _, p := range problems {
		tb.Errorf("default knowledge base: %s", p)
	}
	return b
}

func TestDefaultLoadsClean(t *testing.T) { mustDefault(t) }

// TestScenarios runs every maintainer scenario in the embedded knowledge
// base, as `bujiao kb test` does.
func TestScenarios(t *testing.T) {
	b := mustDefault(t)
	if n := len(b.Scenarios()); n < 30 {
		t.Errorf("only %d scenarios; the knowledge base should keep at least 30", n)
	}
	for _, s := range b.Scenarios() {
		t.Run(s.Name, func(t *testing.T) {
			r := b.RunScenario(s)
			if r.Err != nil {
				t.Fatalf("%s: %v", s.Pos, r.Err)
			}
			for _, m := range r.Mismatches {
				t.Errorf("%s: %s = %q, want %q", s.Pos, m.Field, m.Got, m.Want)
			}
		})
	}
}
