package web

import (
	"context"
	"encoding/json"
	"errors"
	"html"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"bujiao/knowledge"
	"bujiao/rules"
)

var (
	kbOnce sync.Once
	kbBase *knowledge.Base
	kbErr  error
)

func testKB(t testing.TB) *knowledge.Base {
	t.Helper()
	kbOnce.Do(func() { kbBase, kbErr = knowledge.Default() })
	if kbErr != nil {
		t.Fatal(kbErr)
	}
	return kbBase
}

// testNow is 2026-11-25 in China, the date the examples are checked for.
var testNow = time.Date(2026, 11, 25, 10, 0, 0, 0, knowledge.China)

func newTestServer(t testing.TB, opts Options) *Server {
	t.Helper()
	b := testKB(t)
	if opts.Now == nil {
		opts.Now = func() time.Time { return testNow }
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	return New(func() *knowledge.Base { return b }, opts)
}

type response struct {
	code   int
	header http.Header
	body   string
}

func do(t testing.TB, h http.Handler, method, target string, body io.Reader, header map[string]string) response {
	t.Helper()
	req := httptest.NewRequest(method, target, body)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return response{rec.Code, rec.Header(), rec.Body.String()}
}

func get(t testing.TB, h http.Handler, target string) response {
	t.Helper()
	return do(t, h, http.MethodGet, target, nil, nil)
}

func postJSON(t testing.TB, h http.Handler, body string) response {
	t.Helper()
	return do(t, h, http.MethodPost, "/api/answer", strings.NewReader(body), map[string]string{"Content-Type": "application/json"})
}

// askOutput is what `bujiao ask` prints for the facts: the same steps as
// cmd/bujiao answerFromValues (cmd/bujiao/serve_test.go compares with the
// real command).
func askOutput(t testing.TB, kv map[string]string, today string, lang knowledge.Lang, format knowledge.Format) string {
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
	o := c.Outcome
	out, err := b.Render(&o, lang, format)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

var shanghaiCase = map[string]string{"scheme": "employee", "payer": "individual", "gap_months": "8", "region": "shanghai"}

const shanghaiQuery = "scheme=employee&payer=individual&gap_months=8&region=shanghai&today=2026-11-25"

// fieldHidden reports whether the field's container carries the hidden
// attribute; it fails when the field is missing.
func fieldHidden(t testing.TB, body, key string) bool {
	t.Helper()
	re := regexp.MustCompile(`<(?:fieldset|div) [^>]*id="field-` + regexp.QuoteMeta(key) + `"[^>]*>`)
	tag := re.FindString(body)
	if tag == "" {
		t.Fatalf("field %s not on the page", key)
	}
	return strings.Contains(tag, " hidden>") || strings.Contains(tag, " hidden ")
}

func checkFields(t *testing.T, body string, shown, hidden []string) {
	t.Helper()
	for _, k := range shown {
		if fieldHidden(t, body, k) {
			t.Errorf("field %s hidden, want shown", k)
		}
	}
	for _, k := range hidden {
		if !fieldHidden(t, body, k) {
			t.Errorf("field %s shown, want hidden", k)
		}
	}
}

func textarea(t testing.TB, body, id string) string {
	t.Helper()
	re := regexp.MustCompile(`(?s)<textarea id="` + id + `"[^>]*>\n(.*?)</textarea>`)
	m := re.FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("textarea %s not found", id)
	}
	return html.UnescapeString(m[1])
}

func TestServePageEmpty(t *testing.T) {
	s := newTestServer(t, Options{})
	r := get(t, s.Handler(), "/")
	if r.code != 200 {
		t.Fatalf("GET /: %d", r.code)
	}
	for k, v := range securityHeaders {
		if got := r.header.Get(k); got != v {
			t.Errorf("%s = %q, want %q", k, got, v)
		}
	}
	if !strings.Contains(r.header.Get("Content-Security-Policy"), "script-src 'self'") {
		t.Error("CSP missing script-src 'self'")
	}
	if r.header.Get("Cache-Control") != "no-store" {
		t.Errorf("Cache-Control = %q", r.header.Get("Cache-Control"))
	}
	if !strings.Contains(r.body, tr(knowledge.Zh, "empty_title")) {
		t.Error("empty page lacks the intro")
	}
	if strings.Contains(r.body, `id="answer-text"`) {
		t.Error("empty page has an answer")
	}
	checkFields(t, r.body, []string{"scheme"}, []string{"retirement", "payer", "reason", "gap_months", "region", "newborn"})
	// No inline script or style: CSP forbids them.
	if regexp.MustCompile(`<script>|<script [^>]*>[^<]|<style|style="`).MatchString(r.body) {
		t.Error("page has inline script or style")
	}
	// Every input and select has a label.
	for _, m := range regexp.MustCompile(`<(?:input|select) id="([^"]+)"`).FindAllStringSubmatch(r.body, -1) {
		if !strings.Contains(r.body, `for="`+m[1]+`"`) {
			t.Errorf("control %s has no <label for>", m[1])
		}
	}
	if !strings.Contains(r.body, `value="2026-11-25"`) {
		t.Error("today is not prefilled with the date in China")
	}
}

func TestServePageAnswer(t *testing.T) {
	s := newTestServer(t, Options{})
	for _, tc := range []struct {
		lang     knowledge.Lang
		headings []string
	}{
		{knowledge.Zh, []string{"待遇", "需要带的材料"}},
		{knowledge.En, []string{"Benefits", "Documents to bring"}},
	} {
		t.Run(string(tc.lang), func(t *testing.T) {
			r := get(t, s.Handler(), "/?"+shanghaiQuery+"&lang="+string(tc.lang))
			if r.code != 200 {
				t.Fatalf("code %d", r.code)
			}
			if !strings.Contains(r.body, "2027-05-15") {
				t.Error("answer lacks the resume date 2027-05-15")
			}
			for _, h := range tc.headings {
				if !strings.Contains(r.body, "<h3>"+html.EscapeString(h)) {
					t.Errorf("answer lacks heading %q", h)
				}
			}
			if !strings.Contains(r.body, `<html lang="`+map[knowledge.Lang]string{knowledge.Zh: "zh-CN", knowledge.En: "en"}[tc.lang]) {
				t.Error("html lang not set")
			}
			if !strings.Contains(r.body, "<strong>2027-05-15</strong>") {
				t.Error("strong line not bold")
			}
			// The permalink carries the day it answered for, even today.
			wantLink := `href="/?scheme=employee&amp;payer=individual&amp;gap_months=8&amp;region=shanghai&amp;today=2026-11-25&amp;lang=` + string(tc.lang) + `"`
			if !strings.Contains(r.body, `id="permalink" `+wantLink) {
				t.Errorf("permalink missing; want %s", wantLink)
			}
			if got, want := textarea(t, r.body, "answer-text"), askOutput(t, shanghaiCase, "2026-11-25", tc.lang, knowledge.FormatText); got != want {
				t.Errorf("plain-text copy differs from Render:\n%s\nwant:\n%s", got, want)
			}
			if got, want := textarea(t, r.body, "answer-md"), askOutput(t, shanghaiCase, "2026-11-25", tc.lang, knowledge.FormatMarkdown); got != want {
				t.Errorf("markdown copy differs from Render")
			}
			b := testKB(t)
			if !strings.Contains(r.body, html.EscapeString(b.Msg(tc.lang, "answer.verdict"))) {
				t.Error("verdict label missing")
			}
			checkFields(t, r.body, []string{"scheme", "retirement", "payer", "gap_months", "since", "region", "base", "prior_scheme"},
				[]string{"reason", "unit_status", "newborn", "in_window", "broken_years", "years_paid", "sex", "arrears"})
			// The other language keeps the case.
			if !strings.Contains(r.body, `id="lang-switch" href="/?scheme=employee&amp;payer=individual&amp;gap_months=8&amp;region=shanghai&amp;lang=`+string(otherLang(tc.lang))) {
				t.Error("language switch does not keep the case")
			}
		})
	}
}

func TestServePageTodayInLinks(t *testing.T) {
	s := newTestServer(t, Options{})
	r := get(t, s.Handler(), "/?scheme=employee&payer=individual&gap_months=8&region=shanghai&today=2026-10-01")
	if !strings.Contains(r.body, `id="permalink" href="/?scheme=employee&amp;payer=individual&amp;gap_months=8&amp;region=shanghai&amp;today=2026-10-01&amp;lang=zh"`) {
		t.Error("a date other than today is not kept in the permalink")
	}
}

func TestServePageFieldsFollowAnswers(t *testing.T) {
	s := newTestServer(t, Options{})
	for _, tc := range []struct {
		query           string
		shown, hidden   []string
		keptOut, keptIn []string
	}{
		// Nothing is assumed about a newborn: its questions wait for the answer.
		{query: "scheme=resident",
			shown:  []string{"newborn", "region", "prior_scheme"},
			hidden: []string{"in_window", "broken_years", "retirement", "payer", "reason", "repay_years", "gap_months", "years_paid"}},
		{query: "scheme=resident&newborn=false",
			shown:  []string{"newborn", "in_window", "broken_years", "region", "prior_scheme"},
			hidden: []string{"retirement", "payer", "reason", "repay_years", "gap_months", "years_paid"}},
		{query: "scheme=resident&newborn=false&broken_years=2",
			shown: []string{"newborn", "in_window", "broken_years", "repay_years"}, hidden: []string{"payer"}},
		{query: "scheme=resident&newborn=true",
			shown: []string{"newborn"}, hidden: []string{"in_window", "broken_years", "repay_years"}},
		{query: "scheme=resident&prior_scheme=employee",
			shown: []string{"gap_months", "since", "continuous_years"}, hidden: []string{"newborn", "in_window"}},
		{query: "scheme=employee&payer=unit&reason=arrears",
			shown: []string{"reason", "unit_status", "arrears", "due_date", "pay_date", "gap_months"}, hidden: []string{"base", "prior_scheme"}},
		{query: "scheme=employee&payer=unit&reason=job-change",
			shown: []string{"reason", "prior_scheme"}, hidden: []string{"unit_status", "arrears", "base"}},
		{query: "scheme=employee&retirement=at-age&region=guangdong",
			shown: []string{"years_paid", "sex", "local_years_paid", "region"}, hidden: []string{"payer", "gap_months"}},
		{query: "scheme=employee&retirement=at-age&region=shanghai",
			shown: []string{"years_paid", "local_years_paid"}, hidden: []string{"sex"}},
		{query: "scheme=employee&retirement=at-age&region=深圳",
			shown: []string{"sex"}},
		{query: "scheme=employee&retirement=retired",
			shown: []string{"region"}, hidden: []string{"payer", "gap_months", "years_paid"}},
		// Facts that do not matter are dropped from the answer and links.
		{query: "scheme=resident&payer=individual&newborn=true&region=shanghai",
			keptOut: []string{"payer="}, keptIn: []string{"newborn=true"}},
	} {
		t.Run(tc.query, func(t *testing.T) {
			r := get(t, s.Handler(), "/?"+tc.query)
			checkFields(t, r.body, tc.shown, tc.hidden)
			link := regexp.MustCompile(`id="lang-switch" href="([^"]*)"`).FindStringSubmatch(r.body)
			for _, k := range tc.keptOut {
				if strings.Contains(link[1], k) {
					t.Errorf("link %s keeps %s", link[1], k)
				}
			}
			for _, k := range tc.keptIn {
				if !strings.Contains(link[1], k) {
					t.Errorf("link %s lacks %s", link[1], k)
				}
			}
		})
	}
}

func TestServePageEscapes(t *testing.T) {
	s := newTestServer(t, Options{})
	r := get(t, s.Handler(), "/?scheme=employee&payer=individual&gap_months=8&region="+url.QueryEscape(`<script>alert("x")</script>`))
	if r.code != 200 {
		t.Fatalf("code %d", r.code)
	}
	if strings.Contains(r.body, `<script>alert`) {
		t.Fatal("region value not escaped")
	}
	if !strings.Contains(r.body, `value="&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;"`) {
		t.Error("escaped region value not echoed in its field")
	}
	// An unknown place is reported on its field, not answered with
	// national rules as if it were a real one.
	if !strings.Contains(r.body, `id="err-region"`) {
		t.Error("unknown region not reported on its field")
	}
}

func TestServePageErrors(t *testing.T) {
	s := newTestServer(t, Options{})
	b := testKB(t)
	for _, lang := range knowledge.Langs {
		r := get(t, s.Handler(), "/?scheme=employee&payer=individual&gap_months=abc&lang="+string(lang))
		if r.code != 200 {
			t.Fatalf("code %d", r.code)
		}
		want := html.EscapeString(tr(lang, "err.invalid", "value", "abc", "valid", validText(b, lang, "gap_months")))
		if !strings.Contains(r.body, `<p class="problem" id="err-gap_months">`+want+`</p>`) {
			t.Errorf("%s: invalid gap not reported next to its field; want %s", lang, want)
		}
		if !strings.Contains(r.body, `aria-invalid="true"`) {
			t.Error("invalid field not marked aria-invalid")
		}
		if strings.Contains(r.body, "--since") {
			t.Error("page mentions a command-line flag")
		}
		r = get(t, s.Handler(), "/?scheme=employee&lang="+string(lang))
		if !strings.Contains(r.body, `<p class="problem" id="err-retirement">`+html.EscapeString(tr(lang, "err.missing"))+`</p>`) {
			t.Errorf("%s: missing retirement not asked for", lang)
		}
		if !strings.Contains(r.body, html.EscapeString(tr(lang, "need_title"))) {
			t.Errorf("%s: no summary of what is missing", lang)
		}
		r = get(t, s.Handler(), "/?scheme=employee&payer=individual&gap_months=2&since=2026-01&lang="+string(lang))
		if !strings.Contains(r.body, html.EscapeString(tr(lang, "err.both"))) {
			t.Errorf("%s: gap given twice not reported", lang)
		}
		r = get(t, s.Handler(), "/?scheme=employee&payer=individual&since=2027-01&today=2026-11-25&lang="+string(lang))
		if !strings.Contains(r.body, `id="err-since"`) {
			t.Errorf("%s: a first unpaid month after today is not reported on since", lang)
		}
		r = get(t, s.Handler(), "/?scheme=employee&today=2026-13-01&lang="+string(lang))
		if !strings.Contains(r.body, `id="err-today"`) {
			t.Errorf("%s: bad today not reported", lang)
		}
	}
}

func TestServeAnswerTextAndMarkdown(t *testing.T) {
	s := newTestServer(t, Options{})
	for _, lang := range knowledge.Langs {
		for _, tc := range []struct {
			path   string
			format knowledge.Format
			ctype  string
		}{
			{"/answer.txt", knowledge.FormatText, "text/plain; charset=utf-8"},
			{"/answer.md", knowledge.FormatMarkdown, "text/markdown; charset=utf-8"},
		} {
			r := get(t, s.Handler(), tc.path+"?"+shanghaiQuery+"&lang="+string(lang))
			if r.code != 200 {
				t.Fatalf("%s: %d %s", tc.path, r.code, r.body)
			}
			if want := askOutput(t, shanghaiCase, "2026-11-25", lang, tc.format); r.body != want {
				t.Errorf("%s %s differs from Render", tc.path, lang)
			}
			if r.header.Get("Content-Type") != tc.ctype {
				t.Errorf("%s: Content-Type %q", tc.path, r.header.Get("Content-Type"))
			}
		}
	}
	for _, q := range []string{"scheme=employee&payer=individual&gap_months=x", "scheme=employee&colour=red", "scheme=employee", "lang=fr&scheme=employee"} {
		r := get(t, s.Handler(), "/answer.txt?"+q)
		if r.code != 400 {
			t.Errorf("/answer.txt?%s: %d, want 400", q, r.code)
		}
	}
	if r := do(t, s.Handler(), http.MethodPost, "/answer.txt", nil, nil); r.code != 405 {
		t.Errorf("POST /answer.txt: %d, want 405", r.code)
	}
}

func TestServeAPIAnswer(t *testing.T) {
	s := newTestServer(t, Options{})
	h := s.Handler()
	for _, lang := range knowledge.Langs {
		r := postJSON(t, h, `{"scheme":"employee","payer":"individual","gap_months":8,"region":"shanghai","today":"2026-11-25","lang":"`+string(lang)+`"}`)
		if r.code != 200 {
			t.Fatalf("code %d: %s", r.code, r.body)
		}
		if want := askOutput(t, shanghaiCase, "2026-11-25", lang, knowledge.FormatJSON); r.body != want {
			t.Errorf("%s: API answer differs from ask --format json", lang)
		}
		if r.header.Get("Content-Type") != "application/json; charset=utf-8" {
			t.Errorf("Content-Type %q", r.header.Get("Content-Type"))
		}
	}
	// Booleans, numbers with decimals, null and a charset parameter.
	r := do(t, h, http.MethodPost, "/api/answer", strings.NewReader(
		`{"scheme":"resident","newborn":false,"in_window":true,"broken_years":2,"repay_years":1,"region":"杭州","base":null,"today":"2026-11-25"}`),
		map[string]string{"Content-Type": "application/json; charset=utf-8"})
	if r.code != 200 {
		t.Fatalf("resident case: %d %s", r.code, r.body)
	}
	want := askOutput(t, map[string]string{"scheme": "resident", "newborn": "false", "in_window": "true", "broken_years": "2",
		"repay_years": "1", "region": "杭州"}, "2026-11-25", knowledge.Zh, knowledge.FormatJSON)
	if r.body != want {
		t.Error("resident case differs from ask")
	}
	r = postJSON(t, h, `{"scheme":"employee","retirement":"at-age","years_paid":14.5,"sex":"female","region":"guangdong","today":"2026-11-25"}`)
	if r.code != 200 {
		t.Fatalf("at-age case: %d %s", r.code, r.body)
	}
	if want := askOutput(t, map[string]string{"scheme": "employee", "retirement": "at-age", "years_paid": "14.5", "sex": "female",
		"region": "guangdong"}, "2026-11-25", knowledge.Zh, knowledge.FormatJSON); r.body != want {
		t.Error("at-age case differs from ask")
	}
}

func decodeErrors(t testing.TB, body string) errorBody {
	t.Helper()
	var e errorBody
	if err := json.Unmarshal([]byte(body), &e); err != nil {
		t.Fatalf("error body is not JSON: %v\n%s", err, body)
	}
	if e.Error.Message == "" || len(e.Errors) == 0 {
		t.Fatalf("error body lacks error/errors: %s", body)
	}
	return e
}

func TestServeAPIErrors(t *testing.T) {
	s := newTestServer(t, Options{})
	h := s.Handler()
	for _, tc := range []struct {
		name, body string
		code       int
		field      string
	}{
		{"bad JSON", `{"scheme":`, 400, ""},
		{"not an object", `["scheme"]`, 400, ""},
		{"null body", `null`, 400, ""},
		{"trailing data", `{"scheme":"employee"} {}`, 400, ""},
		{"duplicate key", `{"scheme":"employee","payer":"individual","gap_months":8,"gap_months":2,"region":"shanghai"}`, 400, ""},
		{"duplicate key, same value", `{"scheme":"employee","scheme":"employee"}`, 400, ""},
		{"unknown key", `{"scheme":"employee","colour":"red"}`, 400, "colour"},
		{"bad value", `{"scheme":"employee","payer":"individual","gap_months":"lots","region":"shanghai"}`, 400, "gap_months"},
		{"bad enum", `{"scheme":"employee","payer":"boss","gap_months":8}`, 400, "payer"},
		{"object value", `{"scheme":{"x":1}}`, 400, "scheme"},
		{"missing", `{"scheme":"employee"}`, 400, "retirement"},
		{"missing payer", `{"scheme":"employee","retirement":"working","gap_months":3}`, 400, "payer"},
		{"unknown place", `{"scheme":"employee","payer":"individual","gap_months":3,"region":"shangai"}`, 400, "region"},
		{"bad today", `{"scheme":"employee","today":"tomorrow"}`, 400, "today"},
		{"bad lang", `{"scheme":"employee","lang":"fr"}`, 400, "lang"},
		{"gap twice", `{"scheme":"employee","payer":"individual","gap_months":2,"since":"2026-01"}`, 400, "since"},
		{"future since", `{"scheme":"employee","payer":"individual","since":"2027-02","today":"2026-11-25"}`, 400, "since"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := postJSON(t, h, tc.body)
			if r.code != tc.code {
				t.Fatalf("code %d, want %d: %s", r.code, tc.code, r.body)
			}
			e := decodeErrors(t, r.body)
			if e.Error.Field != tc.field {
				t.Errorf("field %q, want %q (%s)", e.Error.Field, tc.field, e.Error.Message)
			}
		})
	}
	// Places: a misspelt one comes back with the closest places, a shared
	// name with the places it could be.
	e := decodeErrors(t, postJSON(t, h, `{"scheme":"employee","payer":"individual","gap_months":3,"region":"shangai"}`).body)
	if e.Error.Field != "region" || !slices.Contains(e.Error.Suggestions, "上海市") {
		t.Errorf("misspelt region: %+v", e.Error)
	}
	e = decodeErrors(t, postJSON(t, h, `{"scheme":"employee","payer":"individual","gap_months":3,"region":"普陀"}`).body)
	if e.Error.Field != "region" || len(e.Error.Candidates) != 2 {
		t.Errorf("shared place name: %+v", e.Error)
	}
	// English messages when asked.
	r := postJSON(t, h, `{"scheme":"employee","payer":"boss","lang":"en"}`)
	if e := decodeErrors(t, r.body); !strings.Contains(e.Error.Message, "is not valid") {
		t.Errorf("English error: %q", e.Error.Message)
	}
	// Oversized body.
	big := `{"scheme":"` + strings.Repeat("x", maxBody) + `"}`
	if r := postJSON(t, h, big); r.code != 413 {
		t.Errorf("oversized body: %d, want 413", r.code)
	}
	// Wrong method.
	r = do(t, h, http.MethodGet, "/api/answer", nil, nil)
	if r.code != 405 || r.header.Get("Allow") != "POST" {
		t.Errorf("GET /api/answer: %d Allow=%q, want 405 POST", r.code, r.header.Get("Allow"))
	}
	decodeErrors(t, r.body)
	// Wrong or missing content type.
	for _, ct := range []string{"text/plain", "", "application/x-www-form-urlencoded"} {
		r := do(t, h, http.MethodPost, "/api/answer", strings.NewReader(`{"scheme":"employee"}`), map[string]string{"Content-Type": ct})
		if r.code != 415 {
			t.Errorf("Content-Type %q: %d, want 415", ct, r.code)
		}
	}
}

