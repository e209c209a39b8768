package rules

import "sync"

// The schema's accessors (Fact.get, set and clear) are called through
// function values, so the compiler must assume they keep the *Facts they
// are given: every Facts whose address reaches one moves to the heap, 376
// bytes a copy and several copies a call of Imply, Prune or Relevant,
// which a conversation's turn makes dozens of times. The functions that
// take Facts by value work on a pooled copy instead, and the relevance of
// each row goes in a buffer on the stack.
var scratchFacts = sync.Pool{New: func() any { return new(Facts) }}

// borrow returns a pooled copy of *f; giveBack returns it, emptied so the
// pool keeps no answers alive.
func borrow(f *Facts) *Facts {
	p := scratchFacts.Get().(*Facts)
	*p = *f
	return p
}

func giveBack(p *Facts) {
	*p = Facts{}
	scratchFacts.Put(p)
}

// relRows is room for the relevance of every schema row on the stack.
const relRows = 64

// relevance is Relevance into buf (which it grows when the schema
// outgrows it).
func relevance(f *Facts, in Inputs, buf []bool) []bool {
	rel := buf[:0]
	if cap(rel) < len(Schema) {
		rel = make([]bool, 0, len(Schema))
	}
	rel = rel[:len(Schema)]
	for i, d := range Schema {
		rel[i] = d.When.holds(f, in, rel)
	}
	return rel
}
