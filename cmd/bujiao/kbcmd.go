package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"

	"bujiao/knowledge"
	"bujiao/rules"
)

const kbUsage = `bujiao kb — tools for the people who maintain the knowledge base

Usage:
  bujiao kb lint   [--format text|json] [--today DATE] [DIR]   check every file; exit 1 on errors
  bujiao kb test   [--coverage] [--format text|json] [--run TEXT] [--today DATE] [DIR]
                                                run the scenarios; show a diff for each failure
  bujiao kb faq    [--kb DIR] "question"        what the chat does with it (FAQ / facts / both) and which FAQ entries match
  bujiao kb diff   [--format text|json] [--all] OLD NEW   what an edit changes: answers by kind, FAQ entries
  bujiao kb diff   --git REV [DIR]              the same, DIR (default knowledge/kb) at git REV against the working tree
  bujiao kb export [--format markdown|html] [DIR]  a readable handbook of every rule, FAQ entry and article

DIR defaults to knowledge/kb of the git checkout you are in (the working tree),
else to the knowledge base built into bujiao; the first line says which
("checked: knowledge/kb (working tree)" or "checked: built-in base VERSION").
kb diff --git works from any folder of the checkout.`

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

// todayFlag adds --today, so that the date checks (a checked_on in the
// future, figures not checked for a year) give the same result in a test
// or a CI run next year as today.
func todayFlag(fs *flag.FlagSet) *string {
	return fs.String("today", "", "the date to check against, YYYY-MM-DD (default: today in China)")
}

func parseToday(s string) (rules.Date, error) {
	if s == "" {
		return knowledge.Today(time.Now()), nil
	}
	d, err := rules.ParseDate(s)
	if err != nil {
		return rules.Date{}, usageError("--today: want a date as YYYY-MM-DD, got %q", s)
	}
	return d, nil
}

// loadKBArg loads DIR; with no DIR, the working tree's knowledge/kb when
// run inside a git checkout that has one (a maintainer checking an edit
// must never be told about the built-in base instead), else the embedded
// knowledge base. checked names what was loaded, for the first line of
// the output.
func loadKBArg(fs *flag.FlagSet, today string) (b *knowledge.Base, problems []knowledge.Problem, checked string, err error) {
	d, err := parseToday(today)
	if err != nil {
		return nil, nil, "", err
	}
	opt := knowledge.Options{Today: d}
	switch fs.NArg() {
	case 0:
		if dir, ok := checkoutKB(); ok {
			b, problems, err = knowledge.LoadDir(dir, opt)
			return b, problems, "knowledge/kb (working tree)", err
		}
		b, problems, err = knowledge.Load(knowledge.DefaultFS(), opt)
		checked = "built-in base"
		if b != nil {
			checked += " " + b.Version.String()
		}
		return b, problems, checked, err
	case 1:
		b, problems, err = knowledge.LoadDir(fs.Arg(0), opt)
		return b, problems, fs.Arg(0), err
	}
	return nil, nil, "", usageError("give at most one knowledge directory")
}

// checkoutKB finds knowledge/kb at the top of the git checkout the current
// directory is in (a .git directory, or a .git file in a worktree), without
// running git, so an installed bujiao works wherever git is missing.
func checkoutKB() (string, bool) {
	dir, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, ".git")); err == nil {
			kb := filepath.Join(dir, "knowledge", "kb")
			st, err := os.Stat(kb)
			return kb, err == nil && st.IsDir()
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}

// maxFollowOnShown is how many follow-on problems kb lint prints under
// their cause.
const maxFollowOnShown = 8

func runKBLint(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("kb lint", flag.ContinueOnError)
	fs.SetOutput(stdout)
	format := fs.String("format", "text", "output format: text or json")
	today := todayFlag(fs)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return usageError("%v", err)
	}
	if *format != "text" && *format != "json" {
		return usageError("--format: want text or json, got %q", *format)
	}
	_, problems, checked, err := loadKBArg(fs, *today)
	var kerr *knowledge.Error
	if err != nil && !errors.As(err, &kerr) {
		return err
	}
	nerr, nfollow := 0, 0
	for _, p := range problems {
		if p.Severity == knowledge.SevError {
			nerr++
		}
		nfollow += len(p.FollowOn)
	}
	if *format == "json" {
		type item struct {
			File     string `json:"file"`
			Line     int    `json:"line"`
			Col      int    `json:"col"`
			Severity string `json:"severity"`
			Field    string `json:"field"`
			Message  string `json:"message"`
			// FollowOn: problems this one caused; they go when it is fixed.
			FollowOn []item `json:"follow_on,omitempty"`
		}
		var toItem func(p knowledge.Problem) item
		toItem = func(p knowledge.Problem) item {
			it := item{p.File, p.Line, p.Col, string(p.Severity), p.Field, p.Message, nil}
			for _, f := range p.FollowOn {
				it.FollowOn = append(it.FollowOn, toItem(f))
			}
			return it
		}
		out := struct {
			Checked  string `json:"checked"`
			Errors   int    `json:"errors"`
			Warnings int    `json:"warnings"`
			Problems []item `json:"problems"`
		}{Checked: checked, Errors: nerr, Warnings: len(problems) - nerr, Problems: []item{}}
		for _, p := range problems {
			out.Problems = append(out.Problems, toItem(p))
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(out); err != nil {
			return err
		}
	} else {
		fmt.Fprintln(stdout, "checked: "+checked)
		for _, p := range problems {
			fmt.Fprintln(stdout, p.String())
			// A file that does not parse can leave hundreds of references
			// dangling; a few show the pattern, the rest go with the cause.
			for i, f := range p.FollowOn {
				if i == maxFollowOnShown && len(p.FollowOn) > maxFollowOnShown+1 {
					fmt.Fprintf(stdout, "    … and %d more follow-on problem(s) (--format json lists them)\n", len(p.FollowOn)-i)
					break
				}
				fmt.Fprintln(stdout, "    follow-on: "+f.String())
			}
		}
		fmt.Fprintf(stdout, "%d error(s), %d warning(s)", nerr, len(problems)-nerr)
		if nfollow > 0 {
			fmt.Fprintf(stdout, "; %d follow-on problem(s) listed under their cause go away with it", nfollow)
		}
		fmt.Fprintln(stdout)
	}
	if nerr > 0 {
		return &exitError{code: 1}
	}
	return nil
}

func runVersion(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 {
		if args[0] == "-h" || args[0] == "--help" || args[0] == "-help" {
			fmt.Fprintln(stdout, "usage: bujiao version (or bujiao --version)\n\nPrints the build's version (module version, or the git commit it was built from)\nand the knowledge base's (a hash of the files and the newest checked_on).")
			return nil
		}
		return usageError("bujiao version: takes no arguments, got %q", strings.Join(args, " "))
	}
	b, err := loadKB("")
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "bujiao %s\n", buildVersion(debug.ReadBuildInfo))
	fmt.Fprintf(stdout, "bujiao knowledge %s\n", b.Version)
	return nil
}

// buildVersion is the version the go command recorded in the binary: the
// module version for `go install module@version`, else the commit of the
// checkout it was built in (with "-dirty" for uncommitted changes) and its
// time, else "devel" (go run, tests).
func buildVersion(read func() (*debug.BuildInfo, bool)) string {
	bi, ok := read()
	if !ok {
		return "devel"
	}
	if v := bi.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	var rev, at string
	dirty := false
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			at = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if rev == "" {
		return "devel"
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	v := "devel-" + rev
	if dirty {
		v += "-dirty"
	}
	if at != "" {
		v += " (" + at + ")"
	}
	return v
}
