package main

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"bujiao/cmd/bujiao/web"
	"bujiao/dialog"
	"bujiao/knowledge"
	"bujiao/rules"
)

// samples are values every surface must accept for a fact, and values it
// must refuse, derived from the fact's schema row.
func samples(d *rules.Fact) (good, bad []string) {
	switch d.Kind {
	case rules.KindEnum:
		return d.Values, []string{"nonsense", ""}
	case rules.KindBool:
		return []string{"true", "false"}, []string{"maybe"}
	case rules.KindCount:
		return []string{"0", strconv.Itoa(d.Max)}, []string{strconv.Itoa(d.Max + 1), "-1", "1.5"}
	case rules.KindYears:
		return []string{"0", "14.5", strconv.Itoa(d.Max)}, []string{strconv.Itoa(d.Max) + ".5", "-1", "1e2"}
	case rules.KindAmount:
		return []string{"0", "12000.50", rules.MaxAmount.String()}, []string{rules.MaxAmount.String() + ".01", "-5", "1e5"}
	case rules.KindMonth:
		return []string{"2026-01"}, []string{"2026-13", "1989-12"}
	case rules.KindDate:
		return []string{"2026-01-15"}, []string{"2026-02-30", "2101-01-01"}
	case rules.KindPlace:
		return []string{"shanghai", "national"}, []string{"atlantis-of-the-east"}
	}
	return nil, nil
}

