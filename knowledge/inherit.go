package knowledge

import (
	"bujiao/rules"

	"gopkg.in/yaml.v3"
)

// A region file writes only what differs from national.yaml and inherits
// the rest, including the baseline's "unknown" flags. Inherited flags can
// contradict what the region itself says: a region that settles back
// payment for long gaps (over_limit.back_pay: true) but leaves short gaps
// at the baseline's unknown tells a person with the shorter, easier gap to
// "ask 12393 whether you can pay back". checkInheritance reports each such
// contradiction at the region's own value.

// inheritHelp points at the explanation of inheritance.
const inheritHelp = `; state it in this region's file (see "What a region inherits" in knowledge/README.md)`

func (l *loader) checkInheritance(file, field string, own *yaml.Node, p rules.Policy) {
	if own == nil || own.Kind == 0 {
		return
	}
	set := func(path string) bool {
		_, _, rest := walkPath(own, path)
		return rest == ""
	}
	for _, g := range []struct {
		name string
		gp   rules.GapPolicy
	}{{"transfer", p.Transfer}, {"individual", p.Individual.GapPolicy}} {
		treatments := []struct {
			name string
			t    rules.GapTreatment
		}{{"within_limit", g.gp.WithinLimit}, {"over_limit", g.gp.OverLimit}}
		for _, tr := range treatments {
			base := g.name + "." + tr.name
			t := tr.t
			if t.WaitingUnknown && !set(base+".waiting_unknown") {
				if set(base + ".waiting_months") {
					l.errorf(file, field+"."+base+".waiting_months",
						"waiting_months: %d is this region's figure, but it inherits waiting_unknown: true from national.yaml, so answers call the wait unknown and %d only the earliest; write waiting_unknown: false%s",
						t.WaitingMonths, t.WaitingMonths, inheritHelp)
				} else if t.Retroactive.Yes() && set(base+".retroactive") {
					l.errorf(file, field+"."+base+".retroactive",
						"retroactive: true restores cover for the gap, but the region inherits waiting_unknown: true from national.yaml, so answers still call the wait unknown; write waiting_months and waiting_unknown: false%s", inheritHelp)
				}
			}
			// A treatment the region rewrites should settle both of its
			// yes/no points, or say unknown itself.
			if set(base) {
				for _, pair := range [][2]string{{"back_pay", "retroactive"}, {"retroactive", "back_pay"}} {
					own, other := triOf(t, pair[0]), triOf(t, pair[1])
					if own.Known() && set(base+"."+pair[0]) && !other.Known() && !set(base+"."+pair[1]) {
						l.errorf(file, field+"."+base+"."+pair[0],
							"%s: %s is this region's, but %s is inherited as unknown from national.yaml, so answers tell people to ask 12393 about it; write %s: true, false or unknown here%s",
							pair[0], own, pair[1], pair[1], inheritHelp)
					}
				}
			}
		}
		// A long gap the region settles while a short one, easier
		// everywhere, stays the baseline's unknown.
		for _, k := range []string{"back_pay", "retroactive"} {
			over, within := triOf(g.gp.OverLimit, k), triOf(g.gp.WithinLimit, k)
			if over.Yes() && set(g.name+".over_limit."+k) && !within.Known() && !set(g.name+".within_limit."+k) && g.gp.LimitMonths > 0 {
				l.errorf(file, field+"."+g.name+".over_limit."+k,
					"over_limit.%s: true, but within_limit.%s (gaps of up to %d months) is inherited as unknown from national.yaml, so a shorter gap is told to ask 12393 what a longer one is told yes; write within_limit.%s%s",
					k, k, g.gp.LimitMonths, k, inheritHelp)
			}
		}
	}
	ua := p.UnitArrears
	if ua.ResumeUnknown && !set("unit_arrears.resume_unknown") && set("unit_arrears.resume_months_after_payment") {
		l.errorf(file, field+".unit_arrears.resume_months_after_payment",
			"resume_months_after_payment: %d is this region's figure, but it inherits resume_unknown: true from national.yaml, so answers give no date; write resume_unknown: false%s",
			ua.ResumeMonthsAfterPayment, inheritHelp)
	}
}

func triOf(t rules.GapTreatment, key string) rules.Tri {
	if key == "back_pay" {
		return t.BackPay
	}
	return t.Retroactive
}
