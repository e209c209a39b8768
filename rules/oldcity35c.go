package rules

// fix35c (audit round 28, R28-W4/M1): the stop day of a gap is governed by
// the city where the gap began; the restart by the new city. Where the
// region named is the old city (the person moved on from it: "left my
// Shanghai job … started in Guangzhou"), its own stop day applies
// (Shanghai: 次月15日, S7), not the convention used for an old city no
// source covers (NoteMoverStopOldCity, R14-W2).

// gapBeganHere35c: the region is the city the gap began in.
func (f Facts) gapBeganHere35c() bool {
	return f.GapBeganHere != nil && *f.GapBeganHere
}
