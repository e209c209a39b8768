package dialog

// fix46e: a bare "can i use my insurance today?" / "现在能用医保吗" is
// answered by the FAQ entry it finds, with nothing of the case told yet.
// The day asked about is today, and it is the person's: it is kept in the
// case (not echoed: nothing else was told), so the case answer that
// follows the questions carries its day line for today.

// keepToday46e keeps a treatment day of today read from a message that
// states nothing else, where no day is in the case yet.
func (t *turn) keepToday46e(r Route) {
	e := r.Analysis.Extracted
	if e.Treatment == nil || t.today.IsZero() || *e.Treatment != t.today || t.s.Facts.TreatmentDate != nil || !r.Analysis.Stated.Empty() {
		return
	}
	d := *e.Treatment
	t.s.Facts.TreatmentDate = &d
	if e.TreatmentUntil != nil {
		u := *e.TreatmentUntil
		t.s.Facts.TreatmentUntil = &u
	}
}
