package web

import (
	"strings"
	"testing"

	"bujiao/knowledge"
	"bujiao/rules"
)

// TestServeAnswerICS: /answer.ics takes the query /answer.txt takes and
// returns exactly `ask --format ics` as a calendar download; an answer
// with no dated deadline is a 404 saying so in the page's language; bad
// queries are a 400 as for the other formats. The page links to it
// ("添加到日历 / Add to calendar") only when there is something to add.
func TestServeAnswerICS(t *testing.T) {
	s := newTestServer(t, Options{})
	b := testKB(t)
	day, _ := rules.ParseDate("2026-11-25")
	for _, lang := range knowledge.Langs {
		r := get(t, s.Handler(), "/answer.ics?"+shanghaiQuery+"&lang="+string(lang))
		if r.code != 200 {
			t.Fatalf("/answer.ics: %d %s", r.code, r.body)
		}
		c, err := b.AnswerCase(shanghaiCase, day, lang)
		if err != nil {
			t.Fatal(err)
		}
		want, err := b.RenderICS(&c.Outcome, lang)
		if err != nil {
			t.Fatal(err)
		}
		if r.body != want {
			t.Errorf("/answer.ics [%s] differs from RenderICS:\n%s", lang, r.body)
		}
		if ct := r.header.Get("Content-Type"); ct != "text/calendar; charset=utf-8" {
			t.Errorf("Content-Type %q", ct)
		}
		if cd := r.header.Get("Content-Disposition"); !strings.HasPrefix(cd, "attachment;") {
			t.Errorf("Content-Disposition %q", cd)
		}

		page := get(t, s.Handler(), "/?"+shanghaiQuery+"&lang="+string(lang))
		link := `id="ics-link" href="/answer.ics?`
		if !strings.Contains(page.body, link) || !strings.Contains(page.body, b.Msg(lang, "ics.link")+"</a>") {
			t.Errorf("[%s] the page has no calendar link", lang)
		}

		retired := "scheme=employee&retirement=retired&region=shanghai&today=2026-11-25&lang=" + string(lang)
		r = get(t, s.Handler(), "/answer.ics?"+retired)
		if r.code != 404 || !strings.Contains(r.body, b.Msg(lang, "ics.no_deadline")) || r.header.Get("Content-Disposition") != "" {
			t.Errorf("no dated deadline [%s]: %d %q %v", lang, r.code, r.body, r.header)
		}
		if page := get(t, s.Handler(), "/?"+retired); page.code != 200 || strings.Contains(page.body, link) {
			t.Errorf("[%s] a calendar link under an answer without dated deadlines (code %d)", lang, page.code)
		}
	}
	for _, q := range []string{"scheme=employee&payer=individual&gap_months=x", "scheme=employee&colour=red", "scheme=employee"} {
		if r := get(t, s.Handler(), "/answer.ics?"+q); r.code != 400 {
			t.Errorf("/answer.ics?%s: %d, want 400", q, r.code)
		}
	}
}
