package web

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"

	"bujiao/knowledge"
	"bujiao/rules"
)

// maxBody bounds an API request body.
const maxBody = 64 << 10

// errorBody is the JSON of an error response: the first error under
// "error" and all of them under "errors".
type errorBody struct {
	Error  FieldError   `json:"error"`
	Errors []FieldError `json:"errors"`
}

func writeJSONError(w http.ResponseWriter, code int, errs ...FieldError) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	body := errorBody{Errors: errs}
	if len(errs) > 0 {
		body.Error = errs[0]
	}
	data, _ := json.MarshalIndent(body, "", "  ")
	w.Write(append(data, '\n'))
}

func writeJSON(w http.ResponseWriter, data []byte) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Write(data)
}

func methodNotAllowed(w http.ResponseWriter, r *http.Request, lang knowledge.Lang, allow ...string) {
	w.Header().Set("Allow", strings.Join(allow, ", "))
	writeJSONError(w, http.StatusMethodNotAllowed, FieldError{Message: tr(lang, "err.method",
		"method", r.Method, "allow", strings.Join(allow, ", "))})
}

// serveAPIAnswer answers POST /api/answer: a JSON object whose keys are the
// ask flags in snake case (plus today, lang and brief), with string, number
// or boolean values. The response is byte for byte what `bujiao ask
// --format json` (with brief: true, `ask --brief --format json`) prints for
// the same case.
func (s *Server) serveAPIAnswer(w http.ResponseWriter, r *http.Request) {
	obj, lang, b, ok := s.readJSONObject(w, r)
	if !ok {
		return
	}
	var errs []FieldError
	brief := false
	kv := map[string]string{}
	day := knowledge.Today(s.now())
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
		switch {
		case !slices.Contains(knowledge.FactKeys, k) && k != "today" && k != "brief":
			errs = append(errs, FieldError{Field: k, Message: tr(lang, "err.unknown_key", "key", k,
				"keys", strings.Join(append(slices.Clone(knowledge.FactKeys), "today", "lang", "brief"), ", "))})
		case verr != nil:
			errs = append(errs, FieldError{Field: k, Message: tr(lang, "err.value_type")})
		case null:
			// null is the same as leaving the key out.
		case k == "brief":
			// brief: true gives the short answer, as ask --brief --format json.
			switch v {
			case "true":
				brief = true
			case "false":
			default:
				errs = append(errs, FieldError{Field: k, Message: tr(lang, "err.invalid", "value", v, "valid", "true | false")})
			}
		case k == "today":
			d, perr := knowledge.ParseDay(strings.TrimSpace(v))
			if perr != nil {
				errs = append(errs, FieldError{Field: k, Message: invalidMessage(b, lang, k, v)})
				continue
			}
			day = d
		default:
			kv[k] = v
		}
	}
	if len(errs) > 0 {
		writeJSONError(w, http.StatusBadRequest, errs...)
		return
	}
	o, ferrs, err := evaluate(b, kv, day, lang)
	if err != nil {
		s.log.Error("api: evaluate", "err", err)
		writeJSONError(w, http.StatusInternalServerError, FieldError{Message: tr(lang, "err.internal")})
		return
	}
	if len(ferrs) > 0 {
		writeJSONError(w, http.StatusBadRequest, ferrs...)
		return
	}
	render := b.Render
	if brief {
		render = b.RenderShort
	}
	out, err := render(&o, lang, knowledge.FormatJSON)
	if err != nil {
		s.log.Error("api: render", "err", err)
		writeJSONError(w, http.StatusInternalServerError, FieldError{Message: tr(lang, "err.internal")})
		return
	}
	s.countAnswer(r, "api", &o, kv)
	writeJSON(w, []byte(out))
}

