package web

import (
	"html"
	"strings"
	"testing"

	"bujiao/knowledge"
	"bujiao/rules"
)

func shortOutput(t testing.TB, kv map[string]string, today string, lang knowledge.Lang) string {
	t.Helper()
	b := testKB(t)
	day, err := rules.ParseDate(today)
	if err != nil {
		t.Fatal(err)
	}
	c, err := b.AnswerCase(kv, day, lang)
	if err == nil {
		err = c.Err()
	}
	if err != nil {
		t.Fatal(err)
	}
	out, err := b.RenderShort(&c.Outcome, lang, knowledge.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestServePageShortAndFolded: the page offers the short answer to copy
// (and as a link, for browsers without JavaScript), opens with the case
// line, and folds documents, channels, basis and notes into <details>
// while the verdict, dates, deadline, steps and money stay open.
func TestServePageShortAndFolded(t *testing.T) {
	s := newTestServer(t, Options{})
	b := testKB(t)
	for _, lang := range knowledge.Langs {
		t.Run(string(lang), func(t *testing.T) {
			r := get(t, s.Handler(), "/?"+shanghaiQuery+"&lang="+string(lang))
			if r.code != 200 {
				t.Fatalf("code %d", r.code)
			}
			if got, want := textarea(t, r.body, "answer-short"), shortOutput(t, shanghaiCase, "2026-11-25", lang); got != want {
				t.Errorf("short copy differs from RenderShort:\n%s\nwant:\n%s", got, want)
			}
			if !strings.Contains(r.body, `id="copy-short" data-copy="answer-short"`) {
				t.Error("no copy-short-answer button")
			}
			if !strings.Contains(r.body, `id="short-link" href="/answer.txt?scheme=employee&amp;payer=individual&amp;gap_months=8&amp;region=shanghai&amp;lang=`+string(lang)+`&amp;brief=1"`) {
				t.Error("no short-answer link")
			}
			if !strings.Contains(r.body, `<p class="case" id="case-line">`+html.EscapeString(b.Msg(lang, "answer.case"))) {
				t.Error("the answer does not open with the case line")
			}
			for _, key := range []string{"answer.documents", "answer.channels", "answer.citations", "answer.notes"} {
				if !strings.Contains(r.body, "<summary><h3>"+html.EscapeString(b.Msg(lang, key))+"</h3></summary>") {
					t.Errorf("%s is not a collapsible section", key)
				}
			}
			for _, key := range []string{"answer.coverage", "answer.deadlines", "answer.steps"} {
				h := "<h3>" + html.EscapeString(b.Msg(lang, key)) + "</h3>"
				if !strings.Contains(r.body, h) || strings.Contains(r.body, "<summary>"+h) {
					t.Errorf("%s is folded or missing; it belongs open", key)
				}
			}
			// Phone order: dates, deadline, steps, money, then documents.
			order := []string{"answer.coverage", "answer.deadlines", "answer.steps", "answer.money", "answer.documents", "answer.channels", "answer.citations", "answer.notes"}
			last := -1
			for _, key := range order {
				i := strings.Index(r.body, "<h3>"+html.EscapeString(b.Msg(lang, key))+"</h3>")
				if i < last {
					t.Errorf("%s out of order", key)
				}
				last = i
			}
		})
	}
}

func TestServeAnswerBrief(t *testing.T) {
	s := newTestServer(t, Options{})
	for _, lang := range knowledge.Langs {
		r := get(t, s.Handler(), "/answer.txt?"+shanghaiQuery+"&lang="+string(lang)+"&brief=1")
		if r.code != 200 {
			t.Fatalf("%s: code %d: %s", lang, r.code, r.body)
		}
		if want := shortOutput(t, shanghaiCase, "2026-11-25", lang); r.body != want {
			t.Errorf("%s: brief answer differs from RenderShort:\n%s", lang, r.body)
		}
	}
	r := get(t, s.Handler(), "/answer.md?"+shanghaiQuery+"&brief=1")
	if r.code != 200 || !strings.HasPrefix(r.body, "**") || strings.Contains(r.body, "## ") {
		t.Errorf("brief markdown: code %d:\n%s", r.code, r.body)
	}
	r = get(t, s.Handler(), "/answer.txt?"+shanghaiQuery+"&brief=maybe")
	if r.code != 400 || !strings.Contains(r.body, "brief") {
		t.Errorf("bad brief: code %d %q", r.code, r.body)
	}
}
