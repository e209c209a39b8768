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
			for _, f := range []knowledge.Format{knowledge.FormatText, knowledge.FormatMarkdown} {
				ext := map[knowledge.Format]string{knowledge.FormatText: "txt", knowledge.FormatMarkdown: "md"}[f]
				name := filepath.Join("testdata", "golden", c.name+"."+string(lang)+"."+ext+".golden")
				t.Run(filepath.Base(name), func(t *testing.T) {
					got, err := b.Render(&o, lang, f)
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

// TestJSONKeysStable pins the public JSON interface's keys and types.
func TestJSONKeysStable(t *testing.T) {
	b := mustDefault(t)
	o := evaluate(t, b, "2026-11-25", goldenCases[1].facts)
	out, err := b.Render(&o, knowledge.En, knowledge.FormatJSON)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal([]byte(out), &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"verdict", "back_payment", "coverage", "documents", "channels", "steps", "citations", "region", "facts", "lang"} {
		if _, ok := m[k]; !ok {
			t.Errorf("missing key %q", k)
		}
	}
	bp := m["back_payment"].(map[string]any)
	for k, want := range map[string]string{"allowed": "bool", "late_fee": "bool", "late_fee_amount": "string", "estimate": "string"} {
		if got := typeName(bp[k]); got != want {
			t.Errorf("back_payment.%s is %s, want %s", k, got, want)
		}
	}
	cov := m["coverage"].(map[string]any)
	for k, want := range map[string]string{"stopped_on": "string", "resumes_on": "string", "waiting_months": "number", "retroactive": "bool", "personal_account_usable": "bool"} {
		if got := typeName(cov[k]); got != want {
			t.Errorf("coverage.%s is %s, want %s", k, got, want)
		}
	}
	cite := m["citations"].([]any)[0].(map[string]any)
	for _, k := range []string{"law", "article", "title"} {
		if _, ok := cite[k]; !ok {
			t.Errorf("citations[0] lacks %q", k)
		}
	}
	reg := m["region"].(map[string]any)
	for _, k := range []string{"id", "name", "source", "checked_on"} {
		if _, ok := reg[k]; !ok {
			t.Errorf("region lacks %q", k)
		}
	}
	if m["verdict"] != "employer-pays" {
		t.Errorf("verdict = %v", m["verdict"])
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
