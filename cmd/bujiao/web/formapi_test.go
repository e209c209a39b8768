package web

import (
	"encoding/json"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"bujiao/knowledge"
	"bujiao/rules"
)

func postForm(t *testing.T, h http.Handler, body string, header map[string]string) (int, formResponse, string) {
	t.Helper()
	hd := map[string]string{"Content-Type": "application/json"}
	for k, v := range header {
		hd[k] = v
	}
	r := do(t, h, http.MethodPost, "/api/form", strings.NewReader(body), hd)
	var resp formResponse
	if r.code == 200 {
		if err := json.Unmarshal([]byte(r.body), &resp); err != nil {
			t.Fatalf("/api/form: not JSON: %v\n%s", err, r.body)
		}
	}
	return r.code, resp, r.body
}

func shownKeys(resp formResponse) []string {
	var out []string
	for _, f := range resp.Fields {
		if f.Show {
			out = append(out, f.Key)
		}
	}
	return out
}

func fieldOf(t *testing.T, resp formResponse, key string) formField {
	t.Helper()
	for _, f := range resp.Fields {
		if f.Key == key {
			return f
		}
	}
	t.Fatalf("no field %s", key)
	return formField{}
}

// TestAPIForm: the form comes from the schema — one field per fact, every
// one labelled in the request's language, booleans as yes/no with their
// two values, the questions that apply as the server decides them, the
// region the rules answer for, and bad values as errors.
func TestAPIForm(t *testing.T) {
	s := newTestServer(t, Options{})
	h := s.Handler()
	han := regexp.MustCompile(`\p{Han}`)
	for _, lang := range knowledge.Langs {
		code, resp, body := postForm(t, h, `{"scheme":"employee","payer":"unit","reason":"job-change","lang":"`+string(lang)+`"}`, nil)
		if code != 200 {
			t.Fatalf("%s: %d %s", lang, code, body)
		}
		if len(resp.Fields) != len(rules.Schema) {
			t.Errorf("%s: %d fields, want one per schema fact (%d)", lang, len(resp.Fields), len(rules.Schema))
		}
		for _, f := range resp.Fields {
			if strings.TrimSpace(f.Label) == "" || f.Label == f.Key {
				t.Errorf("%s: field %s has no label (%q)", lang, f.Key, f.Label)
			}
			if lang == knowledge.En && han.MatchString(f.Label) {
				t.Errorf("en: field %s labelled in Chinese: %q", f.Key, f.Label)
			}
			if lang == knowledge.Zh && !han.MatchString(f.Label) {
				t.Errorf("zh: field %s not labelled in Chinese: %q", f.Key, f.Label)
			}
			d, _ := rules.FactByKey(f.Key)
			if d.Kind == rules.KindBool && (f.Kind != "yes-no" || len(f.Values) != 2) {
				t.Errorf("%s: boolean %s is %q with %d values, want yes-no with 2", lang, f.Key, f.Kind, len(f.Values))
			}
			for _, v := range f.Values {
				if v.Label == "" || strings.HasPrefix(v.Label, "d.v.") {
					t.Errorf("%s: %s value %s unlabelled: %q", lang, f.Key, v.Value, v.Label)
				}
			}
		}
		cc := fieldOf(t, resp, "cross_city")
		if !cc.Show {
			t.Errorf("%s: the cross-city question is not asked after a job change: %v", lang, shownKeys(resp))
		}
		if got := fieldOf(t, resp, "retirement").Value; got != "working" {
			t.Errorf("%s: retirement %q, want the implied working", lang, got)
		}
	}

	// 顺德 is in Guangdong, whose requirement differs by sex: the sex
	// question applies, and the region is named.
	_, resp, _ := postForm(t, h, `{"scheme":"employee","retirement":"at-age","region":"顺德","lang":"zh"}`, nil)
	if !fieldOf(t, resp, "sex").Show {
		t.Errorf("顺德: sex not asked; shown %v", shownKeys(resp))
	}
	if resp.Region == nil || resp.Region.ID != "guangdong" || resp.Region.Name != "广东" {
		t.Errorf("顺德: region %+v, want guangdong 广东", resp.Region)
	}
	_, resp, _ = postForm(t, h, `{"scheme":"employee","retirement":"at-age","region":"Hangzhou","lang":"en"}`, nil)
	if fieldOf(t, resp, "sex").Show || resp.Region == nil || resp.Region.Name != "Zhejiang" {
		t.Errorf("Hangzhou: sex shown %v, region %+v", fieldOf(t, resp, "sex").Show, resp.Region)
	}

	// A bad value is an error in the request's language; a missing one is not.
	_, resp, _ = postForm(t, h, `{"scheme":"employee","payer":"individual","gap_months":"lots","lang":"en"}`, nil)
	if len(resp.Errors) != 1 || resp.Errors[0].Field != "gap_months" || han.MatchString(resp.Errors[0].Message) {
		t.Errorf("bad gap: errors %+v, want one English error for gap_months", resp.Errors)
	}
	// The gap box takes what the chat takes.
	_, resp, _ = postForm(t, h, `{"scheme":"employee","payer":"individual","gap_months":"八个月","lang":"zh"}`, nil)
	if len(resp.Errors) != 0 {
		t.Errorf("八个月: errors %+v", resp.Errors)
	}
	// An ambiguous place on the English form names each candidate's region.
	_, resp, _ = postForm(t, h, `{"scheme":"employee","payer":"individual","region":"普陀","lang":"en"}`, nil)
	if len(resp.Errors) != 1 || !strings.Contains(resp.Errors[0].Message, "(Shanghai)") || !strings.Contains(resp.Errors[0].Message, "(Zhejiang)") {
		t.Errorf("普陀 on the English form: %+v", resp.Errors)
	}

	// Behind the token like the rest of the API.
	locked := newTestServer(t, Options{Token: "0123456789abcdef0123"})
	if code, _, _ := postForm(t, locked.Handler(), `{}`, nil); code != http.StatusUnauthorized && code != http.StatusForbidden {
		t.Errorf("/api/form without the token: %d", code)
	}
}

