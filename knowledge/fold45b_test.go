package knowledge

import (
	"slices"
	"testing"
)

// TestInflected45b: every English form of a synonym's Latin spelling folds
// as the spelling does (fix45b).
func TestInflected45b(t *testing.T) {
	b := mustDefault(t)
	for _, c := range []struct{ form, base string }{
		{"transferred", "transfer"},
		{"transfers", "transfer"},
		{"relocated", "relocate"},
		{"relocates", "relocate"},
		{"firms", "firm"},
		{"bosses", "boss"},
		{"companies", "company"},
		{"passports", "passport"},
		{"lapsing", "lapse"},
	} {
		got, want := b.Terms("they "+c.form+" it"), b.Terms("they "+c.base+" it")
		if !slices.Equal(got, want) {
			t.Errorf("%q: terms %v, want those of %q: %v", c.form, got, c.base, want)
		}
	}
	for _, c := range []struct{ from, want string }{
		{"transfer", "transferred"}, {"relocate", "relocated"}, {"company", "companies"}, {"boss", "bosses"},
	} {
		if !slices.Contains(inflected45b(c.from), c.want) {
			t.Errorf("inflected45b(%q) = %v, want %q among them", c.from, inflected45b(c.from), c.want)
		}
	}
	if f := inflected45b("stopped"); f != nil {
		t.Errorf("inflected45b(stopped) = %v: a form already inflected has none", f)
	}
}

func mustDefault(t *testing.T) *Base {
	t.Helper()
	b, err := Default()
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	return b
}
