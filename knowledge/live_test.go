package knowledge_test

import (
	"context"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"bujiao/knowledge"
)

// copyKB writes the embedded knowledge base into a directory a test can edit.
func copyKB(tb testing.TB) string {
	tb.Helper()
	dir := tb.TempDir()
	err := fs.WalkDir(knowledge.DefaultFS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dir, p), 0o755)
		}
		data, err := fs.ReadFile(knowledge.DefaultFS(), p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, p), data, 0o644)
	})
	if err != nil {
		tb.Fatal(err)
	}
	return dir
}

// writeAtomic replaces a file the way editors and git do: write aside, rename.
func writeAtomic(tb testing.TB, path string, data []byte) {
	tb.Helper()
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		tb.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		tb.Fatal(err)
	}
}

// TestLiveReloadConsistent swaps a valid and an invalid knowledge directory
// under readers running concurrently: every answer is wholly the old or
// wholly the new one, and the invalid version never takes effect.
func TestLiveReloadConsistent(t *testing.T) {
	dir := copyKB(t)
	// The scenarios pin Shanghai's six months; without them the edit to
	// five is valid, which is what this test swaps in and out.
	dropScenarios(t, dir)
	b, _, err := knowledge.LoadDir(dir, knowledge.Options{})
	if err != nil {
		t.Fatal(err)
	}
	live := knowledge.NewLive(b, dir, nil)
	shanghai := filepath.Join(dir, "regions", "shanghai.yaml")
	orig, _ := os.ReadFile(shanghai)
	five := []byte(strings.Replace(string(orig), "waiting_months: 6, waiting_is_maximum: false", "waiting_months: 5, waiting_is_maximum: false", 1))
	if string(five) == string(orig) {
		t.Fatal("test setup: Shanghai's 6-month wait not found in shanghai.yaml")
	}
	broken := []byte(string(orig) + "\n  - id: [unclosed\n")

	// Each answer's waiting period and resume date must belong together.
	consistent := map[string]bool{"6 2027-05-15": true, "5 2027-04-15": true}
	facts := map[string]string{"scheme": "employee", "payer": "individual", "gap_months": "8", "region": "shanghai"}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	errs := make(chan string, 100)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				kb := live.Get()
				o := evaluate(t, kb, "2026-11-25", facts)
				a := kb.BuildAnswer(&o, knowledge.En)
				key := strings.Join([]string{itoaT(a.Coverage.WaitingMonths), *a.Coverage.ResumesOn}, " ")
				if !consistent[key] {
					select {
					case errs <- key:
					default:
					}
				}
			}
		}()
	}
	for i := range 6 {
		switch i % 3 {
		case 0:
			writeAtomic(t, shanghai, five)
			if err := live.Reload(); err != nil {
				t.Errorf("valid reload failed: %v", err)
			}
		case 1:
			before := live.Get()
			writeAtomic(t, shanghai, broken)
			if err := live.Reload(); err == nil {
				t.Error("invalid knowledge was accepted")
			}
			if live.Get() != before {
				t.Error("invalid reload replaced the knowledge base")
			}
		case 2:
			writeAtomic(t, shanghai, orig)
			if err := live.Reload(); err != nil {
				t.Errorf("reload of the original failed: %v", err)
			}
		}
	}
	close(stop)
	wg.Wait()
	close(errs)
	for k := range errs {
		t.Errorf("an answer mixed old and new knowledge: waiting/resume %q", k)
	}
}

func dropScenarios(tb testing.TB, dir string) {
	tb.Helper()
	if err := os.RemoveAll(filepath.Join(dir, "scenarios")); err != nil {
		tb.Fatal(err)
	}
}