// TestAPIErrorsInRequestLanguage: errors about the body itself follow
// ?lang= or Accept-Language; errors about values follow the body's lang.
func TestAPIErrorsInRequestLanguage(t *testing.T) {
	s := newTestServer(t, Options{})
	h := s.Handler()
	han := regexp.MustCompile(`\p{Han}`)
	for _, path := range []string{"/api/answer", "/api/form"} {
		r := do(t, h, http.MethodPost, path, strings.NewReader(`{not json`), map[string]string{"Content-Type": "application/json", "Accept-Language": "en-GB,en;q=0.9"})
		if r.code != 400 || han.MatchString(decodeErrors(t, r.body).Error.Message) {
			t.Errorf("%s bad JSON, Accept-Language en: %d %s", path, r.code, r.body)
		}
		r = do(t, h, http.MethodPost, path+"?lang=en", strings.NewReader(`{}`), map[string]string{"Content-Type": "text/plain"})
		if r.code != 415 || han.MatchString(decodeErrors(t, r.body).Error.Message) {
			t.Errorf("%s wrong content type, ?lang=en: %d %s", path, r.code, r.body)
		}
		r = do(t, h, http.MethodPost, path, strings.NewReader(`{}`), map[string]string{"Content-Type": "text/plain"})
		if r.code != 415 || !han.MatchString(decodeErrors(t, r.body).Error.Message) {
			t.Errorf("%s wrong content type, no language: %d %s (want Chinese)", path, r.code, r.body)
		}
	}
	r := postJSON(t, h, `{"scheme":"employee","payer":"individual","gap_months":8,"region":"普陀","lang":"en"}`)
	e := decodeErrors(t, r.body)
	if r.code != 400 || !strings.Contains(e.Error.Message, "(Shanghai)") || len(e.Error.Candidates) != 2 || !strings.Contains(e.Error.Candidates[0], "(") {
		t.Errorf("ambiguous place in English: %d %s", r.code, r.body)
	}
}

// TestAPIAnswerBrief: brief: true gives ask --brief --format json.
func TestAPIAnswerBrief(t *testing.T) {
	s := newTestServer(t, Options{})
	r := postJSON(t, s.Handler(), `{"scheme":"employee","payer":"individual","gap_months":8,"region":"shanghai","today":"2026-11-25","brief":true}`)
	if r.code != 200 {
		t.Fatalf("%d %s", r.code, r.body)
	}
	b := testKB(t)
	c, err := b.AnswerCase(shanghaiCase, rules.Date{Year: 2026, Month: 11, Day: 25}, knowledge.Zh)
	if err != nil {
		t.Fatal(err)
	}
	want, err := b.RenderShort(&c.Outcome, knowledge.Zh, knowledge.FormatJSON)
	if err != nil {
		t.Fatal(err)
	}
	if r.body != want {
		t.Errorf("brief answer differs from RenderShort JSON:\n%s\nwant\n%s", r.body, want)
	}
	full := postJSON(t, s.Handler(), `{"scheme":"employee","payer":"individual","gap_months":8,"region":"shanghai","today":"2026-11-25","brief":false}`)
	if full.code != 200 || full.body == r.body {
		t.Errorf("brief:false does not give the full answer")
	}
	if bad := postJSON(t, s.Handler(), `{"scheme":"employee","brief":"maybe"}`); bad.code != 400 || decodeErrors(t, bad.body).Error.Field != "brief" {
		t.Errorf("brief: maybe: %d %s", bad.code, bad.body)
	}
}

func TestChatGap(t *testing.T) {
	day := rules.Date{Year: 2026, Month: 11, Day: 25}
	for _, tc := range []struct {
		in        string
		gap, from string
	}{
		{"8", "8", ""},
		{"八个月", "8", ""},
		{"一年半", "18", ""},
		{"8 months", "8", ""},
		{"２年", "24", ""},
		{"去年3月", "", "2025-03"},
		{"lots", "lots", ""},
		{"", "", ""},
	} {
		raw := map[string]string{"gap_months": tc.in}
		chatGap(raw, day)
		if raw["gap_months"] != tc.gap || raw["since"] != tc.from {
			t.Errorf("chatGap(%q) = gap %q since %q, want %q %q", tc.in, raw["gap_months"], raw["since"], tc.gap, tc.from)
		}
	}
	// A first unpaid month given in its own box wins over a month in the gap box.
	raw := map[string]string{"gap_months": "去年3月", "since": "2026-01"}
	chatGap(raw, day)
	if raw["since"] != "2026-01" {
		t.Errorf("since overwritten: %v", raw)
	}
}

// TestEnglishSuggestions: a misspelt place on an English request is
// answered with suggestions an English reader can choose from.
func TestEnglishSuggestions(t *testing.T) {
	s := newTestServer(t, Options{})
	r := postJSON(t, s.Handler(), `{"scheme":"employee","payer":"individual","gap_months":8,"region":"shangai","lang":"en"}`)
	e := decodeErrors(t, r.body)
	if r.code != 400 || len(e.Error.Suggestions) == 0 {
		t.Fatalf("shangai: %d %s", r.code, r.body)
	}
	for _, sg := range e.Error.Suggestions {
		if !regexp.MustCompile(`[A-Za-z]`).MatchString(sg) {
			t.Errorf("suggestion %q has no English in it", sg)
		}
	}
}
