package knowledge

import (
	"errors"
	"strings"

	"bujiao/rules"
)

// ProblemKind says what is wrong with one fact of a case.
type ProblemKind string

// Problem kinds; the strings are part of the JSON API's error objects.
const (
	ProblemMissing    ProblemKind = "missing"     // the answer needs it
	ProblemInvalid    ProblemKind = "invalid"     // the value cannot be used
	ProblemUnknownKey ProblemKind = "unknown-key" // no such fact
	ProblemAmbiguous  ProblemKind = "ambiguous"   // a place name shared by several places
	ProblemConflict   ProblemKind = "conflict"    // two keys that exclude each other
)

// CaseProblem is one thing wrong with a case, named by its fact key (snake
// case; the ask flag is the same with dashes).
type CaseProblem struct {
	Key   string
	Value string
	Kind  ProblemKind
	// Valid describes the accepted values in the answer's language.
	Valid string
	// Reason is what the rules said about an invalid value (English).
	Reason string
	// Suggestions are the closest keys or places ("did you mean");
	// Candidates the places a shared name could mean.
	Suggestions []string
	Candidates  []string
	// Excludes is the other key of a conflict.
	Excludes string
}

// Case is a case answered from key/values.
type Case struct {
	Facts   rules.Facts
	Outcome rules.Outcome
	// Problems, when any, replace the outcome.
	Problems []CaseProblem
	// RegionAssumed: no region was given and the national rules answer;
	// the answer must say so first.
	RegionAssumed bool
}

// AnswerCase is the one way a case given as key/values is answered: by
// `ask`, the page, the JSON API, `kb diff` and scenarios. Facts implied by
// others are filled (a payer means a working employee); nothing else is
// assumed except the national rules when no region is given, which the
// case records. err is only for failures that are not the case's fault.
func (b *Base) AnswerCase(kv map[string]string, today rules.Date, lang Lang) (Case, error) {
	var c Case
	facts, ferrs := ParseFacts(kv, b)
	for _, e := range ferrs {
		c.Problems = append(c.Problems, b.factProblem(e, kv, lang))
	}
	if len(c.Problems) > 0 {
		return c, nil
	}
	if facts.Region == "" {
		facts.Region, c.RegionAssumed = rules.NationalRegion, true
	}
	p, fallback := b.Policy(facts.Region)
	facts = rules.Imply(facts, rules.InputsOf(p))
	c.Facts = facts
	p = b.withLeft45a(facts, p) // left45a.go
	o, err := rules.Evaluate(facts, p, today, fallback || c.RegionAssumed)
	var missing *rules.MissingFactsError
	repayAssumed := false
	if errors.As(err, &missing) && len(missing.Fields) == 1 && missing.Fields[0] == rules.FieldRepayYears {
		// A resident's break with no years to pay back given: none is
		// counted, and the answer says so (audit round 13 n30); the chat
		// still asks.
		zero := 0
		facts.RepayYears, repayAssumed = &zero, true
		c.Facts = facts
		o, err = rules.Evaluate(facts, p, today, fallback || c.RegionAssumed)
	}
	if err == nil {
		o.RegionAssumed = c.RegionAssumed
		if repayAssumed {
			o.RepayAssumed = true
			o.Notes = append(o.Notes, rules.NoteRepayAssumed)
		}
		c.Outcome = o
		return c, nil
	}
	var invalid *rules.InvalidFactError
	switch {
	case errors.As(err, &missing):
		for _, f := range missing.Fields {
			key := keyOf(f)
			c.Problems = append(c.Problems, CaseProblem{Key: key, Kind: ProblemMissing, Valid: b.validText(lang, key)})
		}
		return c, nil
	case errors.As(err, &invalid):
		key := keyOf(invalid.Field)
		if invalid.Field == rules.FieldGap && kv["since"] != "" {
			key = "since"
		}
		c.Problems = append(c.Problems, CaseProblem{Key: key, Value: kv[key], Kind: ProblemInvalid,
			Reason: invalid.Reason, Valid: b.validText(lang, key)})
		return c, nil
	}
	return c, err
}

// keyOf is the key of the schema row that answers field.
func keyOf(f rules.Field) string {
	if d, ok := rules.FactByField(f); ok {
		return d.Key
	}
	return string(f)
}

func (b *Base) factProblem(e *FactError, kv map[string]string, lang Lang) CaseProblem {
	p := CaseProblem{Key: e.Key, Value: e.Value, Kind: ProblemInvalid, Valid: b.validText(lang, e.Key),
		Suggestions: e.Suggestions, Candidates: e.Candidates}
	switch {
	case !isFactKey(e.Key):
		p.Kind, p.Valid = ProblemUnknownKey, strings.Join(FactKeys, ", ")
	case len(e.Candidates) > 0:
		p.Kind = ProblemAmbiguous
	case e.Excludes != "":
		p.Kind, p.Excludes = ProblemConflict, e.Excludes
	}
	return p
}

// validText describes a key's valid values in lang: the knowledge base's
// valid.* text, else the schema's own description.
func (b *Base) validText(lang Lang, key string) string {
	if b.HasMsg("valid." + key) {
		return b.Msg(lang, "valid."+key)
	}
	if d, ok := rules.FactByKey(key); ok {
		return d.Describe()
	}
	return ""
}

func isFactKey(k string) bool { _, ok := rules.FactByKey(k); return ok }

// Err describes the case's problems as one error (for tools and logs, in
// English), nil when there are none.
func (c Case) Err() error {
	if len(c.Problems) == 0 {
		return nil
	}
	var errs []error
	for _, p := range c.Problems {
		errs = append(errs, p)
	}
	return errors.Join(errs...)
}

func (p CaseProblem) Error() string {
	switch p.Kind {
	case ProblemMissing:
		return "missing facts: " + p.Key
	case ProblemUnknownKey:
		return "unknown fact " + p.Key
	case ProblemAmbiguous:
		return p.Key + ": " + p.Value + " is ambiguous: " + strings.Join(p.Candidates, ", ")
	}
	msg := p.Key + ": invalid value " + p.Value
	if p.Reason != "" {
		msg += ": " + p.Reason
	}
	if len(p.Suggestions) > 0 {
		msg += "; did you mean " + strings.Join(p.Suggestions, ", ") + "?"
	}
	return msg
}
