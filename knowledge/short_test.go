package knowledge_test

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"bujiao/knowledge"
	"bujiao/rules"
)

// shortCase is one case the short answer is checked on.
type shortCase struct {
	name  string
	today rules.Date
	facts map[string]string
}

// shortCases are every scenario in the knowledge base plus a grid: every
// region (and a place that falls back to the national rules) × every kind
// of case the rules answer (paths), gaps either side of the windows.
func shortCases(b *knowledge.Base) []shortCase {
	var cases []shortCase
	for _, s := range b.Scenarios() {
		cases = append(cases, shortCase{s.Name + " (" + s.Pos.String() + ")", s.Today, s.Facts})
	}
	templates := []map[string]string{
		{"scheme": "employee", "payer": "individual"},
		{"scheme": "employee", "payer": "individual", "base": "9000"},
		{"scheme": "employee", "payer": "unit", "reason": "left-job"},
		{"scheme": "employee", "payer": "unit", "reason": "job-change"},
		{"scheme": "employee", "payer": "unit", "reason": "job-change", "cross_city": "true"},
		{"scheme": "employee", "payer": "unit", "reason": "job-change", "cross_city": "false"},
		{"scheme": "employee", "payer": "unit", "reason": "arrears"},
		{"scheme": "employee", "payer": "unit", "reason": "arrears", "arrears": "12000", "due_date": "2025-04-15"},
		{"scheme": "employee", "payer": "unit", "reason": "arrears", "arrears_monthly": "1500", "due_date": "2025-04-15"},
		{"scheme": "employee", "payer": "unit", "reason": "arrears", "unit_status": "bankrupt", "arrears": "6000", "due_date": "2025-06-15"},
		{"scheme": "employee", "payer": "unit", "reason": "arrears", "unit_status": "absconded"},
		{"scheme": "employee", "payer": "individual", "prior_scheme": "resident"},
		{"scheme": "employee", "payer": "individual", "prior_scheme": "resident", "continuous_years": "3"},
		{"scheme": "resident", "prior_scheme": "employee"},
	}
	noGap := []map[string]string{
		{"scheme": "employee", "retirement": "at-age", "years_paid": "22", "sex": "female"},
		{"scheme": "employee", "retirement": "at-age", "years_paid": "12", "sex": "male"},
		{"scheme": "employee", "retirement": "at-age", "years_paid": "30", "sex": "male", "local_years_paid": "5"},
		{"scheme": "employee", "retirement": "retired"},
		{"scheme": "resident", "broken_years": "2", "repay_years": "1", "in_window": "false"},
		{"scheme": "resident", "broken_years": "0", "in_window": "true"},
		{"scheme": "resident", "broken_years": "3", "repay_years": "0", "in_window": "false"},
	}
	regions := []string{"杭州"} // a place, not a region: named in the case line
	for _, r := range b.Regions() {
		regions = append(regions, r.ID)
	}
	days := []rules.Date{{Year: 2026, Month: 1, Day: 15}, {Year: 2026, Month: 11, Day: 25}, {Year: 2026, Month: 12, Day: 31}}
	for _, region := range regions {
		for ti, tpl := range templates {
			for _, gap := range []string{"0", "1", "3", "4", "8", "13"} {
				for _, today := range days {
					kv := map[string]string{"region": region, "gap_months": gap}
					for k, v := range tpl {
						kv[k] = v
					}
					cases = append(cases, shortCase{fmt.Sprintf("grid %s #%d gap %s on %s", region, ti, gap, today), today, kv})
				}
			}
		}
		for ti, tpl := range noGap {
			for _, today := range days {
				kv := map[string]string{"region": region}
				for k, v := range tpl {
					kv[k] = v
				}
				cases = append(cases, shortCase{fmt.Sprintf("grid %s no-gap #%d on %s", region, ti, today), today, kv})
			}
		}
	}
	return cases
}

var isoDate = regexp.MustCompile(`\d{4}-\d{2}-\d{2}`)

