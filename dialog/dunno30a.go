package dialog

import (
	"bujiao/rules"

	"github.com/shopspring/decimal"
)

// A second "not sure" at a question the answer cannot be given without
// (fix30a, issue 17): how long the gap is, who paid, why it stopped, the
// years paid at retirement age, the sex where it sets the years. Before,
// the hint and then "it cannot be skipped" came with the same question
// again, forever. No value is assumed (a shorter gap would promise cover
// too early, an employer paying would make someone else liable): the
// outcome under each possibility is said, with where to find the fact
// and 12393, and the question is not put again. Its buttons stay, and a
// value typed or told later ("断了4个月", "单位交的") still gives the dated
// answer, as at the broken-years question (dont_know23a.go).

// rangeKeys30a are the messages that say each possibility, by question.
var rangeKeys30a = map[rules.Field]string{
	rules.FieldGap:       "d.dunno.gap_range",
	rules.FieldSince:     "d.dunno.gap_range",
	rules.FieldPayer:     "d.dunno.payer_range",
	rules.FieldReason:    "d.dunno.reason_range",
	rules.FieldYearsPaid: "d.dunno.years_paid_range",
	rules.FieldSex:       "d.dunno.sex_range",
}

// dontKnowRange30a answers a second "not sure" at f with the outcome
// under each possibility; false when the ordinary reply stands.
func (t *turn) dontKnowRange30a(f rules.Field) bool {
	key, ok := rangeKeys30a[f]
	if !ok || t.s.Misses < 1 || !t.kb.HasMsg(key) {
		return false
	}
	// Misses stays: a further "not sure" gets this answer again, never
	// the hint and the question.
	t.event(Event{Kind: EvHuman}) // the reply gives the human routes
	t.s.Asking = f
	msg := t.msg(key)
	if n := t.s.Facts.ArrearsBeforeLeaving; (f == rules.FieldGap || f == rules.FieldSince) && n != nil && *n > 0 {
		// The former employer's months owed are part of the gap: it is at
		// least that long, and past 3 months the shorter case is gone.
		k := "d.dunno.gap_former_min"
		if *n > 3 {
			k = "d.dunno.gap_former_over3"
		}
		msg = t.kb.Msgf(t.s.Lang, k, "months", t.months(itoa(*n))) + msg
	}
	if f == rules.FieldSex {
		if m, ok := t.sexRange30a(); ok {
			msg = m
		}
	}
	t.sayButtons(t.questionButtons(f, t.mergeOf(f)), para(text(msg)))
	return true
}

// sexRange30a says, for the years told, whether they meet the region's
// figure for men and for women; false where the sources give no figure
// for both or the years are not known. During a phase-in the figure is
// only a ceiling, so years below it are "may be short", never "short by".
func (t *turn) sexRange30a() (string, bool) {
	p, fallback := t.kb.Policy(t.s.Facts.Region)
	r, y := p.Retirement, t.s.Facts.YearsPaid
	if fallback || !r.BySex() || r.RequiredYearsMale == nil || r.RequiredYearsFemale == nil || y == nil {
		return "", false
	}
	ceiling := r.FullFrom != nil && t.today.Before(*r.FullFrom)
	part := func(sex rules.Sex, req decimal.Decimal) string {
		key := "d.dunno.sex_meets"
		if met := y.GreaterThan(req) || !r.StrictlyMore && y.Equal(req); !met {
			key = "d.dunno.sex_short"
			if ceiling {
				key = "d.dunno.sex_short_ceiling"
			}
		}
		return t.kb.Msgf(t.s.Lang, key, "sex", t.msg("d.dunno.sex_who."+string(sex)), "years", t.years(req.String()))
	}
	return t.kb.Msgf(t.s.Lang, "d.dunno.sex_range_years", "paid", t.years(y.String()),
		"male", part(rules.SexMale, *r.RequiredYearsMale), "female", part(rules.SexFemale, *r.RequiredYearsFemale)), true
}
