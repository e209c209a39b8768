package rules

// moverFlexWait39b: someone who moved to another pooling area and pays
// there on their own (a self-payer, or someone whose job ended) joins the
// new region as a flexible worker. Where that region settles the flexible
// workers' wait and waives it only for joining within a window from the
// stop (Shanghai 2025 No. 7 三(四): 6 months, waived within 3 months of
// losing employee or resident benefits), a join after the window does not
// escape the region's wait: 43号 ③ allows a wait of up to 6 months, and the
// region's own 6 months fill it, so the earliest day is the region's date,
// never the payment month (audit round 30, R30-W1, fix39b). The latest
// stays the ceiling's.
func (o *Outcome) moverFlexWait39b(f Facts, p Policy, payMonth Month) {
	ip := p.Individual
	t := ip.OverLimit
	if o.Path != PathTransferOver || f.Scheme != SchemeEmployee || !ip.WindowFromStop ||
		f.Payer != PayerIndividual && f.Reason != ReasonLeftJob ||
		t.WaitingUnknown || t.WaitingIsMaximum || t.WaitingMonths <= 1 ||
		o.ResumesOn != nil || o.ResumesEarliest == nil {
		return
	}
	if o.withinWindow(ip.GapPolicy) {
		return // the region's waiver may hold: the range stands
	}
	region := payMonth.Add(t.WaitingMonths).Day(p.BenefitDays.Restart())
	if o.ResumesEarliest.Before(region) {
		o.ResumesEarliest = &region
	}
	if o.ResumesLatest != nil && o.ResumesLatest.Before(region) {
		o.ResumesLatest = &region
	}
	o.citeAll(ip.Basis)
}
