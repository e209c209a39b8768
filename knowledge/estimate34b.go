package knowledge

import (
	"slices"

	"bujiao/rules"
)

// stopEstimate34b is StopIsEstimate, and also a move into a region whose
// own rules date no stop or restart day (Guangdong: domain 3.2, the stop
// day is not in the sources): the old place's stop day is the
// convention's, so the short answer marks it, and the return counted the
// same way, as estimates (audit round 27, R27-M4: Guangzhou → Dongguan,
// "stopped 2026-09-01", "cover back from 2026-10-01" stated as facts).
func (b *Base) stopEstimate34b(o *rules.Outcome) bool {
	return StopIsEstimate(o) || b.moverEstimate34b(o) || o.Facts.Region != rules.NationalRegion && moverStop35c(o)
}

// moverStop35c: a mover's stop day dated for the old city no source covers
// is an estimate whatever the new region's own days (audit round 28,
// R28-M4: Chengdu → Shanghai, "2026-05-01起停止" unmarked), unless the
// treatment line already says the old city's stop day is not in the
// sources (TreatMoverStopUnsettled): the short answer's room is kept.
func moverStop35c(o *rules.Outcome) bool {
	if o.Treatment != nil && o.Treatment.Why == rules.TreatMoverStopUnsettled {
		return false
	}
	return o.StoppedOn != nil && slices.Contains(o.Notes, rules.NoteMoverStopOldCity)
}

// moverEstimate34b: a move into a region that dates no days itself.
func (b *Base) moverEstimate34b(o *rules.Outcome) bool {
	if o.StoppedOn == nil || !slices.Contains(o.Notes, rules.NoteMoverStopOldCity) {
		return false
	}
	// Regions with rules of their own only: the national baseline's
	// answers already say its days are the local office's.
	p, fallback := b.Policy(o.Facts.Region)
	return !fallback && p.Region != rules.NationalRegion && !p.BenefitDays.Sourced()
}
