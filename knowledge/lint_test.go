package knowledge_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"bujiao/knowledge"
	"bujiao/rules"
)

// overlay returns the embedded knowledge base with extra files added under
// "test/" (a file of the same name replaces nothing: every file counts).
func overlay(tb testing.TB, extra map[string][]byte) fs.FS {
	tb.Helper()
	m := fstest.MapFS{}
	err := fs.WalkDir(knowledge.DefaultFS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(knowledge.DefaultFS(), p)
		m[p] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
	for name, data := range extra {
		m["test/"+name] = &fstest.MapFile{Data: data}
	}
	return m
}

// TestLintCorpus loads each broken knowledge file under testdata/lint/CASE
// on top of the real knowledge base and compares every problem reported in
// that file with testdata/lint/CASE/want, exactly, positions included.
// Refresh with -update after checking the new messages read well.
func TestLintCorpus(t *testing.T) {
	cases, err := os.ReadDir("testdata/lint")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		if !c.IsDir() {
			continue
		}
		t.Run(c.Name(), func(t *testing.T) {
			dir := filepath.Join("testdata/lint", c.Name())
			files, _ := filepath.Glob(filepath.Join(dir, "*.yaml"))
			extra := map[string][]byte{}
			for _, f := range files {
				data, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				extra[filepath.Base(f)] = data
			}
			_, problems, loadErr := knowledge.Load(overlay(t, extra), knowledge.Options{Today: rules.Date{Year: 2026, Month: 11, Day: 25}})
			var got []string
			for _, p := range problems {
				if strings.HasPrefix(p.File, "test/") {
					got = append(got, p.String())
					for _, f := range p.FollowOn {
						got = append(got, "    follow-on: "+f.String())
					}
				}
			}
			gotText := strings.Join(got, "\n") + "\n"
			wantFile := filepath.Join(dir, "want")
			if *update {
				if err := os.WriteFile(wantFile, []byte(gotText), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(wantFile)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if gotText != string(want) {
				t.Errorf("problems differ\n--- got ---\n%s--- want ---\n%s", gotText, want)
			}
			hasError := strings.Contains(gotText, ": error: ")
			if hasError != (loadErr != nil) {
				t.Errorf("Load error = %v, but problems listed errors: %v", loadErr, hasError)
			}
		})
	}
}

// FuzzLoad feeds arbitrary bytes to the loader as one more knowledge file:
// any input yields problems or a knowledge base, never a panic.
func FuzzLoad(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/lint/*/*.yaml")
	for _, s := range seeds {
		data, _ := os.ReadFile(s)
		f.Add(data)
	}
	f.Add([]byte("regions: [{id: x, policy: {transfer: {limit_months: 99999999999999}}}]"))
	f.Add([]byte("laws: &a [*a]"))
	f.Add([]byte("\xff\xfe"))
	// Only the files a fuzzed file most often refers to (laws, the national
	// baseline) go under it: loading the whole knowledge base for every
	// input made this target run about one input a second, which is not
	// fuzzing. The lint corpus above covers the full base.
	full := overlay(f, nil).(fstest.MapFS)
	base := fstest.MapFS{"laws.yaml": full["laws.yaml"], "regions/national.yaml": full["regions/national.yaml"]}
	f.Fuzz(func(t *testing.T, data []byte) {
		m := fstest.MapFS{}
		for k, v := range base {
			m[k] = v
		}
		m["test/fuzz.yaml"] = &fstest.MapFile{Data: data}
		b, problems, err := knowledge.Load(m, knowledge.Options{})
		if err == nil && b == nil {
			t.Fatal("no error and no knowledge base")
		}
		for _, p := range problems {
			if p.Line < 1 || p.File == "" {
				t.Fatalf("problem without a position: %+v", p)
			}
		}
	})
}