// TestShortAnswer checks the short answer of every scenario and the grid,
// in both languages: it stays within the phone limits, opens with the case,
// names 12393, and never contradicts the full answer — the same verdict, the
// same dates, the same nearest deadline, the same view of the gap, and no
// date the full answer does not give.
func TestShortAnswer(t *testing.T) {
	b := mustDefault(t)
	lengths := map[knowledge.Lang][]int{}
	checked := 0
	for _, c := range shortCases(b) {
		for _, lang := range knowledge.Langs {
			ans, err := b.AnswerCase(c.facts, c.today, lang)
			if err != nil {
				t.Fatalf("%s: %v", c.name, err)
			}
			if len(ans.Problems) > 0 {
				continue
			}
			checked++
			o := ans.Outcome
			s := b.ShortAnswer(&o, lang)
			a := b.BuildAnswer(&o, lang)
			full, _ := b.Render(&o, lang, knowledge.FormatText)
			text := s.Text(b)
			bad := func(format string, args ...any) {
				t.Helper()
				t.Errorf("%s [%s]: "+format+"\n%s", append(append([]any{c.name, lang}, args...), text)...)
			}
			n := s.Len(b)
			if want := utf8.RuneCountInString(strings.TrimSuffix(text, "\n"+s.Footer+"\n")); n != want {
				bad("Len %d, the text without its footer has %d runes", n, want)
			}
			lengths[lang] = append(lengths[lang], n)
			if n > knowledge.ShortMax(lang) {
				bad("%d runes, more than %d", n, knowledge.ShortMax(lang))
			}
			if !strings.HasPrefix(text, b.CaseLineOf(&o, lang)+"\n") {
				bad("does not open with the case line")
			}
			if !strings.Contains(text, "12393") {
				bad("does not say to confirm with 12393")
			}
			if strings.ContainsAny(text, "{}") {
				bad("an unfilled placeholder")
			}
			if s.Verdict != a.Verdict || s.VerdictName != a.VerdictName || !strings.Contains(text, a.VerdictName) {
				bad("verdict %s %q, full answer %s %q", s.Verdict, s.VerdictName, a.Verdict, a.VerdictName)
			}
			same := func(what string, x, y *string) {
				t.Helper()
				if (x == nil) != (y == nil) || x != nil && *x != *y {
					bad("%s %v, full answer %v", what, deref(x), deref(y))
				}
				if x != nil && !strings.Contains(text, *x) {
					bad("%s %s not shown", what, *x)
				}
			}
			same("stopped on", s.StoppedOn, a.Coverage.StoppedOn)
			same("resumes on", s.ResumesOn, a.Coverage.ResumesOn)
			// The full answer shows the earliest/latest only when there is
			// no single date; so does the short one.
			if a.Coverage.ResumesOn == nil {
				same("resumes earliest", s.ResumesEarliest, a.Coverage.ResumesEarliest)
				if a.Coverage.ResumesEarliest != nil {
					same("resumes latest", s.ResumesLatest, a.Coverage.ResumesLatest)
				}
			}
			switch {
			case len(a.Deadlines) == 0 && s.Deadline != nil:
				bad("a deadline the full answer does not have")
			case len(a.Deadlines) > 0 && s.Deadline == nil:
				bad("no deadline, the full answer has %s", a.Deadlines[0].ID)
			case len(a.Deadlines) > 0:
				same("deadline", s.Deadline.Date, a.Deadlines[0].Date)
				same("resumes if late", s.Deadline.ResumesIfLate, a.Deadlines[0].ResumesIfLate)
				if s.Deadline.ID != a.Deadlines[0].ID {
					bad("deadline %s, full answer %s", s.Deadline.ID, a.Deadlines[0].ID)
				}
			}
			if s.GapCovered != nil && (a.Coverage.Retroactive == nil || *s.GapCovered != *a.Coverage.Retroactive) {
				bad("gap covered %v, full answer %v", *s.GapCovered, a.Coverage.Retroactive)
			}
			if len(a.Steps) > 0 && !strings.Contains(text, knowledge.FirstSentence(a.Steps[0].Text, lang)) {
				bad("the first step is not the full answer's first step %q", a.Steps[0].ID)
			}
			if len(a.AskLocally) > 0 && (s.Ask12393 == "" || !strings.Contains(full, s.Ask12393)) {
				bad("the 12393 question %q is not the full answer's", s.Ask12393)
			}
			for _, d := range isoDate.FindAllString(strings.TrimSuffix(strings.TrimPrefix(text, s.Case), s.Footer+"\n"), -1) {
				if !strings.Contains(full, d) {
					bad("date %s is not in the full answer", d)
				}
			}
			for _, money := range []*string{a.BackPayment.Estimate, a.BackPayment.LateFeeAmount, a.BackPayment.MonthlyAmount} {
				if money != nil && !strings.Contains(text, *money) {
					bad("amount %s of the full answer is missing", *money)
				}
			}
		}
	}
	if checked < 2000 {
		t.Errorf("only %d short answers checked", checked)
	}
	for _, lang := range knowledge.Langs {
		ls := slices.Sorted(slices.Values(lengths[lang]))
		if len(ls) > 0 {
			t.Logf("short answer %s: %d answers, max %d, median %d runes", lang, len(ls), ls[len(ls)-1], ls[len(ls)/2])
		}
	}
}

