package main

import (
	"slices"
	"testing"

	"bujiao/dialog"
	"bujiao/store"
)

// TestEventKindsAgree: the store owns the list of event names (the writer
// refuses others, stats reads them); dialog, which may not import store,
// declares the same strings. This is the one place that sees both.
func TestEventKindsAgree(t *testing.T) {
	for _, k := range dialog.EventKinds {
		if !slices.Contains(store.EventKinds, string(k)) {
			t.Errorf("dialog emits %q, which the store does not know", k)
		}
	}
	// Every kind the store knows is written by someone: the dialog, the
	// transport (error events for parked updates and refused sends), or
	// serve (lookups on the page and the API, storeLookups).
	for _, k := range store.EventKinds {
		if k != store.EventError && k != store.EventLookup && !slices.Contains(dialog.EventKinds, dialog.EventKind(k)) {
			t.Errorf("the store knows %q, which nothing writes", k)
		}
	}
}
