package knowledge

import (
	"slices"

	"bujiao/rules"
)

// Dates of validity (issue 18 item 9): a law entry may carry valid_from and
// valid_to; an answer that applies it on a day outside them says the
// document has expired (or is not yet in force) and the rule may have
// changed. The note is generated, so no region has to remember to add it.

// checkValidity lints a law's validity dates: valid_to after valid_from.
func (l *loader) checkValidity(file, path string, law *Law) {
	if law.ValidFrom != nil && law.ValidTo != nil && law.ValidTo.Before(*law.ValidFrom) {
		l.errorf(file, path+".valid_to", "valid_to %s is before valid_from %s", law.ValidTo, law.ValidFrom)
	}
	for _, d := range []*rules.Date{law.ValidFrom, law.ValidTo} {
		if d != nil && (d.Year < rules.MinYear || d.Year > rules.MaxYear) {
			l.errorf(file, path+".valid_from", "date %s outside %d-%d", d, rules.MinYear, rules.MaxYear)
		}
	}
}

// InForce reports whether the law applies on day; true where no dates are
// given.
func (law *Law) InForce(day rules.Date) bool {
	if law.ValidFrom != nil && day.Before(*law.ValidFrom) {
		return false
	}
	return law.ValidTo == nil || !law.ValidTo.Before(day)
}

// OutOfForce lists the laws an outcome cites that do not apply on its
// day, in citation order.
func (b *Base) OutOfForce(o *rules.Outcome) []*Law {
	var out []*Law
	for _, c := range o.Citations {
		law, ok := b.laws[c.Law]
		if !ok || law.InForce(o.Today) || slices.Contains(out, law) {
			continue
		}
		out = append(out, law)
	}
	return out
}

// validityNotes are the generated notes for the laws out of force.
func (b *Base) validityNotes(o *rules.Outcome, lang Lang) []NamedText {
	var out []NamedText
	for _, law := range b.OutOfForce(o) {
		key, date := "answer.expired", law.ValidTo
		if law.ValidFrom != nil && o.Today.Before(*law.ValidFrom) {
			key, date = "answer.not_yet_in_force", law.ValidFrom
		}
		out = append(out, NamedText{ID: "document-validity:" + law.ID,
			Text: b.Msgf(lang, key, "document", law.Title.In(lang), "date", date.String())})
	}
	return out
}
