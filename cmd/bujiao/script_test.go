package main

import (
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"bujiao/knowledge"
	"bujiao/store/pg/pgtest"
)

// TestMain lets the test binary run as the bujiao command inside scripts
// and process-level tests, and stops the PostgreSQL test cluster, if a test
// started one, at the end. Under -race it builds the command without -race
// instead: the race detector slows every bujiao process 5-10 times, and
// what those tests check (output, exit status, crash recovery) is not a
// data race in one process — the in-process tests run under -race.
func TestMain(m *testing.M) {
	if raceEnabled && filepath.Base(os.Args[0]) != "bujiao" {
		if dir, err := buildPlainCommand(); err == nil {
			os.Setenv("PATH", dir+string(filepath.ListSeparator)+os.Getenv("PATH"))
			code := pgtest.Main(m)
			os.RemoveAll(dir)
			os.Exit(code)
		} else {
			fmt.Fprintf(os.Stderr, "cmd/bujiao: building bujiao without -race failed, scripts run the race-enabled test binary (slower): %v\n", err)
		}
	}
	testscript.Main(pgtest.Wrap(m), map[string]func(){"bujiao": main})
}

// buildPlainCommand builds this package's command without -race into a
// new temporary directory and returns it.
func buildPlainCommand() (string, error) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		goTool = filepath.Join(runtime.GOROOT(), "bin", "go")
	}
	dir, err := os.MkdirTemp("", "bujiao-bin")
	if err != nil {
		return "", err
	}
	cmd := exec.Command(goTool, "build", "-o", filepath.Join(dir, "bujiao"), ".")
	// GOFLAGS=-race would bring the race detector back.
	var flags []string
	for _, f := range strings.Fields(os.Getenv("GOFLAGS")) {
		if f != "-race" && f != "--race" {
			flags = append(flags, f)
		}
	}
	cmd.Env = append(os.Environ(), "GOFLAGS="+strings.Join(flags, " "))
	if out, err := cmd.CombinedOutput(); err != nil {
		os.RemoveAll(dir)
		return "", fmt.Errorf("%w: %s", err, out)
	}
	return dir, nil
}

// TestScripts runs the command-line scripts in testdata/script: each runs
// bujiao as a person or a script would and checks output and exit status.
// $WORK/kb holds a copy of the built-in knowledge base for scripts that
// need one on disk to break.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 filepath.Join("testdata", "script"),
		RequireExplicitExec: true,
		Cmds:                map[string]func(ts *testscript.TestScript, neg bool, args []string){"replace": cmdReplace},
		Setup: func(env *testscript.Env) error {
			if err := copyFS(filepath.Join(env.WorkDir, "kb"), knowledge.DefaultFS()); err != nil {
				return err
			}
			// $WORK/new is the same with one policy edit, for kb diff:
			// Shanghai's flexible-worker wait shortened from 6 to 5 months.
			newDir := filepath.Join(env.WorkDir, "new")
			if err := copyFS(newDir, knowledge.DefaultFS()); err != nil {
				return err
			}
			sh := filepath.Join(newDir, "regions", "shanghai.yaml")
			data, err := os.ReadFile(sh)
			if err != nil {
				return err
			}
			edited := strings.Replace(string(data), "waiting_months: 6, waiting_is_maximum: false", "waiting_months: 5, waiting_is_maximum: false", 1)
			if edited == string(data) {
				return fmt.Errorf("script setup: Shanghai's 6-month wait not found")
			}
			return os.WriteFile(sh, []byte(edited), 0o644)
		},
	})
}

// cmdReplace edits a file in place, as a maintainer would:
// replace FILE OLD NEW replaces the first OLD with NEW (\n in either is a
// newline), and fails if OLD is not there so a script cannot silently test
// an edit that did not happen.
func cmdReplace(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 {
		ts.Fatalf("usage: replace FILE OLD NEW")
	}
	name := ts.MkAbs(args[0])
	data, err := os.ReadFile(name)
	ts.Check(err)
	old, repl := strings.ReplaceAll(args[1], `\n`, "\n"), strings.ReplaceAll(args[2], `\n`, "\n")
	if !strings.Contains(string(data), old) {
		ts.Fatalf("replace: %q not found in %s", old, args[0])
	}
	ts.Check(os.WriteFile(name, []byte(strings.Replace(string(data), old, repl, 1)), 0o644))
}

func copyFS(dir string, src fs.FS) error {
	return fs.WalkDir(src, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		dst := filepath.Join(dir, filepath.FromSlash(p))
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		data, err := fs.ReadFile(src, p)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, data, 0o644)
	})
}
