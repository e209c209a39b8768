package web

import (
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"bujiao/dialog/understand"
	"bujiao/knowledge"
	"bujiao/rules"
)

// POST /api/form is what the page's script asks after every change: which
// questions apply to the answers so far, with their labels, input kinds
// and values in the request's language, which region's rules answer, and
// what is wrong with a value. The questions and the region come from the
// fact schema and the knowledge base, so the script keeps no copy of the
// rules or of the region aliases.

type formValue struct {
	Value string `json:"value"`
	Label string `json:"label"`
}

type formField struct {
	Key   string `json:"key"`
	Label string `json:"label"`
	// Kind is how the value is entered: "choice" (one of values),
	// "yes-no" (values true and false), "number", "month", "date",
	// "place" or "text".
	Kind     string      `json:"kind"`
	Values   []formValue `json:"values"`
	Optional bool        `json:"optional"`
	// Show says whether the question applies to the answers so far.
	Show bool `json:"show"`
	// Hint is what is valid, for typed values.
	Hint string `json:"hint,omitempty"`
	// Value is the value the form holds, or the one the answers so far
	// imply (a payer means a working employee); "" when none.
	Value string `json:"value,omitempty"`
}

type formRegion struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	// Place is the place typed, when it is not the region itself
	// (杭州 in Zhejiang).
	Place string `json:"place,omitempty"`
}

type formResponse struct {
	Fields []formField    `json:"fields"`
	Region *formRegion    `json:"region"`
	Errors []FieldError   `json:"errors"`
	Lang   knowledge.Lang `json:"lang"`
}

// requestLang is the language of a request before its body is read: the
// lang query parameter, else the first language of Accept-Language that
// bujiao speaks, else Chinese. Errors about the body itself (not JSON, too
// large) are then in the language the caller reads.
func requestLang(r *http.Request) knowledge.Lang {
	if l, ok := knowledge.ParseLang(strings.TrimSpace(r.URL.Query().Get("lang"))); ok {
		return l
	}
	for _, part := range strings.Split(r.Header.Get("Accept-Language"), ",") {
		tag, _, _ := strings.Cut(strings.TrimSpace(part), ";")
		tag = strings.ToLower(tag)
		switch {
		case tag == "zh" || strings.HasPrefix(tag, "zh-"):
			return knowledge.Zh
		case tag == "en" || strings.HasPrefix(tag, "en-"):
			return knowledge.En
		}
	}
	return knowledge.Zh
}

// readJSONObject reads a POSTed JSON object and its "lang" key, answering
// the request itself (with errors in the request's language) when it
// cannot.
func (s *Server) readJSONObject(w http.ResponseWriter, r *http.Request) (map[string]json.RawMessage, knowledge.Lang, *knowledge.Base, bool) {
	lang := requestLang(r)
	if r.Method != http.MethodPost {
		methodNotAllowed(w, r, lang, http.MethodPost)
		return nil, lang, nil, false
	}
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || mt != "application/json" {
		writeJSONError(w, http.StatusUnsupportedMediaType, FieldError{Message: tr(lang, "err.content_type")})
		return nil, lang, nil, false
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			writeJSONError(w, http.StatusRequestEntityTooLarge, FieldError{Message: tr(lang, "err.too_large")})
			return nil, lang, nil, false
		}
		writeJSONError(w, http.StatusBadRequest, FieldError{Message: tr(lang, "err.bad_json", "err", "read error")})
		return nil, lang, nil, false
	}
	obj, err := decodeObject(body)
	if err != nil {
		writeJSONError(w, http.StatusBadRequest, FieldError{Message: tr(lang, "err.bad_json", "err", err.Error())})
		return nil, lang, nil, false
	}
	b := s.kb()
	if b == nil {
		writeJSONError(w, http.StatusServiceUnavailable, FieldError{Message: tr(lang, "err.kb")})
		return nil, lang, nil, false
	}
	// lang first, so every other message comes out in it.
	if raw, ok := obj["lang"]; ok {
		v, null, verr := scalarText(raw)
		if l, ok := knowledge.ParseLang(v); ok && verr == nil {
			lang = l
		} else if !null {
			writeJSONError(w, http.StatusBadRequest, FieldError{Field: "lang", Message: invalidMessage(b, lang, "lang", v)})
			return nil, lang, nil, false
		}
	}
	return obj, lang, b, true
}

