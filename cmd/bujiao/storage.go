package main

import (
	"bujiao/cmd/bujiao/web"
	"bujiao/dialog"
)

// The store satisfies the persistence contract directly: the dialog, the
// bot and the page use *store.DB with no adapter.

// countTurn feeds the page's metrics (answers by verdict and region, FAQ
// hits and misses, turns) from the events of a turn, so every surface that
// runs conversations counts the same way.
func countTurn(m *web.Metrics) func([]dialog.Event) {
	return func(events []dialog.Event) {
		m.DialogTurns.Inc()
		for _, e := range events {
			switch e.Kind {
			case dialog.EvAnswer:
				m.Answers.WithLabelValues(e.Verdict, e.Region).Inc()
			case dialog.EvFAQHit, dialog.EvDirect:
				m.FAQHit()
			case dialog.EvFAQMiss:
				m.FAQMiss()
			}
		}
	}
}