// decodeObject parses a single JSON object, keeping numbers as written. A
// key given twice is refused: which of the two values counts would be a
// guess, and a wrong guess answers another case than the one sent.
func decodeObject(body []byte) (map[string]json.RawMessage, error) {
	dec := json.NewDecoder(bytes.NewReader(body))
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		if tok == nil {
			return nil, errors.New("want an object, got null")
		}
		return nil, fmt.Errorf("want an object, got %v", tok)
	}
	obj := map[string]json.RawMessage{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		key, ok := tok.(string)
		if !ok {
			return nil, fmt.Errorf("want a key, got %v", tok)
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, err
		}
		if _, dup := obj[key]; dup {
			return nil, fmt.Errorf("key %q given twice", key)
		}
		obj[key] = raw
	}
	if _, err := dec.Token(); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("data after the object")
	}
	return obj, nil
}

// scalarText converts a JSON string, number or boolean to the text
// ParseFacts reads, and reports null. Objects and arrays are errors.
func scalarText(raw json.RawMessage) (text string, null bool, err error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return "", false, errors.New("empty value")
	}
	switch raw[0] {
	case '"':
		err := json.Unmarshal(raw, &text)
		return text, false, err
	case 't', 'f':
		return string(raw), false, nil
	case 'n':
		return "", true, nil
	case '{', '[':
		return "", false, errors.New("not a scalar")
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err != nil {
		return "", false, err
	}
	return n.String(), false, nil
}

// regionJSON is one entry of GET /api/regions.
type regionJSON struct {
	ID        string       `json:"id"`
	Name      langText     `json:"name"`
	Aliases   []string     `json:"aliases"`
	Source    langText     `json:"source"`
	Sources   []sourceJSON `json:"sources"`
	CheckedOn rules.Date   `json:"checked_on"`
}

type langText struct {
	Zh string `json:"zh"`
	En string `json:"en"`
}

type sourceJSON struct {
	ID    string   `json:"id"`
	Short langText `json:"short"`
}

// serveAPIRegions lists the regions, those with their own rules first and
// the national baseline last; source joins the short law titles as the
// answer's region line does.
func (s *Server) serveAPIRegions(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		methodNotAllowed(w, r, knowledge.Zh, http.MethodGet, http.MethodHead)
		return
	}
	b := s.kb()
	if b == nil {
		writeJSONError(w, http.StatusServiceUnavailable, FieldError{Message: tr(knowledge.Zh, "err.kb")})
		return
	}
	out := struct {
		Regions   []regionJSON      `json:"regions"`
		Knowledge knowledge.Version `json:"knowledge"`
	}{Regions: []regionJSON{}, Knowledge: b.Version}
	for _, reg := range b.Regions() {
		rj := regionJSON{ID: reg.ID, Name: langText{reg.Name.Zh, reg.Name.En}, Aliases: reg.Aliases,
			Sources: []sourceJSON{}, CheckedOn: reg.CheckedOn}
		if rj.Aliases == nil {
			rj.Aliases = []string{}
		}
		var zh, en []string
		for _, id := range reg.Sources {
			if lw, ok := b.Law(id); ok {
				rj.Sources = append(rj.Sources, sourceJSON{ID: id, Short: langText{lw.Short.Zh, lw.Short.En}})
				zh, en = append(zh, lw.Short.Zh), append(en, lw.Short.En)
			}
		}
		rj.Source = langText{strings.Join(zh, "；"), strings.Join(en, "; ")}
		out.Regions = append(out.Regions, rj)
	}
	data, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		s.log.Error("api: regions", "err", err)
		writeJSONError(w, http.StatusInternalServerError, FieldError{Message: tr(knowledge.Zh, "err.internal")})
		return
	}
	writeJSON(w, append(data, '\n'))
}

// countAnswer records an answer in the metrics and, when a recorder is
// set, as a lookup: the surface, verdict, region and the keys of the facts
// given — never their values.
func (s *Server) countAnswer(r *http.Request, surface string, o *rules.Outcome, kv map[string]string) {
	s.metrics.Answers.WithLabelValues(string(o.Verdict), o.Region).Inc()
	if s.opts.Lookups == nil {
		return
	}
	keys := make([]string, 0, len(kv))
	for k := range kv {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	if err := s.opts.Lookups.RecordLookup(r.Context(), Lookup{Surface: surface, Verdict: string(o.Verdict), Region: o.Region, Keys: keys}); err != nil {
		s.log.Warn("lookup not recorded", "err", err)
	}
}
