package main

import (
	"bytes"
	"context"
	"io"
	"regexp"
	"runtime/debug"
	"slices"
	"strings"
	"testing"

	"bujiao/knowledge"
)

// TestAskUsageExamplesRun runs every example in `ask --help`, in both
// languages: an example that fails teaches staff a command that does not
// work.
func TestAskUsageExamplesRun(t *testing.T) {
	b, err := knowledge.Default()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, lang := range knowledge.Langs {
		for _, line := range strings.Split(b.Msg(lang, "cli.ask.usage"), "\n") {
			line = strings.TrimSpace(line)
			if !strings.HasPrefix(line, "bujiao ask --") {
				continue
			}
			// "> file" is the shell's, not ask's.
			line, _, _ = strings.Cut(line, " > ")
			n++
			args := append(strings.Fields(line)[1:], "--today", "2026-11-25")
			var out, errb bytes.Buffer
			if err := run(context.Background(), args, strings.NewReader(""), &out, &errb); err != nil {
				t.Errorf("%s: %v\n%s", line, err, errb.String())
			}
		}
	}
	if n < 8 {
		t.Errorf("only %d examples found in ask --help", n)
	}
}

// TestEveryHelpExitsZero: --help of every command and subcommand prints its
// usage on stdout and exits 0; a bad flag exits 2.
func TestEveryHelpExitsZero(t *testing.T) {
	for _, cmd := range [][]string{{"chat"}, {"ask"}, {"bot"}, {"serve"}, {"stats"}, {"reminders"}, {"version"}, {"kb"},
		{"kb", "lint"}, {"kb", "test"}, {"kb", "faq"}, {"kb", "diff"}, {"kb", "export"}, {}} {
		for _, h := range []string{"--help", "-h"} {
			var out, errb bytes.Buffer
			err := run(context.Background(), append(slices.Clone(cmd), h), strings.NewReader(""), &out, &errb)
			if code := exitCode(err, &errb); code != 0 || out.Len() == 0 {
				t.Errorf("bujiao %s %s: exit %d, %d bytes on stdout, stderr %q", strings.Join(cmd, " "), h, code, out.Len(), errb.String())
			}
		}
		if len(cmd) == 0 || cmd[0] == "kb" && len(cmd) == 1 {
			continue
		}
		var out, errb bytes.Buffer
		err := run(context.Background(), append(slices.Clone(cmd), "--no-such-flag"), strings.NewReader(""), &out, &errb)
		if code := exitCode(err, io.Discard); code != 2 {
			t.Errorf("bujiao %s --no-such-flag: exit %d, want 2", strings.Join(cmd, " "), code)
		}
	}
}

// TestAskHelpAgreesWithRequirements: no flag ask reports as missing is
// described in ask --help as having a default.
func TestAskHelpAgreesWithRequirements(t *testing.T) {
	b, err := knowledge.Default()
	if err != nil {
		t.Fatal(err)
	}
	partial := [][]string{
		{"--scheme", "employee"},
		{"--scheme", "employee", "--retirement", "working"},
		{"--scheme", "employee", "--payer", "individual"},
		{"--scheme", "employee", "--reason", "arrears"},
		{"--scheme", "employee", "--retirement", "at-age"},
		{"--scheme", "resident"},
		{"--scheme", "resident", "--gap-months", "3"},
		{},
	}
	checked := 0
	for _, lang := range knowledge.Langs {
		usage := b.Msg(lang, "cli.ask.usage")
		for _, args := range partial {
			var out, errb bytes.Buffer
			err := run(context.Background(), append([]string{"ask", "--lang", string(lang), "--today", "2026-11-25"}, args...), strings.NewReader(""), &out, &errb)
			if err == nil {
				continue
			}
			for _, flag := range regexp.MustCompile(`--[a-z-]+`).FindAllString(err.Error(), -1) {
				for _, line := range strings.Split(usage, "\n") {
					line = strings.TrimSpace(line)
					if !strings.HasPrefix(line, flag+" ") {
						continue
					}
					checked++
					if strings.Contains(line, "default") || strings.Contains(line, "默认") {
						t.Errorf("%s: ask %v reports %s missing, but --help says it has a default: %q", lang, args, flag, line)
					}
				}
			}
		}
	}
	if checked < 4 {
		t.Errorf("only %d missing flags checked against the help", checked)
	}
}

func TestBuildVersion(t *testing.T) {
	info := func(v string, settings ...debug.BuildSetting) func() (*debug.BuildInfo, bool) {
		return func() (*debug.BuildInfo, bool) {
			return &debug.BuildInfo{Main: debug.Module{Version: v}, Settings: settings}, true
		}
	}
	for _, tt := range []struct {
		read func() (*debug.BuildInfo, bool)
		want string
	}{
		{info("v1.4.0"), "v1.4.0"},
		{info("(devel)", debug.BuildSetting{Key: "vcs.revision", Value: "0123456789abcdef0123"},
			debug.BuildSetting{Key: "vcs.time", Value: "2026-12-06T20:00:00Z"}, debug.BuildSetting{Key: "vcs.modified", Value: "true"}),
			"devel-0123456789ab-dirty (2026-12-06T20:00:00Z)"},
		{info("(devel)"), "devel"},
		{func() (*debug.BuildInfo, bool) { return nil, false }, "devel"},
	} {
		if got := buildVersion(tt.read); got != tt.want {
			t.Errorf("buildVersion = %q, want %q", got, tt.want)
		}
	}
}

// TestUsageErrorsExit2: a bad command line exits 2 in every command.
func TestUsageErrorsExit2(t *testing.T) {
	for _, args := range [][]string{
		{"kb", "faq"}, {"kb", "export", "--format", "pdf"}, {"kb", "diff", "onlyone"}, {"ask", "--lang", "fr"},
		{"chat", "--lang", "fr"}, {"serve", "--listen", "nope"}, {"stats", "--to", "x"}, {"stats", "--format", "xml"},
		{"kb", "lint", "--today", "x"}, {"kb", "test", "a", "b"}, {"kb", "test", "--format", "xml"}, {"kb"},
		{"version", "x"}, {"serve", "--workers", "0"}, {"frobnicate"}, {"reminders", "--days", "0"}, {"reminders", "x"},
	} {
		var out, errb bytes.Buffer
		err := run(context.Background(), args, strings.NewReader(""), &out, &errb)
		if code := exitCode(err, io.Discard); code != 2 {
			t.Errorf("bujiao %s: exit %d, want 2 (%v)", strings.Join(args, " "), code, err)
		}
	}
}
