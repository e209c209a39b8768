package knowledge

import (
	"strings"

	"bujiao/rules"
)

// FactText is one fact as people read it.
type FactText struct {
	Field rules.Field
	Label string
	Value string
}

// DescribeFacts lists, in question order, the facts that matter for the
// others, each with its label and value in lang. Facts told that no longer
// apply (a payer, after saying one is retired) are left out.
func (b *Base) DescribeFacts(f rules.Facts, lang Lang) []FactText {
	rel := rules.Relevance(&f, b.Inputs(f.Region))
	out := make([]FactText, 0, 8)
	for i, d := range rules.Schema {
		v := d.Get(&f)
		// A retiree's years are never asked but decide the answer when
		// given (audit round 1, W1), so the case line shows them.
		retiree := f.Retirement == rules.RetirementRetired &&
			(d.Field == rules.FieldYearsPaid || d.Field == rules.FieldLocalYearsPaid || d.Field == rules.FieldSex)
		if v == "" || !rel[i] && !retiree || spanEnd(d, &f) {
			continue
		}
		q := d.Question()
		out = append(out, FactText{Field: q, Label: b.Msg(lang, "d.f."+string(q)), Value: b.factValue(d, &f, v, lang)})
	}
	return out
}

func (b *Base) factValue(d *rules.Fact, f *rules.Facts, v string, lang Lang) string {
	if d.Field == rules.FieldTreatmentDate && f.TreatmentUntil != nil {
		// A span ("下周") is shown as one value; its end is not listed
		// apart (spanEnd).
		return b.Msgf(lang, "treatment.days", "from", v, "until", f.TreatmentUntil.String())
	}
	switch d.Kind {
	case rules.KindEnum:
		if d.Field == rules.FieldReason && v == string(rules.ReasonUnemployment) && f.BenefitEnded != nil {
			// Not "drawing it" once its last month is given (audit
			// round 3 R3-M1).
			return b.Msgf(lang, "case.benefit_until", "month", f.BenefitEnded.String())
		}
		if d.Field == rules.FieldRetirement && v == string(rules.RetirementWorking) &&
			(f.Reason == rules.ReasonUnemployment || f.Reason == rules.ReasonLeftJob) {
			// Not "在职": the person has no job.
			return b.Msg(lang, "d.v.retirement.working.jobless")
		}
		return b.Msg(lang, "d.v."+string(d.Field)+"."+v)
	case rules.KindBool:
		yn := "n"
		if v == "true" {
			yn = "y"
		}
		return b.Msg(lang, "d.v."+string(d.Field)+"."+yn)
	case rules.KindCount, rules.KindYears:
		if d.Field == rules.FieldPremiumYear {
			return v
		}
		if d.Field == rules.FieldGap && v == "0" && f.GapEnded != nil {
			// A move with no month unpaid (fix41a): no gap, never "0
			// months since this month".
			return b.Msg(lang, "d.no_gap_move")
		}
		if d.Field == rules.FieldGap || d.Field == rules.FieldArrearsBeforeLeaving {
			return b.Count(lang, "d.months", v)
		}
		return b.Count(lang, "d.years", v)
	case rules.KindMonth:
		if d.Field == rules.FieldBenefitEnded || d.Field == rules.FieldArrearsPaid || d.Field == rules.FieldPaidBack || d.Field == rules.FieldRegMonth {
			return v // a last month or a one-off payment, not a "since"
		}
		return b.Msgf(lang, "d.since_value", "month", v)
	case rules.KindAmount:
		if d.Field == rules.FieldArrearsMonthly {
			// An amount per month is not what is owed in all.
			return b.Msgf(lang, "d.per_month", "amount", v)
		}
		if lang == Zh {
			return v + b.Msg(lang, "answer.yuan")
		}
		return v + " " + b.Msg(lang, "answer.yuan")
	case rules.KindPlace:
		shown := v
		if r, ok := b.Region(v); ok {
			shown = r.Name.In(lang)
		}
		if f.Place != "" && d.Field == rules.FieldRegion {
			shown = b.Msgf(lang, "place_in_region", "place", b.PlaceDisplay(f.Place, lang), "region", shown)
		}
		return shown
	}
	return v
}

