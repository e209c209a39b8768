package main

import (
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
	coverage := fs.Bool("coverage", false, "list rules, regions, verdicts and FAQ entries no scenario touches")
	run := fs.String("run", "", "run only scenarios whose name contains this text")
	today := todayFlag(fs)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return usageError("%v", err)
	}
	b, _, err := loadKBArg(fs, *today)
	if err != nil {
		return err
	}
	var passed, failed int
	seenPath := map[rules.Path]bool{}
	seenVerdict := map[rules.Verdict]bool{}
	seenRegion := map[string]bool{}
	for _, s := range b.Scenarios() {
		if *run != "" && !strings.Contains(s.Name, *run) {
			continue
		}
		r := b.RunScenario(s)
		seenPath[r.Path], seenVerdict[r.Verdict] = true, true
		if s.Facts["region"] != "" || r.Region != "" {
			seenRegion[r.Region] = true
		}
		if r.Passed() {
			passed++
			continue
		}
		failed++
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
		fmt.Fprintf(stdout, "coverage: %d item(s) not covered\n", len(missing))
		for _, m := range missing {
			fmt.Fprintln(stdout, "  "+m)
		}
	}
	fmt.Fprintf(stdout, "%d passed, %d failed\n", passed, failed)
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
