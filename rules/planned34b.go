package rules

// Audit round 27, R27-M2 (fix34b): a gap planned ahead by an employee whose
// employer pays now ("明年4月5月不上班 6月再找新工作"). Where the region's rule
// dates the stop and the return on set days (Shanghai: 沪医保规〔2025〕7号
// 三(三) and the 医保局 Q&A S7, "次月15日"), the plan is dated as a gap would
// be once it came: cover stops on the stop day of the month after the first
// unpaid month, returns on the restart day of the month after the new
// employer's first month, and pays nothing in between (上海条例 art. 15).
// Where no source dates the days, ok is false: the reply says the days are
// not settled.

// PlannedGap is a gap planned ahead, dated.
type PlannedGap struct {
	First     Month // the first month left unpaid
	Job       Month // the new employer's first month; zero when not told
	StopsOn   Date
	ResumesOn *Date // nil when no new job is told
	Basis     []Citation
}

// PlanGap dates a planned gap under p; false when p does not date the
// stop and restart days, or the new job does not come after the gap's
// first month.
func PlanGap(p Policy, first, job Month) (PlannedGap, bool) {
	b := p.BenefitDays
	if !b.Sourced() || b.StopDay == 0 || b.RestartDay == 0 || !job.IsZero() && job.Since(first) <= 0 {
		return PlannedGap{}, false
	}
	g := PlannedGap{First: first, Job: job, StopsOn: first.Add(1).Day(b.Stop()), Basis: b.Basis}
	if !job.IsZero() {
		r := job.Add(1).Day(b.Restart())
		g.ResumesOn = &r
	}
	return g, true
}

// Covered judges day d under the plan: covered before the stop (while the
// months before the gap are paid), not covered from the stop until the
// return, covered from the return (while the new employer pays).
func (g PlannedGap) Covered(d Date) bool {
	return d.Before(g.StopsOn) || g.ResumesOn != nil && !d.Before(*g.ResumesOn)
}
