package rules

import "slices"

// transferGapEnded33b: a job change to another pooling area whose gap of
// 3 months or less ended with the new job (43号 ①; 粤医保规〔2022〕6号 art.
// 12): the gap's months may be paid back at the new place, with cover for
// them back-dated and no wait. No source says by when, so cover for the
// gap stays unsettled as a whole; a day in the gap is not covered as it
// stands and covered once the gap is paid back there (audit round 26,
// R26-W1), never "not covered, plan on the latest date". Not where the
// region's own rule disagrees (that is confirm-locally with its note).
func (o *Outcome) transferGapEnded33b(d Date, resume *Date) bool {
	return o.Path == PathTransferWithin && o.Retroactive == TriUnknown && o.Facts.GapEnded != nil &&
		slices.Contains(o.Notes, NoteGapEnded) &&
		!slices.Contains(o.Notes, NoteRulesDisagree) && !slices.Contains(o.Notes, NoteStartDisagree) &&
		o.StoppedOn != nil && !d.Before(*o.StoppedOn) && resume != nil && d.Before(*resume)
}