// TestLiveReloadRefusesWhatLintOrTestRefuses: a checked_on after today and
// an edit that breaks a scenario both keep the old base, are counted and
// show in Status until a good edit goes live.
func TestLiveReloadRefusesWhatLintOrTestRefuses(t *testing.T) {
	dir := copyKB(t)
	b, _, err := knowledge.LoadDir(dir, knowledge.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var logs strings.Builder
	live := knowledge.NewLive(b, dir, slog.New(slog.NewTextHandler(&logs, nil)))
	now := time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)
	live.Now = func() time.Time { return now }
	shanghai := filepath.Join(dir, "regions", "shanghai.yaml")
	orig, _ := os.ReadFile(shanghai)
	future := regexp.MustCompile(`checked_on: \d{4}-\d{2}-\d{2}`).ReplaceAllString(string(orig), "checked_on: 2099-01-01")
	breaksScenarios := strings.Replace(string(orig), "waiting_months: 6, waiting_is_maximum: false", "waiting_months: 5, waiting_is_maximum: false", 1)
	if future == string(orig) || breaksScenarios == string(orig) {
		t.Fatal("test setup: shanghai.yaml changed shape")
	}
	for i, edit := range []struct{ name, text, inLog string }{
		{"checked_on in the future", future, "after today"},
		{"a scenario fails", breaksScenarios, "scenario shanghai"},
	} {
		writeAtomic(t, shanghai, []byte(edit.text))
		if err := live.Reload(); err == nil {
			t.Errorf("%s: reload accepted", edit.name)
		}
		if live.Get() != b {
			t.Errorf("%s: the refused edit replaced the running base", edit.name)
		}
		st := live.Status()
		if !st.Refused() || st.Errors == 0 || !st.RefusedSince.Equal(time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)) {
			t.Errorf("%s: status %+v, want refused since the first refusal with errors", edit.name, st)
		}
		if got := live.Failures(); got != uint64(i+1) {
			t.Errorf("%s: failures = %d, want %d", edit.name, got, i+1)
		}
		if !strings.Contains(logs.String(), edit.inLog) {
			t.Errorf("%s: log lacks %q:\n%s", edit.name, edit.inLog, logs.String())
		}
		now = now.Add(time.Hour)
	}
	writeAtomic(t, shanghai, orig)
	if err := live.Reload(); err != nil {
		t.Fatalf("the original was refused: %v", err)
	}
	if live.Status().Refused() || live.Get() == b {
		t.Errorf("a good edit did not go live or clear the refusal: %+v", live.Status())
	}
}

func itoaT(n int) string { return strconv.Itoa(n) }

// TestLiveWatch checks that saving a file is picked up without a restart.
func TestLiveWatch(t *testing.T) {
	dir := copyKB(t)
	dropScenarios(t, dir)
	b, _, err := knowledge.LoadDir(dir, knowledge.Options{})
	if err != nil {
		t.Fatal(err)
	}
	live := knowledge.NewLive(b, dir, nil)
	swapped := make(chan *knowledge.Base, 1)
	live.OnSwap = func(nb *knowledge.Base) { swapped <- nb }
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	started := make(chan struct{})
	go func() {
		close(started)
		done <- live.Watch(ctx)
	}()
	<-started
	shanghai := filepath.Join(dir, "regions", "shanghai.yaml")
	orig, _ := os.ReadFile(shanghai)
	edited := []byte(strings.Replace(string(orig), "waiting_months: 6,", "waiting_months: 4,", 1))
	// The watcher may not be registered yet when the first write lands, so
	// keep saving until it reports a swap.
	deadline := time.After(10 * time.Second)
	tick := time.NewTicker(time.Second) // longer than the debounce
	defer tick.Stop()
	for {
		writeAtomic(t, shanghai, edited)
		select {
		case nb := <-swapped:
			p, _ := nb.Policy("shanghai")
			if got := p.Individual.OverLimit.WaitingMonths; got != 4 {
				t.Errorf("after reload waiting = %d, want 4", got)
			}
			cancel()
			if err := <-done; err != nil {
				t.Errorf("Watch: %v", err)
			}
			return
		case <-deadline:
			t.Fatal("no reload within 10 s of saving a file")
		case <-tick.C:
		}
	}
}

// BenchmarkLiveReload measures one reload of a knowledge directory: load,
// lint against today and every scenario — what a saved edit costs before
// it can go live.
func BenchmarkLiveReload(b *testing.B) {
	dir := copyKB(b)
	kb, _, err := knowledge.LoadDir(dir, knowledge.Options{})
	if err != nil {
		b.Fatal(err)
	}
	live := knowledge.NewLive(kb, dir, nil)
	live.Now = func() time.Time { return time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC) }
	b.ReportAllocs()
	for b.Loop() {
		if err := live.Reload(); err != nil {
			b.Fatal(err)
		}
	}
}