// Count says "n months" or "n years" (key d.months or d.years), with the
// singular for one where the language has it.
func (b *Base) Count(lang Lang, key, n string) string {
	if n == "1" && b.HasMsg(key+".one") {
		key += ".one"
	}
	return b.Msgf(lang, key, "n", n)
}

// CaseLine is the case in one line, for the top of a pasted answer, so
// whoever receives it can check what it assumed.
func (b *Base) CaseLine(f rules.Facts, lang Lang) string { return b.caseLine(f, lang, false) }

// CaseLineOf is the case line of an outcome: when no region was given it
// says so there, on the answer's first line.
func (b *Base) CaseLineOf(o *rules.Outcome, lang Lang) string {
	line := b.caseLine(o.Facts, lang, o.RegionAssumed)
	if o.RepayAssumed {
		// Years to pay back not given: "补缴年数：未说明，按0年计算"
		// (audit round 13 n30).
		label := b.Msg(lang, "d.f."+string(rules.FieldRepayYears)) + Colon(lang)
		line = strings.Replace(line, label+b.Count(lang, "d.years", "0"), label+b.Msg(lang, "answer.repay_assumed"), 1)
	}
	return line
}

func (b *Base) caseLine(f rules.Facts, lang Lang, regionAssumed bool) string {
	facts := b.DescribeFacts(f, lang)
	if regionAssumed {
		for i := range facts {
			if facts[i].Field == rules.FieldRegion {
				facts[i].Value = b.Msg(lang, "answer.region_assumed")
			}
		}
	}
	parts := make([]string, 0, len(facts))
	for i, ft := range facts {
		// A gap given both ways (months and since when) is one fact.
		if i > 0 && facts[i-1].Field == ft.Field {
			parts[len(parts)-1] += b.Msg(lang, "case_also") + ft.Value
			continue
		}
		if ft.Field == rules.FieldBenefitEnded && f.Reason == rules.ReasonUnemployment {
			// Already said by the reason: "unemployment benefit up to
			// 2026-11" (factValue).
			continue
		}
		d, _ := rules.FactByField(ft.Field)
		// An enum's value says what it is, except the scheme before a
		// switch, which needs its label ("原险种：…").
		if d != nil && d.Kind == rules.KindEnum && d.Field != rules.FieldPriorScheme {
			parts = append(parts, ft.Value)
			continue
		}
		parts = append(parts, ft.Label+Colon(lang)+ft.Value)
	}
	return b.Msg(lang, "answer.case") + Colon(lang) + strings.Join(parts, b.Msg(lang, "case_sep"))
}

// SchemaMessages are the message keys every fact needs: what it accepts
// (valid.*), its label (d.f.*), the label of each value (d.v.*) and, for a
// fact the chat asks, its question (d.q.*) and what to type (d.hint.*). A fact added to the schema
// without them fails to load.
func SchemaMessages() []string {
	var keys []string
	for _, d := range rules.Schema {
		keys = append(keys, "valid."+d.Key, "d.f."+string(d.Question()))
		switch d.Kind {
		case rules.KindEnum:
			for _, v := range d.Values {
				keys = append(keys, "d.v."+string(d.Field)+"."+v)
			}
		case rules.KindBool:
			keys = append(keys, "d.v."+string(d.Field)+".y", "d.v."+string(d.Field)+".n")
		}
		if d.Need != rules.NeedOptional && d.AltOf == "" {
			keys = append(keys, "d.q."+string(d.Field), "d.hint."+string(d.Field))
		}
	}
	return keys
}

// DescribeGiven describes every fact set, relevant or not yet: before the
// scheme is known no fact counts as relevant, but a place or a gap typed
// in an inline query is still what was understood.
func (b *Base) DescribeGiven(f rules.Facts, lang Lang) []FactText {
	out := make([]FactText, 0, 8)
	for _, d := range rules.Schema {
		v := d.Get(&f)
		if v == "" || spanEnd(d, &f) {
			continue
		}
		q := d.Question()
		out = append(out, FactText{Field: q, Label: b.Msg(lang, "d.f."+string(q)), Value: b.factValue(d, &f, v, lang)})
	}
	return out
}

// spanEnd: the end of a treatment span is shown with its first day.
func spanEnd(d *rules.Fact, f *rules.Facts) bool {
	return d.Field == rules.FieldTreatmentUntil && f.TreatmentDate != nil
}
