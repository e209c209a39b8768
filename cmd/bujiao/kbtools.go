package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"bujiao/dialog"
	"bujiao/dialog/understand"
	"bujiao/knowledge"
	"bujiao/rules"
)

func runKBFAQ(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("kb faq", flag.ContinueOnError)
	fs.SetOutput(stdout)
	kbDir := fs.String("kb", "", "knowledge directory (default: built in)")
	limit := fs.Int("n", 5, "how many entries to show")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return usageError("%v", err)
	}
	q := strings.TrimSpace(strings.Join(fs.Args(), " "))
	if q == "" {
		return usageError("kb faq: give the question to look up, e.g. bujiao kb faq \"断缴了还能补吗\"")
	}
	b, err := loadKB(*kbDir)
	if err != nil {
		return err
	}
	if hz, ok := understand.Depinyin(q); ok {
		// The chat and inline read pinyin in characters first; so does
		// this, or it would not predict them.
		fmt.Fprintf(stdout, "pinyin read as: %s\n", hz)
		q = hz
	}
	printRoute(stdout, dialog.Decide(b, q, knowledge.Today(time.Now()), "", rules.Facts{}))
	fmt.Fprintf(stdout, "whole message, query terms: %s\n", strings.Join(b.Terms(q), " "))
	matches := b.SearchFAQ(q, *limit)
	if len(matches) == 0 {
		fmt.Fprintln(stdout, "no entry shares a term with the query")
		return nil
	}
	for i, m := range matches {
		mark := " "
		if m.Score >= knowledge.MinFAQScore {
			mark = "*"
		}
		fmt.Fprintf(stdout, "%s %d. %-28s score %.3f\n     best variant: %s\n     matched: %s\n", mark, i+1, m.FAQ.ID, m.Score,
			m.Variant, strings.Join(m.Terms, " "))
		if len(m.Keywords) > 0 {
			fmt.Fprintf(stdout, "     keywords: %s\n", strings.Join(m.Keywords, ", "))
		}
	}
	fmt.Fprintf(stdout, "(* = shown to users: score >= %.2f)\n", knowledge.MinFAQScore)
	return nil
}

// printRoute shows what the chat would do with the message as a first
// message: the same routing, so maintainers can predict the chat.
func printRoute(w io.Writer, r dialog.Route) {
	a := r.Analysis
	fmt.Fprintf(w, "chat decision: %s\n", r.Kind)
	fmt.Fprintf(w, "  question score: %d (asks: %v", a.QuestionScore, a.Asks)
	if a.Question != "" {
		fmt.Fprintf(w, "; question part: %q", a.Question)
	}
	fmt.Fprintln(w, ")")
	if r.FAQHit() {
		fmt.Fprintf(w, "  FAQ shown: %s (score %.3f >= %.2f, for the whole message or its question part)\n",
			r.FAQ[0].FAQ.ID, r.FAQ[0].Score, knowledge.MinFAQScore)
	} else if len(r.FAQ) > 0 {
		fmt.Fprintf(w, "  FAQ: best %s at %.3f, below %.2f\n", r.FAQ[0].FAQ.ID, r.FAQ[0].Score, knowledge.MinFAQScore)
	}
	if r.CostRegion != "" {
		fmt.Fprintf(w, "  computed answer: a flexible worker's monthly cost in %s\n", r.CostRegion)
	}
	facts := r.Facts.String()
	if facts == "" {
		facts = "(none)"
	}
	fmt.Fprintf(w, "  facts taken: %s\n", facts)
	if all := a.Extracted.String(); all != r.Facts.String() && all != "" {
		fmt.Fprintf(w, "  named but not taken (inside the question): %s\n", all)
	}
	if r.ConfirmGap != nil {
		fmt.Fprintln(w, "  confirms with one tap: the gap named in the question")
	}
}

// diffCase is one case compared between two knowledge bases.
type diffCase struct {
	name  string
	today rules.Date
	facts map[string]string
}

// diffGrid is a grid of cases over every region and verdict path: what a
// reviewer needs to see change before approving a policy edit.
func diffGrid(regions []string) []diffCase {
	today := rules.Date{Year: 2026, Month: 11, Day: 25}
	var out []diffCase
	add := func(name string, kv map[string]string) {
		out = append(out, diffCase{name: name, today: today, facts: kv})
	}
	for _, r := range regions {
		for _, gap := range []string{"0", "2", "3", "4", "8", "24"} {
			add(fmt.Sprintf("%s individual gap %s", r, gap), map[string]string{"scheme": "employee", "payer": "individual", "gap_months": gap, "region": r, "base": "9000"})
			add(fmt.Sprintf("%s job-change gap %s", r, gap), map[string]string{"scheme": "employee", "payer": "unit", "reason": "job-change", "gap_months": gap, "region": r})
			add(fmt.Sprintf("%s left-job gap %s", r, gap), map[string]string{"scheme": "employee", "payer": "unit", "reason": "left-job", "gap_months": gap, "region": r})
		}
		for _, st := range rules.UnitStatuses {
			add(fmt.Sprintf("%s arrears %s", r, st), map[string]string{"scheme": "employee", "payer": "unit", "reason": "arrears", "unit_status": string(st), "gap_months": "5", "region": r, "arrears": "10000", "due_date": "2026-06-15"})
		}
		for _, y := range []string{"10", "15", "15.5", "20", "25", "30"} {
			for _, sex := range []string{"male", "female"} {
				add(fmt.Sprintf("%s at-age %s years %s", r, y, sex), map[string]string{"scheme": "employee", "retirement": "at-age", "years_paid": y, "sex": sex, "region": r})
			}
		}
		add(r+" retired", map[string]string{"scheme": "employee", "retirement": "retired", "region": r})
		add(r+" newborn", map[string]string{"scheme": "resident", "newborn": "true", "region": r})
		for _, br := range []string{"0", "1", "3", "4", "6"} {
			for _, rp := range []string{"0", "1", "3"} {
				add(fmt.Sprintf("%s resident broken %s repay %s", r, br, rp), map[string]string{"scheme": "resident", "broken_years": br, "repay_years": rp, "in_window": "false", "region": r})
			}
		}
		add(r+" resident renewal in window", map[string]string{"scheme": "resident", "broken_years": "0", "in_window": "true", "region": r})
	}
	return out
}

func orAbsent(s string) string {
	if s == "" {
		return "(absent)"
	}
	return s
}

func sortedKeySet(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func runKBExport(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("kb export", flag.ContinueOnError)
	fs.SetOutput(stdout)
	format := fs.String("format", "markdown", "markdown or html")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return usageError("%v", err)
	}
	if *format != "markdown" && *format != "html" {
		return usageError("kb export: --format: want markdown or html, got %q", *format)
	}
	b, _, _, err := loadKBArg(fs, "")
	if err != nil {
		return err
	}
	return b.Export(stdout, *format)
}