// serveAPIForm answers POST /api/form: {facts…, lang, today} → the form.
// Values that do not parse are reported under errors (the form is still
// drawn); a fact the answer still needs is not an error here.
func (s *Server) serveAPIForm(w http.ResponseWriter, r *http.Request) {
	obj, lang, b, ok := s.readJSONObject(w, r)
	if !ok {
		return
	}
	day := knowledge.Today(s.now())
	raw := map[string]string{}
	resp := formResponse{Fields: []formField{}, Errors: []FieldError{}, Lang: lang}
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		if k == "lang" {
			continue
		}
		v, null, verr := scalarText(obj[k])
		v = strings.TrimSpace(v)
		switch {
		case !slices.Contains(knowledge.FactKeys, k) && k != "today":
			resp.Errors = append(resp.Errors, FieldError{Field: k, Message: tr(lang, "err.unknown_key", "key", k,
				"keys", strings.Join(append(slices.Clone(knowledge.FactKeys), "today", "lang"), ", "))})
		case verr != nil:
			resp.Errors = append(resp.Errors, FieldError{Field: k, Message: tr(lang, "err.value_type")})
		case null || v == "":
		case k == "today":
			d, perr := knowledge.ParseDay(v)
			if perr != nil {
				resp.Errors = append(resp.Errors, FieldError{Field: k, Message: invalidMessage(b, lang, k, v)})
				continue
			}
			day = d
		default:
			raw[k] = v
		}
	}
	chatGap(raw, day)
	defs := fieldDefs(b)
	implied := withImplied(b, raw)
	shown, kept := visibility(b, defs, implied)
	for _, f := range defs {
		ff := formField{Key: f.Key, Label: kbMsg(b, lang, f.Label), Kind: formKind(f), Values: []formValue{},
			Optional: f.Optional, Show: shown[f.Key], Value: implied[f.Key]}
		if f.Hint || f.Kind == kindText {
			ff.Hint = validText(b, lang, f.Key)
		}
		for _, o := range f.Options {
			ff.Values = append(ff.Values, formValue{Value: o, Label: kbMsg(b, lang, f.optionLabelKey(o))})
		}
		resp.Fields = append(resp.Fields, ff)
	}
	if v := kept["region"]; v != "" {
		if res := b.ResolveRegion(v); res.Err == nil {
			if reg, ok := b.Region(res.Region); ok {
				resp.Region = &formRegion{ID: reg.ID, Name: reg.Name.In(lang), Place: res.Place}
			}
		}
	}
	// What is wrong with the values of the questions that apply; missing
	// answers are the form's business, not errors.
	given := map[string]string{}
	for k := range kept {
		if v, ok := raw[k]; ok {
			given[k] = v
		}
	}
	if len(given) > 0 {
		_, ferrs, err := evaluate(b, given, day, lang)
		if err != nil {
			s.log.Error("api form: evaluate", "err", err)
			writeJSONError(w, http.StatusInternalServerError, FieldError{Message: tr(lang, "err.internal")})
			return
		}
		for _, e := range ferrs {
			if !e.Missing {
				resp.Errors = append(resp.Errors, e)
			}
		}
	}
	data, err := json.MarshalIndent(resp, "", "  ")
	if err != nil {
		s.log.Error("api form: encode", "err", err)
		writeJSONError(w, http.StatusInternalServerError, FieldError{Message: tr(lang, "err.internal")})
		return
	}
	writeJSON(w, append(data, '\n'))
}

// formKind names how a field's value is entered, for the form API.
func formKind(f fieldDef) string {
	switch f.Fact {
	case rules.KindBool:
		return "yes-no"
	case rules.KindEnum:
		return "choice"
	case rules.KindCount, rules.KindYears, rules.KindAmount:
		return "number"
	case rules.KindMonth:
		return "month"
	case rules.KindDate:
		return "date"
	case rules.KindPlace:
		return "place"
	}
	return "text"
}

// chatGap lets the gap box take what the chat takes ("八个月", "一年半",
// "since March", "去年3月"): a gap that is not a plain number is read by the
// chat's duration parser and written back as months, or as the first
// unpaid month. Text the parser cannot read is left for the answer to
// report.
func chatGap(raw map[string]string, day rules.Date) {
	v, ok := raw["gap_months"]
	if !ok {
		return
	}
	if d, found := rules.FactByKey("gap_months"); found {
		if _, err := d.Parse(v); err == nil {
			return
		}
	}
	dur, err := understand.ParseDuration(v, day)
	if err != nil {
		return
	}
	if dur.Since != nil {
		if raw["since"] == "" {
			delete(raw, "gap_months")
			raw["since"] = dur.Since.String()
		}
		return
	}
	raw["gap_months"] = strconv.Itoa(dur.Months)
}
