package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"bujiao/knowledge"
)

// TestMain lets the test binary run as the bujiao command inside scripts.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){"bujiao": main})
}

// TestScripts runs the command-line scripts in testdata/script: each runs
// bujiao as a person or a script would and checks output and exit status.
// $WORK/kb holds a copy of the built-in knowledge base for scripts that
// need one on disk to break.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 filepath.Join("testdata", "script"),
		RequireExplicitExec: true,
		Setup: func(env *testscript.Env) error {
			return copyFS(filepath.Join(env.WorkDir, "kb"), knowledge.DefaultFS())
		},
	})
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