// TestSchemaEverySurface walks the fact schema: every surface offers every
// fact with the same values and limits, every fact has its texts, and the
// chat can ask every fact a decision needs.
func TestSchemaEverySurface(t *testing.T) {
	b, err := knowledge.Default()
	if err != nil {
		t.Fatal(err)
	}
	srv := web.New(func() *knowledge.Base { return b }, web.Options{
		Now:    func() time.Time { return time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC) },
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}).Handler()
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	page := rec.Body.String()
	// The form API: what the page's script draws the form from.
	type formField struct {
		Key    string `json:"key"`
		Label  string `json:"label"`
		Kind   string `json:"kind"`
		Values []struct {
			Value, Label string
		} `json:"values"`
	}
	var form struct {
		Fields []formField `json:"fields"`
	}
	for _, lang := range []string{"zh", "en"} {
		rec = httptest.NewRecorder()
		req := httptest.NewRequest("POST", "/api/form", strings.NewReader(`{"lang":"`+lang+`"}`))
		req.Header.Set("Content-Type", "application/json")
		srv.ServeHTTP(rec, req)
		var f struct {
			Fields []formField `json:"fields"`
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &f); err != nil {
			t.Fatalf("/api/form %s: %v", lang, err)
		}
		for _, ff := range f.Fields {
			if ff.Label == "" || ff.Label == ff.Key {
				t.Errorf("/api/form %s: field %s has no label", lang, ff.Key)
			}
		}
		form.Fields = f.Fields
	}

	for _, d := range rules.Schema {
		t.Run(d.Key, func(t *testing.T) {
			// ask offers the flag and documents it in both languages.
			if !slices.Contains(askFlags, d.Flag()) {
				t.Errorf("ask has no --%s", d.Flag())
			}
			for _, lang := range knowledge.Langs {
				if !strings.Contains(b.Msg(lang, "cli.ask.usage"), "--"+d.Flag()) {
					t.Errorf("ask --help (%s) does not mention --%s", lang, d.Flag())
				}
			}
			// Texts every surface shows.
			need := []string{"valid." + d.Key, "d.f." + string(d.Question())}
			switch d.Kind {
			case rules.KindEnum:
				for _, v := range d.Values {
					need = append(need, "d.v."+string(d.Field)+"."+v)
				}
			case rules.KindBool:
				need = append(need, "d.v."+string(d.Field)+".y", "d.v."+string(d.Field)+".n")
			}
			if d.Need != rules.NeedOptional && d.AltOf == "" {
				need = append(need, "d.q."+string(d.Field))
			}
			for _, k := range need {
				if !b.HasMsg(k) {
					t.Errorf("knowledge base lacks message %s", k)
				}
			}

			good, bad := samples(d)
			for _, v := range good {
				f, errs := knowledge.ParseFacts(map[string]string{d.Key: v}, b)
				if len(errs) > 0 {
					t.Errorf("ParseFacts refuses %s=%s: %v", d.Key, v, errs[0])
					continue
				}
				if err := rules.Validate(f); err != nil {
					t.Errorf("Validate refuses parsed %s=%s: %v", d.Key, v, err)
				}
				if got := d.Get(&f); got == "" {
					t.Errorf("%s=%s parsed but not stored", d.Key, v)
				}
				// The JSON API knows the key and takes the value.
				body, _ := json.Marshal(map[string]string{d.Key: v})
				req := httptest.NewRequest("POST", "/api/answer", strings.NewReader(string(body)))
				req.Header.Set("Content-Type", "application/json")
				rec := httptest.NewRecorder()
				srv.ServeHTTP(rec, req)
				var resp struct {
					Errors []web.FieldError `json:"errors"`
				}
				_ = json.Unmarshal(rec.Body.Bytes(), &resp)
				if rec.Code != http.StatusOK && rec.Code != http.StatusBadRequest {
					t.Errorf("API %s=%s: status %d", d.Key, v, rec.Code)
				}
				for _, e := range resp.Errors {
					if e.Field == d.Key && !e.Missing {
						t.Errorf("API refuses %s=%s: %s", d.Key, v, e.Message)
					}
				}
			}
			for _, v := range bad {
				if v == "" {
					continue
				}
				if _, errs := knowledge.ParseFacts(map[string]string{d.Key: v}, b); len(errs) == 0 {
					t.Errorf("ParseFacts accepts %s=%q", d.Key, v)
				}
			}

			// The page has a field for the fact, with the schema's options
			// and show rule.
			if !strings.Contains(page, `data-key="`+d.Key+`"`) {
				t.Errorf("page has no field %s", d.Key)
			}
			// ... and the form API offers it with the schema's values
			// (which questions apply is the server's: the browser test
			// checks the script shows what /api/form says).
			i := slices.IndexFunc(form.Fields, func(f formField) bool { return f.Key == d.Key })
			if i < 0 {
				t.Errorf("/api/form has no field %s", d.Key)
			} else {
				var vals []string
				for _, v := range form.Fields[i].Values {
					vals = append(vals, v.Value)
				}
				if strings.Join(vals, ",") != strings.Join(d.Values, ",") {
					t.Errorf("/api/form %s values %v, schema %v", d.Key, vals, d.Values)
				}
			}
			if d.Kind == rules.KindEnum || d.Kind == rules.KindBool {
				for _, v := range d.Values {
					if !strings.Contains(page, `name="`+d.Key+`" value="`+v+`"`) && !strings.Contains(page, `value="`+v+`"`) {
						t.Errorf("page field %s lacks option %s", d.Key, v)
					}
				}
			}

			// The chat: questions it asks have buttons that decode back to
			// valid answers.
			if d.Need != rules.NeedOptional && d.AltOf == "" {
				var values []string
				switch d.Kind {
				case rules.KindEnum:
					values = d.Values
				case rules.KindBool:
					values = []string{"y", "n"}
				case rules.KindCount, rules.KindYears:
					for _, n := range d.Presets {
						values = append(values, strconv.Itoa(n))
					}
				case rules.KindPlace:
					for _, r := range b.Regions() {
						values = append(values, r.ID)
					}
				}
				if d.Need == rules.NeedDecisive {
					// A question the answer can give both ways can be skipped.
					data := "p:" + string(d.Field)
					if a, err := dialog.DecodeAction(data); err != nil || a.Field != d.Field {
						t.Errorf("skip button %s does not decode: %v", data, err)
					}
				} else if len(values) == 0 {
					t.Errorf("chat offers no buttons for %s", d.Field)
				}
				for _, v := range values {
					data := "s:" + string(d.Field) + ":" + v
					a, err := dialog.DecodeAction(data)
					if err != nil || a.Field != d.Field || a.Value != v {
						t.Errorf("button %s does not decode: %v", data, err)
					}
				}
				if _, err := dialog.DecodeAction("s:" + string(d.Field) + ":" + strings.Repeat("9", 40)); err == nil {
					t.Errorf("a forged %s button decodes", d.Field)
				}
			}
		})
	}
}
