package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"bujiao/knowledge"
	"bujiao/rules"
)

func runKBTest(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("kb test", flag.ContinueOnError)
	fs.SetOutput(stdout)
	coverage := fs.Bool("coverage", false, "list rules, regions, verdicts, deadlines, unknowns, open questions and FAQ entries no scenario touches")
	run := fs.String("run", "", "run only scenarios whose name contains this text")
	format := fs.String("format", "text", "output format: text, or json for CI")
	today := todayFlag(fs)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return usageError("%v", err)
	}
	if *format != "text" && *format != "json" {
		return usageError("kb test: --format: want text or json, got %q", *format)
	}
	b, _, checked, err := loadKBArg(fs, *today)
	if err != nil {
		return err
	}
	type mismatch struct {
		Field string `json:"field"`
		Want  string `json:"want"`
		Got   string `json:"got"`
	}
	type failure struct {
		Name       string     `json:"name"`
		File       string     `json:"file"`
		Line       int        `json:"line"`
		Error      string     `json:"error,omitempty"`
		Mismatches []mismatch `json:"mismatches,omitempty"`
	}
	report := struct {
		Checked    string    `json:"checked"`
		Passed     int       `json:"passed"`
		Failed     int       `json:"failed"`
		Failures   []failure `json:"failures"`
		NotCovered []string  `json:"not_covered,omitempty"`
	}{Checked: checked, Failures: []failure{}}
	text := *format == "text"
	if text {
		fmt.Fprintln(stdout, "checked: "+checked)
	}
	var passed, failed int
	seenPath := map[rules.Path]bool{}
	seenVerdict := map[rules.Verdict]bool{}
	seenRegion := map[string]bool{}
	// Deadlines, questions for 12393, open questions and unknown fields:
	// each way an answer can say "not settled" needs a scenario.
	seenOther := map[string]bool{}
	for _, s := range b.Scenarios() {
		if *run != "" && !strings.Contains(s.Name, *run) {
			continue
		}
		r := b.RunScenario(s)
		seenPath[r.Path], seenVerdict[r.Verdict] = true, true
		if r.Err == nil {
			for _, k := range unsettledKinds(r.Outcome) {
				seenOther[k] = true
			}
		}
		if s.Facts["region"] != "" || r.Region != "" {
			seenRegion[r.Region] = true
		}
		if r.Passed() {
			passed++
			continue
		}
		failed++
		f := failure{Name: s.Name, File: s.Pos.File, Line: s.Pos.Line}
		if r.Err != nil {
			f.Error = r.Err.Error()
		}
		for _, m := range r.Mismatches {
			f.Mismatches = append(f.Mismatches, mismatch{m.Field, m.Want, m.Got})
		}
		report.Failures = append(report.Failures, f)
		if !text {
			continue
		}
		fmt.Fprintf(stdout, "FAIL %s (%s)\n", s.Name, s.Pos)
		if r.Err != nil {
			fmt.Fprintf(stdout, "    error: %v\n", r.Err)
		}
		for _, m := range r.Mismatches {
			fmt.Fprintf(stdout, "    %s:\n      - want: %s\n      + got:  %s\n", m.Field, m.Want, m.Got)
		}
	}
	if *coverage {
		var missing []string
		for _, p := range rules.Paths {
			if !seenPath[p] {
				missing = append(missing, "rule path "+string(p))
			}
		}
		for _, v := range rules.Verdicts {
			if !seenVerdict[v] {
				missing = append(missing, "verdict "+string(v))
			}
		}
		for _, k := range allUnsettledKinds() {
			if !seenOther[k] {
				missing = append(missing, k)
			}
		}
		for _, r := range b.Regions() {
			if !seenRegion[r.ID] {
				missing = append(missing, "region "+r.ID)
			}
		}
		for _, f := range b.FAQs() {
			if !faqCovered(b, f) {
				missing = append(missing, "faq "+f.ID+" (its first question finds another entry first)")
			}
		}
		slices.Sort(missing)
		report.NotCovered = missing
		if text {
			fmt.Fprintf(stdout, "coverage: %d item(s) not covered\n", len(missing))
			for _, m := range missing {
				fmt.Fprintln(stdout, "  "+m)
			}
		}
	}
	if text {
		fmt.Fprintf(stdout, "%d passed, %d failed\n", passed, failed)
	} else {
		report.Passed, report.Failed = passed, failed
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(report); err != nil {
			return err
		}
	}
	if failed > 0 {
		return &exitError{code: 1}
	}
	return nil
}

// faqCovered reports whether every question variant of f finds f first,
// which is what an FAQ "scenario" means: asking it the ways it lists gets it.
func faqCovered(b *knowledge.Base, f *knowledge.FAQ) bool {
	for _, q := range append(append([]string(nil), f.Questions.Zh...), f.Questions.En...) {
		m := b.SearchFAQ(q, 1)
		if len(m) == 0 || m[0].FAQ.ID != f.ID {
			return false
		}
	}
	return true
}

// unsettledKinds names what an outcome says is due by a date or not
// settled: "deadline ID", "unknown ask ID", "open FACT", "null FIELD".
func unsettledKinds(o rules.Outcome) []string {
	var out []string
	for _, d := range o.Deadlines {
		out = append(out, "deadline "+d.ID)
	}
	for _, a := range o.AskLocally {
		out = append(out, "unknown "+a)
	}
	for _, q := range o.OpenQuestions {
		out = append(out, "open question "+string(q.Fact))
	}
	for f, t := range map[string]rules.Tri{"back_payment.allowed": o.BackPayAllowed, "coverage.retroactive": o.Retroactive,
		"coverage.personal_account_usable": o.PersonalAccountUsable} {
		if !t.Known() {
			out = append(out, "null "+f)
		}
	}
	if o.ResumesOn == nil && o.ResumesEarliest != nil {
		out = append(out, "null coverage.resumes_on")
	}
	return out
}

// allUnsettledKinds lists every kind unsettledKinds can report.
func allUnsettledKinds() []string {
	var out []string
	for _, d := range rules.DeadlineIDs {
		out = append(out, "deadline "+d)
	}
	for _, a := range rules.AskIDs {
		out = append(out, "unknown "+a)
	}
	for _, f := range rules.DecisiveFields {
		out = append(out, "open question "+string(f))
	}
	return append(out, "null back_payment.allowed", "null coverage.retroactive", "null coverage.personal_account_usable",
		"null coverage.resumes_on")
}
