package rules

// stopPassed39b: a gap that has ended is judged as it stood in the month
// paying resumed, when the stop could still lie ahead ("the stop date
// 2026-11-15 has not come yet: you are covered until 2026-11-14", told on
// 2026-12-07 to someone who joined as a flexible worker in November, fix39b
// R30-W1). By today the stop has passed: the notes and the question about
// paying before it no longer apply.
func (o *Outcome) stopPassed39b() {
	if o.StoppedOn == nil || o.Today.Before(*o.StoppedOn) {
		return
	}
	o.Notes = slicesWithout(o.Notes, NoteStopAhead, NoteStopAheadConvention)
	o.AskLocally = slicesWithout(o.AskLocally, AskPayBeforeStop, AskStopDay)
}
