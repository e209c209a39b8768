package main

import (
	"bytes"
	"context"
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
