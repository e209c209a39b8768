package web

import (
	"strings"
	"testing"
	"time"

	"bujiao/knowledge"
)

type fakeReloader struct {
	st    knowledge.ReloadStatus
	fails uint64
}

func (f *fakeReloader) Status() knowledge.ReloadStatus { return f.st }
func (f *fakeReloader) Failures() uint64               { return f.fails }

// TestServeReloadRefused: a refused reload leaves /readyz at 200 with a
// line saying since when and how many errors, and /metrics counts it next
// to the version answering.
func TestServeReloadRefused(t *testing.T) {
	rl := &fakeReloader{}
	s := newTestServer(t, Options{Reload: rl})
	h := s.Handler()
	if r := get(t, h, "/readyz"); r.code != 200 || r.body != "ok" {
		t.Errorf("readyz before any refusal: %d %q", r.code, r.body)
	}
	m := get(t, h, "/metrics").body
	version := testKB(t).Version.String()
	for _, want := range []string{`bujiao_knowledge_reload_failures_total 0`, `bujiao_knowledge_info{version="` + version + `"} 1`} {
		if !strings.Contains(m, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
	rl.st = knowledge.ReloadStatus{RefusedSince: time.Date(2026, 11, 25, 2, 3, 4, 0, time.UTC), Errors: 3}
	rl.fails = 2
	r := get(t, h, "/readyz")
	if want := "knowledge reload refused since 2026-11-25T02:03:04Z: 3 errors"; r.code != 200 || !strings.Contains(r.body, want) {
		t.Errorf("readyz after a refusal: %d %q, want 200 with %q", r.code, r.body, want)
	}
	if m := get(t, h, "/metrics").body; !strings.Contains(m, `bujiao_knowledge_reload_failures_total 2`) {
		t.Errorf("metrics do not count the refusals")
	}
}
