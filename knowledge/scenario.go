package knowledge

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"bujiao/rules"
)

// Mismatch is one expected field of a scenario that came out differently.
type Mismatch struct {
	Field string
	Want  string
	Got   string
}

// ScenarioResult is the outcome of running one scenario.
type ScenarioResult struct {
	Scenario   Scenario
	Mismatches []Mismatch
	// Err is set when the scenario could not be evaluated at all.
	Err  error
	Path rules.Path
	// Verdict and Region are what the scenario produced, for coverage.
	Verdict rules.Verdict
	Region  string
	// Outcome is the decision, for coverage of deadlines and unknowns.
	Outcome rules.Outcome
}

// Passed reports whether the scenario produced every expected value.
func (r ScenarioResult) Passed() bool { return r.Err == nil && len(r.Mismatches) == 0 }

// RunScenario evaluates a scenario and compares the expected fields with
// the JSON answer, in English.
func (b *Base) RunScenario(s Scenario) ScenarioResult {
	res := ScenarioResult{Scenario: s}
	c, err := b.AnswerCase(s.Facts, s.Today, En)
	if err == nil {
		err = c.Err()
	}
	if err != nil {
		// An expected error is written as expect: {error: "..."}: the
		// scenario passes when the error message contains it.
		if want, ok := s.Expect["error"]; ok && strings.Contains(err.Error(), want) {
			return res
		}
		res.Err = err
		return res
	}
	o := c.Outcome
	res.Path, res.Verdict, res.Region = o.Path, o.Verdict, o.Region
	res.Outcome = o
	lang := En
	if s.Lang != "" {
		lang = s.Lang
	}
	flat := b.FlatAnswerIn(&o, lang)
	// "text" keys (text, text2, text_deadline …) name a phrase the text
	// answer in the scenario's language must contain; "no_text" keys one it
	// must not.
	var rendered, short string
	keys := make([]string, 0, len(s.Expect))
	for k := range s.Expect {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		want := s.Expect[k]
		// "short" keys (short, short_step …) do the same for the short
		// answer, which leads with the step for the case.
		if strings.HasPrefix(k, "short") || strings.HasPrefix(k, "no_short") {
			if short == "" {
				short, _ = b.RenderShort(&o, lang, FormatText)
			}
			has := strings.Contains(short, want)
			switch {
			case strings.HasPrefix(k, "short") && !has:
				res.Mismatches = append(res.Mismatches, Mismatch{Field: k, Want: "short answer containing " + want, Got: "(not in the short answer)"})
			case strings.HasPrefix(k, "no_short") && has:
				res.Mismatches = append(res.Mismatches, Mismatch{Field: k, Want: "short answer without " + want, Got: "(in the short answer)"})
			}
			continue
		}
		if strings.HasPrefix(k, "text") || strings.HasPrefix(k, "no_text") {
			if rendered == "" {
				rendered, _ = b.Render(&o, lang, FormatText)
			}
			has := strings.Contains(rendered, want)
			switch {
			case strings.HasPrefix(k, "text") && !has:
				res.Mismatches = append(res.Mismatches, Mismatch{Field: k, Want: "text containing " + want, Got: "(not in the text answer)"})
			case strings.HasPrefix(k, "no_text") && has:
				res.Mismatches = append(res.Mismatches, Mismatch{Field: k, Want: "text without " + want, Got: "(in the text answer)"})
			}
			continue
		}
		got, ok := flat[k]
		if !ok {
			got = "(absent)"
		}
		// An empty list expectation means the list must be empty.
		if isListKey(k) && want != "" && containsAll(got, want) {
			continue
		}
		if got != want {
			res.Mismatches = append(res.Mismatches, Mismatch{Field: k, Want: want, Got: got})
		}
	}
	return res
}

// FlatAnswer flattens the English JSON answer into "a.b" → text, plus
// "<list>.ids" (comma-separated IDs) and "citations" ("law:article" or
// "law:section" items), the forms scenarios and diffs compare.
func (b *Base) FlatAnswer(o *rules.Outcome) map[string]string { return b.FlatAnswerIn(o, En) }

// FlatAnswerIn is FlatAnswer for the answer in lang.
func (b *Base) FlatAnswerIn(o *rules.Outcome, lang Lang) map[string]string {
	a := b.BuildAnswer(o, lang)
	data, _ := json.Marshal(a)
	var v any
	_ = json.Unmarshal(data, &v)
	out := map[string]string{}
	flatten("", v, out)
	ids := func(key string, items []NamedText) {
		s := make([]string, len(items))
		for i, it := range items {
			s[i] = it.ID
		}
		out[key+".ids"] = strings.Join(s, ",")
	}
	ids("documents", a.Documents)
	ids("channels", a.Channels)
	ids("steps", a.Steps)
	ids("consequences", a.Consequences)
	ids("notes", a.Notes)
	ids("ask_locally", a.AskLocally)
	dl := make([]string, len(a.Deadlines))
	for i, d := range a.Deadlines {
		dl[i] = d.ID
	}
	out["deadlines.ids"] = strings.Join(dl, ",")
	oq := make([]string, len(a.OpenQuestions))
	for i, q := range a.OpenQuestions {
		oq[i] = q.Fact
	}
	out["open_questions.ids"] = strings.Join(oq, ",")
	if len(a.Deadlines) > 0 && a.Deadlines[0].Date != nil {
		out["deadlines.first"] = *a.Deadlines[0].Date
	}
	if a.Agreement != nil {
		out["agreement.id"] = a.Agreement.ID
	} else {
		out["agreement.id"] = "null"
	}
	cs := make([]string, len(o.Citations))
	for i, c := range o.Citations {
		switch {
		case c.Article != 0:
			cs[i] = fmt.Sprintf("%s:%d", c.Law, c.Article)
		case c.Section != "":
			cs[i] = c.Law + ":" + c.Section
		default:
			cs[i] = c.Law
		}
	}
	out["citations"] = strings.Join(cs, ",")
	return out
}

// isListKey names the flattened keys that hold comma-separated IDs; a
// scenario lists the IDs it cares about, and others may be present too, so
// adding a step or a citation does not break every scenario.
func isListKey(k string) bool { return strings.HasSuffix(k, ".ids") || k == "citations" }

func containsAll(got, want string) bool {
	have := map[string]bool{}
	for _, g := range strings.Split(got, ",") {
		have[strings.TrimSpace(g)] = true
	}
	for _, w := range strings.Split(want, ",") {
		if w = strings.TrimSpace(w); w != "" && !have[w] {
			return false
		}
	}
	return true
}

func flatten(prefix string, v any, out map[string]string) {
	switch x := v.(type) {
	case map[string]any:
		for k, val := range x {
			flatten(join(prefix, k), val, out)
		}
	case []any:
		// Lists are compared through their ".ids" form.
	case nil:
		out[prefix] = "null"
	case string:
		out[prefix] = x
	case bool:
		if x {
			out[prefix] = "true"
		} else {
			out[prefix] = "false"
		}
	case float64:
		out[prefix] = fmt.Sprintf("%v", x)
	}
}
