package knowledge_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"bujiao/knowledge"
	"bujiao/rules"
)

var update = flag.Bool("update", false, "rewrite testdata/golden/*.golden")

// goldenCases are answers whose full wording is pinned: one per verdict and
// region family, each in both languages and both text formats.
var goldenCases = []struct {
	name  string
	today string
	facts map[string]string
}{
	{"shanghai-flexible-8", "2026-11-25", map[string]string{"scheme": "employee", "payer": "individual", "gap_months": "8", "region": "shanghai", "base": "9000"}},
	{"zhejiang-bankrupt-arrears", "2026-11-25", map[string]string{"scheme": "employee", "payer": "unit", "reason": "arrears", "unit_status": "bankrupt", "since": "2026-03", "region": "zhejiang", "arrears": "12000", "due_date": "2026-04-15"}},
	{"national-transfer-2", "2026-11-25", map[string]string{"scheme": "employee", "payer": "unit", "reason": "job-change", "gap_months": "2"}},
	{"guangdong-retirement-female", "2026-11-25", map[string]string{"scheme": "employee", "retirement": "at-age", "years_paid": "22", "sex": "female", "region": "guangdong"}},
	{"resident-broken-2-repay-1", "2026-11-25", map[string]string{"scheme": "resident", "broken_years": "2", "repay_years": "1", "in_window": "false", "region": "zhejiang"}},
	{"retired", "2026-11-25", map[string]string{"scheme": "employee", "retirement": "retired", "region": "shanghai"}},
	// A deadline the same day: the 3-month window closes on 31 December.
	{"shanghai-flexible-3-dec31", "2026-12-31", map[string]string{"scheme": "employee", "payer": "individual", "gap_months": "3", "region": "shanghai"}},
	// What the sources do not settle: both branches and what to ask 12393.
	{"national-flexible-2", "2026-11-25", map[string]string{"scheme": "employee", "payer": "individual", "gap_months": "2"}},
	{"job-change-area-unknown", "2026-11-25", map[string]string{"scheme": "employee", "payer": "unit", "reason": "job-change", "gap_months": "2", "region": "guangdong"}},
	// A stop day no source gives: an estimate, ahead or past, and no day
	// before it called covered (audit round 16, R16-U1).
	{"guangdong-arrears-this-month", "2026-12-07", map[string]string{"scheme": "employee", "payer": "unit", "reason": "arrears", "unit_status": "normal", "since": "2026-12", "region": "广州", "treatment_date": "2027-01-15"}},
	{"national-arrears-last-month", "2026-12-07", map[string]string{"scheme": "employee", "payer": "unit", "reason": "arrears", "unit_status": "normal", "since": "2026-11", "region": "成都", "treatment_date": "2026-12-15"}},
}

func evaluate(t testing.TB, b *knowledge.Base, today string, kv map[string]string) rules.Outcome {
	t.Helper()
	d, err := rules.ParseDate(today)
	if err != nil {
		t.Fatal(err)
	}
	c, err := b.AnswerCase(kv, d, knowledge.En)
	if err == nil {
		err = c.Err()
	}
	if err != nil {
		t.Fatalf("evaluate %v: %v", kv, err)
	}
	return c.Outcome
}

func TestGoldenAnswers(t *testing.T) {
	b := mustDefault(t)
	for _, c := range goldenCases {
		o := evaluate(t, b, c.today, c.facts)
		for _, lang := range knowledge.Langs {
			for _, f := range []knowledge.Format{knowledge.FormatText, knowledge.FormatMarkdown, "short"} {
				ext := map[knowledge.Format]string{knowledge.FormatText: "txt", knowledge.FormatMarkdown: "md", "short": "short.txt"}[f]
				name := filepath.Join("testdata", "golden", c.name+"."+string(lang)+"."+ext+".golden")
				t.Run(filepath.Base(name), func(t *testing.T) {
					render := b.Render
					if f == "short" {
						render, f = b.RenderShort, knowledge.FormatText
					}
					got, err := render(&o, lang, f)
					if err != nil {
						t.Fatal(err)
					}
					// The version hash changes with every knowledge edit; the
					// golden files pin the wording, not the hash.
					got = strings.ReplaceAll(got, b.Version.Hash, "HASH")
					if *update {
						if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
							t.Fatal(err)
						}
						if err := os.WriteFile(name, []byte(got), 0o644); err != nil {
							t.Fatal(err)
						}
						return
					}
					want, err := os.ReadFile(name)
					if err != nil {
						t.Fatalf("%v (run go test ./knowledge -run TestGoldenAnswers -update)", err)
					}
					if got != string(want) {
						t.Errorf("%s differs from the golden file; if the change is intended, run with -update and review the diff\n--- got ---\n%s", name, got)
					}
				})
			}
		}
	}
}

// TestAnswerTextIsPlain checks the text format carries no markup, so it
// pastes cleanly into any channel, and that placeholders are all filled.
func TestAnswerTextIsPlain(t *testing.T) {
	b := mustDefault(t)
	for _, c := range goldenCases {
		o := evaluate(t, b, c.today, c.facts)
		for _, lang := range knowledge.Langs {
			got, _ := b.Render(&o, lang, knowledge.FormatText)
			for _, bad := range []string{"**", "## ", "<b>", "{", "}"} {
				if strings.Contains(got, bad) {
					t.Errorf("%s/%s: text answer contains %q", c.name, lang, bad)
				}
			}
		}
	}
}

