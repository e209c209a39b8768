package dialog

import (
	"fmt"
	"slices"
	"strconv"

	"bujiao/knowledge"
	"bujiao/rules"
)

// Which facts are asked before the first answer (issue 17, item 1): a fact
// is asked only if some value of it changes an outcome for the facts given
// so far. An outcome is the verdict, the day cover stopped, the day (or
// range) it resumes, cover for the gap and the first dated deadline; money
// is not. TestNeedMatchesOutcomes probes the schema's Need column with the
// same key over a grid of cases.

// outcomeKey is what decides an answer: verdict, stop, resumption, gap
// cover and the first dated deadline.
func outcomeKey(o *rules.Outcome) string {
	ds := func(d *rules.Date) string {
		if d == nil {
			return "-"
		}
		return d.String()
	}
	first := "-"
	for _, d := range o.Deadlines {
		if d.On != nil {
			first = d.ID + "@" + d.On.String()
			break
		}
	}
	return fmt.Sprintf("%s stop=%s resume=%s [%s,%s] retro=%s deadline=%s", o.Verdict, ds(o.StoppedOn), ds(o.ResumesOn),
		ds(o.ResumesEarliest), ds(o.ResumesLatest), o.Retroactive, first)
}

// probeValues are the values a probed fact takes: each value, the presets
// and the thresholds the rules use for numbers, and dates around today.
func probeValues(d *rules.Fact, today rules.Date) []string {
	switch d.Kind {
	case rules.KindEnum, rules.KindBool:
		return d.Values
	case rules.KindCount, rules.KindYears:
		ns := []int{0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30}
		for _, p := range d.Presets {
			if !slices.Contains(ns, p) {
				ns = append(ns, p)
			}
		}
		var out []string
		for _, n := range ns {
			if n <= d.Max {
				out = append(out, strconv.Itoa(n))
			}
		}
		return out
	case rules.KindAmount:
		return []string{"0", "100", "1200", "12000", "500000"}
	case rules.KindDate:
		var out []string
		for _, n := range []int{-800, -400, -120, -60, -15, 0, 15, 60, 200} {
			out = append(out, today.AddDays(n).String())
		}
		return out
	case rules.KindMonth:
		var out []string
		for _, n := range []int{-24, -12, -6, -3, -1, 0} {
			out = append(out, today.MonthOf().Add(n).String())
		}
		return out
	}
	return nil
}

// changesOutcome reports whether some value of the fact f, not given,
// changes an outcome for the facts given so far. The facts must hold
// everything a decision requires; where a value cannot be decided, or
// nothing can, the fact is taken to matter (asked, never assumed away).
func changesOutcome(kb *knowledge.Base, facts rules.Facts, f rules.Field, today rules.Date) bool {
	d, ok := rules.FactByField(f)
	if !ok {
		return true
	}
	seen := ""
	// One copy for every value tried: through d.Set each copy would move
	// to the heap.
	g := new(rules.Facts)
	for _, v := range probeValues(d, today) {
		*g = facts
		if err := d.Set(g, v); err != nil {
			continue
		}
		o, err := kb.Evaluate(*g, today)
		if err != nil {
			return true
		}
		k := outcomeKey(&o)
		if seen != "" && k != seen {
			return true
		}
		seen = k
	}
	return seen == ""
}
