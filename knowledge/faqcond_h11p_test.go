package knowledge

import (
	"slices"
	"testing"
)

// TestCondTerms: the terms of a trailing "if"/"whether" clause, and none
// for a clause that opens with it.
func TestCondTerms(t *testing.T) {
	for _, c := range []struct {
		in   string
		cond []string
	}{
		{"where can i see if my boss paid", []string{"boss", "pay"}},
		{"how do i find out whether the company paid", []string{"company", "pay", "whether"}},
		{"what happens to my card if i stop paying", []string{"stop", "pay"}},
		{"if i stop paying, what happens to my card", nil},
		{"is there a fine if the employer pays late", []string{"employer", "pay", "lat"}},
		{"can i check my record online", nil},
		// A term also in the main clause keeps its weight.
		{"can i pay now if i pay late", []string{"lat"}},
	} {
		got := condTerms(newFolder(nil).fold(c.in))
		var keys []string
		for k := range got {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		want := slices.Clone(c.cond)
		slices.Sort(want)
		if !slices.Equal(keys, want) {
			t.Errorf("condTerms(%q) = %v, want %v", c.in, keys, want)
		}
	}
}