func deref(s *string) string {
	if s == nil {
		return "null"
	}
	return *s
}

// TestShortAnswerFormats checks the three renderings carry the same content
// and the JSON keys are the documented ones.
func TestShortAnswerFormats(t *testing.T) {
	b := mustDefault(t)
	o := evaluate(t, b, goldenCases[0].today, goldenCases[0].facts)
	for _, lang := range knowledge.Langs {
		text, _ := b.RenderShort(&o, lang, knowledge.FormatText)
		md, _ := b.RenderShort(&o, lang, knowledge.FormatMarkdown)
		js, err := b.RenderShort(&o, lang, knowledge.FormatJSON)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(text, "**") || !strings.Contains(md, "**") {
			t.Errorf("%s: markup in text or none in Markdown", lang)
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(js), &m); err != nil {
			t.Fatal(err)
		}
		for _, k := range []string{"case", "verdict", "verdict_name", "lines", "stopped_on", "resumes_on", "resumes_earliest",
			"resumes_latest", "gap_covered", "deadline", "ask_12393", "confirm", "lang", "knowledge"} {
			if _, ok := m[k]; !ok {
				t.Errorf("%s: JSON has no %q", lang, k)
			}
		}
		if m["resumes_on"] != "2027-05-15" || !strings.Contains(text, "2027-05-15") || !strings.Contains(md, "2027-05-15") {
			t.Errorf("%s: resume date missing: %v", lang, m["resumes_on"])
		}
	}
}

func TestQuotedQuestion(t *testing.T) {
	for _, c := range []struct {
		in   string
		lang knowledge.Lang
		want string
	}{
		{"请问12393：“能补缴吗？”能补缴的，最早恢复。", knowledge.Zh, "“能补缴吗？”"},
		{"Ask 12393: 'Can I pay back? Would that count?' The dates assume you resume.", knowledge.En, "'Can I pay back? Would that count?'"},
		{"Ask 12393: 'What is my employer's deadline?' Then pay.", knowledge.En, "'What is my employer's deadline?'"},
		{"没有引号的问题", knowledge.Zh, "没有引号的问题"},
		{"Ask 'unterminated", knowledge.En, "Ask 'unterminated"},
	} {
		if got := knowledge.QuotedQuestion(c.in, c.lang); got != c.want {
			t.Errorf("QuotedQuestion(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestEveryAskHasAQuestion: each ask-12393 text quotes its question, so the
// short answer can show exactly what to ask.
func TestEveryAskHasAQuestion(t *testing.T) {
	b := mustDefault(t)
	for _, it := range b.Items("unknowns") {
		for _, lang := range knowledge.Langs {
			txt := it.Text.In(lang)
			if q := knowledge.QuotedQuestion(txt, lang); q == txt {
				t.Errorf("unknowns %s (%s): no quoted question in %q", it.ID, lang, txt)
			}
		}
	}
}

func BenchmarkShortAnswer(b *testing.B) {
	kb := mustDefault(b)
	today := rules.Date{Year: 2026, Month: 11, Day: 25}
	b.ReportAllocs()
	for b.Loop() {
		c, err := kb.AnswerCase(goldenCases[0].facts, today, knowledge.Zh)
		if err != nil || len(c.Problems) > 0 {
			b.Fatal(err, c.Problems)
		}
		if _, err := kb.RenderShort(&c.Outcome, knowledge.Zh, knowledge.FormatText); err != nil {
			b.Fatal(err)
		}
	}
}
