package web

import (
	"context"
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

type fakeLookups struct{ got []Lookup }

func (f *fakeLookups) RecordLookup(ctx context.Context, l Lookup) error {
	f.got = append(f.got, l)
	return nil
}

// TestServeRecordsLookups: the page, the API and the answer links record
// each answer with its surface, verdict, region and the fact keys given —
// no values, no free text.
func TestServeRecordsLookups(t *testing.T) {
	rec := &fakeLookups{}
	s := newTestServer(t, Options{Lookups: rec})
	h := s.Handler()
	get(t, h, "/?"+shanghaiQuery)
	postJSON(t, h, `{"scheme":"employee","payer":"individual","gap_months":8,"region":"沪"}`)
	get(t, h, "/answer.txt?"+shanghaiQuery)
	get(t, h, "/?scheme=employee") // no answer: nothing recorded
	var surfaces []string
	for _, l := range rec.got {
		surfaces = append(surfaces, l.Surface)
		if l.Region != "shanghai" || l.Verdict == "" || strings.Join(l.Keys, ",") != "gap_months,payer,region,scheme" {
			t.Errorf("lookup %+v: want shanghai, a verdict and the four keys", l)
		}
		for _, k := range l.Keys {
			if strings.Contains(k, "沪") || strings.Contains(k, "8") {
				t.Errorf("a value leaked into the keys: %v", l.Keys)
			}
		}
	}
	if strings.Join(surfaces, " ") != "page api text" {
		t.Errorf("recorded %v, want page api text", surfaces)
	}
}
