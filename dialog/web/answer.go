package web

import (
	"errors"
	"slices"
	"strings"

	"bujiao/knowledge"
	"bujiao/rules"
)

// FieldError is one problem with a case, named by its fact key (the ask
// flag in snake case); Field is empty for problems with the request as a
// whole. It is the JSON API's error object.
type FieldError struct {
	Field   string `json:"field"`
	Message string `json:"message"`
	// Missing marks a fact the answer still needs (as opposed to a bad
	// value); the page shows it as a question rather than an error.
	Missing bool `json:"-"`
}

// evaluate turns fact values (snake-case keys, as the ask flags) into an
// outcome exactly as `bujiao ask` does: ParseFacts, Defaults, Evaluate.
// Bad and missing facts come back as FieldErrors in lang; err is only for
// failures that are not the case's fault.
func evaluate(b *knowledge.Base, kv map[string]string, day rules.Date, lang knowledge.Lang) (rules.Outcome, []FieldError, error) {
	facts, ferrs := knowledge.ParseFacts(kv, b)
	if len(ferrs) > 0 {
		out := make([]FieldError, 0, len(ferrs))
		for _, e := range ferrs {
			out = append(out, factError(b, lang, e, kv))
		}
		return rules.Outcome{}, out, nil
	}
	knowledge.Defaults(&facts)
	o, err := b.Evaluate(facts, day)
	if err == nil {
		return o, nil, nil
	}
	var missing *rules.MissingFactsError
	var invalid *rules.InvalidFactError
	switch {
	case errors.As(err, &missing):
		out := make([]FieldError, 0, len(missing.Fields))
		for _, f := range missing.Fields {
			key := string(f)
			if f == rules.FieldGap {
				key = "gap_months"
			}
			out = append(out, FieldError{Field: key, Message: missingMessage(b, lang, key), Missing: true})
		}
		return rules.Outcome{}, out, nil
	case errors.As(err, &invalid):
		key := string(invalid.Field)
		if invalid.Field == rules.FieldGap {
			key = "gap_months"
			if kv["since"] != "" {
				key = "since"
			}
		}
		return rules.Outcome{}, []FieldError{{Field: key, Message: invalidMessage(b, lang, key, kv[key])}}, nil
	}
	return rules.Outcome{}, nil, err
}

func factError(b *knowledge.Base, lang knowledge.Lang, e *knowledge.FactError, kv map[string]string) FieldError {
	switch {
	case !slices.Contains(knowledge.FactKeys, e.Key):
		return FieldError{Field: e.Key, Message: tr(lang, "err.unknown_key", "key", e.Key,
			"keys", strings.Join(append(slices.Clone(knowledge.FactKeys), "today", "lang"), ", "))}
	case e.Key == "since" && kv["gap_months"] != "" && kv["since"] != "" && e.Valid != knowledge.FactValid["since"]:
		return FieldError{Field: "since", Message: tr(lang, "err.both")}
	}
	return FieldError{Field: e.Key, Message: invalidMessage(b, lang, e.Key, kv[e.Key])}
}

// validText is the knowledge base's description of a key's valid values
// (cli.yaml valid.*), falling back to knowledge.FactValid.
// Clauses that point at command-line flags ("或用 --since YYYY-MM") are
// left out: on the page and in the API the alternative is a field or key.
func validText(b *knowledge.Base, lang knowledge.Lang, key string) string {
	if !b.HasMsg("valid." + key) {
		return knowledge.FactValid[key]
	}
	s := b.Msg(lang, "valid."+key)
	for _, sep := range []string{"；", "; "} {
		parts := strings.Split(s, sep)
		kept := parts[:0]
		for _, p := range parts {
			if !strings.Contains(p, "--") {
				kept = append(kept, p)
			}
		}
		if len(kept) > 0 {
			s = strings.Join(kept, sep)
		}
	}
	return s
}

func invalidMessage(b *knowledge.Base, lang knowledge.Lang, key, value string) string {
	return tr(lang, "err.invalid", "value", value, "valid", validText(b, lang, key))
}

func missingMessage(b *knowledge.Base, lang knowledge.Lang, key string) string {
	if enumKeys[key] {
		return tr(lang, "err.missing")
	}
	return tr(lang, "err.missing_valid", "valid", validText(b, lang, key))
}

// enumKeys are answered by choosing, not typing.
var enumKeys = map[string]bool{"scheme": true, "prior_scheme": true, "payer": true, "reason": true,
	"unit_status": true, "retirement": true, "sex": true, "newborn": true, "in_window": true}
