package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

	"bujiao/knowledge"
)

const kbUsage = `bujiao kb — tools for the people who maintain the knowledge base

Usage:
  bujiao kb lint   [--format text|json] [DIR]   check every file; exit 1 on errors
  bujiao kb test   [--coverage] [DIR]           run the scenarios; show a diff for each failure
  bujiao kb faq    [--kb DIR] "question"        what the chat does with it (FAQ / facts / both) and which FAQ entries match
  bujiao kb diff   OLD NEW                      which answers change between two knowledge directories
  bujiao kb export [--format markdown|html] [DIR]  a readable handbook of every rule, FAQ entry and article

DIR defaults to the knowledge base built into bujiao.`

func runKB(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return usageError("%s", kbUsage)
	}
	switch args[0] {
	case "lint":
		return runKBLint(args[1:], stdout)
	case "test":
		return runKBTest(args[1:], stdout)
	case "faq":
		return runKBFAQ(args[1:], stdout)
	case "diff":
		return runKBDiff(args[1:], stdout)
	case "export":
		return runKBExport(args[1:], stdout)
	case "-h", "--help", "help":
		fmt.Fprintln(stdout, kbUsage)
		return nil
	}
	return usageError("bujiao kb: unknown command %q\n\n%s", args[0], kbUsage)
}

// loadKBArg loads DIR, or the embedded knowledge base when no DIR is given,
// returning warnings as well.
func loadKBArg(fs *flag.FlagSet) (*knowledge.Base, []knowledge.Problem, error) {
	opt := knowledge.Options{Today: knowledge.Today(time.Now())}
	switch fs.NArg() {
	case 0:
		return knowledge.Load(knowledge.DefaultFS(), opt)
	case 1:
		return knowledge.LoadDir(fs.Arg(0), opt)
	}
	return nil, nil, usageError("give at most one knowledge directory")
}

func runKBLint(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("kb lint", flag.ContinueOnError)
	fs.SetOutput(stdout)
	format := fs.String("format", "text", "output format: text or json")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return usageError("%v", err)
	}
	if *format != "text" && *format != "json" {
		return usageError("--format: want text or json, got %q", *format)
	}
	_, problems, err := loadKBArg(fs)
	var kerr *knowledge.Error
	if err != nil && !errors.As(err, &kerr) {
		return err
	}
	nerr := 0
	for _, p := range problems {
		if p.Severity == knowledge.SevError {
			nerr++
		}
	}
	if *format == "json" {
		type item struct {
			File     string `json:"file"`
			Line     int    `json:"line"`
			Col      int    `json:"col"`
			Severity string `json:"severity"`
			Field    string `json:"field"`
			Message  string `json:"message"`
		}
		out := struct {
			Errors   int    `json:"errors"`
			Warnings int    `json:"warnings"`
			Problems []item `json:"problems"`
		}{Errors: nerr, Warnings: len(problems) - nerr, Problems: []item{}}
		for _, p := range problems {
			out.Problems = append(out.Problems, item{p.File, p.Line, p.Col, string(p.Severity), p.Field, p.Message})
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(out); err != nil {
			return err
		}
	} else {
		for _, p := range problems {
			fmt.Fprintln(stdout, p.String())
		}
		fmt.Fprintf(stdout, "%d error(s), %d warning(s)\n", nerr, len(problems)-nerr)
	}
	if nerr > 0 {
		return &exitError{code: 1}
	}
	return nil
}

func runVersion(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	b, err := loadKB("")
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "bujiao knowledge %s\n", b.Version)
	return nil
}