func TestServeAPIRegions(t *testing.T) {
	s := newTestServer(t, Options{})
	r := get(t, s.Handler(), "/api/regions")
	if r.code != 200 {
		t.Fatalf("code %d", r.code)
	}
	var out struct {
		Regions []struct {
			ID        string            `json:"id"`
			Name      map[string]string `json:"name"`
			Aliases   []string          `json:"aliases"`
			Source    map[string]string `json:"source"`
			CheckedOn string            `json:"checked_on"`
		} `json:"regions"`
		Knowledge knowledge.Version `json:"knowledge"`
	}
	if err := json.Unmarshal([]byte(r.body), &out); err != nil {
		t.Fatal(err)
	}
	b := testKB(t)
	if len(out.Regions) != len(b.Regions()) {
		t.Fatalf("%d regions, want %d", len(out.Regions), len(b.Regions()))
	}
	if last := out.Regions[len(out.Regions)-1].ID; last != rules.NationalRegion {
		t.Errorf("last region %q, want national", last)
	}
	found := false
	for _, reg := range out.Regions {
		if reg.ID != "shanghai" {
			continue
		}
		found = true
		if reg.Name["zh"] != "上海" || reg.Name["en"] != "Shanghai" {
			t.Errorf("names %v", reg.Name)
		}
		if len(reg.Aliases) == 0 || reg.Source["zh"] == "" || reg.Source["en"] == "" || reg.CheckedOn == "" {
			t.Errorf("incomplete region %+v", reg)
		}
	}
	if !found {
		t.Error("shanghai not listed")
	}
	if out.Knowledge.Hash != b.Version.Hash {
		t.Error("knowledge version missing")
	}
	if r := do(t, s.Handler(), http.MethodPost, "/api/regions", nil, nil); r.code != 405 {
		t.Errorf("POST /api/regions: %d", r.code)
	}
}

