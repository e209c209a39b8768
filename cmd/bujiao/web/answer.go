package web

import (
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
	// Suggestions are the closest names for an unknown key or place;
	// Candidates the places a shared name could mean.
	Suggestions []string `json:"suggestions,omitempty"`
	Candidates  []string `json:"candidates,omitempty"`
	// Missing marks a fact the answer still needs (as opposed to a bad
	// value); the page shows it as a question rather than an error.
	Missing bool `json:"-"`
}

// evaluate answers a case given as fact values (snake-case keys, as the ask
// flags) through the one use case every surface shares. Problems come back
// as FieldErrors in lang; err is only for failures that are not the case's
// fault.
func evaluate(b *knowledge.Base, kv map[string]string, day rules.Date, lang knowledge.Lang) (rules.Outcome, []FieldError, error) {
	c, err := b.AnswerCase(kv, day, lang)
	if err != nil {
		return rules.Outcome{}, nil, err
	}
	if len(c.Problems) == 0 {
		return c.Outcome, nil, nil
	}
	out := make([]FieldError, 0, len(c.Problems))
	for _, p := range c.Problems {
		out = append(out, problemError(b, lang, p))
	}
	return rules.Outcome{}, out, nil
}

func problemError(b *knowledge.Base, lang knowledge.Lang, p knowledge.CaseProblem) FieldError {
	fe := FieldError{Field: p.Key, Suggestions: p.Suggestions, Candidates: p.Candidates}
	switch p.Kind {
	case knowledge.ProblemMissing:
		fe.Missing = true
		fe.Message = missingMessage(b, lang, p.Key)
	case knowledge.ProblemUnknownKey:
		fe.Message = tr(lang, "err.unknown_key", "key", p.Key,
			"keys", strings.Join(append(slices.Clone(knowledge.FactKeys), "today", "lang"), ", "))
	case knowledge.ProblemConflict:
		fe.Message = tr(lang, "err.both")
		if p.Excludes != "gap_months" {
			fe.Message = tr(lang, "err.both_keys", "a", p.Excludes, "b", p.Key)
		}
	case knowledge.ProblemAmbiguous:
		if lang == knowledge.En {
			fe.Candidates = englishCandidates(b, p.Value, p.Candidates)
		}
		fe.Message = tr(lang, "err.ambiguous", "value", p.Value, "candidates", strings.Join(fe.Candidates, b.Msg(lang, "list_sep")))
	default:
		v := p.Value
		if v == "" {
			v = p.Reason
		}
		fe.Message = invalidMessage(b, lang, p.Key, v)
		if lang == knowledge.En && p.Key == "region" && len(p.Suggestions) > 0 {
			fe.Suggestions = englishSuggestions(b, p.Value, p.Suggestions)
			p.Suggestions = fe.Suggestions
		}
		if len(p.Suggestions) > 0 {
			fe.Message += " " + tr(lang, "err.did_you_mean", "suggestions", strings.Join(p.Suggestions, b.Msg(lang, "list_sep")))
		}
	}
	return fe
}

// regionHint says what the region box takes in the reader's language: the
// regions' names (IDs are for scripts; staff type names) and that a city
// works too.
func regionHint(b *knowledge.Base, lang knowledge.Lang) string {
	var names []string
	for _, r := range b.Regions() {
		if r.ID != rules.NationalRegion {
			names = append(names, r.Name.In(lang))
		}
	}
	return tr(lang, "region_hint", "names", strings.Join(names, b.Msg(lang, "list_sep")))
}

// englishCandidates names each place a shared name could mean with the
// region whose rules answer it in English ("上海市普陀区 (Shanghai)"): the
// division names exist only in Chinese, and a list of Chinese names alone
// gives an English reader nothing to choose by.
func englishCandidates(b *knowledge.Base, value string, cands []string) []string {
	res := b.ResolveRegion(value)
	if res.Err == nil || len(res.Err.CandidateCodes) != len(cands) {
		return cands
	}
	out := make([]string, len(cands))
	for i, c := range cands {
		out[i] = c
		if id, _, ok := b.PlaceByCode(res.Err.CandidateCodes[i]); ok {
			if reg, ok := b.Region(id); ok {
				out[i] = c + " (" + reg.Name.En + ")"
			}
		}
	}
	return out
}

// englishSuggestions does for "did you mean" what englishCandidates does
// for a shared name: each suggested place with its region in English.
func englishSuggestions(b *knowledge.Base, value string, sugg []string) []string {
	res := b.ResolveRegion(value)
	if res.Err == nil || len(res.Err.SuggestionCodes) != len(sugg) {
		return sugg
	}
	out := make([]string, len(sugg))
	for i, s := range sugg {
		out[i] = s
		code := res.Err.SuggestionCodes[i]
		if reg, ok := b.Region(code); ok {
			out[i] = reg.Name.En
			continue
		}
		if id, _, ok := b.PlaceByCode(code); ok {
			if reg, ok := b.Region(id); ok {
				out[i] = s + " (" + reg.Name.En + ")"
			}
		}
	}
	return out
}

// validText is the knowledge base's description of a key's valid values
// (cli.yaml valid.*), falling back to the schema's own description.
// Clauses that point at command-line flags ("或用 --since YYYY-MM") are
// left out: on the page and in the API the alternative is a field or key.
func validText(b *knowledge.Base, lang knowledge.Lang, key string) string {
	if key == "region" {
		return regionHint(b, lang)
	}
	if !b.HasMsg("valid." + key) {
		if d, ok := rules.FactByKey(key); ok {
			return d.Describe()
		}
		return ""
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
	if isChoice(key) {
		return tr(lang, "err.missing")
	}
	return tr(lang, "err.missing_valid", "valid", validText(b, lang, key))
}

// isChoice reports whether a fact is answered by choosing, not typing.
func isChoice(key string) bool {
	d, ok := rules.FactByKey(key)
	return ok && (d.Kind == rules.KindEnum || d.Kind == rules.KindBool)
}
