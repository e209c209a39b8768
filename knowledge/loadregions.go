package knowledge

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"bujiao/rules"

	"github.com/shopspring/decimal"
)

// Regions: each policy is the national baseline with the region's
// overrides decoded on top, then checked.

func (l *loader) buildRegions(b *Base, opt Options) {
	var national *located[Region]
	for i, r := range l.regions {
		if r.v.ID == rules.NationalRegion {
			national = &l.regions[i]
		}
	}
	if national == nil {
		l.add(Problem{Pos: Pos{"(regions)", 1, 1}, Severity: SevError, Field: "regions", reference: true,
			Message: "no region with id \"national\": the baseline every other region builds on"})
		return
	}
	for _, r := range l.regions {
		reg := r.v
		if !l.checkID(r.file, r.path+".id", reg.ID) {
			continue
		}
		if _, dup := b.regions[reg.ID]; dup {
			first := ""
			for _, o := range l.regions {
				if o.v.ID == reg.ID {
					first = l.firstCopy(o.file, o.path+".id")
					break
				}
			}
			l.errorf(r.file, r.path+".id", "duplicate region id %q%s", reg.ID, first)
			continue
		}
		var p rules.Policy
		// Decode the baseline afresh for each region so no pointer or slice
		// is shared, then the region's own values over it.
		bd := &decoder{file: national.file, problems: new([]Problem)}
		bd.decode(&national.v.Policy, reflectValue(&p), national.path+".policy")
		if reg.ID != rules.NationalRegion {
			d := &decoder{file: r.file, problems: &l.problems}
			if reg.Policy.Kind != 0 {
				d.decode(&reg.Policy, reflectValue(&p), r.path+".policy")
			}
		} else {
			d := &decoder{file: r.file, problems: &l.problems}
			var q rules.Policy
			d.decode(&reg.Policy, reflectValue(&q), r.path+".policy")
		}
		p.Region = reg.ID
		reg.policy = p
		b.regions[reg.ID] = reg
		b.policies[reg.ID] = p
		if reg.ID != rules.NationalRegion {
			b.regionList = append(b.regionList, reg.ID)
		}
		l.checkText(r.file, r.path+".name", reg.Name)
		l.checkText(r.file, r.path+".summary", reg.Summary)
		if reg.CheckedOn.IsZero() {
			l.errorf(r.file, r.path+".checked_on", "checked_on (YYYY-MM-DD) is required for a region's figures")
		} else if l.checkFuture(r.file, r.path+".checked_on", reg.CheckedOn, opt) {
		} else if !opt.Today.IsZero() && reg.CheckedOn.AddDays(365).Before(opt.Today) {
			l.warnf(r.file, r.path+".checked_on", "figures checked on %s, more than 12 months ago; check them again", reg.CheckedOn)
		}
		if len(reg.Sources) == 0 {
			l.errorf(r.file, r.path+".sources", "a region needs the IDs of the laws its figures come from")
		}
		for i, s := range reg.Sources {
			if _, ok := b.laws[s]; !ok {
				l.referencef(r.file, fmt.Sprintf("%s.sources[%d]", r.path, i), "unknown law %q%s", s, didYouMean(s, b.lawOrder))
			}
		}
		l.checkPolicy(r.file, r.path+".policy", p, b)
		if reg.ID != rules.NationalRegion {
			l.checkInheritance(r.file, r.path+".policy", &r.v.Policy, p)
		}
	}
	b.regionList = append(b.regionList, rules.NationalRegion)
	for _, id := range b.regionList {
		reg := b.regions[id]
		names := append([]string{reg.ID, reg.Name.Zh, reg.Name.En}, reg.Aliases...)
		for _, a := range names {
			a = strings.ToLower(strings.TrimSpace(a))
			if a == "" {
				continue
			}
			for _, have := range b.aliases {
				if have.text == a && have.region != id {
					hint := ""
					if id == rules.NationalRegion || have.region == rules.NationalRegion {
						hint = "; a place with a region file of its own comes out of national's aliases"
					}
					l.errorf(l.regionFile(id), "aliases", "alias %q is used by both %s and %s%s", a, have.region, id, hint)
				}
			}
			b.aliases = append(b.aliases, alias{a, id})
		}
	}
	sort.SliceStable(b.aliases, func(i, j int) bool { return len(b.aliases[i].text) > len(b.aliases[j].text) })
}

func (l *loader) regionFile(id string) string {
	for _, r := range l.regions {
		if r.v.ID == id {
			return r.file
		}
	}
	return "(regions)"
}