func TestServeHealthAndReady(t *testing.T) {
	s := newTestServer(t, Options{})
	if r := get(t, s.Handler(), "/healthz"); r.code != 200 || r.body != "ok" {
		t.Errorf("healthz: %d %q", r.code, r.body)
	}
	if r := get(t, s.Handler(), "/readyz"); r.code != 200 {
		t.Errorf("readyz: %d %q", r.code, r.body)
	}
	var pings atomic.Int32
	ok := newTestServer(t, Options{DB: PingFunc(func(ctx context.Context) error { pings.Add(1); return nil })})
	if r := get(t, ok.Handler(), "/readyz"); r.code != 200 || pings.Load() != 1 {
		t.Errorf("readyz with a good DB: %d, %d pings", r.code, pings.Load())
	}
	bad := newTestServer(t, Options{DB: PingFunc(func(ctx context.Context) error { return errors.New("disk on fire") })})
	r := get(t, bad.Handler(), "/readyz")
	if r.code != 503 || !strings.Contains(r.body, "database") {
		t.Errorf("readyz with a failing DB: %d %q", r.code, r.body)
	}
	if strings.Contains(r.body, "fire") {
		t.Error("readyz leaks the database error")
	}
	none := New(func() *knowledge.Base { return nil }, Options{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if r := get(t, none.Handler(), "/readyz"); r.code != 503 || !strings.Contains(r.body, "knowledge") {
		t.Errorf("readyz without knowledge: %d %q", r.code, r.body)
	}
	if r := get(t, none.Handler(), "/"); r.code != 503 {
		t.Errorf("page without knowledge: %d", r.code)
	}
	if r := postJSON(t, none.Handler(), `{}`); r.code != 503 {
		t.Errorf("API without knowledge: %d", r.code)
	}
}

func TestServeMetrics(t *testing.T) {
	m := NewMetrics()
	s := newTestServer(t, Options{Metrics: m})
	h := s.Handler()
	postJSON(t, h, `{"scheme":"employee","payer":"individual","gap_months":8,"region":"shanghai"}`)
	get(t, h, "/?"+shanghaiQuery)
	get(t, h, "/nowhere")
	m.DialogTurns.Inc()
	m.FAQHit()
	m.FAQMiss()
	r := get(t, h, "/metrics")
	if r.code != 200 {
		t.Fatalf("metrics: %d", r.code)
	}
	for _, want := range []string{
		`bujiao_answers_total{region="shanghai",verdict="re-enroll"} 2`,
		`bujiao_http_requests_total{code="200",route="/api/answer"} 1`,
		`bujiao_http_requests_total{code="200",route="/"} 1`,
		`bujiao_http_requests_total{code="404",route="unmatched"} 1`,
		`bujiao_http_request_duration_seconds_bucket{route="/api/answer",le="+Inf"} 1`,
		`bujiao_dialog_turns_total 1`,
		`bujiao_faq_total{result="hit"} 1`,
		`bujiao_faq_total{result="miss"} 1`,
		`go_goroutines`,
	} {
		if !strings.Contains(r.body, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
	// Two servers in one process have separate registries.
	NewMetrics()
}

func TestServeToken(t *testing.T) {
	const token = "correct-horse-battery-staple"
	s := newTestServer(t, Options{Token: token, RequireToken: true})
	h := s.Handler()
	for _, path := range []string{"/", "/answer.txt?" + shanghaiQuery, "/metrics", "/api/regions"} {
		if r := get(t, h, path); r.code != 401 {
			t.Errorf("%s without token: %d, want 401", path, r.code)
		}
		if r := do(t, h, http.MethodGet, path, nil, map[string]string{"Authorization": "Bearer wrong"}); r.code != 401 {
			t.Errorf("%s with a wrong token: %d, want 401", path, r.code)
		}
		if r := do(t, h, http.MethodGet, path, nil, map[string]string{"Authorization": "Bearer " + token}); r.code != 200 {
			t.Errorf("%s with the token: %d, want 200", path, r.code)
		}
	}
	r := postJSON(t, h, `{"scheme":"employee"}`)
	if r.code != 401 || r.header.Get("WWW-Authenticate") == "" {
		t.Errorf("API without token: %d", r.code)
	}
	decodeErrors(t, r.body)
	for _, path := range []string{"/healthz", "/readyz", "/static/app.css"} {
		if r := get(t, h, path); r.code != 200 {
			t.Errorf("%s should not need the token: %d", path, r.code)
		}
	}
	if r := get(t, h, "/?scheme=employee&token=wrong"); r.code != 401 {
		t.Errorf("?token=wrong: %d", r.code)
	}
	// ?token= sets the cookie and redirects to the URL without it.
	req := httptest.NewRequest(http.MethodGet, "/?scheme=employee&token="+token, nil)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusSeeOther {
		t.Fatalf("?token=: %d, want 303", rec.Code)
	}
	if loc := rec.Header().Get("Location"); loc != "/?scheme=employee" {
		t.Errorf("redirect to %q", loc)
	}
	cookies := rec.Result().Cookies()
	if len(cookies) != 1 || cookies[0].Name != "token" || !cookies[0].HttpOnly || cookies[0].SameSite != http.SameSiteStrictMode {
		t.Fatalf("cookie %+v", cookies)
	}
	if strings.Contains(cookies[0].Value, token) {
		t.Error("cookie holds the raw token")
	}
	req = httptest.NewRequest(http.MethodGet, "/?scheme=employee", nil)
	req.AddCookie(cookies[0])
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != 200 {
		t.Errorf("with the cookie: %d", rec.Code)
	}
	req = httptest.NewRequest(http.MethodGet, "/", nil)
	req.AddCookie(&http.Cookie{Name: "token", Value: "forged"})
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != 401 {
		t.Errorf("forged cookie: %d", rec.Code)
	}
	// The cookie is Secure when the page is reached over https: Go's own
	// TLS, a proxy the operator declared, or a proxy's forwarded header.
	secure := func(o Options, hdr map[string]string) bool {
		t.Helper()
		req := httptest.NewRequest(http.MethodGet, "/?token="+token, nil)
		for k, v := range hdr {
			req.Header.Set(k, v)
		}
		rec := httptest.NewRecorder()
		newTestServer(t, o).Handler().ServeHTTP(rec, req)
		cs := rec.Result().Cookies()
		if len(cs) != 1 {
			t.Fatalf("cookies %+v", cs)
		}
		return cs[0].Secure
	}
	base := Options{Token: token, RequireToken: true}
	behind := base
	behind.BehindHTTPS = true
	for _, c := range []struct {
		name string
		o    Options
		hdr  map[string]string
		want bool
	}{
		{"plain http", base, nil, false},
		{"behind https (flag)", behind, nil, true},
		{"X-Forwarded-Proto https", base, map[string]string{"X-Forwarded-Proto": "https"}, true},
		{"X-Forwarded-Proto list", base, map[string]string{"X-Forwarded-Proto": "https, http"}, true},
		{"X-Forwarded-Proto http", base, map[string]string{"X-Forwarded-Proto": "http"}, false},
		{"Forwarded proto=https", base, map[string]string{"Forwarded": `for=192.0.2.1;proto=https, for=10.0.0.1`}, true},
		{"Forwarded proto=http", base, map[string]string{"Forwarded": "for=192.0.2.1;proto=http"}, false},
	} {
		if got := secure(c.o, c.hdr); got != c.want {
			t.Errorf("%s: Secure = %v, want %v", c.name, got, c.want)
		}
	}
	// Required but not configured: nothing gets in.
	closed := newTestServer(t, Options{RequireToken: true})
	if r := do(t, closed.Handler(), http.MethodGet, "/", nil, map[string]string{"Authorization": "Bearer "}); r.code != 401 {
		t.Errorf("required without a token: %d", r.code)
	}
	// Without a token nothing is asked.
	open := newTestServer(t, Options{})
	if r := get(t, open.Handler(), "/metrics"); r.code != 200 {
		t.Errorf("open server: %d", r.code)
	}
}

// A server without a token trusts whoever reaches its loopback address;
// a request a proxy forwarded did not come from this machine, so it is
// refused with the flag that fixes it. The open routes stay open.
func TestServeNoTokenBehindProxy(t *testing.T) {
	open := newTestServer(t, Options{})
	open.Handle("POST /telegram/hook", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(204) }))
	h := open.Handler()
	for _, hdr := range []map[string]string{
		{"X-Forwarded-For": "203.0.113.7"},
		{"X-Forwarded-Proto": "https"},
		{"Forwarded": "for=203.0.113.7;proto=https"},
		{"X-Real-IP": "203.0.113.7"},
		{"X-Forwarded-Host": "bot.example.org"},
	} {
		for _, path := range []string{"/", "/answer.txt?" + shanghaiQuery, "/metrics", "/api/regions"} {
			r := do(t, h, http.MethodGet, path, nil, hdr)
			if r.code != http.StatusForbidden || !strings.Contains(r.body, "--auth-token-file") {
				t.Errorf("%s with %v: %d %q, want 403 naming --auth-token-file", path, hdr, r.code, r.body)
			}
		}
		ph := map[string]string{"Content-Type": "application/json"}
		for k, v := range hdr {
			ph[k] = v
		}
		if r := do(t, h, http.MethodPost, "/api/answer", strings.NewReader(`{"scheme":"employee"}`), ph); r.code != http.StatusForbidden || !strings.Contains(r.body, "--auth-token-file") {
			t.Errorf("API with %v: %d %q", hdr, r.code, r.body)
		}
		for _, path := range []string{"/healthz", "/readyz", "/static/app.css"} {
			if r := do(t, h, http.MethodGet, path, nil, hdr); r.code != 200 {
				t.Errorf("%s with %v: %d, want 200 (needs no token)", path, hdr, r.code)
			}
		}
		if r := do(t, h, http.MethodPost, "/telegram/hook", nil, hdr); r.code != 204 {
			t.Errorf("webhook with %v: %d, want 204 (Telegram's secret header guards it)", hdr, r.code)
		}
	}
	// Straight to the loopback listener: open, as before.
	if r := get(t, h, "/api/regions"); r.code != 200 {
		t.Errorf("direct request: %d", r.code)
	}
	// With a token, a proxied request with the token gets in.
	const token = "correct-horse-battery-staple"
	closed := newTestServer(t, Options{Token: token}).Handler()
	if r := do(t, closed, http.MethodGet, "/api/regions", nil, map[string]string{"X-Forwarded-For": "203.0.113.7", "Authorization": "Bearer " + token}); r.code != 200 {
		t.Errorf("proxied with the token: %d", r.code)
	}
}

func TestServeStatic(t *testing.T) {
	s := newTestServer(t, Options{})
	for path, ctype := range map[string]string{"/static/app.css": "text/css", "/static/app.js": "text/javascript"} {
		r := get(t, s.Handler(), path)
		if r.code != 200 {
			t.Fatalf("%s: %d", path, r.code)
		}
		if !strings.HasPrefix(r.header.Get("Content-Type"), ctype) {
			t.Errorf("%s: Content-Type %q", path, r.header.Get("Content-Type"))
		}
		if !strings.Contains(r.header.Get("Cache-Control"), "max-age=31536000") {
			t.Errorf("%s: Cache-Control %q", path, r.header.Get("Cache-Control"))
		}
		if r.header.Get("Content-Security-Policy") == "" {
			t.Errorf("%s: no CSP", path)
		}
	}
	for _, path := range []string{"/static/", "/static/nope.js", "/nowhere"} {
		if r := get(t, s.Handler(), path); r.code != 404 || r.header.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s: %d", path, r.code)
		}
	}
	page := get(t, s.Handler(), "/").body
	if !strings.Contains(page, `/static/app.js?v=`+s.assetVersion) {
		t.Error("page does not version its assets")
	}
}

func TestServeHandleAndKBGetter(t *testing.T) {
	var calls atomic.Int32
	b := testKB(t)
	s := New(func() *knowledge.Base { calls.Add(1); return b }, Options{Token: "0123456789abcdef0123",
		Now: func() time.Time { return testNow }, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	s.Handle("POST /telegram/hook", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(204) }))
	r := do(t, s.Handler(), http.MethodPost, "/telegram/hook", nil, nil)
	if r.code != 204 || r.header.Get("Content-Security-Policy") == "" {
		t.Errorf("mounted handler: %d", r.code)
	}
	for _, path := range []string{"/?" + shanghaiQuery, "/answer.md?" + shanghaiQuery} {
		calls.Store(0)
		do(t, s.Handler(), http.MethodGet, path, nil, map[string]string{"Authorization": "Bearer 0123456789abcdef0123"})
		if n := calls.Load(); n != 1 {
			t.Errorf("%s called the knowledge getter %d times, want 1", path, n)
		}
	}
}

func TestServeRouteLabel(t *testing.T) {
	for in, want := range map[string]string{"GET /{$}": "/", "GET /answer.txt": "/answer.txt", "/api/answer": "/api/answer", "": "unmatched"} {
		if got := routeLabel(in); got != want {
			t.Errorf("routeLabel(%q) = %q, want %q", in, got, want)
		}
	}
}
