package rules

import "slices"

// UnusedFact is a fact the person gave that the answer does not use; Why
// names the text that says why ("not used for this answer because …").
type UnusedFact struct {
	Fact  Field
	Value string
	Why   string
}

// Why a given fact is not used.
const (
	// UnusedNotRelevant: the fact matters only in other cases (a base for
	// an employer's arrears, a sex where the region's figure is the same).
	UnusedNotRelevant = "not-relevant"
	// UnusedPayDate: a payment date changes only an employer's late fee;
	// the other dates assume payment this month.
	UnusedPayDate = "pay-date"
	// UnusedFirstEnrolment: a first enrolment is answered for working
	// people and residents; at retirement age the years decide.
	UnusedFirstEnrolment = "first-enrolment"
	// UnusedNoGap: nothing before this month is unpaid, so amounts and
	// dates of arrears change nothing.
	UnusedNoGap = "no-gap"
	// UnusedWindowCalendar: an in_window the region's sourced calendar
	// contradicts (Zhejiang art. 23); the calendar decides the dates
	// (audit round 3 R3-M3).
	UnusedWindowCalendar = "window-calendar"
	// UnusedSpanNoStart: the end of a treatment span without its first
	// day: no day to judge from.
	UnusedSpanNoStart = "span-no-start"
)

// UnusedIDs lists every reason, for the loader.
var UnusedIDs = []string{UnusedNotRelevant, UnusedPayDate, UnusedFirstEnrolment, UnusedNoGap, UnusedWindowCalendar, UnusedSpanNoStart}

// payDatePaths use a given payment date; every other path answers for
// paying this month.
var payDatePaths = []Path{PathUnitArrears, PathEmployerGone, PathNotRegistered}

// reportUnused lists the facts given that the decision did not use: those
// the relevance graph pruned, and those a path reads past.
func (o *Outcome) reportUnused(given Facts) {
	o.Unused = o.Unused[:0]
	// Pooled copies (scratch.go): given and o stay off the heap.
	g, used := borrow(&given), borrow(&o.Facts)
	defer giveBack(g)
	defer giveBack(used)
	for _, d := range Schema {
		v := d.get(g)
		if v == "" {
			continue
		}
		why := ""
		switch {
		case d.get(used) == "" && !(d.AltOf != "" && d.IsSet(used)):
			why = UnusedNotRelevant
		case d.Field == FieldPayDate && !slices.Contains(payDatePaths, o.Path) &&
			!(o.Path == PathResidentRenewal && slices.Contains(o.Notes, NoteWindowCurrentYear)) &&
			!slices.Contains(o.Notes, NotePayDatePlan) &&
			!(o.Path == PathFirstEnrolment && o.ResumesOn != nil): // the registration day (enrol.go)
			why = UnusedPayDate
		case d.Field == FieldFirstEnrolment && v == "true" && o.Path != PathFirstEnrolment:
			why = UnusedFirstEnrolment
		case d.Field == FieldTreatmentUntil && given.TreatmentDate == nil:
			why = UnusedSpanNoStart
		case d.Field == FieldInWindow && slices.Contains(o.Notes, NoteWindowContradicted):
			why = UnusedWindowCalendar
		case o.Path == PathNoGap && slices.Contains([]Field{FieldArrears, FieldArrearsMonthly, FieldDueDate, FieldUnitStatus}, d.Field):
			why = UnusedNoGap
		}
		if why != "" {
			o.Unused = append(o.Unused, UnusedFact{Fact: d.Field, Value: v, Why: why})
		}
	}
}