func (l *loader) checkPolicy(file, field string, p rules.Policy, b *Base) {
	rng := func(f string, v, lo, hi int) {
		if v < lo || v > hi {
			l.errorf(file, field+"."+f, "%d is out of range %d to %d", v, lo, hi)
		}
	}
	for _, g := range []struct {
		name string
		gp   rules.GapPolicy
	}{{"transfer", p.Transfer}, {"individual", p.Individual.GapPolicy}} {
		rng(g.name+".limit_months", g.gp.LimitMonths, 0, 24)
		rng(g.name+".within_limit.waiting_months", g.gp.WithinLimit.WaitingMonths, 0, 24)
		rng(g.name+".over_limit.waiting_months", g.gp.OverLimit.WaitingMonths, 0, 24)
		rng(g.name+".switch_min_continuous_years", g.gp.SwitchMinContinuousYears, 0, 20)
		l.checkCites(file, field+"."+g.name+".basis", g.gp.Basis, b)
	}
	rng("benefit_days.stop_day", p.BenefitDays.StopDay, 0, 28)
	rng("benefit_days.restart_day", p.BenefitDays.RestartDay, 0, 28)
	l.checkCites(file, field+".benefit_days.basis", p.BenefitDays.Basis, b)
	l.checkCites(file, field+".unemployment.basis", p.Unemployment.Basis, b)
	rng("unit_arrears.resume_months_after_payment", p.UnitArrears.ResumeMonthsAfterPayment, 0, 24)
	rng("unit_arrears.order_deadline_days", p.UnitArrears.OrderDeadlineDays, 0, 365)
	if !slices.Contains([]string{rules.GapCoverNone, rules.GapCoverIfPaidByDeadline, rules.GapCoverUnknown}, p.UnitArrears.GapCover) {
		l.errorf(file, field+".unit_arrears.gap_cover", "gap_cover must be none, if-paid-by-deadline or unknown")
	}
	l.checkCites(file, field+".unit_arrears.basis", p.UnitArrears.Basis, b)
	lf := p.LateFee
	if !lf.RatePerDay.IsPositive() || lf.RatePerDay.GreaterThan(decimal.RequireFromString("0.01")) {
		l.errorf(file, field+".late_fee.rate_per_day", "rate per day must be above 0 and at most 0.01 (1 %%)")
	}
	if lf.FineMultipleMin < 1 || lf.FineMultipleMax < lf.FineMultipleMin || lf.FineMultipleMax > 10 {
		l.errorf(file, field+".late_fee.fine_multiple_min", "fine multiples must satisfy 1 <= min <= max <= 10")
	}
	if lf.UndeclaredMultiple.LessThan(decimal.NewFromInt(1)) || lf.UndeclaredMultiple.GreaterThan(decimal.NewFromInt(3)) {
		l.errorf(file, field+".late_fee.undeclared_multiple", "undeclared multiple must be 1 to 3")
	}
	ip := p.Individual
	if r := ip.ContributionRate; r != nil && (!r.IsPositive() || r.GreaterThan(decimal.RequireFromString("0.5"))) {
		l.errorf(file, field+".individual.contribution_rate", "rate must be above 0 and at most 0.5")
	}
	if ip.BaseMin != nil && ip.BaseMax != nil && ip.BaseMin.GreaterThan(*ip.BaseMax) {
		l.errorf(file, field+".individual.base_min", "base_min is above base_max")
	}
	rt := p.Retirement
	for _, y := range []struct {
		f string
		v *decimal.Decimal
	}{{"required_years", rt.RequiredYears}, {"required_years_male", rt.RequiredYearsMale},
		{"required_years_female", rt.RequiredYearsFemale}, {"min_local_years", rt.MinLocalYears}} {
		if y.v != nil && (!y.v.IsPositive() || y.v.GreaterThan(decimal.NewFromInt(50))) {
			l.errorf(file, field+".retirement."+y.f, "years must be above 0 and at most 50")
		}
	}
	if rt.RequiredYears != nil && (rt.RequiredYearsMale != nil || rt.RequiredYearsFemale != nil) {
		l.errorf(file, field+".retirement.required_years", "give required_years, or the male and female figures, not both")
	}
	if (rt.RequiredYearsMale == nil) != (rt.RequiredYearsFemale == nil) {
		l.errorf(file, field+".retirement.required_years_male", "give both the male and the female figure")
	}
	l.checkCites(file, field+".retirement.basis", rt.Basis, b)
	rp := p.Resident
	rng("resident.fixed_waiting_months", rp.FixedWaitingMonths, 0, 24)
	rng("resident.variable_months_per_broken_year", rp.VariableMonthsPerBrokenYear, 0, 12)
	rng("resident.repair_months_per_year", rp.RepairMonthsPerYear, 0, 12)
	rng("resident.floor_broken_years", rp.FloorBrokenYears, 0, 50)
	rng("resident.floor_months", rp.FloorMonths, 0, 36)
	l.checkCites(file, field+".resident.basis", rp.Basis, b)
	for i, n := range p.Notes {
		if _, ok := b.items["notes"][n]; !ok {
			l.errorf(file, fmt.Sprintf("%s.notes[%d]", field, i), "unknown note %q", n)
		}
	}
	for i, c := range p.Channels {
		if _, ok := b.items["channels"][c]; !ok {
			l.referencef(file, fmt.Sprintf("%s.channels[%d]", field, i), "unknown channel %q%s", c, didYouMean(c, b.itemOrder["channels"]))
		}
	}
}