// TestJSONKeysStable pins the public JSON interface's keys and types. A
// yes/no the sources may leave open is "bool|null".
func TestJSONKeysStable(t *testing.T) {
	b := mustDefault(t)
	cases := []struct {
		name    string
		facts   map[string]string
		verdict string
		null    []string // keys that must be null in this case
	}{
		{"gone employer", goldenCases[1].facts, "protect-cover", []string{"coverage.retroactive"}},
		{"unknown gap", goldenCases[7].facts, "confirm-locally", []string{"back_payment.allowed", "coverage.retroactive", "coverage.resumes_on"}},
	}
	for _, c := range cases {
		o := evaluate(t, b, "2026-11-25", c.facts)
		out, err := b.Render(&o, knowledge.En, knowledge.FormatJSON)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(out), &m); err != nil {
			t.Fatal(err)
		}
		for _, k := range []string{"verdict", "verdict_name", "verdict_text", "path", "deadlines", "open_questions", "ask_locally",
			"back_payment", "coverage", "documents", "channels", "steps", "consequences", "notes", "citations", "region", "facts", "today", "lang", "knowledge"} {
			if _, ok := m[k]; !ok {
				t.Errorf("%s: missing key %q", c.name, k)
			}
		}
		pin := func(obj string, want map[string]string) {
			sub := m[obj].(map[string]any)
			for k, w := range want {
				v, ok := sub[k]
				if !ok {
					t.Errorf("%s: %s.%s missing", c.name, obj, k)
					continue
				}
				if got := typeName(v); !strings.Contains(w, got) {
					t.Errorf("%s: %s.%s is %s, want %s", c.name, obj, k, got, w)
				}
			}
		}
		pin("back_payment", map[string]string{"allowed": "bool|null", "late_fee": "bool", "late_fee_amount": "string|null",
			"late_fee_is_maximum": "bool", "late_fee_days": "number", "estimate": "string|null", "estimate_months": "number",
			"monthly_amount": "string|null", "fine_min": "string|null", "fine_max": "string|null"})
		pin("coverage", map[string]string{"gap_months": "number", "first_unpaid": "string|null", "stopped_on": "string|null",
			"resumes_on": "string|null", "resumes_earliest": "string|null", "resumes_latest": "string|null",
			"waiting_months": "number", "waiting_is_maximum": "bool", "retroactive": "bool|null", "personal_account_usable": "bool|null"})
		pin("region", map[string]string{"id": "string", "name": "string", "source": "string", "checked_on": "string",
			"fallback": "bool", "assumed": "bool"})
		for _, k := range c.null {
			obj, key, _ := strings.Cut(k, ".")
			if v := m[obj].(map[string]any)[key]; v != nil {
				t.Errorf("%s: %s is %v, want null", c.name, k, v)
			}
		}
		for _, d := range m["deadlines"].([]any) {
			dm := d.(map[string]any)
			for k, w := range map[string]string{"date": "string|null", "id": "string", "text": "string", "resumes_if_late": "string|null"} {
				if got := typeName(dm[k]); !strings.Contains(w, got) {
					t.Errorf("%s: deadlines[].%s is %s, want %s", c.name, k, got, w)
				}
			}
		}
		for _, q := range m["open_questions"].([]any) {
			for _, k := range []string{"fact", "question", "why"} {
				if typeName(q.(map[string]any)[k]) != "string" {
					t.Errorf("%s: open_questions[].%s is not a string", c.name, k)
				}
			}
		}
		for _, q := range m["ask_locally"].([]any) {
			for _, k := range []string{"id", "text"} {
				if typeName(q.(map[string]any)[k]) != "string" {
					t.Errorf("%s: ask_locally[].%s is not a string", c.name, k)
				}
			}
		}
		cite := m["citations"].([]any)[0].(map[string]any)
		for _, k := range []string{"law", "article", "title"} {
			if _, ok := cite[k]; !ok {
				t.Errorf("%s: citations[0] lacks %q", c.name, k)
			}
		}
		reg := m["region"].(map[string]any)
		for _, k := range []string{"id", "name", "source", "checked_on", "fallback"} {
			if _, ok := reg[k]; !ok {
				t.Errorf("%s: region lacks %q", c.name, k)
			}
		}
		if m["verdict"] != c.verdict {
			t.Errorf("%s: verdict = %v, want %s", c.name, m["verdict"], c.verdict)
		}
	}
}

func typeName(v any) string {
	switch v.(type) {
	case bool:
		return "bool"
	case string:
		return "string"
	case float64:
		return "number"
	case nil:
		return "null"
	}
	return "other"
}

func BenchmarkAnswer(b *testing.B) {
	kb := mustDefault(b)
	today := rules.Date{Year: 2026, Month: 11, Day: 25}
	b.ReportAllocs()
	for b.Loop() {
		c, err := kb.AnswerCase(goldenCases[0].facts, today, knowledge.Zh)
		if err != nil || len(c.Problems) > 0 {
			b.Fatal(err, c.Problems)
		}
		if _, err := kb.Render(&c.Outcome, knowledge.Zh, knowledge.FormatText); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEvaluate(b *testing.B) {
	kb := mustDefault(b)
	f, _ := knowledge.ParseFacts(goldenCases[1].facts, kb)
	p, _ := kb.Policy(f.Region)
	f = rules.Imply(f, rules.InputsOf(p))
	today := rules.Date{Year: 2026, Month: 11, Day: 25}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := kb.Evaluate(f, today); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	fsys := knowledge.DefaultFS()
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := knowledge.Load(fsys, knowledge.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
